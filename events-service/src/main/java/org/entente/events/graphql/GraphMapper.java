package org.entente.events.graphql;

import org.entente.subgraph.graphql.PartialDateScalar;
import org.entente.events.repository.EventEntity;
import org.entente.events.repository.ParticipantEntity;
import org.entente.events.repository.SourceEntity;
import org.entente.events.repository.StatementEntity;

import java.time.format.DateTimeFormatter;

/** Entities to GraphQL types. Actor references become stubs: the gateway fetches the rest from actors-service. */
final class GraphMapper {
    private GraphMapper() {
    }

    static Event event(EventEntity e) {
        if (e == null) return null;
        Event event = new Event();
        event.id = e.id;
        event.key = e.externalKey;
        event.type = e.type;
        event.title = e.title;
        event.summary = e.summary;
        event.date = PartialDateScalar.of(e.dateText);
        event.endDate = PartialDateScalar.of(e.endDateText);
        event.location = e.location;
        return event;
    }

    static Participation participation(ParticipantEntity p) {
        Participation participation = new Participation();
        participation.actor = Actor.of(p.actorId);
        participation.role = p.role;
        return participation;
    }

    static Statement statement(StatementEntity s) {
        if (s == null) return null;
        Statement statement = new Statement();
        statement.id = s.id;
        statement.key = s.externalKey;
        statement.kind = s.kind;
        statement.text = s.text;
        statement.speaker = Actor.of(s.speakerId);
        statement.speakerCapacity = s.speakerCapacity;
        statement.date = PartialDateScalar.of(s.dateText);
        statement.stance = s.stance;
        statement.reportedBy = Actor.of(s.reportedById);
        statement.eventId = s.eventId;
        statement.sourceId = s.sourceId;
        return statement;
    }

    static Source source(SourceEntity s) {
        if (s == null) return null;
        Source source = new Source();
        source.id = s.id;
        source.title = s.title;
        source.url = s.url;
        source.key = s.externalKey;
        source.publisher = Actor.of(s.publisherId);
        source.publishedAt = PartialDateScalar.of(s.publishedAt);
        source.retrievedAt = DateTimeFormatter.ISO_INSTANT.format(s.retrievedAt);
        return source;
    }
}
