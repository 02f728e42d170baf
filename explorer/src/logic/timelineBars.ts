import { dayOf, parsePartialDate } from '../dates/partialDate';

/** A dated fact between an actor and a counterpart: a membership or a position. */
export interface DatedFact {
  readonly id: string;
  /** What the fact is: the membership role or the office title. */
  readonly role: string;
  readonly since?: string | null;
  readonly until?: string | null;
  readonly counterpart: { readonly id: string; readonly name: string; readonly handle: string };
}

/** The span of days the chart shows. */
export interface Axis {
  readonly start: number;
  readonly end: number;
  /** Years to label, with their position on the axis (0…1). */
  readonly ticks: readonly { readonly year: number; readonly at: number }[];
}

/** Part of a bar, as fractions of the axis (0…1). */
export interface Span {
  readonly from: number;
  readonly to: number;
}

export interface Bar {
  readonly id: string;
  /** Where the fact is in force for sure, or as far as is known. */
  readonly span: Span;
  /** The days `since` covers (e.g. all of May 2007): the start lies somewhere in there. */
  readonly sinceSpan: Span | null;
  readonly untilSpan: Span | null;
  /** No known start: the bar runs off the left edge. */
  readonly openStart: boolean;
  /** No known end (unknown or ongoing): the bar runs off the right edge. */
  readonly openEnd: boolean;
  /** The readable fact: `invited, since 2007-05`. */
  readonly label: string;
}

/** One row per counterpart and role, e.g. "Shanghai Cooperation Organisation — observer". */
export interface BarRow {
  readonly key: string;
  readonly counterpart: DatedFact['counterpart'];
  readonly role: string;
  readonly bars: readonly Bar[];
}

/** `INVITED` → `invited`, `DIALOGUE_PARTNER` → `dialogue partner`; titles stay as written. */
export function roleWords(role: string): string {
  return /^[A-Z_]+$/.test(role) ? role.toLowerCase().replaceAll('_', ' ') : role;
}

/** `invited, since 2007-05`; `member, 1992 – 1999`; `member, dates unknown`. */
export function factLabel(fact: Pick<DatedFact, 'role' | 'since' | 'until'>): string {
  const role = roleWords(fact.role);
  if (fact.since && fact.until) {
    return `${role}, ${fact.since} – ${fact.until}`;
  }
  if (fact.since) {
    return `${role}, since ${fact.since}`;
  }
  if (fact.until) {
    return `${role}, until ${fact.until}`;
  }
  return `${role}, dates unknown`;
}

/**
 * The years from a little before the earliest date of the facts to `today`; ten years when no
 * fact is dated. Ticks every 1, 2, 5 or 10 years so that about eight are labelled.
 */
export function axisFor(facts: readonly DatedFact[], today: Date): Axis {
  const thisYear = today.getUTCFullYear();
  const years = facts
    .flatMap((f) => [f.since, f.until])
    .map((d) => (d ? parsePartialDate(d) : null))
    .filter((d) => d !== null)
    .map((d) => new Date(d.start * 86_400_000).getUTCFullYear());
  const first = Math.min(thisYear - 10, ...years.map((y) => y - 2));
  const last = Math.max(thisYear, ...years) + 1;
  const start = parsePartialDate(String(first).padStart(4, '0'))!.start;
  const end = Math.max(dayOf(today), parsePartialDate(String(last).padStart(4, '0'))!.start);
  const step = [1, 2, 5, 10, 20, 50].find((s) => (last - first) / s <= 8) ?? 100;
  const ticks = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const at = (parsePartialDate(String(year).padStart(4, '0'))!.start - start) / (end - start);
    if (at <= 1) {
      ticks.push({ year, at });
    }
  }
  return { start, end, ticks };
}

function fraction(axis: Axis, day: number): number {
  return Math.min(1, Math.max(0, (day - axis.start) / (axis.end - axis.start)));
}

function spanOf(axis: Axis, text: string | null | undefined): Span | null {
  const date = text ? parsePartialDate(text) : null;
  // A day is one point on a scale of decades: widen it to stay visible.
  return date ? { from: fraction(axis, date.start), to: fraction(axis, date.end + 1) } : null;
}

/** The facts as bars, one row per counterpart and role, rows in the order their first fact comes. */
export function barRows(facts: readonly DatedFact[], axis: Axis): BarRow[] {
  const rows = new Map<string, { counterpart: DatedFact['counterpart']; role: string; bars: Bar[] }>();
  for (const fact of facts) {
    const key = `${fact.counterpart.id}:${fact.role}`;
    const sinceSpan = spanOf(axis, fact.since);
    const untilSpan = spanOf(axis, fact.until);
    const bar: Bar = {
      id: fact.id,
      span: { from: sinceSpan?.from ?? 0, to: untilSpan?.to ?? 1 },
      sinceSpan,
      untilSpan,
      openStart: sinceSpan === null,
      openEnd: untilSpan === null,
      label: factLabel(fact),
    };
    const row = rows.get(key) ?? { counterpart: fact.counterpart, role: fact.role, bars: [] };
    row.bars.push(bar);
    rows.set(key, row);
  }
  return [...rows.entries()].map(([key, row]) => ({ key, ...row }));
}
