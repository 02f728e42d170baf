package org.entente.cli.load;

import java.util.List;

/**
 * A dataset file, parsed: every record keeps the line it came from so that a problem is
 * reported where a person can fix it. References between records are by handle (actors),
 * ref (sources) and key (events, statements); the loader turns them into ids.
 * {@code handlesGenerated}: the handles were made from names (a FollowTheMoney file, whose entities
 * have none), so they name the actors within the run only and are no evidence that an actor is an
 * existing one with that handle.
 */
public record Dataset(
        List<SourceSpec> sources,
        List<ActorSpec> actors,
        List<MembershipSpec> memberships,
        List<PositionSpec> positions,
        List<EventSpec> events,
        List<StatementSpec> statements,
        boolean handlesGenerated) {

    public record SourceSpec(
            int line, String ref, String title, String url, String publisher, String publishedAt, String retrievedAt) {}

    public record ActorSpec(
            int line,
            String handle,
            String kind,
            String name,
            List<String> aliases,
            String description,
            String countryCode,
            String wikidataId,
            String parent) {}

    public record MembershipSpec(
            int line,
            String member,
            String organization,
            String role,
            String since,
            String until,
            List<String> cites) {}

    public record PositionSpec(
            int line,
            String holder,
            String organization,
            String title,
            String since,
            String until,
            List<String> cites) {}

    public record ParticipantSpec(int line, String actor, String role) {}

    public record EventSpec(
            int line,
            String key,
            String type,
            String title,
            String summary,
            String date,
            String endDate,
            String location,
            List<ParticipantSpec> participants,
            List<String> cites) {}

    public record StatementSpec(
            int line,
            String key,
            String kind,
            String text,
            String speaker,
            String speakerCapacity,
            String date,
            String event,
            List<String> about,
            String stance,
            String reportedBy,
            List<String> cites) {}
}
