import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { TimelineEntryKind } from '../gql/graphql';
import { partialNotices } from '../api/errors';
import { ActorByHandle } from '../api/queries';
import { ActorLink, DateText, Loading, Notices, SourceLinks } from '../components/common';
import { isPartialDate, parsePartialDate } from '../dates/partialDate';
import { roleWords } from '../logic/timelineBars';

const Timeline = graphql(`
  query Timeline($actor: ID!, $from: PartialDate, $to: PartialDate) {
    timeline(actor: $actor, from: $from, to: $to) {
      date
      endDate
      kind
      title
      role
      counterparts {
        ...ActorRef
      }
      event {
        id
      }
      statement {
        id
      }
      sources {
        ...SourceRef
      }
    }
  }
`);

const KINDS: { kind: TimelineEntryKind; name: string }[] = [
  { kind: 'MEMBERSHIP_BEGINS', name: 'memberships begin' },
  { kind: 'MEMBERSHIP_ENDS', name: 'memberships end' },
  { kind: 'POSITION_BEGINS', name: 'offices begin' },
  { kind: 'POSITION_ENDS', name: 'offices end' },
  { kind: 'EVENT', name: 'events' },
  { kind: 'STATEMENT_BY', name: 'statements by' },
  { kind: 'STATEMENT_ABOUT', name: 'statements about' },
];

/** An actor's history in date order, filtered by kind (here) and by dates (by the server). */
export function TimelineView() {
  const { handle = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const hide = params.get('hide') ?? '';
  // The boxes follow a click at once; the address follows them (and back/forward set them).
  const [hidden, setHidden] = useState(() => new Set(hide.split(',').filter(Boolean)));
  useEffect(() => setHidden(new Set(hide.split(',').filter(Boolean))), [hide]);
  const [actorResult] = useQuery({ query: ActorByHandle, variables: { handle } });
  const actor = actorResult.data?.actor;
  const [result] = useQuery({ query: Timeline, variables: { actor: actor?.id ?? '', from, to }, pause: !actor });

  useEffect(() => {
    document.title = `Timeline of ${actor?.name ?? handle} — Entente`;
  }, [actor?.name, handle]);

  const entries = useMemo(() => (result.data?.timeline ?? []).filter((e) => !hidden.has(e.kind)), [result.data, hidden]);
  const byYear = useMemo(() => {
    const groups: { year: string; entries: typeof entries }[] = [];
    for (const entry of entries) {
      const date = entry.date ? parsePartialDate(entry.date) : null;
      const year = date ? entry.date!.slice(0, 4) : 'Undated';
      const last = groups[groups.length - 1];
      if (last && last.year === year) {
        last.entries.push(entry);
      } else {
        groups.push({ year, entries: [entry] });
      }
    }
    return groups;
  }, [entries]);

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) {
        next.set(key, value);
      } else {
        next.delete(key);
      }
    }
    setParams(next);
  };
  const toggle = (kind: string) => {
    const next = new Set(hidden);
    if (next.has(kind)) {
      next.delete(kind);
    } else {
      next.add(kind);
    }
    setHidden(next);
    update({ hide: [...next].join(',') || null });
  };

  return (
    <article className="timeline">
      <h1>Timeline of {actor ? <Link to={`/actors/${actor.handle}`}>{actor.name}</Link> : handle}</h1>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const f = String(data.get('from') ?? '').trim();
          const t = String(data.get('to') ?? '').trim();
          update({ from: isPartialDate(f) ? f : null, to: isPartialDate(t) ? t : null });
        }}
      >
        <fieldset className="kinds">
          <legend>Show</legend>
          {KINDS.map(({ kind, name }) => (
            <label key={kind}>
              <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggle(kind)} /> {name}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="tl-from">From</label>
          <input id="tl-from" name="from" defaultValue={from ?? ''} placeholder="YYYY[-MM[-DD]]" key={`f${from}`} />
        </div>
        <div className="field">
          <label htmlFor="tl-to">To</label>
          <input id="tl-to" name="to" defaultValue={to ?? ''} placeholder="YYYY[-MM[-DD]]" key={`t${to}`} />
        </div>
        <button type="submit">Apply dates</button>
      </form>
      <Notices notices={[...partialNotices(actorResult.error, 'this actor'), ...partialNotices(result.error, 'the timeline')]} />
      {result.fetching && <Loading what="the timeline" />}
      {result.data && entries.length === 0 && <p className="muted">Nothing in this range{hidden.size > 0 ? ' of the kinds shown' : ''}.</p>}
      {byYear.map((group) => (
        <section key={group.year} className="year" aria-labelledby={`year-${group.year}`}>
          <h2 id={`year-${group.year}`}>{group.year}</h2>
          <ol className="entries">
            {group.entries.map((entry, i) => (
              <li key={i} className={`entry entry-${entry.kind.toLowerCase()}`}>
                <span className="entry-date">
                  <DateText date={entry.date} />
                  {entry.endDate && (
                    <>
                      –<DateText date={entry.endDate} />
                    </>
                  )}
                </span>{' '}
                <span className="kind-badge">{KINDS.find((k) => k.kind === entry.kind)?.name ?? entry.kind}</span>{' '}
                {entry.event ? <Link to={`/events/${entry.event.id}`}>{entry.title}</Link> : entry.title}
                {entry.role && <span className="muted"> · {roleWords(entry.role)}</span>}
                {entry.counterparts.length > 0 && (
                  <span>
                    {' · with '}
                    {entry.counterparts.map((c, j) => (
                      <span key={c?.id ?? j}>
                        {j > 0 && ', '}
                        <ActorLink actor={c} />
                      </span>
                    ))}
                  </span>
                )}
                {' · '}
                <SourceLinks sources={entry.sources} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
