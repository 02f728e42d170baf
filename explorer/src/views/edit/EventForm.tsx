import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EventType, ParticipantRole } from '../../gql/graphql';
import { formErrors, isStaleVersion, partialNotices, type ErrorsOfAnswer } from '../../api/errors';
import { ActorPicker } from '../../components/ActorPicker';
import { Loading, Notices, type ActorLike } from '../../components/common';
import {
  EVENT_TYPES,
  FormMessages,
  LoadLatestVersion,
  PARTICIPANT_ROLES,
  SelectField,
  TextField,
  dateProblem,
  optional,
} from './form';
import { NO_SOURCE, SourceFields, useSourceIds, type SourceDraft } from './sources';

const EventForEdit = graphql(`
  query EventForEdit($id: ID!) {
    event(id: $id) {
      id
      version
      key
      title
      type
      date
      endDate
      location
      summary
    }
  }
`);

export const EventResult = graphql(`
  fragment EventResult on Event {
    id
    version
    key
    title
    type
    date
    endDate
    location
    summary
  }
`);

const RecordEvent = graphql(`
  mutation RecordEvent($input: EventInput!) {
    recordEvent(input: $input) {
      ...EventResult
    }
  }
`);

const UpdateEvent = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!, $version: Int!) {
    updateEvent(id: $id, input: $input, version: $version) {
      ...EventResult
    }
  }
`);

interface Participant {
  actor: ActorLike | null;
  role: ParticipantRole | '';
}

/**
 * Record an event (/new/event) or correct one (/events/:id/edit; participants and sources stay as
 * they are), with the version it was opened at for optimistic locking.
 */
export function EventForm() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [loaded, reload] = useQuery({ query: EventForEdit, variables: { id: id ?? '' }, pause: !id });
  const existing = loaded.data?.event;
  const [title, setTitle] = useState('');
  const [type, setType] = useState<EventType | ''>('');
  const [date, setDate] = useState('');
  const [endDate, setEndDate] = useState('');
  const [location, setLocation] = useState('');
  const [summary, setSummary] = useState('');
  const [participants, setParticipants] = useState<Participant[]>([{ actor: null, role: 'PARTICIPANT' }]);
  const [sources, setSources] = useState<SourceDraft>(NO_SOURCE);
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [{ fetching: recording }, record] = useMutation(RecordEvent);
  const [{ fetching: updating }, update] = useMutation(UpdateEvent);
  const sourceIds = useSourceIds();

  useEffect(() => {
    if (existing) {
      setTitle(existing.title);
      setType(existing.type);
      setDate(existing.date ?? '');
      setEndDate(existing.endDate ?? '');
      setLocation(existing.location ?? '');
      setSummary(existing.summary ?? '');
    }
  }, [existing]);

  if (id && !existing) {
    return loaded.fetching ? <Loading what="the event" /> : <Notices notices={partialNotices(loaded.error, 'this event')} />;
  }
  const errors = formErrors(error, [
    { name: 'title', words: ['title'] },
    { name: 'type', words: ['type'] },
    { name: 'endDate', words: ['endDate'], value: endDate },
    { name: 'date', words: ['date'], value: date },
    { name: 'participants', words: ['participant', 'actor'] },
    { name: 'sources', words: ['source', 'sourceIds', 'sources'] },
  ]);

  const submit = async () => {
    const problems = { date: dateProblem(date), endDate: dateProblem(endDate) };
    setLocal(problems);
    if (Object.values(problems).some(Boolean)) {
      return;
    }
    const fields = {
      key: existing?.key ?? null,
      title: title.trim(),
      type: type as EventType,
      date: optional(date),
      endDate: optional(endDate),
      location: optional(location),
      summary: optional(summary),
    };
    if (existing) {
      const result = await update({ id: existing.id, input: fields, version: existing.version });
      setError(result.error);
      if (result.data && !result.error) {
        navigate(`/events/${existing.id}`);
      }
      return;
    }
    const cited = await sourceIds(sources);
    if (cited.error) {
      setError(cited.error);
      return;
    }
    const result = await record({
      input: {
        ...fields,
        sourceIds: cited.ids,
        participants: participants
          .filter((p) => p.actor && p.role)
          .map((p) => ({ actorId: p.actor!.id, role: p.role as ParticipantRole })),
      },
    });
    setError(result.error);
    const recorded = result.data?.recordEvent;
    if (recorded && !result.error) {
      navigate(`/events/${recorded.id}`);
    }
  };

  return (
    <article>
      <h1>{existing ? `Correct “${existing.title}”` : 'New event'}</h1>
      <form
        className="edit-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormMessages errors={errors} />
        {existing && isStaleVersion(error) && (
          <LoadLatestVersion
            onLoad={() => {
              setError(undefined);
              reload({ requestPolicy: 'network-only' });
            }}
          />
        )}
        <TextField label="Title" name="title" value={title} onChange={setTitle} error={errors.byField.title} required />
        <SelectField label="Type" name="type" value={type} options={EVENT_TYPES} onChange={setType} error={errors.byField.type} allowEmpty="(choose)" />
        <TextField label="Date" name="date" value={date} onChange={setDate} error={local.date ?? errors.byField.date} hint="Leave empty when the sources do not date it." />
        <TextField label="End date" name="endDate" value={endDate} onChange={setEndDate} error={local.endDate ?? errors.byField.endDate} />
        <TextField label="Location" name="location" value={location} onChange={setLocation} />
        <TextField label="Summary" name="summary" value={summary} onChange={setSummary} multiline />
        {!existing && (
          <fieldset>
            <legend>Participants</legend>
            {participants.map((p, i) => (
              <div key={i} className="row">
                <ActorPicker
                  label={`Participant ${i + 1}`}
                  value={p.actor}
                  onChange={(actor) => setParticipants(participants.map((q, j) => (j === i ? { ...q, actor } : q)))}
                />
                <SelectField
                  label="Role"
                  name={`role${i}`}
                  value={p.role}
                  options={PARTICIPANT_ROLES}
                  onChange={(role) => setParticipants(participants.map((q, j) => (j === i ? { ...q, role } : q)))}
                />
              </div>
            ))}
            {errors.byField.participants && <p className="field-error">{errors.byField.participants}</p>}
            <button type="button" onClick={() => setParticipants([...participants, { actor: null, role: 'PARTICIPANT' }])}>
              Add a participant
            </button>
          </fieldset>
        )}
        {!existing && <SourceFields value={sources} onChange={setSources} error={errors.byField.sources} />}
        <button type="submit" disabled={recording || updating}>
          {existing ? 'Save correction' : 'Record event'}
        </button>
      </form>
    </article>
  );
}
