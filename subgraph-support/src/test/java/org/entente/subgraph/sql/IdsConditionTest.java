package org.entente.subgraph.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdsConditionTest {

    @Test
    void oneIdIsAnEquality() {
        IdsCondition condition = IdsCondition.of("memberId", "ids", Set.of(7L));
        assertEquals("memberId = :ids", condition.hql());
        assertEquals(Map.of("ids", 7L), condition.parameters());
    }

    @Test
    void aFewIdsArePaddedToTheNextPowerOfTwoByRepeatingTheLast() {
        IdsCondition three = IdsCondition.of("es.eventId", "ids", List.of(7L, 3L, 9L));
        assertEquals("es.eventId in (:ids0, :ids1, :ids2, :ids3)", three.hql());
        assertEquals(Map.of("ids0", 7L, "ids1", 3L, "ids2", 9L, "ids3", 9L), three.parameters());

        assertEquals(
                "id in (:ids0, :ids1)",
                IdsCondition.of("id", "ids", List.of(1L, 2L)).hql());
        assertEquals(
                4,
                IdsCondition.of("id", "ids", List.of(1L, 2L, 3L, 4L))
                        .parameters()
                        .size());
        assertEquals(
                8,
                IdsCondition.of("id", "ids", List.of(1L, 2L, 3L, 4L, 5L))
                        .parameters()
                        .size());
        IdsCondition longest = IdsCondition.of("id", "ids", ids(IdsCondition.MAX_LISTED));
        assertEquals(IdsCondition.MAX_LISTED, longest.parameters().size());
        assertEquals((long) IdsCondition.MAX_LISTED, longest.parameters().get("ids" + (IdsCondition.MAX_LISTED - 1)));
    }

    @Test
    void manyIdsAreOneArrayParameter() {
        IdsCondition condition = IdsCondition.of("id", "ids", ids(IdsCondition.MAX_LISTED + 1));
        assertEquals("array_has(:ids, id)", condition.hql());
        assertArrayEquals(ids(IdsCondition.MAX_LISTED + 1).toArray(Long[]::new), (Long[])
                condition.parameters().get("ids"));
    }

    @Test
    void inNativeSqlManyIdsAreOneArrayParameterAndFewAreListedAsInHql() {
        IdsCondition many = IdsCondition.ofSql("c.entity_id", "ids", ids(IdsCondition.MAX_LISTED + 1));
        assertEquals("c.entity_id = any(:ids)", many.hql());
        assertArrayEquals(ids(IdsCondition.MAX_LISTED + 1).toArray(Long[]::new), (Long[])
                many.parameters().get("ids"));
        assertEquals(IdsCondition.of("c.entity_id", "ids", ids(3)), IdsCondition.ofSql("c.entity_id", "ids", ids(3)));
    }

    @Test
    void noIdsIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> IdsCondition.of("id", "ids", List.of()));
        assertEquals(new IdsCondition("false", Map.of()), IdsCondition.ofSql("f.id", "ids", List.of()));
    }

    private static List<Long> ids(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }
}
