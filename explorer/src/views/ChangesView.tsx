import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ChangedEntity } from '../gql/graphql';
import { partialNotices } from '../api/errors';
import { ChangeList } from '../components/ChangeList';
import { Loading, Notices } from '../components/common';
import { feedOf, mergeFeeds } from '../logic/changes';

const PAGE_SIZE = 25;

const RecentChanges = graphql(`
  query RecentChanges(
    $first: Int!
    $actorsAfter: String
    $eventsAfter: String
    $by: String
    $types: [ChangedEntity]
    $withActors: Boolean!
    $withEvents: Boolean!
  ) {
    actorChanges(first: $first, after: $actorsAfter, by: $by, types: $types) @include(if: $withActors) {
      edges {
        cursor
        node {
          ...ChangeRow
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    eventChanges(first: $first, after: $eventsAfter, by: $by, types: $types) @include(if: $withEvents) {
      edges {
        cursor
        node {
          ...ChangeRow
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** A feed's position in the URL: absent or empty = from its newest change, END = nothing more. */
const END = '~';

const TYPES: readonly ChangedEntity[] = ['ACTOR', 'MEMBERSHIP', 'POSITION', 'EVENT', 'STATEMENT', 'SOURCE'];

/**
 * The reviewers' list of every change in both subgraphs, newest first: who changed what, when and
 * why, the values before and after, and "Revert…" for editors. `?by=` narrows it to one editor,
 * `?type=` to one kind of record; `?a=` and `?e=` are where the actors' and the events' feeds go on
 * (each subgraph pages its own changes; the page shows them merged by time, skipping none).
 */
export function ChangesView() {
  const [params, setParams] = useSearchParams();
  const by = params.get('by')?.trim() || null;
  const typeParam = params.get('type');
  const type = TYPES.find((t) => t === typeParam) ?? null;
  const actorsAt = params.get('a');
  const eventsAt = params.get('e');
  const withActors = actorsAt !== END && (type === null || feedOf(type) === 'actors');
  const withEvents = eventsAt !== END && (type === null || feedOf(type) === 'events');
  const after = { actors: actorsAt || null, events: eventsAt || null };
  const [result, reexecute] = useQuery({
    query: RecentChanges,
    variables: {
      first: PAGE_SIZE,
      actorsAfter: withActors ? after.actors : null,
      eventsAfter: withEvents ? after.events : null,
      by,
      types: type ? [type] : null,
      withActors,
      withEvents,
    },
    // Every write anywhere adds a change: read the feeds again on every visit.
    requestPolicy: 'cache-and-network',
  });
  const [byText, setByText] = useState(by ?? '');
  useEffect(() => {
    document.title = 'Changes — Entente';
  }, []);

  const data = result.data;
  const page = data
    ? mergeFeeds(withActors ? (data.actorChanges ?? undefined) : undefined, withEvents ? (data.eventChanges ?? undefined) : undefined, PAGE_SIZE, after)
    : undefined;
  const filters = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams();
    for (const [key, value] of Object.entries({ by, type, ...next })) {
      if (value) {
        merged.set(key, value);
      }
    }
    return merged;
  };
  const nextLink =
    page?.next &&
    `/changes?${filters({ a: page.next.actors === null ? END : page.next.actors, e: page.next.events === null ? END : page.next.events })}`;

  return (
    <article>
      <h1>Changes</h1>
      <p className="muted">
        Every change of both subgraphs, newest first: who made it, when, with which mutation and why, and the values before
        and after. <Link to="/review">Possible duplicates</Link> lists the actors that may be one.
      </p>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(filters({ by: byText.trim() || null }));
        }}
      >
        <label htmlFor="changes-by">Editor</label>{' '}
        <input id="changes-by" value={byText} onChange={(e) => setByText(e.target.value)} placeholder="token subject" />{' '}
        <label htmlFor="changes-type">Record</label>{' '}
        <select id="changes-type" value={type ?? ''} onChange={(e) => setParams(filters({ type: e.target.value || null }))}>
          <option value="">all kinds</option>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {t.toLowerCase()}s
            </option>
          ))}
        </select>{' '}
        <button type="submit">Show</button>
      </form>
      <Notices notices={partialNotices(result.error, 'the changes')} />
      {result.fetching && !data && <Loading what="the changes" />}
      {page && page.changes.length === 0 && <p>No changes {actorsAt || eventsAt ? 'older than these' : 'recorded'}.</p>}
      {page && page.changes.length > 0 && (
        <ChangeList changes={page.changes.map(({ change }) => change)} onReverted={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
      {nextLink && (
        <p>
          <Link to={nextLink}>Older changes</Link>
        </p>
      )}
    </article>
  );
}
