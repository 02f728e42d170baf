import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ChangedEntity } from '../gql/graphql';
import { formErrors, type ErrorsOfAnswer } from '../api/errors';
import { useEditorToken } from '../api/token';
import { actorHandleOf, actorIdsIn, feedOf, fieldChanges, type ChangeLike } from '../logic/changes';
import { ActorLink, present, type ActorLike } from './common';
import { FormMessages, TextField } from '../views/edit/form';

export const ChangeRow = graphql(`
  fragment ChangeRow on Change {
    id
    at
    by
    mutation
    entityType
    entityId
    before
    after
    reason
  }
`);

const ChangedActors = graphql(`
  query ChangedActors($ids: [ID!]!) {
    actorsByIds(ids: $ids) {
      ...ActorRef
    }
  }
`);

const RevertActorChange = graphql(`
  mutation RevertActorChange($changeId: ID!, $reason: String) {
    revertActorChange(changeId: $changeId, reason: $reason) {
      ...ChangeRow
    }
  }
`);

const RevertEventChange = graphql(`
  mutation RevertEventChange($changeId: ID!, $reason: String) {
    revertEventChange(changeId: $changeId, reason: $reason) {
      ...ChangeRow
    }
  }
`);

const RECORD_WORDS: Record<ChangedEntity, string> = {
  ACTOR: 'Actor',
  MEMBERSHIP: 'Membership',
  POSITION: 'Position',
  EVENT: 'Event',
  STATEMENT: 'Statement',
  SOURCE: 'Source',
};

const TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** When a change was made, in the reader's time zone, with the recorded UTC instant as its value. */
function ChangeTime({ at }: { at: string }) {
  const instant = new Date(at);
  return <time dateTime={at}>{Number.isNaN(instant.getTime()) ? at : TIME.format(instant)}</time>;
}

/**
 * A list of changes, newest first, each with who made it, when, with which mutation and why, the
 * record it changed, its fields before and after (actor ids shown as the actors they are), and,
 * for an editor, "Revert…" on every change that did not create its record.
 */
export function ChangeList({ changes, onReverted }: { changes: readonly ChangeLike[]; onReverted: () => void }) {
  const token = useEditorToken();
  const ids = [...new Set(changes.flatMap((c) => actorIdsIn(c)))].sort();
  const [actors] = useQuery({ query: ChangedActors, variables: { ids }, pause: ids.length === 0 });
  const actorsById = new Map<string, ActorLike>((actors.data?.actorsByIds ?? []).filter(present).map((a) => [a.id, a]));
  return (
    <ol className="changes">
      {changes.map((change) => (
        <li key={`${feedOf(change.entityType)}:${change.id}`} data-change={`${feedOf(change.entityType)}:${change.id}`}>
          <p className="change-head">
            <ChangeTime at={change.at} /> · <strong>{change.mutation}</strong> · <RecordLink change={change} />
            {' · '}
            <span className="muted">by {change.by ?? 'an editor without a name'}</span>
          </p>
          {change.reason && <p className="change-reason">“{change.reason}”</p>}
          <FieldTable change={change} actorsById={actorsById} />
          {token && change.before && <Revert change={change} onReverted={onReverted} />}
        </li>
      ))}
    </ol>
  );
}

function RecordLink({ change }: { change: ChangeLike }) {
  const words = `${RECORD_WORDS[change.entityType]} ${change.entityId}`;
  switch (change.entityType) {
    case 'ACTOR': {
      const handle = actorHandleOf(change);
      return handle ? <Link to={`/actors/${encodeURIComponent(handle)}`}>{words}</Link> : <span>{words}</span>;
    }
    case 'EVENT':
      return <Link to={`/events/${encodeURIComponent(change.entityId)}`}>{words}</Link>;
    case 'SOURCE':
      return <Link to={`/sources/${encodeURIComponent(change.entityId)}`}>{words}</Link>;
    default:
      return <span>{words}</span>;
  }
}

