package org.entente.actors.repository;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import org.entente.actors.EmbeddedPostgresResource;
import org.entente.actors.Fixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        ActorEntity.withIds(ids.subList(0, 2)); // the first batch of two or more may build the plan
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        assertEquals(List.of("Plan A", "Plan B", "Plan C"), names(ActorEntity.withIds(ids.subList(0, 3))));
        assertEquals(List.of("Plan B", "Plan C", "Plan D"), names(ActorEntity.withIds(ids.subList(1, 4))));
        assertEquals(List.of("Plan A", "Plan B", "Plan C", "Plan D"), names(ActorEntity.withIds(ids)));

        assertEquals(6, statistics.getQueryPlanCacheHitCount(), "each batch found its HQL interpretation and its plan in the cache");
        assertEquals(0, statistics.getQueryPlanCacheMissCount());
    }

    private static List<String> names(List<ActorEntity> actors) {
        return actors.stream().map(a -> a.name).sorted().toList();
    }
}
