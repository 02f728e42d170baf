import { useEffect } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { partialNotices } from '../api/errors';
import { ActorLink, DateText, Loading, Notices } from '../components/common';

const SourcePage = graphql(`
  query SourcePage($id: ID!) {
    source(id: $id) {
      ...SourceRef
      key
      publishedAt
      retrievedAt
      publisher {
        ...ActorRef
      }
    }
  }
`);

/** A cited document: what every fact's source link opens. */
export function SourceView() {
  const { id = '' } = useParams();
  const [result] = useQuery({ query: SourcePage, variables: { id } });
  const source = result.data?.source;
  useEffect(() => {
    document.title = `${source?.title ?? 'Source'} — Entente`;
  }, [source?.title]);
  if (result.fetching && !source) {
    return <Loading what="the source" />;
  }
  return (
    <article>
      <h1>{source?.title ?? `Source ${id}`}</h1>
      <Notices notices={partialNotices(result.error, 'this source')} />
      {!source && !result.error && <p>There is no source {id}.</p>}
      {source && (
        <dl className="details">
          <dt>Document</dt>
          <dd>
            {source.url ? (
              <a href={source.url} rel="noreferrer noopener">
                {source.url}
              </a>
            ) : (
              <span className="muted">no URL recorded</span>
            )}
          </dd>
          <dt>Published</dt>
          <dd>
            <DateText date={source.publishedAt} words />
            {source.publisher && (
              <>
                {' by '}
                <ActorLink actor={source.publisher} />
              </>
            )}
          </dd>
          <dt>Retrieved</dt>
          <dd>{source.retrievedAt ? new Date(source.retrievedAt).toLocaleString() : <span className="muted">unknown</span>}</dd>
          {source.key && (
            <>
              <dt>Key</dt>
              <dd>
                <code>{source.key}</code>
              </dd>
            </>
          )}
        </dl>
      )}
    </article>
  );
}
