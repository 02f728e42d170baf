import { Client, fetchExchange, makeOperation, mapExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { graphqlEndpoint } from './endpoint';
import { editorToken } from './token';
import { cacheUpdates } from './cacheUpdates';

/**
 * Sends the editor token with writes only: reads are open, and a stale token pasted hours ago
 * must not make them fail.
 */
export const editorAuthExchange = mapExchange({
  onOperation(operation) {
    const token = editorToken();
    if (operation.kind !== 'mutation' || !token) {
      return operation;
    }
    const fetchOptions =
      typeof operation.context.fetchOptions === 'function'
        ? operation.context.fetchOptions()
        : (operation.context.fetchOptions ?? {});
    return makeOperation(operation.kind, operation, {
      ...operation.context,
      fetchOptions: {
        ...fetchOptions,
        headers: { ...(fetchOptions.headers as Record<string, string> | undefined), Authorization: `Bearer ${token}` },
      },
    });
  },
});

/** Types without an id of their own: the cache keeps them inside their parent. */
const embedded = [
  'ActorConnection', 'ActorEdge', 'EventConnection', 'EventEdge', 'StatementConnection', 'StatementEdge',
  'PageInfo', 'Participation', 'Network', 'NetworkNode', 'Path', 'Hop', 'TimelineEntry',
  'DuplicateCandidateConnection', 'DuplicateCandidateEdge', 'DuplicateCandidate', 'DuplicateDismissal',
  // A change's id is unique only within the subgraph that recorded it.
  'Change', 'ChangeConnection', 'ChangeEdge',
];

/**
 * Every operation goes by the hash the build gave it in persisted-documents.json (the generated
 * document's __meta__.hash, "sha256:<hex>"), as Apollo's automatic persisted queries send it,
 * without its text: a gateway that runs only trusted documents (prod) runs the explorer's. Never
 * the text after a PersistedQueryNotFound: the manifest holds each document normalized, so the
 * text urql prints does not have the manifest's hash, and a gateway without the explorer's manifest
 * is not one it was built for. Always POST: the gateway lets browsers cache GET answers for a
 * while, and a page must show an edit at once.
 */
export const byPersistedHash = persistedExchange({
  enforcePersistedQueries: true,
  enableForMutation: true,
  preferGetForPersistedQueries: false,
  generateHash: async (_text, document) =>
    (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash.replace(/^sha256:/, ''),
});

/**
 * The explorer's client. `persisted`: send operations by hash (the build); the development server
 * (`npm run dev`) sends their text, since the gateway's manifest is that of its last build.
 */
export function createClient(
  url = graphqlEndpoint(),
  { fetch, persisted = !import.meta.env.DEV }: { fetch?: typeof globalThis.fetch; persisted?: boolean } = {},
): Client {
  return new Client({
    url,
    fetch,
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(embedded.map((type) => [type, () => null])),
        updates: cacheUpdates,
      }),
      editorAuthExchange,
      ...(persisted ? [byPersistedHash] : []),
      fetchExchange,
    ],
  });
}
