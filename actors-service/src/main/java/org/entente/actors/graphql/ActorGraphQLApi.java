package org.entente.actors.graphql;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.ActorSearch;
import org.entente.actors.domain.ActorKind;
import org.entente.subgraph.errors.ClientException;
import org.entente.actors.domain.SearchText;
import org.entente.subgraph.graphql.PageInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads of actors: lookup, search, and federation entity resolution. */
@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.9", _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class ActorGraphQLApi {

    static final int MAX_PAGE = 100;

    @Inject
    ActorSearch search;
    @Inject
    RequestLoader loader;

    @Query
    @Description("One actor by `id` or by `handle` (give exactly one); null when there is none.")
    public Actor actor(@Id Long id, String handle) {
        if ((id == null) == (handle == null)) throw ClientException.badInput("give exactly one of id and handle");
        return loader.actor(id != null ? ActorEntity.findById(id) : ActorEntity.findByHandle(handle));
    }

    @Query
    @Description("Actors, optionally of some kinds. With `search`, only actors whose name or an alias resembles it, "
            + "best match first: case, accents, Cyrillic transliteration and small spelling differences are tolerated. "
            + "Without `search`, in name order. `first` is 0…" + MAX_PAGE + ".")
    // kinds is [ActorKind] rather than [ActorKind!]: SmallRye makes a List<@NonNull X> argument
    // itself non-null (smallrye-graphql issue 753), which would make the filter mandatory. Null items are ignored.
    public @NonNull ActorConnection actors(String search, List<ActorKind> kinds,
                                           @DefaultValue("20") int first, String after) {
        if (first < 0 || first > MAX_PAGE) throw ClientException.badInput("first must be between 0 and " + MAX_PAGE);
        String normalized = search == null ? "" : SearchText.normalize(search);
        String term = normalized.isEmpty() ? null : normalized;
        List<ActorKind> kindFilter = kinds == null ? List.of() : kinds.stream().filter(Objects::nonNull).distinct().toList();
        int offset = OffsetCursor.after(after);
        List<ActorEntity> page = first == 0 ? List.of() : this.search.page(term, kindFilter, offset, first);
        long total = this.search.count(term, kindFilter);
        return connection(page, offset, total);
    }

    /**
     * Federation entity resolution: one SQL statement for the whole batch, null for unknown ids.
     * The argument must stay a plain {@code List<String>}: with {@code @Id} SmallRye reads each raw
     * id as a JSON object and the batch fails; {@code @Blocking} because the database is.
     */
    @Resolver
    @Blocking
    public List<Actor> actorsById(List<String> id) {
        List<Long> ids = id.stream().map(ActorGraphQLApi::parseId).toList();
        Map<Long, Actor> byId = loader.actorsById(ids.stream().filter(Objects::nonNull).toList());
        return ids.stream().map(i -> i == null ? null : byId.get(i)).toList();
    }

    /** Ids are numbers; anything else cannot name an actor. */
    private static Long parseId(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private ActorConnection connection(List<ActorEntity> page, int offset, long total) {
        List<ActorEdge> edges = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            edges.add(new ActorEdge(OffsetCursor.encode(offset + i), loader.actor(page.get(i))));
        }
        ActorConnection connection = new ActorConnection();
        connection.edges = edges;
        connection.totalCount = Math.toIntExact(total);
        connection.pageInfo = PageInfo.of(offset + page.size() < total, offset > 0, edges.stream().map(edge -> edge.cursor).toList());
        return connection;
    }
}
