package org.entente.events.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.events.domain.ParticipantRole;
import org.entente.events.repository.ParticipantEntity;

@Description("An actor's part in an event.")
public class Participation {
    @Description("The actor, owned by actors-service: null when that service cannot answer for it.")
    public Actor actor;

    @NonNull
    public ParticipantRole role;

    public static Participation from(ParticipantEntity entity) {
        Participation participation = new Participation();
        participation.actor = Actor.of(entity.actorId);
        participation.role = entity.role;
        return participation;
    }
}
