package org.entente.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.entente.actors.repository.PositionEntity;
import org.entente.actors.service.PartialDate;

import java.util.List;

@Description("A person holds a title in an organization from `since` to `until` (open ends unknown or ongoing).")
public class Position {
    @Id @NonNull
    public Long id;
    @NonNull
    public String title;
    public PartialDate since;
    public PartialDate until;
    @NonNull
    public List<@NonNull Source> sources;
    @Ignore
    public Long holderId;
    @Ignore
    public Long organizationId;
    private ReferencedActors actors;

    @NonNull
    public Actor getHolder() {
        return actors.get(holderId);
    }

    @NonNull
    public Actor getOrganization() {
        return actors.get(organizationId);
    }

    static Position from(PositionEntity entity, ReferencedActors actors) {
        Position position = new Position();
        position.id = entity.id;
        position.title = entity.title;
        position.since = PartialDate.parseNullable(entity.since);
        position.until = PartialDate.parseNullable(entity.until);
        position.sources = Source.of(entity.sourceIds);
        position.holderId = entity.holderId;
        position.organizationId = entity.organizationId;
        position.actors = actors;
        actors.announce(entity.holderId);
        actors.announce(entity.organizationId);
        return position;
    }
}
