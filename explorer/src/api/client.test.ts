import { Client, fetchExchange } from '@urql/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActorByHandleDocument, AddSourceDocument } from '../gql/graphql';
import { editorAuthExchange } from './client';
import { setEditorToken } from './token';

// The token store lives in session storage, which the browser gives and Node does not.
const storage = new Map<string, string>();
Object.assign(globalThis, {
  sessionStorage: {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  },
});

/** A client whose requests are recorded (their Authorization header) and answered with empty data. */
function recording(): { client: Client; authorization: (string | null)[] } {
  const authorization: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    authorization.push(new Headers(init?.headers).get('authorization'));
    return new Response(JSON.stringify({ data: null }), { headers: { 'content-type': 'application/json' } });
  };
  return {
    client: new Client({ url: 'http://gateway.test/graphql', exchanges: [editorAuthExchange, fetchExchange], fetch }),
    authorization,
  };
}

describe('the editor token', () => {
  beforeEach(() => setEditorToken(null));

  it('goes with writes only, so that a stale token never breaks reading', async () => {
    setEditorToken('Bearer aaa.bbb.ccc');
    const { client, authorization } = recording();
    await client.query(ActorByHandleDocument, { handle: 'iran' }).toPromise();
    await client.mutation(AddSourceDocument, { input: { title: 'x' } }).toPromise();
    expect(authorization).toEqual([null, 'Bearer aaa.bbb.ccc']);
  });

  it('is not sent when there is none', async () => {
    const { client, authorization } = recording();
    await client.mutation(AddSourceDocument, { input: { title: 'x' } }).toPromise();
    expect(authorization).toEqual([null]);
  });
});
