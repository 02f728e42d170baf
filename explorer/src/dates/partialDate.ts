/**
 * Entente's partial dates (`2005`, `2007-05`, `2024-01-01`): each stands for the interval of days
 * it covers, as in docs/CONVENTIONS.md. Days are counted in UTC so that no time zone moves them.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** The canonical text, e.g. `2007-05`. */
  readonly text: string;
  readonly precision: Precision;
  /** First day of the interval, as days since 1970-01-01. */
  readonly start: number;
  /** Last day of the interval (inclusive), as days since 1970-01-01. */
  readonly end: number;
}

const FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day (month 1–12). */
function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** The partial date `text` names, or null when it names none (years 0001–9999, real days only). */
export function parsePartialDate(text: string): PartialDate | null {
  const m = FORMAT.exec(text);
  if (!m) {
    return null;
  }
  const year = Number(m[1]);
  if (year === 0) {
    return null;
  }
  if (m[2] === undefined) {
    return { text, precision: 'year', start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    return null;
  }
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { text, precision: 'month', start: dayNumber(year, month, 1), end: dayNumber(year, month, last) };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) {
    return null;
  }
  const n = dayNumber(year, month, day);
  return { text, precision: 'day', start: n, end: n };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of a JavaScript date (its UTC calendar day). */
export function dayOf(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * The days a fact with `since`/`until` covers: from the first day of `since` to the last day of
 * `until`; a missing end is open (null), as the API reads it (unknown or ongoing).
 */
export interface Interval {
  readonly start: number | null;
  readonly end: number | null;
}

export function factInterval(since?: string | null, until?: string | null): Interval {
  return {
    start: since ? (parsePartialDate(since)?.start ?? null) : null,
    end: until ? (parsePartialDate(until)?.end ?? null) : null,
  };
}

/** Whether a fact is in force at `asOf`: its interval and the date's share a day (open ends unbounded). */
export function inForce(since: string | null | undefined, until: string | null | undefined, asOf: string): boolean {
  const at = parsePartialDate(asOf);
  if (!at) {
    return true;
  }
  const { start, end } = factInterval(since, until);
  return (start === null || start <= at.end) && (end === null || end >= at.start);
}

const formats: Record<Precision, Intl.DateTimeFormat> = {
  year: new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** A readable form at the date's own precision: `2005`, `May 2007`, `1 January 2024`; unparsable text as is. */
export function formatPartialDate(text: string): string {
  const date = parsePartialDate(text);
  return date ? formats[date.precision].format(new Date(date.start * DAY_MS)) : text;
}

/** The days a partial date covers, for a tooltip: `2007-05-01 – 2007-05-31`, or the day itself. */
export function describeCoverage(text: string): string {
  const date = parsePartialDate(text);
  if (!date) {
    return text;
  }
  return date.start === date.end ? isoDay(date.start) : `${isoDay(date.start)} – ${isoDay(date.end)}`;
}

/** `since 2007-05`, `2005 – 2007`, `until 2010`, or `dates unknown` when both ends are open. */
export function describeInterval(since?: string | null, until?: string | null): string {
  if (since && until) {
    return `${since} – ${until}`;
  }
  if (since) {
    return `since ${since}`;
  }
  if (until) {
    return `until ${until}`;
  }
  return 'dates unknown';
}

/** The API's order: by the interval's start, coarser precision first; undated last. */
export function comparePartialDates(a?: string | null, b?: string | null): number {
  const x = a ? parsePartialDate(a) : null;
  const y = b ? parsePartialDate(b) : null;
  if (!x || !y) {
    return (x ? 0 : 1) - (y ? 0 : 1);
  }
  const rank: Record<Precision, number> = { year: 0, month: 1, day: 2 };
  return x.start - y.start || rank[x.precision] - rank[y.precision];
}
