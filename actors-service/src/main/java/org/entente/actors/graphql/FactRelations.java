package org.entente.actors.graphql;

import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The actors of memberships and positions, each field one SQL statement per batch. */
@GraphQLApi
public class FactRelations {

    @Inject
    RequestLoader loader;

    public List<@NonNull Actor> member(@Source List<Membership> memberships) {
        return actorsOf(memberships, m -> m.memberId);
    }

    public List<@NonNull Actor> organization(@Source List<Membership> memberships) {
        return actorsOf(memberships, m -> m.organizationId);
    }

    public List<@NonNull Actor> holder(@Source List<Position> positions) {
        return actorsOf(positions, p -> p.holderId);
    }

    @org.eclipse.microprofile.graphql.Name("organization")
    public List<@NonNull Actor> positionOrganization(@Source List<Position> positions) {
        return actorsOf(positions, p -> p.organizationId);
    }

    private <T> List<Actor> actorsOf(List<T> facts, Function<T, Long> actorIdOf) {
        Map<Long, Actor> actors = loader.actorsById(facts.stream().map(actorIdOf).toList());
        return facts.stream().map(f -> actors.get(actorIdOf.apply(f))).toList();
    }
}
