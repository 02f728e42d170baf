package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.PositionEntity;

@Description("A person holds a title in an organization from `since` to `until` (open ends unknown or ongoing).")
public class Position extends OrganizationFact {
    @NonNull
    public String title;

    @NonNull
    public Actor holder;

    static Position from(PositionEntity entity, Actor holder, Actor organization) {
        Position position = new Position();
        position.fill(entity, organization);
        position.title = entity.title;
        position.holder = holder;
        return position;
    }
}
