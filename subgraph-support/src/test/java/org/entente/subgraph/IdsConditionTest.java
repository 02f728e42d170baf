package org.entente.subgraph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IdsConditionTest {

    @Test
    void oneIdIsAnEquality() {
        assertEquals("memberId = :ids", IdsCondition.of("memberId", ":ids", List.of(7L)));
        assertEquals(7L, IdsCondition.value(Set.of(7L)));
    }

    @Test
    void severalIdsAreOneArrayParameter() {
        assertEquals("array_has(?1, es.eventId)", IdsCondition.of("es.eventId", "?1", List.of(7L, 3L)));
        Object value = IdsCondition.value(List.of(7L, 3L, 9L));
        assertArrayEquals(new Long[]{7L, 3L, 9L}, (Long[]) value);
    }
}
