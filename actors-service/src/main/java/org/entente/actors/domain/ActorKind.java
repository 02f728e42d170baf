package org.entente.actors.domain;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;

@Description("What an actor is. Organization kinds (INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, "
        + "LEGISLATURE, GROUP) can have members; any actor but a PERSON can have office holders.")
public enum ActorKind {
    STATE,
    INTERNATIONAL_ORGANIZATION,
    GOVERNMENT_BODY,
    LEGISLATURE,
    PERSON,
    MEDIA,
    GROUP;

    private static final Set<ActorKind> ORGANIZATIONS =
            EnumSet.of(INTERNATIONAL_ORGANIZATION, GOVERNMENT_BODY, LEGISLATURE, GROUP);

    /** Whether actors of this kind can be the organization of a membership. */
    public boolean hasMembers() {
        return ORGANIZATIONS.contains(this);
    }

    /** Whether actors of this kind can be the organization of a position. */
    public boolean hasOffices() {
        return this != PERSON;
    }
}
