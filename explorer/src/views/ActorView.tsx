import { useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { partialNotices } from '../api/errors';
import { useEditorToken } from '../api/token';
import { ActorHistory } from '../components/ActorHistory';
import { AsOfControl } from '../components/AsOfControl';
import { ActorKind, ActorLink, DateText, Loading, Notices, present, Section, SourceLinks, type SourceLike } from '../components/common';
import { EndMembership } from '../components/EndMembership';
import { MembershipTimeline } from '../components/MembershipTimeline';
import { StatementsSection } from '../components/Statements';
import { describeInterval } from '../dates/partialDate';
import { roleWords, type DatedFact } from '../logic/timelineBars';

// Everything here is actors-service's: the page stands when events-service is down.
const ActorPage = graphql(`
  query ActorPage($handle: String!, $asOf: PartialDate) {
    actor(handle: $handle) {
      ...ActorRef
      description
      aliases
      wikidataId
      version
      parent {
        ...ActorRef
      }
      children {
        ...ActorRef
      }
      memberships(asOf: $asOf) {
        id
        role
        since
        until
        organization {
          ...ActorRef
        }
        sources {
          id
        }
      }
      members(asOf: $asOf) {
        id
        role
        since
        until
        member {
          ...ActorRef
        }
        sources {
          id
        }
      }
      positions(asOf: $asOf) {
        id
        title
        since
        until
        organization {
          ...ActorRef
        }
        sources {
          id
        }
      }
      officeHolders(asOf: $asOf) {
        id
        title
        since
        until
        holder {
          ...ActorRef
        }
        sources {
          id
        }
      }
    }
  }
`);

// The sources' titles come from events-service; asked apart (through actorsByIds, so that a failure
// here never blanks the actor itself in the cache) and shown when they arrive.
const ActorFactSources = graphql(`
  query ActorFactSources($id: ID!, $asOf: PartialDate) {
    actorsByIds(ids: [$id]) {
      id
      memberships(asOf: $asOf) {
        id
        sources {
          ...SourceRef
        }
      }
      members(asOf: $asOf) {
        id
        sources {
          ...SourceRef
        }
      }
      positions(asOf: $asOf) {
        id
        sources {
          ...SourceRef
        }
      }
      officeHolders(asOf: $asOf) {
        id
        sources {
          ...SourceRef
        }
      }
    }
  }
`);

const ActorEvents = graphql(`
  query ActorEvents($id: ID!, $to: PartialDate) {
    events(actor: $id, to: $to, first: 20, order: NEWEST_FIRST) {
      totalCount
      edges {
        node {
          id
          title
          type
          date
          endDate
          location
          participants {
            role
            actor {
              id
            }
          }
        }
      }
    }
  }
`);

type FactRow = { id: string; since?: string | null; until?: string | null; sources: readonly ({ id: string } | null)[] };

export function ActorView() {
  const { handle = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf');
  const token = useEditorToken();
  const [page] = useQuery({ query: ActorPage, variables: { handle, asOf } });
  const actor = page.data?.actor;
  const id = actor?.id;
  const [sources] = useQuery({ query: ActorFactSources, variables: { id: id ?? '', asOf }, pause: !id });
  const [events] = useQuery({ query: ActorEvents, variables: { id: id ?? '', to: asOf }, pause: !id });

  useEffect(() => {
    document.title = `${actor?.name ?? handle} — Entente`;
  }, [actor?.name, handle]);

  const sourceDetails = useMemo(() => {
    const found = new Map<string, SourceLike>();
    const detailed = sources.data?.actorsByIds[0];
    for (const list of [detailed?.memberships, detailed?.members, detailed?.positions, detailed?.officeHolders]) {
      for (const fact of list ?? []) {
        for (const s of fact.sources.filter(present)) {
          found.set(s.id, s);
        }
      }
    }
    return found;
  }, [sources.data]);
  const sourcesOf = (facts: readonly FactRow[]) => (factId: string) =>
    (facts.find((f) => f.id === factId)?.sources ?? []).filter(present).map((s) => sourceDetails.get(s.id) ?? s);

  if (page.fetching && !actor) {
    return <Loading what="the actor" />;
  }
  if (!actor) {
    return (
      <article>
        <h1>{handle}</h1>
        <Notices notices={partialNotices(page.error, 'this actor')} />
        {!page.error && <p>No actor has the handle “{handle}”.</p>}
      </article>
    );
  }

  const memberships: DatedFact[] = actor.memberships.flatMap((m) => (m.organization ? [{ ...m, counterpart: m.organization }] : []));
  const members: DatedFact[] = actor.members.flatMap((m) => (m.member ? [{ ...m, counterpart: m.member }] : []));
  const setAsOf = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set('asOf', value);
    } else {
      next.delete('asOf');
    }
    setParams(next);
  };
  const eventEdges = events.data?.events?.edges ?? [];

  return (
    <article className="actor">
      <header className="page-head">
        <h1>{actor.name}</h1>
        <p className="lead">
          <ActorKind actor={actor} />
          {actor.aliases.length > 0 && <span> · also known as {actor.aliases.join(', ')}</span>}
          {actor.wikidataId && <span className="muted"> · Wikidata {actor.wikidataId}</span>}
        </p>
        {actor.description && <p>{actor.description}</p>}
        {actor.parent && (
          <p>
            Part of <ActorLink actor={actor.parent} details />
          </p>
        )}
        {actor.children.length > 0 && (
          <p>
            Bodies inside it:{' '}
            {actor.children.filter(present).map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <ActorLink actor={c} />
              </span>
            ))}
          </p>
        )}
        <nav className="page-links" aria-label={`More about ${actor.name}`}>
          <Link to={`/actors/${actor.handle}/network${asOf ? `?asOf=${asOf}` : ''}`}>Network</Link>
          <Link to={`/actors/${actor.handle}/timeline`}>Timeline</Link>
          <Link to={`/connections?from=${actor.handle}`}>Connections…</Link>
          {token && <Link to={`/actors/${actor.handle}/edit`}>Edit actor</Link>}
          {token && <Link to={`/actors/${actor.handle}/memberships/new`}>Add membership</Link>}
          {token && <Link to={`/new/statement?about=${actor.id}`}>Add statement</Link>}
        </nav>
        <AsOfControl value={asOf} onChange={setAsOf} />
      </header>

      <Notices notices={partialNotices(sources.error, 'sources of the facts')} />

      <Section
        title="Memberships"
        what="memberships"
        fetching={page.fetching}
        error={page.error}
        empty={memberships.length === 0}
        emptyText={asOf ? `No membership in force in ${asOf}.` : 'No membership recorded.'}
      >
        <MembershipTimeline
          facts={memberships}
          sourcesOf={sourcesOf(actor.memberships)}
          caption={`Memberships of ${actor.name}`}
          actions={token ? (fact, label) => !fact.until && <EndMembership id={fact.id} label={`${fact.counterpart.name}, ${label}`} /> : undefined}
        />
      </Section>

      {members.length > 0 && (
        <Section title="Members" what="members" fetching={false} error={undefined} empty={false} emptyText="">
          <MembershipTimeline facts={members} sourcesOf={sourcesOf(actor.members)} caption={`Members of ${actor.name}`} />
        </Section>
      )}

      {(actor.positions.length > 0 || actor.officeHolders.length > 0) && (
        <Section title="Positions" what="positions" fetching={false} error={undefined} empty={false} emptyText="">
          <ul className="facts">
            {actor.positions.map((p) => (
              <li key={`p${p.id}`}>
                {p.title} of <ActorLink actor={p.organization} />, {describeInterval(p.since, p.until)} ·{' '}
                <SourceLinks sources={sourcesOf(actor.positions)(p.id)} />
              </li>
            ))}
            {actor.officeHolders.map((p) => (
              <li key={`h${p.id}`}>
                <ActorLink actor={p.holder} />, {p.title}, {describeInterval(p.since, p.until)} ·{' '}
                <SourceLinks sources={sourcesOf(actor.officeHolders)(p.id)} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section
        title="Events"
        what="events"
        fetching={events.fetching}
        error={events.error}
        empty={eventEdges.length === 0}
        emptyText={asOf ? `No dated event up to ${asOf}.` : 'No event recorded.'}
      >
        <ul className="facts">
          {eventEdges.map(({ node }) => {
            const role = node.participants.find((p) => p.actor?.id === actor.id)?.role;
            return (
              <li key={node.id}>
                <DateText date={node.date} /> <Link to={`/events/${node.id}`}>{node.title}</Link>
                <span className="muted">
                  {' '}
                  · {roleWords(node.type)}
                  {role && ` · ${roleWords(role)}`}
                  {node.location && ` · ${node.location}`}
                </span>
              </li>
            );
          })}
        </ul>
      </Section>

      <StatementsSection key={`about:${actor.id}:${asOf}`} title={`Statements about ${actor.name}`} about={actor.id} to={asOf} />
      <StatementsSection key={`by:${actor.id}:${asOf}`} title={`Statements by ${actor.name}`} speaker={actor.id} to={asOf} />
      <ActorHistory key={`history:${actor.id}`} id={actor.id} name={actor.name} />
    </article>
  );
}