const ACTOR_FIELDS = new Set(['memberId', 'organizationId', 'holderId', 'parentId', 'speakerId', 'reportedById']);

function Value({ field, value, actorsById }: { field: string; value: unknown; actorsById: Map<string, ActorLike> }) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="muted">—</span>;
  }
  const actor = (id: unknown) => {
    const known = actorsById.get(String(id));
    return known ? <ActorLink actor={known} /> : <span>actor {String(id)}</span>;
  };
  if (ACTOR_FIELDS.has(field)) {
    return actor(value);
  }
  if (field === 'aboutIds' && Array.isArray(value)) {
    return <>{value.map((id, i) => <span key={String(id)}>{i > 0 && ', '}{actor(id)}</span>)}</>;
  }
  if (field === 'participants' && Array.isArray(value)) {
    return (
      <>
        {value.map((p, i) => {
          const participant = p as { actorId?: unknown; role?: unknown };
          return (
            <span key={`${String(participant.actorId)}-${String(participant.role)}`}>
              {i > 0 && ', '}
              {actor(participant.actorId)}
              {participant.role ? ` (${String(participant.role).toLowerCase().replaceAll('_', ' ')})` : ''}
            </span>
          );
        })}
      </>
    );
  }
  if (Array.isArray(value)) {
    return <span>{value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')}</span>;
  }
  return <span>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</span>;
}

function FieldTable({ change, actorsById }: { change: ChangeLike; actorsById: Map<string, ActorLike> }) {
  const fields = fieldChanges(change);
  if (fields.length === 0) {
    return <p className="muted">No field changed.</p>;
  }
  const created = !change.before;
  return (
    <table className="change-fields">
      <thead>
        <tr>
          <th scope="col">Field</th>
          {!created && <th scope="col">Before</th>}
          <th scope="col">{created ? 'Value' : 'After'}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">{f.field}</th>
            {!created && (
              <td>
                <Value field={f.field} value={f.before} actorsById={actorsById} />
              </td>
            )}
            <td>
              <Value field={f.field} value={f.after} actorsById={actorsById} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const LATER_CHANGE_HELP = 'A later change of this record changed the same fields: revert that one first, or edit the record.';

/** "Revert…": a reason, then the revert through the subgraph that recorded the change. */
function Revert({ change, onReverted }: { change: ChangeLike; onReverted: () => void }) {
  const label = `${change.mutation} of ${RECORD_WORDS[change.entityType].toLowerCase()} ${change.entityId}`;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [actorsRevert, revertActors] = useMutation(RevertActorChange);
  const [eventsRevert, revertEvents] = useMutation(RevertEventChange);
  if (done) {
    return (
      <p className="notice" role="status">
        Reverted (change {done}).
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} aria-label={`Revert ${label}`}>
        Revert…
      </button>
    );
  }
  const laterChange = error?.graphQLErrors.some((e) => e.extensions?.reason === 'LATER_CHANGE');
  const errors = laterChange ? { byField: {}, general: [LATER_CHANGE_HELP] } : formErrors(error, [{ name: 'reason', words: ['reason'], value: reason }]);
  return (
    <form
      className="inline-form"
      aria-label={`Revert ${label}`}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const variables = { changeId: change.id, reason: reason.trim() || null };
        if (feedOf(change.entityType) === 'actors') {
          const result = await revertActors(variables);
          setError(result.error);
          if (result.data) {
            setDone(result.data.revertActorChange.id);
            onReverted();
          }
        } else {
          const result = await revertEvents(variables);
          setError(result.error);
          if (result.data) {
            setDone(result.data.revertEventChange.id);
            onReverted();
          }
        }
      }}
    >
      <FormMessages errors={errors} />
      <TextField label="Why revert it" name="reason" value={reason} onChange={setReason} error={errors.byField.reason} />
      <button type="submit" disabled={actorsRevert.fetching || eventsRevert.fetching}>
        Revert change
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
