package org.entente.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.entente.events.domain.EventFilter;
import org.entente.events.domain.ListOrder;
import org.entente.events.domain.PageRequest;
import org.entente.events.service.EventReader;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL reuses a generic plan of the statement that pages one actor's list. Bound as a
 * one-element array, the actor made it plan every execution (about 0.9 ms for the statements
 * about an actor at a million rows, several times the page's own cost). pgjdbc prepares a
 * statement on the server at its fifth execution; PostgreSQL then makes five custom plans and
 * reuses a generic one afterwards if it does not look dearer.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeActorsServiceResource.class)
class PlanReuseTest {

    @Inject
    EventReader events;

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void oneActorsPageRunsOnAGenericPlan() {
        long actor = FakeActors.knownActor();
        long event =
                Fixtures.event("Planned once", "2022-02", ", participants: [{actorId: " + actor + ", role: HOST}]");
        EventFilter unfiltered = new EventFilter(null, null, null, null, null);
        PageRequest newestFirst = PageRequest.of(5, null, ListOrder.NEWEST_FIRST, true);
        for (int i = 0; i < 25; i++) {
            var page = events.eventsOfActors(List.of(actor), unfiltered, newestFirst)
                    .get(actor);
            assertEquals(
                    List.of(event),
                    page.items().stream().map(item -> item.node().id).toList());
        }
        // This page's statement: one actor (a scalar), newest first, no filter. Other tests may have
        // run it on this connection too, which only adds generic plans.
        List<?> rows = em.createNativeQuery(
                        "select generic_plans, custom_plans, statement from pg_prepared_statements"
                                + " where statement like 'SELECT grp.g, b.r, b.s, b.p, b.id FROM (SELECT CAST($1 AS bigint) AS g) grp%'"
                                + " and statement like '%FROM event_participant ep WHERE NOT ep.deleted AND ep.actor_id = grp.g AND ep.date_start < $2 ORDER BY %'")
                .getResultList();
        assertEquals(
                1,
                rows.size(),
                () -> "one prepared statement of the page: "
                        + rows.stream().map(r -> ((Object[]) r)[2]).toList());
        Object[] plans = (Object[]) rows.get(0);
        assertEquals(
                5L, ((Number) plans[1]).longValue(), "custom plans before PostgreSQL compares them with a generic one");
        assertTrue(((Number) plans[0]).longValue() >= 16, "every later page reuses the generic plan: " + plans[0]);
    }
}
