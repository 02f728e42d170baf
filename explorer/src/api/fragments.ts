import { graphql } from '../gql';

/** What identifies an actor wherever one is named: a link needs the handle, a list the kind and country. */
export const ActorRef = graphql(`
  fragment ActorRef on Actor {
    id
    handle
    name
    kind
    countryCode
  }
`);

export const SourceRef = graphql(`
  fragment SourceRef on Source {
    id
    title
    url
  }
`);

/** A statement as lists show it, with every field its edit form needs to send back. */
export const StatementFields = graphql(`
  fragment StatementFields on Statement {
    id
    version
    key
    kind
    text
    date
    stance
    speakerCapacity
    speaker {
      ...ActorRef
    }
    reportedBy {
      ...ActorRef
    }
    about {
      ...ActorRef
    }
    event {
      id
      title
    }
    source {
      ...SourceRef
    }
  }
`);
