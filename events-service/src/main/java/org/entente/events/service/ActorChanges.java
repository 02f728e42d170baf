package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import org.entente.subgraph.history.ChangeConnection;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangePage;

/**
 * The changes of the events and statements that concern an actor: events it took part in,
 * statements it made or that are about it, before or after the change. Read along
 * {@code change_actor} (migration V5), one backward walk of its index per actor.
 */
@ApplicationScoped
public class ActorChanges {
    private static final String CHANGE_IDS_OF_ACTOR = "SELECT ca.change_id AS id FROM change_actor ca"
            + " WHERE ca.actor_id = grp.g AND ca.change_id < :after ORDER BY ca.change_id DESC LIMIT :limit";

    @Inject
    ChangeHistory history;

    /** A page of each actor's changes, newest first; one statement for all of them. */
    public Map<Long, ChangeConnection> of(Collection<Long> actorIds, ChangePage page) {
        return history.ofActors(CHANGE_IDS_OF_ACTOR, actorIds, page);
    }
}
