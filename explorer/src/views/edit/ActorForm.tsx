import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ActorKind } from '../../gql/graphql';
import { formErrors, isStaleVersion, partialNotices, type ErrorsOfAnswer } from '../../api/errors';
import { ActorPicker } from '../../components/ActorPicker';
import { Loading, Notices, type ActorLike } from '../../components/common';
import { ACTOR_KINDS, FormMessages, LoadLatestVersion, SelectField, TextField, optional } from './form';

const ActorForEdit = graphql(`
  query ActorForEdit($handle: String!) {
    actor(handle: $handle) {
      ...ActorRef
      description
      aliases
      wikidataId
      version
      parent {
        ...ActorRef
      }
    }
  }
`);

const CreateActor = graphql(`
  mutation CreateActor($input: ActorInput!) {
    createActor(input: $input) {
      ...ActorRef
      description
      aliases
      wikidataId
      version
    }
  }
`);

const UpdateActor = graphql(`
  mutation UpdateActor($id: ID!, $input: ActorInput!, $version: Int!) {
    updateActor(id: $id, input: $input, version: $version) {
      ...ActorRef
      description
      aliases
      wikidataId
      version
      parent {
        ...ActorRef
      }
    }
  }
`);

interface Draft {
  handle: string;
  name: string;
  kind: ActorKind | '';
  countryCode: string;
  description: string;
  aliases: string;
  wikidataId: string;
  parent: ActorLike | null;
}

const EMPTY: Draft = { handle: '', name: '', kind: '', countryCode: '', description: '', aliases: '', wikidataId: '', parent: null };

/** Create an actor (/new/actor) or correct one (/actors/:handle/edit), with its version for optimistic locking. */
export function ActorForm() {
  const { handle } = useParams();
  const navigate = useNavigate();
  const [loaded, reload] = useQuery({ query: ActorForEdit, variables: { handle: handle ?? '' }, pause: !handle });
  const actor = loaded.data?.actor;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [{ fetching: creating }, create] = useMutation(CreateActor);
  const [{ fetching: updating }, update] = useMutation(UpdateActor);
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();

  useEffect(() => {
    if (actor) {
      setDraft({
        handle: actor.handle,
        name: actor.name,
        kind: actor.kind,
        countryCode: actor.countryCode ?? '',
        description: actor.description ?? '',
        aliases: actor.aliases.join('\n'),
        wikidataId: actor.wikidataId ?? '',
        parent: actor.parent ?? null,
      });
    }
  }, [actor]);

  if (handle && loaded.fetching && !actor) {
    return <Loading what="the actor" />;
  }
  if (handle && !actor) {
    return <Notices notices={partialNotices(loaded.error, 'this actor')} />;
  }

  const fields = [
    { name: 'handle', words: ['handle'], value: draft.handle },
    { name: 'name', words: ['name'] },
    { name: 'kind', words: ['kind'] },
    { name: 'countryCode', words: ['countryCode'], value: draft.countryCode },
    { name: 'wikidataId', words: ['wikidataId'], value: draft.wikidataId },
    { name: 'parent', words: ['parent', 'parentId'] },
  ];
  const errors = formErrors(error, fields);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft({ ...draft, [key]: value });

  const submit = async () => {
    const input = {
      handle: draft.handle.trim(),
      name: draft.name.trim(),
      kind: draft.kind as ActorKind,
      countryCode: optional(draft.countryCode),
      description: optional(draft.description),
      aliases: draft.aliases.split('\n').map((a) => a.trim()).filter(Boolean),
      wikidataId: optional(draft.wikidataId),
      parentId: draft.parent?.id ?? null,
    };
    const result = actor
      ? await update({ id: actor.id, input, version: actor.version })
      : await create({ input });
    setError(result.error);
    const saved = result.data && ('updateActor' in result.data ? result.data.updateActor : result.data.createActor);
    if (saved && !result.error) {
      navigate(`/actors/${saved.handle}`);
    }
  };

  return (
    <article>
      <h1>{actor ? `Correct ${actor.name}` : 'New actor'}</h1>
      {actor && <p className="muted">You are editing version {actor.version}. If someone saves a change first, yours is refused and nothing is lost from this form.</p>}
      <form
        className="edit-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormMessages errors={errors} />
        {isStaleVersion(error) && (
          <LoadLatestVersion
            onLoad={() => {
              setError(undefined);
              reload({ requestPolicy: 'network-only' });
            }}
          />
        )}
        <TextField label="Name" name="name" value={draft.name} onChange={set('name')} error={errors.byField.name} required />
        <TextField
          label="Handle"
          name="handle"
          value={draft.handle}
          onChange={set('handle')}
          error={errors.byField.handle}
          required
          hint="Lower-case letters, digits and single dashes: the actor's address, e.g. iran, csto-parliamentary-assembly."
        />
        <SelectField label="Kind" name="kind" value={draft.kind} options={ACTOR_KINDS} onChange={set('kind')} error={errors.byField.kind} allowEmpty="(choose)" />
        <TextField label="Country code" name="countryCode" value={draft.countryCode} onChange={set('countryCode')} error={errors.byField.countryCode} hint="ISO 3166-1 alpha-3, e.g. IRN" />
        <TextField label="Aliases" name="aliases" value={draft.aliases} onChange={set('aliases')} multiline hint="One spelling per line." />
        <TextField label="Description" name="description" value={draft.description} onChange={set('description')} multiline />
        <TextField label="Wikidata item" name="wikidataId" value={draft.wikidataId} onChange={set('wikidataId')} error={errors.byField.wikidataId} placeholder="Q794" />
        <ActorPicker label="Part of (parent body)" name="parent" value={draft.parent} onChange={set('parent')} error={errors.byField.parent} />
        <button type="submit" disabled={creating || updating}>
          {actor ? 'Save correction' : 'Create actor'}
        </button>
      </form>
    </article>
  );
}
