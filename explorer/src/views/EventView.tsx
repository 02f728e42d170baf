import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { partialNotices } from '../api/errors';
import { useEditorToken } from '../api/token';
import { ActorLink, DateText, Loading, Notices, present, SourceLinks } from '../components/common';
import { StatementCard } from '../components/Statements';
import { roleWords } from '../logic/timelineBars';

const EventPage = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      key
      title
      type
      date
      endDate
      location
      summary
      participants {
        role
        actor {
          ...ActorRef
        }
      }
      statements {
        ...StatementFields
      }
      sources {
        ...SourceRef
        publishedAt
        publisher {
          ...ActorRef
        }
      }
    }
  }
`);

export function EventView() {
  const { id = '' } = useParams();
  const token = useEditorToken();
  const [result] = useQuery({ query: EventPage, variables: { id } });
  const event = result.data?.event;

  useEffect(() => {
    document.title = `${event?.title ?? 'Event'} — Entente`;
  }, [event?.title]);

  if (result.fetching && !event) {
    return <Loading what="the event" />;
  }
  if (!event) {
    return (
      <article>
        <h1>Event {id}</h1>
        <Notices notices={partialNotices(result.error, 'this event')} />
        {!result.error && <p>There is no event {id}.</p>}
      </article>
    );
  }
  return (
    <article className="event">
      <header className="page-head">
        <h1>{event.title}</h1>
        <p className="lead">
          {roleWords(event.type)} · <DateText date={event.date} words />
          {event.endDate && (
            <>
              {' to '}
              <DateText date={event.endDate} words />
            </>
          )}
          {event.location && ` · ${event.location}`}
        </p>
        {event.summary && <p>{event.summary}</p>}
        {token && (
          <nav className="page-links" aria-label="Edit">
            <Link to={`/events/${event.id}/edit`}>Edit event</Link>
            <Link to={`/new/statement?event=${event.id}`}>Add statement</Link>
          </nav>
        )}
      </header>
      <Notices notices={partialNotices(result.error, 'part of this event')} />
      <section className="section" aria-labelledby="participants">
        <h2 id="participants">Participants</h2>
        {event.participants.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="facts">
            {event.participants.map((p) => (
              <li key={`${p.actor?.id}:${p.role}`}>
                <ActorLink actor={p.actor} details /> — {roleWords(p.role)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="statements">
        <h2 id="statements">Statements made there</h2>
        {event.statements.length === 0 ? (
          <p className="muted">None recorded.</p>
        ) : (
          <ul className="statements">
            {event.statements.map((s) => (
              <StatementCard key={s.id} statement={s} />
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        <ul className="facts">
          {event.sources.filter(present).map((s) => (
            <li key={s.id}>
              <SourceLinks sources={[s]} />
              {s.publisher && (
                <>
                  {' · published by '}
                  <ActorLink actor={s.publisher} />
                </>
              )}
              {s.publishedAt && (
                <>
                  {' · '}
                  <DateText date={s.publishedAt} words />
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
