import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Stance, StatementFieldsFragment, StatementKind } from '../../gql/graphql';
import { formErrors, type ErrorsOfAnswer } from '../../api/errors';
import { ActorPicker } from '../../components/ActorPicker';
import type { ActorLike } from '../../components/common';
import { FormMessages, SelectField, STANCES, STATEMENT_KINDS, TextField, dateProblem, optional } from './form';
import { NO_SOURCE, SourceFields, useSourceIds, type SourceDraft } from './sources';

const UpdateStatement = graphql(`
  mutation UpdateStatement($id: ID!, $input: StatementInput!, $version: Int!) {
    updateStatement(id: $id, input: $input, version: $version) {
      ...StatementFields
    }
  }
`);

const RecordStatement = graphql(`
  mutation RecordStatement($input: StatementInput!) {
    recordStatement(input: $input) {
      ...StatementFields
    }
  }
`);

const ActorById = graphql(`
  query ActorById($id: ID!) {
    actor(id: $id) {
      ...ActorRef
    }
  }
`);

interface Draft {
  text: string;
  kind: StatementKind | '';
  stance: Stance | '';
  date: string;
  speakerCapacity: string;
}

const FIELDS = (draft: Draft) => [
  { name: 'text', words: ['text'] },
  { name: 'kind', words: ['kind'] },
  { name: 'date', words: ['date'], value: draft.date },
  { name: 'speaker', words: ['speakerId', 'speaker'] },
  { name: 'event', words: ['eventId', 'event'] },
  { name: 'sources', words: ['sourceId', 'source'] },
];

function DraftFields({ draft, onChange, errors, local }: { draft: Draft; onChange: (d: Draft) => void; errors: Record<string, string>; local: string | undefined }) {
  return (
    <>
      <TextField label="Text" name="text" value={draft.text} onChange={(text) => onChange({ ...draft, text })} error={errors.text} multiline required />
      <SelectField label="Kind" name="kind" value={draft.kind} options={STATEMENT_KINDS} onChange={(kind) => onChange({ ...draft, kind })} error={errors.kind} />
      <SelectField label="Stance" name="stance" value={draft.stance} options={STANCES} onChange={(stance) => onChange({ ...draft, stance })} allowEmpty="(none)" />
      <TextField label="Date" name="date" value={draft.date} onChange={(date) => onChange({ ...draft, date })} error={local ?? errors.date} />
      <TextField label="Capacity of the speaker" name="speakerCapacity" value={draft.speakerCapacity} onChange={(speakerCapacity) => onChange({ ...draft, speakerCapacity })} />
    </>
  );
}

/**
 * Correct a statement in place. `updateStatement` replaces every field, so what the form does not
 * show (speaker, reporter, event, source, key) is sent back as it is; `aboutIds` is left out,
 * which keeps the subjects. The version the form was opened at goes with it: if someone saved a
 * change since, the server refuses with CONFLICT, explained above the form, and nothing is lost.
 */
export function StatementEditForm({ statement, onDone }: { statement: StatementFieldsFragment; onDone: () => void }) {
  const [draft, setDraft] = useState<Draft>({
    text: statement.text,
    kind: statement.kind,
    stance: statement.stance ?? '',
    date: statement.date ?? '',
    speakerCapacity: statement.speakerCapacity ?? '',
  });
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();
  const [local, setLocal] = useState<string | undefined>();
  const [{ fetching }, update] = useMutation(UpdateStatement);
  const errors = formErrors(error, FIELDS(draft));

  const submit = async () => {
    setLocal(dateProblem(draft.date));
    if (dateProblem(draft.date)) {
      return;
    }
    const result = await update({
      id: statement.id,
      version: statement.version,
      input: {
        text: draft.text,
        kind: draft.kind as StatementKind,
        stance: draft.stance || null,
        date: optional(draft.date),
        speakerCapacity: optional(draft.speakerCapacity),
        speakerId: statement.speaker?.id ?? null,
        reportedById: statement.reportedBy?.id ?? null,
        eventId: statement.event?.id ?? null,
        sourceId: statement.source?.id ?? null,
        key: statement.key ?? null,
      },
    });
    setError(result.error);
    if (result.data && !result.error) {
      onDone();
    }
  };

  return (
    <li className="statement editing">
      <form
        className="edit-form"
        noValidate
        aria-label="Correct the statement"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormMessages errors={errors} />
        <DraftFields draft={draft} onChange={setDraft} errors={errors.byField} local={local} />
        <p className="buttons">
          <button type="submit" disabled={fetching}>
            Save correction
          </button>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        </p>
      </form>
    </li>
  );
}

/** Record a statement (/new/statement?about=ID&event=ID prefill its subject and event). */
export function StatementCreate() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const aboutId = params.get('about');
  const [aboutResult] = useQuery({ query: ActorById, variables: { id: aboutId ?? '' }, pause: !aboutId });
  const [draft, setDraft] = useState<Draft>({ text: '', kind: 'QUOTE', stance: '', date: '', speakerCapacity: '' });
  const [speaker, setSpeaker] = useState<ActorLike | null>(null);
  const [about, setAbout] = useState<ActorLike | null>(null);
  const [eventId, setEventId] = useState(params.get('event') ?? '');
  const [sources, setSources] = useState<SourceDraft>(NO_SOURCE);
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();
  const [local, setLocal] = useState<string | undefined>();
  const [{ fetching }, record] = useMutation(RecordStatement);
  const sourceIds = useSourceIds();
  const subject = about ?? aboutResult.data?.actor ?? null;
  const errors = formErrors(error, FIELDS(draft));

  const submit = async () => {
    setLocal(dateProblem(draft.date));
    if (dateProblem(draft.date)) {
      return;
    }
    const cited = await sourceIds(sources);
    if (cited.error) {
      setError(cited.error);
      return;
    }
    const result = await record({
      input: {
        text: draft.text,
        kind: draft.kind as StatementKind,
        stance: draft.stance || null,
        date: optional(draft.date),
        speakerCapacity: optional(draft.speakerCapacity),
        speakerId: speaker?.id ?? null,
        eventId: optional(eventId),
        sourceId: cited.ids[0] ?? null,
        aboutIds: subject ? [subject.id] : [],
      },
    });
    setError(result.error);
    const saved = result.data?.recordStatement;
    if (saved && !result.error) {
      navigate(saved.event ? `/events/${saved.event.id}` : subject ? `/actors/${subject.handle}` : '/');
    }
  };

  return (
    <article>
      <h1>New statement</h1>
      <form
        className="edit-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormMessages errors={errors} />
        <DraftFields draft={draft} onChange={setDraft} errors={errors.byField} local={local} />
        <ActorPicker label="Speaker" name="speaker" value={speaker} onChange={setSpeaker} error={errors.byField.speaker} />
        <ActorPicker label="About" name="about" value={subject} onChange={setAbout} />
        <TextField label="Made at event (id)" name="eventId" value={eventId} onChange={setEventId} error={errors.byField.event} />
        <SourceFields value={sources} onChange={setSources} error={errors.byField.sources} />
        <button type="submit" disabled={fetching}>
          Record statement
        </button>
      </form>
    </article>
  );
}
