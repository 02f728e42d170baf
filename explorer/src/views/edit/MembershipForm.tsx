import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MembershipRole } from '../../gql/graphql';
import { formErrors, partialNotices, type ErrorsOfAnswer } from '../../api/errors';
import { ActorByHandle } from '../../api/queries';
import { ActorPicker } from '../../components/ActorPicker';
import { Loading, Notices, type ActorLike } from '../../components/common';
import { FormMessages, MEMBERSHIP_ROLES, SelectField, TextField, dateProblem, optional } from './form';
import { NO_SOURCE, SourceFields, useSourceIds, type SourceDraft } from './sources';

const AddMembership = graphql(`
  mutation AddMembership($input: MembershipInput!) {
    addMembership(input: $input) {
      id
      role
      since
      until
      member {
        ...ActorRef
      }
      organization {
        ...ActorRef
      }
      sources {
        id
      }
    }
  }
`);

/** Record that the actor of the page belongs to an organization, in a role, during an interval. */
export function MembershipForm() {
  const { handle = '' } = useParams();
  const navigate = useNavigate();
  const [member] = useQuery({ query: ActorByHandle, variables: { handle } });
  const [organization, setOrganization] = useState<ActorLike | null>(null);
  const [role, setRole] = useState<MembershipRole | ''>('MEMBER');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [sources, setSources] = useState<SourceDraft>(NO_SOURCE);
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [{ fetching }, add] = useMutation(AddMembership);
  const sourceIds = useSourceIds();
  const actor = member.data?.actor;

  if (!actor) {
    return member.fetching ? <Loading what="the member" /> : <Notices notices={partialNotices(member.error, 'this actor')} />;
  }
  const errors = formErrors(error, [
    { name: 'organization', words: ['organization', 'organizationId', 'member of itself'] },
    { name: 'role', words: ['role'] },
    { name: 'since', words: ['since'], value: since },
    { name: 'until', words: ['until'], value: until },
    { name: 'sources', words: ['source', 'sourceIds', 'title', 'url', 'URL'] },
  ]);

  const submit = async () => {
    const problems = { since: dateProblem(since), until: dateProblem(until), organization: organization ? undefined : 'Choose the organization.' };
    setLocal(problems);
    if (Object.values(problems).some(Boolean)) {
      return;
    }
    const cited = await sourceIds(sources);
    if (cited.error) {
      setError(cited.error);
      return;
    }
    const result = await add({
      input: {
        memberId: actor.id,
        organizationId: organization!.id,
        role: role as MembershipRole,
        since: optional(since),
        until: optional(until),
        sourceIds: cited.ids,
      },
    });
    setError(result.error);
    if (result.data && !result.error) {
      navigate(`/actors/${actor.handle}`);
    }
  };

  return (
    <article>
      <h1>New membership of {actor.name}</h1>
      <form
        className="edit-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormMessages errors={errors} />
        <ActorPicker
          label="Organization"
          name="organization"
          value={organization}
          onChange={setOrganization}
          kinds={['INTERNATIONAL_ORGANIZATION', 'GOVERNMENT_BODY', 'LEGISLATURE', 'GROUP']}
          error={local.organization ?? errors.byField.organization}
        />
        <SelectField label="Role" name="role" value={role} options={MEMBERSHIP_ROLES} onChange={setRole} error={errors.byField.role} />
        <TextField label="Since" name="since" value={since} onChange={setSince} error={local.since ?? errors.byField.since} hint="Empty when unknown. 2007, 2007-05 or 2007-05-14." />
        <TextField label="Until" name="until" value={until} onChange={setUntil} error={local.until ?? errors.byField.until} hint="Empty when ongoing or unknown." />
        <SourceFields value={sources} onChange={setSources} error={errors.byField.sources} />
        <button type="submit" disabled={fetching}>
          Record membership
        </button>
      </form>
    </article>
  );
}
