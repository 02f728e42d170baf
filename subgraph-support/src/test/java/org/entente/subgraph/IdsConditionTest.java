package org.entente.subgraph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IdsConditionTest {

    @Test
    void oneIdIsAnEquality() {
        IdsCondition condition = IdsCondition.of("memberId", ":ids", Set.of(7L));
        assertEquals("memberId = :ids", condition.hql());
        assertEquals(7L, condition.value());
    }

    @Test
    void severalIdsAreOneArrayParameter() {
        IdsCondition condition = IdsCondition.of("es.eventId", "?1", List.of(7L, 3L, 9L));
        assertEquals("array_has(?1, es.eventId)", condition.hql());
        assertArrayEquals(new Long[]{7L, 3L, 9L}, (Long[]) condition.value());
    }
}
