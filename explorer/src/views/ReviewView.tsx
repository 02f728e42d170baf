import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { DuplicateReason } from '../gql/graphql';
import { formErrors, partialNotices, type ErrorsOfAnswer } from '../api/errors';
import { ActorLink, Loading, Notices, present } from '../components/common';
import { recheckDelay } from '../logic/recheck';
import { FormMessages, TextField } from './edit/form';

const PAGE_SIZE = 25;

const DuplicateReview = graphql(`
  query DuplicateReview($first: Int!, $after: String, $minScore: Float) {
    duplicateCandidates(first: $first, after: $after, minScore: $minScore) {
      pendingChecks
      edges {
        cursor
        node {
          a {
            ...ActorRef
          }
          b {
            ...ActorRef
          }
          score
          reasons
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const DismissPair = graphql(`
  mutation DismissPair($a: ID!, $b: ID!, $reason: String) {
    dismissDuplicateCandidate(a: $a, b: $b, reason: $reason) {
      dismissedAt
      dismissedBy
    }
  }
`);

const MergePairMutation = graphql(`
  mutation MergePair($keep: ID!, $merge: ID!, $reason: String) {
    mergeActors(keep: $keep, merge: $merge, reason: $reason) {
      id
      keep {
        ...ActorRef
      }
      merged {
        id
        name
      }
    }
  }
`);

/** How each piece of evidence reads to a reviewer. */
const REASON_WORDS: Record<DuplicateReason, string> = {
  SAME_NORMALIZED_NAME: 'same name',
  ALIAS_OVERLAP: 'shared alias',
  NAME_SIMILAR: 'similar names',
  SAME_KIND: 'same kind',
  SAME_COUNTRY: 'same country',
  DIFFERENT_COUNTRY: 'different countries',
};

/**
 * The reviewer's list of actors that may be one (duplicate candidates), best first: each pair with
 * its score and evidence, a link to each actor, and "Not the same" to dismiss the pair with a
 * reason. `?minScore=` narrows the list, `?after=` pages it (the cursor of the last pair seen).
 */
export function ReviewView() {
  const [params, setParams] = useSearchParams();
  const after = params.get('after');
  const minScore = Number(params.get('minScore') ?? '0.5');
  const [result, reexecute] = useQuery({
    query: DuplicateReview,
    variables: { first: PAGE_SIZE, after, minScore: minScore >= 0 && minScore <= 1 ? minScore : 0.5 },
  });
  useEffect(() => {
    document.title = 'Possible duplicates — Entente';
  }, []);
  const candidates = result.data?.duplicateCandidates;
  const pending = candidates?.pendingChecks ?? 0;
  // Actors changed a moment ago may still be queued for checking (a background check can hold
  // them): the page asks again by itself until none is, sooner at first, so their pairs appear
  // without the reviewer having to know to reload.
  const [pendingAnswers, setPendingAnswers] = useState(0);
  useEffect(() => {
    if (result.fetching) {
      return undefined;
    }
    if (pending === 0) {
      setPendingAnswers(0);
      return undefined;
    }
    const timer = setTimeout(() => {
      setPendingAnswers((answers) => answers + 1);
      reexecute({ requestPolicy: 'network-only' });
    }, recheckDelay(pendingAnswers + 1));
    return () => clearTimeout(timer);
  }, [pending, pendingAnswers, result.fetching, reexecute]);
  const pairs = (candidates?.edges ?? []).map((edge) => edge.node).filter(present);
  return (
    <article>
      <h1>Possible duplicates</h1>
      <p className="muted">
        Pairs of actors of one kind whose names or aliases suggest they are one actor, most likely first. Open both to
        compare; a pair that is one actor is merged, a pair that is two actors is dismissed with a reason and does not come
        back.{' '}
        <Link to="/changes">Changes</Link> lists every edit, with who made it and why.
      </p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="min-score">Score at least</label>{' '}
        <select id="min-score" value={String(minScore)} onChange={(e) => setParams({ minScore: e.target.value })}>
          {['0.5', '0.6', '0.7', '0.8', '0.9'].map((value) => (
            <option key={value} value={value}>
              {Math.round(Number(value) * 100)} %
            </option>
          ))}
        </select>
      </form>
      <Notices notices={partialNotices(result.error, 'the duplicate candidates')} />
      {result.fetching && !candidates && <Loading what="the candidates" />}
      {candidates && candidates.pendingChecks > 0 && (
        <p className="notice" role="status">
          {candidates.pendingChecks} recently changed actors are still being checked: their pairs may be missing, and
          this list asks again by itself.{' '}
          <button type="button" className="link-button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            Check again
          </button>
        </p>
      )}
      {candidates && pairs.length === 0 && <p>No pairs {after ? 'after these' : 'to review'}.</p>}
      {pairs.length > 0 && (
        <div className="table-scroll">
          <table className="review">
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Maybe the same as</th>
                <th scope="col">Score</th>
                <th scope="col">Evidence</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((pair) => (
                <tr key={`${pair.a.id}-${pair.b.id}`} data-pair={`${pair.a.id}-${pair.b.id}`}>
                  <td>
                    <ActorLink actor={pair.a} details />
                  </td>
                  <td>
                    <ActorLink actor={pair.b} details />
                  </td>
                  <td>{Math.round(pair.score * 100)} %</td>
                  <td>{pair.reasons.map((reason) => REASON_WORDS[reason] ?? reason).join(', ')}</td>
                  <td>
                    <Merge a={pair.a} b={pair.b} /> <Dismiss a={pair.a} b={pair.b} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {candidates?.pageInfo.hasNextPage && candidates.pageInfo.endCursor && (
        <p>
          <Link
            to={`/review?${new URLSearchParams({ minScore: String(minScore), after: candidates.pageInfo.endCursor })}`}
          >
            Next {PAGE_SIZE} pairs
          </Link>
        </p>
      )}
    </article>
  );
}

/**
 * "Merge…": which of the two stands for both, a reason, then the merge (an editor's write): the
 * other's facts become the kept one's and its id and handle answer as the kept one.
 */
function Merge({ a, b }: { a: { id: string; name: string }; b: { id: string; name: string } }) {
  const label = `${a.name} and ${b.name}`;
  const [open, setOpen] = useState(false);
  const [keepId, setKeepId] = useState(a.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();
  const [{ fetching }, merge] = useMutation(MergePairMutation);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} aria-label={`Merge: ${label}`}>
        Merge…
      </button>
    );
  }
  const errors = formErrors(error, [{ name: 'reason', words: ['reason'], value: reason }]);
  const other = keepId === a.id ? b : a;
  return (
    <form
      className="inline-form"
      aria-label={`Merge: ${label}`}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await merge({ keep: keepId, merge: other.id, reason: reason.trim() || null });
        setError(result.error);
      }}
    >
      <FormMessages errors={errors} />
      <fieldset>
        <legend>Keep</legend>
        {[a, b].map((actor) => (
          <label key={actor.id}>
            <input type="radio" name={`keep-${a.id}-${b.id}`} checked={keepId === actor.id} onChange={() => setKeepId(actor.id)} />{' '}
            {actor.name} <span className="muted">({actor.id})</span>
          </label>
        ))}
      </fieldset>
      <p className="muted hint">
        {other.name}'s aliases, memberships, positions, events and statements become the kept actor's; its id and handle then
        lead to it. An editor can undo it through the API (`unmergeActors`).
      </p>
      <TextField label="Why they are one" name="reason" value={reason} onChange={setReason} error={errors.byField.reason} />
      <button type="submit" disabled={fetching}>
        Merge actors
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}

/** "Not the same": a reason, then the dismissal (an editor's write). */
function Dismiss({ a, b }: { a: { id: string; name: string }; b: { id: string; name: string } }) {
  const label = `${a.name} and ${b.name}`;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ErrorsOfAnswer | undefined>();
  const [{ fetching }, dismiss] = useMutation(DismissPair);
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)} aria-label={`Not the same: ${label}`}>
        Not the same…
      </button>
    );
  }
  const errors = formErrors(error, [{ name: 'reason', words: ['reason'], value: reason }]);
  return (
    <form
      className="inline-form"
      aria-label={`Not the same: ${label}`}
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const result = await dismiss({ a: a.id, b: b.id, reason: reason.trim() || null });
        setError(result.error);
      }}
    >
      <FormMessages errors={errors} />
      <TextField
        label="Why they are two"
        name="reason"
        value={reason}
        onChange={setReason}
        error={errors.byField.reason}
      />
      <button type="submit" disabled={fetching}>
        Dismiss pair
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
