package org.entente.relations;

import java.util.List;
import org.entente.dates.PartialDate;

/**
 * What the federated graph says about one actor: its ties (memberships, positions, parent body)
 * from actors-service and its events and statements from events-service.
 *
 * @param truncated whether it has more events or statements than were read
 */
public record ActorFacts(
        String id,
        List<Tie> memberships,
        List<Tie> members,
        List<Tie> positions,
        List<Tie> officeHolders,
        String parentId,
        List<String> childIds,
        List<EventFact> events,
        List<StatementFact> statements,
        List<StatementFact> statementsAbout,
        boolean truncated) {

    /**
     * A membership (member → organization, role) or a position (holder → organization, title).
     *
     * @param role the membership role or the office title
     */
    public record Tie(
            String id,
            String holderId,
            String holderName,
            String organizationId,
            String organizationName,
            String role,
            PartialDate since,
            PartialDate until,
            List<String> sourceIds) {}

    public record Participant(String actorId, String role) {}

    public record EventFact(
            String id,
            String title,
            PartialDate date,
            PartialDate endDate,
            List<Participant> participants,
            List<String> sourceIds) {}

    /** @param speakerId null for an unattributed assessment */
    public record StatementFact(
            String id,
            String text,
            PartialDate date,
            String speakerId,
            String speakerCapacity,
            List<String> aboutIds,
            String sourceId) {}
}
