import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { describeCoverage, formatPartialDate } from '../dates/partialDate';
import type { ErrorsOfAnswer, Notice } from '../api/errors';
import { partialNotices } from '../api/errors';
import { roleWords } from '../logic/timelineBars';

/**
 * Whether a value arrived: fields resolved by another subgraph than their parent's may come back
 * null when that subgraph fails, and lists of them may hold nulls.
 */
export function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

export interface ActorLike {
  readonly id: string;
  readonly handle: string;
  readonly name: string;
  readonly kind?: string | null;
  readonly countryCode?: string | null;
}

/** A link to an actor's page; `details` adds what identifies it (kind, country). */
export function ActorLink({ actor, details = false }: { actor: ActorLike | null | undefined; details?: boolean }) {
  if (!actor) {
    return <span className="muted">(unknown actor)</span>;
  }
  return (
    <span className="actor-link">
      <Link to={`/actors/${encodeURIComponent(actor.handle)}`}>{actor.name}</Link>
      {details && <ActorKind actor={actor} />}
    </span>
  );
}

export function ActorKind({ actor }: { actor: ActorLike }) {
  return (
    <span className="muted">
      {' '}
      {actor.kind ? roleWords(actor.kind) : ''}
      {actor.countryCode ? ` · ${actor.countryCode}` : ''}
    </span>
  );
}

/** A partial date as written, with the days it covers as its tooltip and machine-readable value. */
export function DateText({ date, words = false }: { date: string | null | undefined; words?: boolean }) {
  if (!date) {
    return <span className="muted">undated</span>;
  }
  return (
    <time dateTime={date} title={describeCoverage(date)}>
      {words ? formatPartialDate(date) : date}
    </time>
  );
}

export interface SourceLike {
  readonly id: string;
  readonly title?: string | null;
  readonly url?: string | null;
}

/** The sources a fact cites: their page here, and the document itself when it has a URL. */
export function SourceLinks({ sources }: { sources: readonly (SourceLike | null)[] | null | undefined }) {
  const known = (sources ?? []).filter((s): s is SourceLike => s !== null);
  if (known.length === 0) {
    return <span className="muted">no source</span>;
  }
  return (
    <span className="sources">
      {known.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          <Link to={`/sources/${s.id}`} className="source">
            {s.title ?? `source ${s.id}`}
          </Link>
          {s.url && (
            <>
              {' '}
              <a href={s.url} rel="noreferrer noopener" target="_blank" aria-label={`open ${s.title ?? 'source'} (new tab)`}>
                ↗
              </a>
            </>
          )}
        </span>
      ))}
    </span>
  );
}

export function Notices({ notices }: { notices: readonly Notice[] }) {
  if (notices.length === 0) {
    return null;
  }
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n.key} className="notice">
          {n.text}
        </p>
      ))}
    </div>
  );
}

/**
 * A section of a page with its own loading state, empty state and notices: a section whose query
 * failed says so while the rest of the page shows what it got.
 */
export function Section(props: {
  title: string;
  /** What the section shows, for its notices (`statements`). */
  what: string;
  fetching: boolean;
  error: ErrorsOfAnswer | undefined;
  empty: boolean;
  emptyText: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const id = `section-${props.what.replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="section" aria-busy={props.fetching}>
      <div className="section-head">
        <h2 id={id}>{props.title}</h2>
        {props.actions}
      </div>
      <Notices notices={partialNotices(props.error, props.what)} />
      {props.fetching && props.empty ? <Loading what={props.what} /> : props.empty && !props.error ? <p className="muted">{props.emptyText}</p> : props.children}
    </section>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}
