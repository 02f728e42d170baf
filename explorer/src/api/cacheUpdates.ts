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

const TYPENAME_OF_RECORD: Record<string, string> = {
  ACTOR: 'Actor',
  MEMBERSHIP: 'Membership',
  POSITION: 'Position',
  EVENT: 'Event',
  STATEMENT: 'Statement',
  SOURCE: 'Source',
};

/**
 * A revert returns the change it made, not the record: the record it changed, and every list and
 * relationship answer it may be in, are read again.
 */
function invalidateReverted(result: Record<string, unknown>, field: string, cache: Cache) {
  const change = result[field] as { entityType?: string; entityId?: string } | null | undefined;
  const typename = change?.entityType ? TYPENAME_OF_RECORD[change.entityType] : undefined;
  if (typename && change?.entityId) {
    cache.invalidate({ __typename: typename, id: change.entityId });
  }
  invalidateRoot(cache, 'actors', 'events', 'statements', 'network', 'connections', 'timeline', 'duplicateCandidates');
}

export const cacheUpdates: UpdatesConfig = {
  Mutation: {
    revertActorChange: (result, _args, cache) => invalidateReverted(result, 'revertActorChange', cache),
    revertEventChange: (result, _args, cache) => invalidateReverted(result, 'revertEventChange', cache),
    createActor: (_result, _args, cache) => {
      invalidateRoot(cache, 'actors', 'duplicateCandidates');
    },
    updateActor: (_result, _args, cache) => {
      invalidateRoot(cache, 'duplicateCandidates');
    },
    mergeActors: (_result, args, cache) => {
      // Both actors' facts moved: each is read again, with every list and relationship answer.
      for (const id of [args.keep, args.merge]) {
        if (typeof id === 'string') {
          cache.invalidate({ __typename: 'Actor', id });
        }
      }
      invalidateRoot(cache, 'actor', 'actors', 'events', 'statements', 'network', 'connections', 'timeline', 'duplicateCandidates');
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
