import { useMemo, type ReactNode } from 'react';
import { describeCoverage } from '../dates/partialDate';
import { axisFor, barRows, roleWords, type DatedFact } from '../logic/timelineBars';
import { ActorLink, SourceLinks, type SourceLike } from './common';

const pct = (x: number) => `${(x * 100).toFixed(3)}%`;

/**
 * Facts between an actor and organizations drawn on a time axis: a row per organization and role,
 * a bar per interval. A partial date is drawn as the days it covers (lighter: the fact began
 * somewhere in there); an open end fades out at the edge and says so.
 */
export function MembershipTimeline({
  facts,
  sourcesOf,
  caption,
  actions,
}: {
  facts: readonly DatedFact[];
  sourcesOf: (factId: string) => readonly (SourceLike | null)[];
  caption: string;
  /** What an editor can do with a fact (end an open membership). */
  actions?: (fact: DatedFact, label: string) => ReactNode;
}) {
  const axis = useMemo(() => axisFor(facts, new Date()), [facts]);
  const rows = useMemo(() => barRows(facts, axis), [facts, axis]);
  return (
    <div className="bars" role="table" aria-label={caption}>
      <div className="bars-row bars-axis" role="row" aria-hidden="true">
        <span role="columnheader" />
        <div className="track">
          {axis.ticks.map((t) => (
            <span key={t.year} className="tick" style={{ left: pct(t.at) }}>
              {t.year}
            </span>
          ))}
        </div>
        <span />
      </div>
      {rows.map((row) => (
        <div className="bars-row" role="row" key={row.key}>
          <span role="rowheader" className="bars-who">
            <ActorLink actor={row.counterpart} />
            <span className="muted"> {roleWords(row.role)}</span>
          </span>
          <div className="track" role="cell" aria-hidden="true">
            {row.bars.map((bar) => (
              <span key={bar.id}>
                <span
                  className={`bar${bar.openStart ? ' open-start' : ''}${bar.openEnd ? ' open-end' : ''}`}
                  style={{ left: pct(bar.span.from), width: pct(Math.max(bar.span.to - bar.span.from, 0.004)) }}
                  title={bar.label}
                />
                {bar.sinceSpan && (
                  <span
                    className="bar-fuzzy"
                    style={{ left: pct(bar.sinceSpan.from), width: pct(Math.max(bar.sinceSpan.to - bar.sinceSpan.from, 0.004)) }}
                  />
                )}
                {bar.untilSpan && (
                  <span
                    className="bar-fuzzy"
                    style={{ left: pct(bar.untilSpan.from), width: pct(Math.max(bar.untilSpan.to - bar.untilSpan.from, 0.004)) }}
                  />
                )}
              </span>
            ))}
          </div>
          <span role="cell" className="bars-facts">
            {row.bars.map((bar) => {
              const fact = facts.find((f) => f.id === bar.id)!;
              return (
                <span key={bar.id} className="fact" data-fact={bar.id}>
                  <span className="fact-label" title={[fact.since, fact.until].filter(Boolean).map((d) => describeCoverage(d!)).join(' … ')}>
                    {bar.label}
                  </span>
                  {bar.openEnd && bar.sinceSpan && <span className="visually-hidden"> (no end recorded)</span>}
                  {' · '}
                  <SourceLinks sources={sourcesOf(bar.id)} />
                  {actions && <> {actions(fact, bar.label)}</>}
                </span>
              );
            })}
          </span>
        </div>
      ))}
    </div>
  );
}
