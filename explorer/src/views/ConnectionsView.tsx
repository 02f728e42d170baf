import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { partialNotices } from '../api/errors';
import { ActorByHandle } from '../api/queries';
import { ActorPicker } from '../components/ActorPicker';
import { AsOfControl } from '../components/AsOfControl';
import { ActorLink, DateText, Loading, Notices, SourceLinks, type ActorLike } from '../components/common';
import { EDGE_STYLES } from '../logic/graph';
import { roleWords } from '../logic/timelineBars';

const Connections = graphql(`
  query Connections($from: ID!, $to: ID!, $maxHops: Int!, $asOf: PartialDate) {
    connections(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf) {
      length
      hops {
        from {
          ...ActorRef
        }
        to {
          ...ActorRef
        }
        links {
          id
          kind
          label
          fromRole
          toRole
          since
          until
          date
          event {
            id
            title
          }
          statement {
            id
            text
          }
          sources {
            ...SourceRef
          }
        }
      }
    }
  }
`);

function useActor(handle: string | null) {
  const [result] = useQuery({ query: ActorByHandle, variables: { handle: handle ?? '' }, pause: !handle });
  return { actor: handle ? (result.data?.actor ?? null) : null, result };
}

/** How is A connected to B: every shortest path, each hop with the facts behind it and their sources. */
export function ConnectionsView() {
  const [params, setParams] = useSearchParams();
  const fromHandle = params.get('from');
  const toHandle = params.get('to');
  const asOf = params.get('asOf');
  const maxHops = Number(params.get('maxHops') ?? '3');
  const from = useActor(fromHandle);
  const to = useActor(toHandle);
  const ready = from.actor && to.actor && from.actor.id !== to.actor.id;
  const [result] = useQuery({
    query: Connections,
    variables: { from: from.actor?.id ?? '', to: to.actor?.id ?? '', maxHops, asOf },
    pause: !ready,
  });

  useEffect(() => {
    document.title = `Connections${from.actor && to.actor ? ` of ${from.actor.name} and ${to.actor.name}` : ''} — Entente`;
  }, [from.actor, to.actor]);

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    setParams(next);
  };
  const pick = (key: 'from' | 'to') => (actor: ActorLike | null) => {
    if (actor) {
      update(key, actor.handle);
    }
  };
  const paths = result.data?.connections ?? [];

  return (
    <article className="connections">
      <h1>How are they connected?</h1>
      <div className="controls">
        <ActorPicker label="From" name="from" value={from.actor} onChange={pick('from')} />
        <ActorPicker label="To" name="to" value={to.actor} onChange={pick('to')} />
        <div className="field">
          <label htmlFor="max-hops">At most</label>
          <select id="max-hops" value={maxHops} onChange={(e) => update('maxHops', e.target.value === '3' ? null : e.target.value)}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {n} hop{n === 1 ? '' : 's'}
              </option>
            ))}
          </select>
        </div>
        <AsOfControl value={asOf} onChange={(v) => update('asOf', v)} />
      </div>
      <Notices
        notices={[
          ...partialNotices(from.result.error, 'the first actor'),
          ...partialNotices(to.result.error, 'the second actor'),
          ...partialNotices(result.error, 'connections'),
        ]}
      />
      {from.actor && to.actor && from.actor.id === to.actor.id && <p>Choose two different actors.</p>}
      {!ready && !(from.actor && to.actor) && <p className="muted">Choose two actors.</p>}
      {result.fetching && <Loading what="the paths" />}
      {ready && result.data && paths.length === 0 && (
        <p>
          No path of at most {maxHops} hop{maxHops === 1 ? '' : 's'} between {from.actor!.name} and {to.actor!.name}
          {asOf ? ` as of ${asOf}` : ''}.
        </p>
      )}
      {paths.length > 0 && (
        <p>
          {paths.length} shortest path{paths.length === 1 ? '' : 's'} of {paths[0]!.length} hop{paths[0]!.length === 1 ? '' : 's'}.
        </p>
      )}
      <ol className="paths">
        {paths.map((path, i) => (
          <li key={i} className="path">
            <h2>
              Path {i + 1}: {[path.hops[0]?.from?.name, ...path.hops.map((h) => h.to?.name)].join(' → ')}
            </h2>
            <ol className="hops">
              {path.hops.map((hop, j) => (
                <li key={j} className="hop">
                  <h3>
                    <ActorLink actor={hop.from} /> → <ActorLink actor={hop.to} />
                  </h3>
                  <ul className="links">
                    {hop.links.map((link) => (
                      <li key={link.id} className="link" data-link={link.id}>
                        <span className="kind-badge" style={{ borderColor: EDGE_STYLES[link.kind].color }}>
                          {EDGE_STYLES[link.kind].name}
                        </span>{' '}
                        {link.event ? <Link to={`/events/${link.event.id}`}>{link.label}</Link> : link.statement ? <q>{link.label}</q> : link.label}
                        {(link.fromRole || link.toRole) && link.kind === 'EVENT' && (
                          <span className="muted">
                            {' '}
                            ({[link.fromRole, link.toRole].filter(Boolean).map((r) => roleWords(r!)).join(' / ')})
                          </span>
                        )}
                        {link.date && (
                          <>
                            {' · '}
                            <DateText date={link.date} words />
                          </>
                        )}
                        {' · source: '}
                        <SourceLinks sources={link.sources} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </article>
  );
}
