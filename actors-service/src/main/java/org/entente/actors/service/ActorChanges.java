package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import org.entente.subgraph.history.ChangeConnection;
import org.entente.subgraph.history.ChangeHistory;
import org.entente.subgraph.history.ChangePage;

/**
 * The changes of an actor's own facts in this subgraph: the actor itself, its memberships and
 * positions on either side (as member or holder, and as organization). A membership or position
 * never moves to other actors, so today's rows tell whose its changes are. Per actor, each kind is
 * a backward walk of change_log's (entity_type, entity_id, id) index, for the actor and for each
 * of its memberships and positions.
 */
@ApplicationScoped
public class ActorChanges {
    private static final String CHANGE_IDS_OF_ACTOR = "SELECT facts.id FROM ("
            + "(SELECT c.id FROM change_log c WHERE c.entity_type = 'ACTOR' AND c.entity_id = grp.g"
            + " AND c.id < :after ORDER BY c.id DESC LIMIT :limit)"
            + " UNION (SELECT c.id FROM membership m JOIN change_log c ON c.entity_type = 'MEMBERSHIP'"
            + " AND c.entity_id = m.id WHERE (m.member_id = grp.g OR m.organization_id = grp.g)"
            + " AND c.id < :after ORDER BY c.id DESC LIMIT :limit)"
            + " UNION (SELECT c.id FROM position p JOIN change_log c ON c.entity_type = 'POSITION'"
            + " AND c.entity_id = p.id WHERE (p.holder_id = grp.g OR p.organization_id = grp.g)"
            + " AND c.id < :after ORDER BY c.id DESC LIMIT :limit)"
            + ") facts ORDER BY facts.id DESC LIMIT :limit";

    @Inject
    ChangeHistory history;

    /** A page of each actor's changes, newest first; one statement for all of them. */
    public Map<Long, ChangeConnection> of(Collection<Long> actorIds, ChangePage page) {
        return history.ofActors(CHANGE_IDS_OF_ACTOR, actorIds, page);
    }
}
