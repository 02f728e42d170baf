package org.entente.cli.export;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The part of the graph an export holds, as read through the gateway: actors, and the facts
 * between them, each fact with the sources it cites. Ids are the API's ids; a date is the API's
 * PartialDate text; an absent value is null.
 */
public record Graph(
        List<Actor> actors,
        List<Membership> memberships,
        List<Position> positions,
        List<Event> events,
        List<Statement> statements) {

    public record Source(
            String id,
            String key,
            String title,
            String url,
            String publishedAt,
            String retrievedAt,
            String publisherId,
            String publisherName) {}

    public record Actor(
            String id,
            String handle,
            String name,
            String kind,
            String countryCode,
            String wikidataId,
            String description,
            List<String> aliases,
            String parentId) {}

    public record Membership(
            String id,
            String memberId,
            String organizationId,
            String role,
            String since,
            String until,
            List<Source> sources) {}

    public record Position(
            String id,
            String holderId,
            String organizationId,
            String title,
            String since,
            String until,
            List<Source> sources) {}

    public record Participation(String actorId, String role) {}

    public record Event(
            String id,
            String key,
            String type,
            String title,
            String summary,
            String date,
            String endDate,
            String location,
            List<Participation> participants,
            List<Source> sources) {

        /** The same event with other participants (a neighbourhood's, out of all). */
        Event withParticipants(List<Participation> others) {
            return new Event(id, key, type, title, summary, date, endDate, location, others, sources);
        }
    }

    /** {@code speakerId} is null for an unattributed assessment. */
    public record Statement(
            String id,
            String key,
            String kind,
            String text,
            String date,
            String stance,
            String speakerId,
            String speakerCapacity,
            List<String> aboutIds,
            String eventId,
            String reportedById,
            Source source) {}

    /** Every source some fact cites, each once, by id. */
    public List<Source> sources() {
        Map<String, Source> byId = new LinkedHashMap<>();
        Stream.of(
                        memberships.stream().flatMap(m -> m.sources().stream()),
                        positions.stream().flatMap(p -> p.sources().stream()),
                        events.stream().flatMap(e -> e.sources().stream()),
                        statements.stream().map(Statement::source))
                .flatMap(s -> s)
                .forEach(source -> byId.putIfAbsent(source.id(), source));
        return byId.values().stream().sorted(BY_ID).toList();
    }

    /** The exported actors by id, to name the actors a fact refers to. */
    public Map<String, Actor> actorsById() {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(actor -> byId.put(actor.id(), actor));
        return byId;
    }

    /** The API's ids are decimal numbers: shorter ones are smaller. */
    private static final Comparator<Source> BY_ID =
            Comparator.comparing((Source s) -> s.id().length()).thenComparing(Source::id);
}
