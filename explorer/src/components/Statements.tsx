import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { StatementFieldsFragment } from '../gql/graphql';
import { useEditorToken } from '../api/token';
import { roleWords } from '../logic/timelineBars';
import { StatementEditForm } from '../views/edit/StatementForm';
import { ActorLink, DateText, present, Section, SourceLinks } from './common';

const PAGE = 10;

const StatementsPage = graphql(`
  query StatementsPage($about: ID, $speaker: ID, $to: PartialDate, $after: String, $first: Int!) {
    statements(about: $about, speaker: $speaker, to: $to, after: $after, first: $first, order: NEWEST_FIRST) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...StatementFields
        }
      }
    }
  }
`);

/** One statement: who said it, in what capacity, about whom, reported by whom, when, and its source. */
export function StatementCard({ statement }: { statement: StatementFieldsFragment }) {
  const token = useEditorToken();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return <StatementEditForm statement={statement} onDone={() => setEditing(false)} />;
  }
  return (
    <li className="statement" data-statement={statement.id}>
      <blockquote>“{statement.text}”</blockquote>
      <p className="meta">
        {roleWords(statement.kind)} by {statement.speaker ? <ActorLink actor={statement.speaker} /> : <span className="muted">an unnamed source</span>}
        {statement.speakerCapacity && <span className="muted"> ({statement.speakerCapacity})</span>}
        {' · '}
        <DateText date={statement.date} words />
        {statement.stance && <> · stance: {roleWords(statement.stance)}</>}
        {statement.about.some(present) && (
          <>
            {' · about '}
            {statement.about.filter(present).map((a, i) => (
              <span key={a.id}>
                {i > 0 && ', '}
                <ActorLink actor={a} />
              </span>
            ))}
          </>
        )}
        {statement.reportedBy && (
          <>
            {' · reported by '}
            <ActorLink actor={statement.reportedBy} />
          </>
        )}
        {statement.event && (
          <>
            {' · at '}
            <Link to={`/events/${statement.event.id}`}>{statement.event.title}</Link>
          </>
        )}
        {' · source: '}
        <SourceLinks sources={[statement.source]} />
        {token && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              Edit
            </button>
          </>
        )}
      </p>
    </li>
  );
}

/** Statements by or about an actor, newest first, a page at a time. */
export function StatementsSection({
  title,
  about,
  speaker,
  to,
}: {
  title: string;
  about?: string;
  speaker?: string;
  to: string | null;
}) {
  // The cursors of the pages before this one: Back pops one.
  const [cursors, setCursors] = useState<(string | null)[]>([]);
  const after = cursors[cursors.length - 1] ?? null;
  const [result] = useQuery({
    query: StatementsPage,
    variables: { about, speaker, to, after, first: PAGE },
  });
  const page = result.data?.statements;
  const edges = page?.edges ?? [];
  const offset = cursors.length * PAGE;
  return (
    <Section
      title={title}
      what="statements"
      fetching={result.fetching}
      error={result.error}
      empty={edges.length === 0}
      emptyText={to ? `No dated statement up to ${to}.` : 'None recorded.'}
      actions={page && page.totalCount > 0 && <span className="muted">{`${offset + 1}–${offset + edges.length} of ${page.totalCount}, newest first`}</span>}
    >
      <ul className="statements">
        {edges.map(({ node }) => (
          <StatementCard key={node.id} statement={node} />
        ))}
      </ul>
      {(cursors.length > 0 || page?.pageInfo.hasNextPage) && (
        <nav className="pager" aria-label={`${title}: pages`}>
          <button type="button" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            ← Newer
          </button>
          <button
            type="button"
            disabled={!page?.pageInfo.hasNextPage}
            onClick={() => setCursors([...cursors, page?.pageInfo.endCursor ?? null])}
          >
            Older →
          </button>
        </nav>
      )}
    </Section>
  );
}
