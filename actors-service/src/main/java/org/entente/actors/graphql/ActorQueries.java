package org.entente.actors.graphql;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.entente.actors.domain.ActorKind;
import org.entente.actors.service.ActorReader;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.graphql.EntityIds;

/** Query.actor, Query.actors and the resolution of Actor entities for the gateway. */
@GraphQLApi
@Link(
        url = "https://specs.apollo.dev/federation/v2.9",
        _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class ActorQueries {

    @Inject
    ActorReader reader;

    @Query
    @Description("One actor by `id` or by `handle` (give exactly one); null when there is none. An actor merged into "
            + "another (mergeActors) answers as that one, with `redirectedFrom` set.")
    public Actor actor(@Id Long id, String handle) {
        if ((id == null) == (handle == null)) {
            throw ClientException.badInput("give exactly one of id and handle");
        }
        return Actor.from(id != null ? reader.byId(id) : reader.byHandle(handle));
    }

    @Query
    @Description("Actors, optionally of some kinds. With `search`, only actors whose name or an alias resembles it, "
            + "best match first: case, accents, Cyrillic transliteration and small spelling differences are tolerated. "
            + "Without `search`, in name order. `search` is at most " + ActorReader.MAX_SEARCH
            + " characters; `first` is 0…"
            + ActorReader.MAX_PAGE + ".")
    // kinds is [ActorKind] rather than [ActorKind!]: SmallRye makes a List<@NonNull X> argument
    // itself non-null (smallrye-graphql issue 753), which would make the filter mandatory. Null items are ignored.
    public @NonNull ActorConnection actors(
            String search, List<ActorKind> kinds, @DefaultValue("20") int first, String after) {
        int offset = OffsetCursor.after(after);
        return ActorConnection.from(reader.search(search, kinds, offset, first), offset);
    }

    /**
     * Federation entity resolution: one SQL statement for the whole batch, null for unknown ids; a
     * merged actor resolves to the actor it was merged into (one more statement when there is one).
     * The argument must stay a plain {@code List<String>} ({@link EntityIds}); {@code @Blocking}
     * because the database is.
     */
    @Resolver
    @Blocking
    public List<Actor> actorsById(List<String> id) {
        return EntityIds.resolve(id, reader::resolvedByIds, Actor::from);
    }
}
