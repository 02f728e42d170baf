package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.entente.events.client.ActorEntities;
import org.entente.events.client.ActorsClient;
import org.entente.subgraph.errors.ClientException;

/**
 * Checks that the actors a write refers to exist, by asking actors-service about all of them in
 * one request. Anything but a clear answer (refused connection, timeout, 5xx, GraphQL errors, an
 * open circuit breaker) fails the write with SUBGRAPH_UNAVAILABLE, so no dangling reference is
 * ever written.
 */
@ApplicationScoped
public class ActorReferences {
    /** Shown to the client: why the write failed, never where or how the call went wrong (that is logged). */
    private static final String UNAVAILABLE =
            "actors-service could not confirm the actors this write refers to; nothing was written";

    @Inject
    ActorsClient actors;

    /**
     * BAD_USER_INPUT naming every unknown id, CONFLICT for an actor merged into another, or SUBGRAPH_UNAVAILABLE. No request when there are no ids.
     *
     * <p>The write's transaction is suspended meanwhile: the REST client would otherwise carry it
     * into its own threads, and a call that failed or timed out left it active there while the
     * write rolled it back (Narayana: "aborting with 2 threads active", then a failed rollback of
     * its connection).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void requireExisting(Collection<Long> actorIds) {
        List<Long> ids =
                actorIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        ActorEntities answer = ask(ids);
        if (!answer.answers(ids.size())) {
            throw ClientException.subgraphUnavailable(
                    UNAVAILABLE,
                    new IllegalStateException("actors-service answered " + answer + " for " + ids.size() + " actors"));
        }
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!answer.knows(i)) {
                unknown.add(ids.get(i));
            }
        }
        if (!unknown.isEmpty()) {
            throw ClientException.badInput("unknown actor id" + (unknown.size() > 1 ? "s " : " ") + unknown);
        }
        // a merged actor answers as the actor it was merged into: new facts go to that one
        for (int i = 0; i < ids.size(); i++) {
            Long kept = answer.redirectedTo(i, ids.get(i));
            if (kept != null) {
                throw ClientException.conflict(
                        "actor " + ids.get(i) + " was merged into actor " + kept + ": refer to that one");
            }
        }
    }

    /**
     * The answer, or SUBGRAPH_UNAVAILABLE with the failure as its (logged) cause. Every failure of
     * the call counts: the client's own (connection, timeout, HTTP status) and its fault
     * tolerance's (timeout, open breaker).
     */
    private ActorEntities ask(List<Long> ids) {
        try {
            return actors.entities(ids);
        } catch (RuntimeException e) {
            throw ClientException.subgraphUnavailable(UNAVAILABLE, e);
        }
    }
}
