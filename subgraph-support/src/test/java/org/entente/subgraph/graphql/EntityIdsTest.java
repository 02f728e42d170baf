package org.entente.subgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityIdsTest {

    @Test
    void idsThatCannotNameARowBecomeNullInPlace() {
        assertEquals(
                Arrays.asList(7L, null, null, 9L, null),
                EntityIds.parse(Arrays.asList("7", "x", null, "9", "99999999999999999999")));
    }

    @Test
    void knownIdsAreDistinctAndNotNull() {
        assertEquals(List.of(7L, 9L), EntityIds.known(Arrays.asList(7L, null, 9L, 7L)));
    }
}
