package org.entente.cli.load;

import java.util.Map;
import java.util.Set;

/**
 * The enum values the API accepts, by GraphQL enum name (ActorKind, MembershipRole, EventType,
 * ParticipantRole, StatementKind, Stance). Read from the live schema by introspection, so the
 * loader never keeps its own copy of the services' enums.
 */
public record Vocabulary(Map<String, Set<String>> enums) {
    public static final Set<String> USED =
            Set.of("ActorKind", "MembershipRole", "EventType", "ParticipantRole", "StatementKind", "Stance");

    public Set<String> values(String enumName) {
        return enums.getOrDefault(enumName, Set.of());
    }
}
