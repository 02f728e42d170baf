package org.entente.actors.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import java.util.List;
import org.entente.actors.Fixtures;
import org.entente.subgraph.testing.EmbeddedPostgresResource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A batch load by ids reuses Hibernate's cached query plan whatever the batch size (IdsCondition):
 * with {@code id in :list} every execution would build its plan again.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BatchQueryPlanTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    @Transactional
    void batchesOfDifferentSizesShareOneCachedPlan() {
        List<Long> ids = List.of(
                Long.parseLong(Fixtures.actor("STATE", "Plan A")), Long.parseLong(Fixtures.actor("STATE", "Plan B")),
                Long.parseLong(Fixtures.actor("STATE", "Plan C")), Long.parseLong(Fixtures.actor("STATE", "Plan D")));
        ActorEntity.withIds(ids.subList(0, 3)); // the first batch of 3 or 4 ids (one statement) may build the plan
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        assertEquals(List.of("Plan A", "Plan B", "Plan C"), names(ActorEntity.withIds(ids.subList(0, 3))));
        assertEquals(List.of("Plan B", "Plan C", "Plan D"), names(ActorEntity.withIds(ids.subList(1, 4))));
        assertEquals(List.of("Plan A", "Plan B", "Plan C", "Plan D"), names(ActorEntity.withIds(ids)));

        assertEquals(
                6,
                statistics.getQueryPlanCacheHitCount(),
                "each batch found its HQL interpretation and its plan in the cache");
        assertEquals(0, statistics.getQueryPlanCacheMissCount());
    }

    /**
     * PostgreSQL keeps a generic plan of a batch of a few ids (pgjdbc prepares a statement on the
     * server at its fifth execution; PostgreSQL then plans five times for the values given, and
     * after that reuses a generic plan if it does not look dearer). With {@code id = any(array)}
     * it planned every execution: 25 custom plans here, no generic one.
     */
    @Test
    @Transactional
    void postgresqlReusesAGenericPlanForAFewIds() {
        List<Long> ids = List.of(
                Long.parseLong(Fixtures.actor("STATE", "Generic A")),
                Long.parseLong(Fixtures.actor("STATE", "Generic B")),
                Long.parseLong(Fixtures.actor("STATE", "Generic C")));
        for (int i = 0; i < 25; i++) {
            assertEquals(3, ActorEntity.withIds(ids).size());
        }
        Object[] plans = (Object[]) ActorEntity.getEntityManager()
                .createNativeQuery(
                        "select generic_plans, custom_plans from pg_prepared_statements where statement like '%from actor ae1_0 where ae1_0.id in ($1,$2,$3,$4)'")
                .getSingleResult();
        assertEquals(
                5L, ((Number) plans[1]).longValue(), "custom plans before PostgreSQL compares them with a generic one");
        // of 25 executions, 4 before pgjdbc prepares, 5 custom plans, 16 generic (more when the other
        // test of this class ran the same statement on this connection before)
        assertTrue(((Number) plans[0]).longValue() >= 16, "every later execution reuses the generic plan: " + plans[0]);
    }

    private static List<String> names(List<ActorEntity> actors) {
        return actors.stream().map(a -> a.name).sorted().toList();
    }
}
