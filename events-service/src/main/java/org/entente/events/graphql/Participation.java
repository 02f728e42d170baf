package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.ParticipantRole;

@Description("An actor's part in an event.")
public class Participation {
    @NonNull
    public Actor actor;
    @NonNull
    public ParticipantRole role;
}
