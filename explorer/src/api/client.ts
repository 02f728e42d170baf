import { Client, fetchExchange, makeOperation, mapExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
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
];

export function createClient(url = graphqlEndpoint()): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange({
        keys: Object.fromEntries(embedded.map((type) => [type, () => null])),
        updates: cacheUpdates,
      }),
      editorAuthExchange,
      fetchExchange,
    ],
  });
}
