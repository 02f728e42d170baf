/**
 * Reading the change records of both subgraphs (`actorChanges`, `eventChanges`, `history`): what a
 * change did field by field, which actors its values name, and one list, newest first, of two
 * feeds that are paged separately.
 */

export type ChangedEntity = 'ACTOR' | 'MEMBERSHIP' | 'POSITION' | 'EVENT' | 'STATEMENT' | 'SOURCE';

export interface ChangeLike {
  readonly id: string;
  readonly at: string;
  readonly by?: string | null;
  readonly mutation: string;
  readonly entityType: ChangedEntity;
  readonly entityId: string;
  readonly before?: string | null;
  readonly after: string;
  readonly reason?: string | null;
}

/** The feeds: each change id is unique only within the subgraph that recorded it. */
export type Feed = 'actors' | 'events';

/** The subgraph whose feed holds changes of this kind of record, and whose revert undoes them. */
export function feedOf(type: ChangedEntity): Feed {
  return type === 'ACTOR' || type === 'MEMBERSHIP' || type === 'POSITION' ? 'actors' : 'events';
}

export interface FieldChange {
  readonly field: string;
  /** Absent when the change created the record. */
  readonly before?: unknown;
  readonly after: unknown;
}

type Values = Record<string, unknown>;

function parseValues(json: string | null | undefined): Values | undefined {
  if (!json) {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Values) : undefined;
  } catch {
    return undefined;
  }
}

/** Two JSON values equal as values (key order of objects does not count). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    // A missing field and a null one read the same to an analyst.
    return (a ?? null) === (b ?? null);
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    return false;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((value, i) => sameValue(value, b[i]));
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue((a as Values)[key], (b as Values)[key]));
}

/**
 * The fields a change changed, in the record's own field order. A creation lists every field that
 * has a value; a change whose values cannot be read lists nothing.
 */
export function fieldChanges(change: Pick<ChangeLike, 'before' | 'after'>): FieldChange[] {
  const after = parseValues(change.after);
  if (!after) {
    return [];
  }
  const before = parseValues(change.before);
  if (!before) {
    return Object.entries(after)
      .filter(([, value]) => !isEmpty(value))
      .map(([field, value]) => ({ field, after: value }));
  }
  const fields = [...Object.keys(after), ...Object.keys(before).filter((field) => !(field in after))];
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Fields whose values are actor ids (a number or a list of them), by the subgraphs' snapshots. */
const ACTOR_ID_FIELDS = new Set(['memberId', 'organizationId', 'holderId', 'parentId', 'speakerId', 'reportedById', 'aboutIds']);

/** Every actor id a change's values name (members, organizations, speakers, participants…), once each. */
export function actorIdsIn(change: Pick<ChangeLike, 'before' | 'after'>): string[] {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value))) {
      ids.add(String(value));
    }
  };
  for (const values of [parseValues(change.before), parseValues(change.after)]) {
    for (const [field, value] of Object.entries(values ?? {})) {
      if (ACTOR_ID_FIELDS.has(field)) {
        (Array.isArray(value) ? value : [value]).forEach(add);
      } else if (field === 'participants' && Array.isArray(value)) {
        value.forEach((p) => add((p as Values | null)?.actorId));
      }
    }
  }
  return [...ids];
}

/** The actor's handle a change of an ACTOR record names (after it, else before it), for a link. */
export function actorHandleOf(change: Pick<ChangeLike, 'before' | 'after'>): string | undefined {
  for (const values of [parseValues(change.after), parseValues(change.before)]) {
    if (typeof values?.handle === 'string' && values.handle) {
      return values.handle;
    }
  }
  return undefined;
}

export interface FeedPage<C extends ChangeLike> {
  readonly edges: readonly { readonly cursor: string; readonly node: C }[];
  readonly pageInfo: { readonly hasNextPage: boolean };
}

export interface MergedPage<C extends ChangeLike> {
  /** The changes to show, newest first, each with its feed. */
  readonly changes: { readonly feed: Feed; readonly change: C }[];
  /**
   * Where each feed goes on for the next page: the cursor of its last change shown, or the cursor it
   * was read after when none of its changes was shown; null for a feed that has nothing more.
   */
  readonly next: { readonly actors: string | null; readonly events: string | null } | null;
}

/**
 * One page of at most `size` changes out of a page of each feed (each read with `first: size`
 * after its own cursor), newest first. Only as many changes are taken as can be shown without
 * skipping one: a change of one feed older than the last of the other feed's page waits for the
 * next page, where that other feed goes on. Ties on the time go to the actors' feed first, then
 * the higher id (the later of one transaction).
 */
export function mergeFeeds<C extends ChangeLike>(
  actors: FeedPage<C> | undefined,
  events: FeedPage<C> | undefined,
  size: number,
  after: { actors: string | null; events: string | null },
): MergedPage<C> {
  type Entry = { feed: Feed; change: C; cursor: string };
  const entries = (feed: Feed, page: FeedPage<C> | undefined): Entry[] =>
    (page?.edges ?? []).map((edge) => ({ feed, change: edge.node, cursor: edge.cursor }));
  const newerFirst = (a: Entry, b: Entry) =>
    a.change.at !== b.change.at
      ? (a.change.at < b.change.at ? 1 : -1)
      : a.feed !== b.feed
        ? (a.feed === 'actors' ? -1 : 1)
        : Number(b.change.id) - Number(a.change.id);
  const all = [...entries('actors', actors), ...entries('events', events)].sort(newerFirst);

  // A feed with more pages may have changes newer than anything after its page's last one: stop
  // before the first change older than that last one of a feed that goes on.
  const limits = [
    { page: actors, list: entries('actors', actors) },
    { page: events, list: entries('events', events) },
  ]
    .filter(({ page }) => page?.pageInfo.hasNextPage)
    .flatMap(({ list }) => list.slice(-1));
  const shown: Entry[] = [];
  for (const entry of all) {
    if (shown.length >= size || limits.some((last) => newerFirst(last, entry) < 0)) {
      break;
    }
    shown.push(entry);
  }

  const nextOf = (feed: Feed, page: FeedPage<C> | undefined): string | null => {
    const mine = shown.filter((entry) => entry.feed === feed).at(-1);
    const read = entries(feed, page);
    if (mine?.cursor !== read.at(-1)?.cursor) {
      return mine?.cursor ?? after[feed] ?? '';
    }
    return page?.pageInfo.hasNextPage ? (read.at(-1)?.cursor ?? null) : null;
  };
  const next = { actors: nextOf('actors', actors), events: nextOf('events', events) };
  return {
    changes: shown.map(({ feed, change }) => ({ feed, change })),
    next: next.actors === null && next.events === null ? null : next,
  };
}
