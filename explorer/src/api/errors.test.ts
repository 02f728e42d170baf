import { describe, expect, it } from 'vitest';
import { formErrors, isStaleVersion, partialNotices, type FormField } from './errors';

const eventsDown = {
  message: 'events did not answer',
  path: ['statements'],
  extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'events' },
};

describe('partialNotices', () => {
  it('names the section and the service that did not answer', () => {
    expect(partialNotices({ graphQLErrors: [eventsDown] }, 'statements').map((n) => n.text)).toEqual([
      'Statements unavailable: the events service did not answer. What arrived is shown.',
    ]);
  });

  it('says it once per service, however many fields failed', () => {
    const again = { ...eventsDown, path: ['actor', 'statementsAbout'] };
    expect(partialNotices({ graphQLErrors: [eventsDown, again] }, 'statements')).toHaveLength(1);
  });

  it('names the missing part of an answer that has data, and a limit that was reached', () => {
    const notices = partialNotices(
      {
        graphQLErrors: [
          { message: 'boom', path: ['event', 'participants', 0, 'actor'], extensions: { code: 'INTERNAL' } },
          { message: 'over 200 actors', path: ['network'], extensions: { code: 'BAD_USER_INPUT', limit: 'maxActors' } },
        ],
      },
      'network',
    ).map((n) => n.text);
    expect(notices).toEqual([
      'Network (actor): boom',
      "Part of network is missing: the server's limit maxActors was reached. over 200 actors",
    ]);
  });

  it('reports an unreachable gateway and nothing for a clean answer', () => {
    expect(partialNotices({ graphQLErrors: [], networkError: new Error('fetch failed') }, 'events')[0]?.text).toBe(
      'Events unavailable: the gateway could not be reached.',
    );
    expect(partialNotices(undefined, 'events')).toEqual([]);
  });
});

describe('formErrors', () => {
  const eventFields: FormField[] = [
    { name: 'title', words: ['title'] },
    { name: 'date', words: ['date'], value: '2008' },
    { name: 'endDate', words: ['endDate'], value: '2007-13' },
    { name: 'sourceIds', words: ['sourceIds', 'source'] },
  ];
  const refusal = (message: string, code = 'BAD_USER_INPUT', reason?: string) => ({
    graphQLErrors: [{ message, path: ['recordEvent'], extensions: reason ? { code, reason } : { code } }],
  });

  it('puts a message next to the field it names first', () => {
    expect(formErrors(refusal('endDate 2007 is before date 2008'), eventFields).byField).toEqual({
      endDate: 'endDate 2007 is before date 2008',
    });
    expect(formErrors(refusal('an event must cite at least one source (sourceIds)'), eventFields).byField).toEqual({
      sourceIds: 'an event must cite at least one source (sourceIds)',
    });
  });

  it('finds the field whose value a message quotes', () => {
    const message = "'2007-13' is not a PartialDate: expected YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date";
    expect(formErrors(refusal(message), eventFields).byField).toEqual({ endDate: message });
  });

  it('keeps messages about no field for the whole form', () => {
    const result = formErrors(refusal('unknown actor id 999'), eventFields);
    expect(result).toEqual({ byField: {}, general: ['unknown actor id 999'] });
  });

  it('explains a stale edit and a missing token', () => {
    const stale = formErrors(refusal('actor 1 is at version 4, not 3: reload it and apply the change again', 'CONFLICT'), []);
    expect(stale.general[0]).toMatch(/^actor 1 is at version 4, not 3.*Someone else changed this since you opened it/);
    const statement = refusal('statement 7 is at version 2, not 1: reload it and apply the change again', 'CONFLICT', 'STALE_VERSION');
    expect(formErrors(statement, []).general[0]).toMatch(/^statement 7 is at version 2, not 1.*Someone else changed this.*reload/);
    expect(isStaleVersion(statement)).toBe(true);
    // A taken handle is a CONFLICT too, but reloading the record would not help with it.
    expect(isStaleVersion(refusal("handle 'iran' is already used by actor 3", 'CONFLICT'))).toBe(false);
    expect(isStaleVersion(refusal('text must not be blank'))).toBe(false);
    expect(isStaleVersion(undefined)).toBe(false);
    const noToken = formErrors(refusal('a valid editor token is required', 'UNAUTHENTICATED'), []);
    expect(noToken.general[0]).toContain('./entente token');
  });
});
