package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.PositionEntity;

@Description("A person holds a title in an organization from `since` to `until` (open ends unknown or ongoing).")
public class Position extends OrganizationFact {
    @NonNull
    public String title;
    @Ignore
    public Long holderId;

    @NonNull
    public Actor getHolder() {
        return actors.get(holderId);
    }

    static Position from(PositionEntity entity, ReferencedActors actors) {
        Position position = new Position();
        position.fill(entity, entity.organizationId, entity.holderId, actors);
        position.title = entity.title;
        position.holderId = entity.holderId;
        return position;
    }
}
