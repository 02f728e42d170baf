import { useEffect, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ActorKind, DateText, present, Section } from '../components/common';
import { roleWords } from '../logic/timelineBars';

const SearchActors = graphql(`
  query SearchActors($q: String!) {
    actors(search: $q, first: 10) {
      totalCount
      edges {
        node {
          ...ActorRef
          aliases
        }
      }
    }
  }
`);

const SearchEvents = graphql(`
  query SearchEvents($q: String!) {
    events(search: $q, first: 10) {
      totalCount
      edges {
        node {
          id
          title
          type
          date
          endDate
          location
        }
      }
    }
  }
`);

const SearchStatements = graphql(`
  query SearchStatements($q: String!) {
    statements(search: $q, first: 10) {
      totalCount
      edges {
        node {
          id
          text
          date
          kind
          speaker {
            ...ActorRef
          }
          about {
            ...ActorRef
          }
          event {
            id
            title
          }
        }
      }
    }
  }
`);

/** The text after a pause in typing, so that each keystroke does not send three queries. */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** ↑/↓ move between results, Escape goes back to the search box. */
function moveFocus(e: KeyboardEvent<HTMLElement>) {
  const results = [...document.querySelectorAll<HTMLElement>('[data-result]')];
  const at = results.indexOf(document.activeElement as HTMLElement);
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    (next < 0 ? document.getElementById('search') : results[Math.min(next, results.length - 1)])?.focus();
  } else if (e.key === 'Escape') {
    document.getElementById('search')?.focus();
  }
}

export function SearchView() {
  const [params] = useSearchParams();
  const q = useSettled((params.get('q') ?? '').trim());
  const pause = q.length < 2;
  const [actors] = useQuery({ query: SearchActors, variables: { q }, pause });
  const [events] = useQuery({ query: SearchEvents, variables: { q }, pause });
  const [statements] = useQuery({ query: SearchStatements, variables: { q }, pause });

  useEffect(() => {
    document.title = q ? `${q} — search — Entente` : 'Search — Entente';
  }, [q]);

  if (pause) {
    return (
      <article>
        <h1>Search</h1>
        <p className="muted">Type at least two letters: names in any spelling (Картаполов, Kartapolow), event titles, words of statements.</p>
      </article>
    );
  }
  const actorEdges = actors.data?.actors.edges ?? [];
  const eventEdges = events.data?.events?.edges ?? [];
  const statementEdges = statements.data?.statements?.edges ?? [];
  return (
    <article onKeyDown={moveFocus} className="search-results">
      <h1>
        Results for “{q}”
      </h1>
      <Section
        title={`Actors${actors.data ? ` (${actors.data.actors.totalCount})` : ''}`}
        what="actors"
        fetching={actors.fetching}
        error={actors.error}
        empty={actorEdges.length === 0}
        emptyText="No actor has a name or alias like this."
      >
        <ul className="results">
          {actorEdges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/actors/${node.handle}`} data-result>
                {node.name}
              </Link>
              <ActorKind actor={node} />
              {node.aliases.length > 0 && <span className="muted"> · also {node.aliases.join(', ')}</span>}
            </li>
          ))}
        </ul>
      </Section>
      <Section
        title={`Events${events.data?.events ? ` (${events.data.events.totalCount})` : ''}`}
        what="events"
        fetching={events.fetching}
        error={events.error}
        empty={eventEdges.length === 0}
        emptyText="No event title or summary matches."
      >
        <ul className="results">
          {eventEdges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/events/${node.id}`} data-result>
                {node.title}
              </Link>
              <span className="muted">
                {' '}
                {roleWords(node.type)} · <DateText date={node.date} />
                {node.location ? ` · ${node.location}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section
        title={`Statements${statements.data?.statements ? ` (${statements.data.statements.totalCount})` : ''}`}
        what="statements"
        fetching={statements.fetching}
        error={statements.error}
        empty={statementEdges.length === 0}
        emptyText="No statement says this."
      >
        <ul className="results">
          {statementEdges.map(({ node }) => {
            const about = node.about.filter(present);
            const target = node.event
              ? `/events/${node.event.id}`
              : node.speaker
                ? `/actors/${node.speaker.handle}`
                : about[0]
                  ? `/actors/${about[0].handle}`
                  : null;
            return (
              <li key={node.id}>
                {target ? (
                  <Link to={target} data-result>
                    “{node.text}”
                  </Link>
                ) : (
                  <span>“{node.text}”</span>
                )}
                <span className="muted">
                  {' '}
                  {roleWords(node.kind)} by {node.speaker?.name ?? 'an unnamed source'} · <DateText date={node.date} />
                  {about.length > 0 && ` · about ${about.map((a) => a.name).join(', ')}`}
                </span>
              </li>
            );
          })}
        </ul>
      </Section>
    </article>
  );
}
