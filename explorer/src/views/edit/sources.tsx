import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ErrorsOfAnswer } from '../../api/errors';
import { TextField, optional } from './form';

const AddSource = graphql(`
  mutation AddSource($input: SourceInput!) {
    addSource(input: $input) {
      ...SourceRef
    }
  }
`);

export interface SourceDraft {
  ids: string;
  title: string;
  url: string;
}

export const NO_SOURCE: SourceDraft = { ids: '', title: '', url: '' };

/** The sources a new fact cites: ids of recorded ones, and/or a new document to record first. */
export function SourceFields({
  value,
  onChange,
  error,
}: {
  value: SourceDraft;
  onChange: (value: SourceDraft) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset className="sources-field">
      <legend>Sources</legend>
      <TextField
        label="Recorded sources (ids)"
        name="sourceIds"
        value={value.ids}
        onChange={(ids) => onChange({ ...value, ids })}
        error={error}
        hint="Comma-separated: the number at the end of a source's address (/sources/1)."
      />
      <TextField label="Or a new source: title" name="sourceTitle" value={value.title} onChange={(title) => onChange({ ...value, title })} />
      <TextField label="New source: URL" name="sourceUrl" value={value.url} onChange={(url) => onChange({ ...value, url })} placeholder="https://…" />
    </fieldset>
  );
}

/** Records the new source if there is one; the ids to cite, or the refusal of the new source. */
export function useSourceIds(): (draft: SourceDraft) => Promise<{ ids: string[]; error?: ErrorsOfAnswer }> {
  const [, addSource] = useMutation(AddSource);
  return async (draft) => {
    const ids = draft.ids.split(/[\s,]+/).filter(Boolean);
    const title = optional(draft.title);
    if (!title) {
      return { ids };
    }
    const result = await addSource({ input: { title, url: optional(draft.url) } });
    const added = result.data?.addSource;
    if (result.error || !added) {
      return { ids, error: result.error };
    }
    return { ids: [...ids, added.id] };
  };
}
