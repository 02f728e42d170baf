import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { formErrors, type ErrorsOfAnswer } from '../api/errors';
import { FormMessages, TextField, dateProblem } from '../views/edit/form';

const EndMembershipMutation = graphql(`
  mutation EndMembership($id: ID!, $until: PartialDate!) {
    endMembership(id: $id, until: $until) {
      id
      since
      until
    }
  }
`);

/** Ends an open membership (the API's one correction of a membership): a button, then its date. */
export function EndMembership({ id, label }: { id: string; label: string }) {
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState('');
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();
  const [local, setLocal] = useState<string | undefined>();
  const [{ fetching }, end] = useMutation(EndMembershipMutation);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} aria-label={`End: ${label}`}>
        End…
      </button>
    );
  }
  const errors = formErrors(error, [{ name: 'until', words: ['until'], value: until }]);
  return (
    <form
      className="inline-form"
      aria-label={`End: ${label}`}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const problem = until.trim() === '' ? 'When did it end? 2023, 2023-05 or 2023-05-14' : dateProblem(until);
        setLocal(problem);
        if (problem) {
          return;
        }
        const result = await end({ id, until: until.trim() });
        setError(result.error);
        if (result.data && !result.error) {
          setOpen(false);
        }
      }}
    >
      <FormMessages errors={errors} />
      <TextField label="Ended in" name="until" value={until} onChange={setUntil} error={local ?? errors.byField.until} />
      <button type="submit" disabled={fetching}>
        Save end
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
