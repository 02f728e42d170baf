import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { ChangeList } from './ChangeList';
import { present, Section } from './common';

const PAGE_SIZE = 10;

const ActorHistoryPage = graphql(`
  query ActorHistory($id: ID!, $first: Int!, $after: String) {
    actorsByIds(ids: [$id]) {
      id
      history(first: $first, after: $after) {
        edges {
          node {
            ...ChangeRow
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** An actor's recorded changes, newest first, a page at a time ("Older changes", "Newest"). */
export function ActorHistory({ id, name }: { id: string; name: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [result, reexecute] = useQuery({
    query: ActorHistoryPage,
    variables: { id, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  const history = result.data?.actorsByIds.filter(present)[0]?.history;
  const changes = (history?.edges ?? []).map((edge) => edge.node);
  return (
    <Section
      title="History"
      what={`changes of ${name}`}
      fetching={result.fetching}
      error={result.error}
      empty={changes.length === 0}
      emptyText={after ? 'No older change.' : 'No change recorded.'}
    >
      <ChangeList changes={changes} onReverted={() => reexecute({ requestPolicy: 'network-only' })} />
      <p>
        {after && (
          <button type="button" className="link-button" onClick={() => setAfter(null)}>
            Newest changes
          </button>
        )}{' '}
        {history?.pageInfo.hasNextPage && history.pageInfo.endCursor && (
          <button type="button" className="link-button" onClick={() => setAfter(history.pageInfo.endCursor ?? null)}>
            Older changes
          </button>
        )}
      </p>
    </Section>
  );
}
