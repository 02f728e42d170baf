import type { Cache, UpdatesConfig } from '@urql/exchange-graphcache';

/**
 * What a write changes besides the object it returns (which the normalized cache updates by
 * itself): lists that now have one more entry are dropped from the cache and read again.
 */
function invalidateActor(cache: Cache, id: unknown, ...fields: string[]) {
  if (typeof id === 'string') {
    for (const field of fields) {
      for (const entry of cache.inspectFields({ __typename: 'Actor', id })) {
        if (entry.fieldName === field) {
          cache.invalidate({ __typename: 'Actor', id }, entry.fieldName, entry.arguments ?? undefined);
        }
      }
    }
  }
}

function invalidateRoot(cache: Cache, ...fields: string[]) {
  for (const entry of cache.inspectFields('Query')) {
    if (fields.includes(entry.fieldName)) {
      cache.invalidate('Query', entry.fieldName, entry.arguments ?? undefined);
    }
  }
}

type Input = Record<string, unknown> | undefined;

export const cacheUpdates: UpdatesConfig = {
  Mutation: {
    createActor: (_result, _args, cache) => {
      invalidateRoot(cache, 'actors', 'duplicateCandidates');
    },
    updateActor: (_result, _args, cache) => {
      invalidateRoot(cache, 'duplicateCandidates');
    },
    dismissDuplicateCandidate: (_result, _args, cache) => {
      invalidateRoot(cache, 'duplicateCandidates');
    },
    addMembership: (_result, args, cache) => {
      const input = args.input as Input;
      invalidateActor(cache, input?.memberId, 'memberships');
      invalidateActor(cache, input?.organizationId, 'members');
      invalidateRoot(cache, 'network', 'connections', 'timeline');
    },
    endMembership: (_result, _args, cache) => {
      invalidateRoot(cache, 'network', 'connections', 'timeline');
    },
    recordEvent: (_result, args, cache) => {
      const input = args.input as Input;
      for (const p of (input?.participants as { actorId: string }[] | undefined) ?? []) {
        invalidateActor(cache, p.actorId, 'events');
      }
      invalidateRoot(cache, 'events', 'network', 'connections', 'timeline');
    },
    recordStatement: (_result, _args, cache) => {
      invalidateRoot(cache, 'statements', 'network', 'connections', 'timeline');
    },
    updateStatement: (_result, _args, cache) => {
      invalidateRoot(cache, 'timeline');
    },
    updateEvent: (_result, _args, cache) => {
      invalidateRoot(cache, 'events', 'timeline');
    },
  },
};
