import { Client, fetchExchange } from '@urql/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { ActorByHandleDocument, AddSourceDocument } from '../gql/graphql';
import manifest from '../gql/persisted-documents.json';
import { createClient, editorAuthExchange } from './client';
import { setEditorToken, setSignedIn } from './token';

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
  beforeEach(() => {
    setSignedIn(null);
    setEditorToken(null);
  });

  it("is the sign-in's access token, like a pasted one on writes only", async () => {
    setSignedIn({ accessToken: 'oidc.access.token', expiresAt: Date.now() + 60_000, name: 'editor' });
    const { client, authorization } = recording();
    await client.query(ActorByHandleDocument, { handle: 'iran' }).toPromise();
    await client.mutation(AddSourceDocument, { input: { title: 'x' } }).toPromise();
    expect(authorization).toEqual([null, 'Bearer oidc.access.token']);
  });

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

describe('persisted documents', () => {
  /** What the client posts, answered PersistedQueryNotFound while `missing`. */
  function posting(missing: boolean): { client: Client; bodies: Record<string, unknown>[] } {
    const bodies: Record<string, unknown>[] = [];
    const fetch: typeof globalThis.fetch = async (_url, init) => {
      const body = JSON.parse(String(init?.body));
      bodies.push(body);
      const answer =
        missing && !body.query
          ? { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }
          : { data: null };
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    };
    return { client: createClient('http://gateway.test/graphql', { fetch, persisted: true }), bodies };
  }

  it('sends every operation by its manifest hash, without its text', async () => {
    const { client, bodies } = posting(false);
    await client.query(ActorByHandleDocument, { handle: 'iran' }).toPromise();
    await client.mutation(AddSourceDocument, { input: { title: 'x' } }).toPromise();
    expect(bodies.map((b) => b.query)).toEqual([undefined, undefined]);
    const hashes = bodies.map(
      (b) => (b.extensions as { persistedQuery: { version: number; sha256Hash: string } }).persistedQuery,
    );
    for (const [i, document] of [ActorByHandleDocument, AddSourceDocument].entries()) {
      const id = (document as unknown as { __meta__: { hash: string } }).__meta__.hash;
      expect(Object.keys(manifest)).toContain(id);
      expect(hashes[i]).toEqual({ version: 1, sha256Hash: id.replace('sha256:', '') });
    }
  });

  it('does not fall back to text the manifest would not recognize', async () => {
    const { client, bodies } = posting(true);
    const result = await client.query(ActorByHandleDocument, { handle: 'iran' }).toPromise();
    expect(bodies).toHaveLength(1);
    expect(result.error?.graphQLErrors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
