package org.entente.subgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageInfoTest {

    @Test
    void theCursorsOfTheFirstAndLastEdgesBoundThePage() {
        PageInfo info = PageInfo.of(true, false, List.of("a", "b", "c"));
        assertEquals("a", info.startCursor);
        assertEquals("c", info.endCursor);
        assertTrue(info.hasNextPage);
        assertFalse(info.hasPreviousPage);
    }

    @Test
    void anEmptyPageHasNoCursors() {
        PageInfo info = PageInfo.of(false, true, List.of());
        assertNull(info.startCursor);
        assertNull(info.endCursor);
        assertTrue(info.hasPreviousPage);
    }
}
