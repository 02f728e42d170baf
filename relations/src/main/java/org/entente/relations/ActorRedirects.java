package org.entente.relations;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.gateway.plugin.FederatedGraph;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.plugin.SubgraphRequest;

/**
 * The actors that answer for ids of merged actors (actors-service's mergeActors): a search from such
 * an id starts from the actor it was merged into. The first layer of a search tells which ids were
 * redirected (actors-service's {@code redirectedFrom}); only then is actors-service's
 * {@code actor(id:)} asked, once per such id, for the actor that answers.
 */
final class ActorRedirects {

    /** An id asked for that named a merged actor, and the actor that answers for it. */
    record Redirect(String requested, Ref actor) {}

    private static final String DOCUMENT = "query RelationRedirect($id: ID) { actor(id: $id) { id } }";

    private final FederatedGraph graph;

    ActorRedirects(FederatedGraph graph) {
        this.graph = graph;
    }

    /** The redirects of these ids, in their order. */
    Future<List<Redirect>> of(List<String> ids, SubgraphRequest origin) {
        List<Future<Redirect>> asked = new ArrayList<>();
        for (String id : ids) {
            asked.add(graph.query(DOCUMENT, Map.of("id", id), origin.authorization(), origin.deadline())
                    .recover(failure -> Future.failedFuture(new RelationsException(
                            "Relationship query failed: " + GraphReads.reason(failure),
                            ResponseError.INTERNAL,
                            Map.of())))
                    .map(response -> {
                        for (ResponseError error : response.errors()) {
                            throw new RelationsException(
                                    error.message(),
                                    ResponseError.SUBGRAPH_UNAVAILABLE.equals(error.code())
                                            ? ResponseError.SUBGRAPH_UNAVAILABLE
                                            : ResponseError.INTERNAL,
                                    Map.of());
                        }
                        Map<?, ?> actor = (Map<?, ?>) response.data().get("actor");
                        return new Redirect(id, new Ref((String) actor.get("id")));
                    }));
        }
        return Future.all(asked).map(all -> asked.stream().map(Future::result).toList());
    }

    /** The id of the actor that answers for {@code id}: itself unless it was redirected. */
    static String answering(List<Redirect> redirects, String id) {
        return redirects.stream()
                .filter(redirect -> redirect.requested().equals(id))
                .map(redirect -> redirect.actor().id())
                .findFirst()
                .orElse(id);
    }
}
