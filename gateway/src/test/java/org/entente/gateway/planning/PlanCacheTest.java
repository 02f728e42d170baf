package org.entente.gateway.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

/** What the plan cache keeps: planned operations, within a bound on the heap they keep; never refusals. */
class PlanCacheTest {

    private static final Supergraph SUPERGRAPH = Fixtures.supergraph();
    private static final OperationLimits LIMITS = new OperationLimits(20, 20, 2000);

    @Test
    void plannedOperationsAreCachedPerDocumentAndOperationName() {
        OperationPreparer preparer =
                new OperationPreparer(SUPERGRAPH, LIMITS, new CostModel(SUPERGRAPH, Map.of(), 10), 1 << 20);
        String doc = "query A { me { id } } query B { books { id } }";
        assertNull(preparer.cached(doc, "A"));
        PreparedOperation a = preparer.prepare(doc, "A");
        assertSame(a, preparer.cached(doc, "A"));
        assertSame(a, preparer.prepare(doc, "A"));
        assertFalse(preparer.prepare(doc, "B").plan() == a.plan());
        assertEquals(2, preparer.cachedPlans());
    }

    /**
     * The memory bomb: 64 KB documents that are refused (by a limit, or by validation) used to be
     * cached like plans, about 1.2 MB of heap each, until the gateway ran out of memory.
     */
    @Test
    void refusedDocumentsAreNotCached() {
        OperationPreparer preparer =
                new OperationPreparer(SUPERGRAPH, LIMITS, new CostModel(SUPERGRAPH, Map.of(), 10), 32 << 20);
        String manyFields = "{ books { " + "title ".repeat(10_000) + "} }";
        String padding = "x".repeat(60_000);
        for (int i = 0; i < 100; i++) {
            PreparedOperation overLimit = preparer.prepare(manyFields + "#" + i, null);
            assertEquals(
                    "maxFields", overLimit.error().errors().get(0).extensions().get("limit"));
            PreparedOperation invalid = preparer.prepare("{ book(id: \"" + i + padding + "\") { nope } }", null);
            assertTrue(invalid.refused());
        }
        assertEquals(0, preparer.cachedPlans());
        assertEquals(0, preparer.cachedBytes());
        assertNull(preparer.cached(manyFields + "#0", null));
    }

    @Test
    void aSmallByteBoundHoldsNoMoreThanItsBytes() {
        long bound = 50_000;
        OperationPreparer preparer =
                new OperationPreparer(SUPERGRAPH, LIMITS, new CostModel(SUPERGRAPH, Map.of(), 10), bound);
        for (int i = 0; i < 200; i++) {
            assertFalse(preparer.prepare("{ book(id: \"b" + i + "\") { title reviews { rating } } }", null)
                    .refused());
        }
        assertTrue(preparer.cachedBytes() <= bound, () -> preparer.cachedBytes() + " bytes");
        assertTrue(preparer.cachedPlans() > 0 && preparer.cachedPlans() < 200, () -> preparer.cachedPlans() + " plans");
    }
}
