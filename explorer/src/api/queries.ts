import { graphql } from '../gql';

/** An actor by handle: the id that `network`, `connections` and `timeline` take. */
export const ActorByHandle = graphql(`
  query ActorByHandle($handle: String!) {
    actor(handle: $handle) {
      ...ActorRef
    }
  }
`);

export const PickActors = graphql(`
  query PickActors($q: String!, $kinds: [ActorKind]) {
    actors(search: $q, kinds: $kinds, first: 8) {
      edges {
        node {
          ...ActorRef
        }
      }
    }
  }
`);
