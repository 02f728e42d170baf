import { describe, expect, it } from 'vitest';
import { actorHandleOf, actorIdsIn, feedOf, fieldChanges, mergeFeeds, type ChangeLike, type FeedPage } from './changes';

const change = (id: string, at: string, over: Partial<ChangeLike> = {}): ChangeLike => ({
  id,
  at,
  mutation: 'updateActor',
  entityType: 'ACTOR',
  entityId: '1',
  after: '{}',
  ...over,
});

const page = (changes: ChangeLike[], hasNextPage: boolean): FeedPage<ChangeLike> => ({
  edges: changes.map((c) => ({ cursor: `c${c.id}`, node: c })),
  pageInfo: { hasNextPage },
});

describe('fieldChanges', () => {
  it('lists only the fields whose values differ, in the record’s order', () => {
    const fields = fieldChanges({
      before: '{"handle":"kartapolov","name":"Andrei Kartapolov","aliases":["A. Kartapolov"],"countryCode":"RU"}',
      after: '{"handle":"kartapolov","name":"Andrey Kartapolov","aliases":["A. Kartapolov","Kartapolov"],"countryCode":"RU"}',
    });
    expect(fields).toEqual([
      { field: 'name', before: 'Andrei Kartapolov', after: 'Andrey Kartapolov' },
      { field: 'aliases', before: ['A. Kartapolov'], after: ['A. Kartapolov', 'Kartapolov'] },
    ]);
  });

  it('lists a creation’s fields that have a value, without a before', () => {
    expect(fieldChanges({ before: null, after: '{"name":"CSTO","description":null,"aliases":[],"kind":"ORG"}' })).toEqual([
      { field: 'name', after: 'CSTO' },
      { field: 'kind', after: 'ORG' },
    ]);
  });

  it('compares nested records as values, not by key order', () => {
    const before = '{"participants":[{"actorId":1,"role":"HOST"}],"title":"Summit"}';
    const same = '{"participants":[{"role":"HOST","actorId":1}],"title":"Summit"}';
    expect(fieldChanges({ before, after: same })).toEqual([]);
    expect(fieldChanges({ before, after: '{"participants":[{"actorId":1,"role":"GUEST"}],"title":"Summit"}' })).toEqual([
      { field: 'participants', before: [{ actorId: 1, role: 'HOST' }], after: [{ actorId: 1, role: 'GUEST' }] },
    ]);
  });

  it('treats a field that disappeared as changed to nothing, and a null as a missing field', () => {
    expect(fieldChanges({ before: '{"a":1,"b":null}', after: '{"c":null}' })).toEqual([{ field: 'a', before: 1, after: undefined }]);
  });

  it('reads nothing from values that are not a JSON object', () => {
    expect(fieldChanges({ before: null, after: 'not json' })).toEqual([]);
    expect(fieldChanges({ before: null, after: '[1,2]' })).toEqual([]);
  });
});

describe('actorIdsIn', () => {
  it('finds the actors named by memberships, statements and participants, once each', () => {
    expect(actorIdsIn({ before: '{"memberId":3,"organizationId":16}', after: '{"memberId":3,"organizationId":17}' })).toEqual([
      '3',
      '16',
      '17',
    ]);
    expect(
      actorIdsIn({ before: null, after: '{"speakerId":9,"aboutIds":[1,2],"reportedById":null,"eventId":4,"sourceId":5}' }),
    ).toEqual(['9', '1', '2']);
    expect(actorIdsIn({ before: null, after: '{"participants":[{"actorId":7,"role":"HOST"},{"actorId":"8"}],"sourceIds":[1]}' })).toEqual([
      '7',
      '8',
    ]);
  });
});

describe('actorHandleOf', () => {
  it('takes the handle after the change, else before it', () => {
    expect(actorHandleOf({ before: '{"handle":"old"}', after: '{"handle":"new"}' })).toBe('new');
    expect(actorHandleOf({ before: '{"handle":"old"}', after: '{}' })).toBe('old');
    expect(actorHandleOf({ before: null, after: '{"title":"x"}' })).toBeUndefined();
  });
});

describe('feedOf', () => {
  it('sends actors’ records to actors-service’s feed and the rest to events-service’s', () => {
    expect(['ACTOR', 'MEMBERSHIP', 'POSITION', 'EVENT', 'STATEMENT', 'SOURCE'].map((t) => feedOf(t as never))).toEqual([
      'actors',
      'actors',
      'actors',
      'events',
      'events',
      'events',
    ]);
  });
});

describe('mergeFeeds', () => {
  const start = { actors: null, events: null };

  it('interleaves two complete feeds newest first and ends', () => {
    const merged = mergeFeeds(
      page([change('5', '2026-12-06T10:00:03Z'), change('4', '2026-12-06T10:00:01Z')], false),
      page([change('5', '2026-12-06T10:00:02Z', { entityType: 'EVENT' })], false),
      10,
      start,
    );
    expect(merged.changes.map(({ feed, change }) => `${feed}:${change.id}`)).toEqual(['actors:5', 'events:5', 'actors:4']);
    expect(merged.next).toBeNull();
  });

  it('never skips a change: stops before one older than the last of a feed that goes on', () => {
    // actors' page ends at 10:00:05 and has more; events' page holds an older change, which may
    // come after actors' next changes.
    const merged = mergeFeeds(
      page([change('9', '2026-12-06T10:00:09Z'), change('8', '2026-12-06T10:00:05Z')], true),
      page([change('3', '2026-12-06T10:00:07Z'), change('2', '2026-12-06T10:00:01Z')], false),
      10,
      start,
    );
    expect(merged.changes.map(({ feed, change }) => `${feed}:${change.id}`)).toEqual(['actors:9', 'events:3', 'actors:8']);
    expect(merged.next).toEqual({ actors: 'c8', events: 'c3' });
  });

  it('keeps a feed where it was read from when none of its changes made the page', () => {
    const merged = mergeFeeds(
      page([change('9', '2026-12-06T10:00:09Z'), change('8', '2026-12-06T10:00:08Z')], true),
      page([change('3', '2026-12-06T10:00:01Z')], false),
      2,
      { actors: 'c10', events: 'c4' },
    );
    expect(merged.changes.map(({ change }) => change.id)).toEqual(['9', '8']);
    expect(merged.next).toEqual({ actors: 'c8', events: 'c4' });
  });

  it('marks a feed read from its start that showed nothing with an empty cursor, and a finished feed with null', () => {
    const merged = mergeFeeds(
      page([change('9', '2026-12-06T10:00:09Z')], false),
      page([change('3', '2026-12-06T10:00:01Z')], false),
      1,
      start,
    );
    expect(merged.next).toEqual({ actors: null, events: '' });
  });

  it('takes at most the page size, and puts the actors’ feed first on equal times', () => {
    const at = '2026-12-06T10:00:00Z';
    const merged = mergeFeeds(
      page([change('2', at), change('1', at)], false),
      page([change('7', at, { entityType: 'EVENT' })], false),
      2,
      start,
    );
    expect(merged.changes.map(({ feed, change }) => `${feed}:${change.id}`)).toEqual(['actors:2', 'actors:1']);
    expect(merged.next).toEqual({ actors: null, events: '' });
  });

  it('handles feeds that were not read', () => {
    const merged = mergeFeeds(undefined, page([change('3', '2026-12-06T10:00:01Z')], true), 5, { actors: null, events: null });
    expect(merged.changes.map(({ change }) => change.id)).toEqual(['3']);
    expect(merged.next).toEqual({ actors: null, events: 'c3' });
  });
});
