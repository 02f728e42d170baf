package org.entente.gateway.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

/** The limits are measured on the document with each fragment counted once, not by expanding it. */
public class OperationLimitsTest {

    private static final Supergraph SUPERGRAPH = Fixtures.supergraph();

    /** F1 is one field; each further fragment spreads the previous one twice. */
    public static String doublingFragments(int levels) {
        StringBuilder doc = new StringBuilder("fragment F1 on Query { __typename } ");
        for (int i = 2; i <= levels; i++) {
            doc.append("fragment F")
                    .append(i)
                    .append(" on Query { ...F")
                    .append(i - 1)
                    .append(" ...F")
                    .append(i - 1)
                    .append(" } ");
        }
        return doc.append("query { ...F").append(levels).append(" }").toString();
    }

    private static ResponseError refusal(OperationLimits limits, String document) {
        PreparedOperation operation = new OperationPreparer(
                        SUPERGRAPH, limits, new CostModel(SUPERGRAPH, Map.of(), 10), 1 << 20)
                .prepare(document, null);
        return operation.error().errors().get(0);
    }

    /** Under 1 KB that expands to 2^23 fields: it took 12 s of an event loop to normalize. */
    @Test
    void nestedFragmentSpreadsAreRefusedByTheirExpandedFieldCount() {
        String document = doublingFragments(24);
        assertTrue(document.length() < 1000);
        ResponseError error = refusal(new OperationLimits(15, 30, 2000), document);
        assertEquals(ResponseError.BAD_USER_INPUT, error.code());
        assertEquals("maxFields", error.extensions().get("limit"));
        assertEquals(2000L, error.extensions().get("maximum"));
        assertEquals(1L << 23, error.extensions().get("actual"));
    }

    @Test
    void fieldsAreCountedAsExpandedAndAtTheLimitAccepted() {
        String document = doublingFragments(5); // 16 × __typename
        assertEquals(
                16L,
                refusal(new OperationLimits(15, 30, 15), document).extensions().get("actual"));
        assertFalse(new OperationPreparer(
                        SUPERGRAPH, new OperationLimits(15, 30, 16), new CostModel(SUPERGRAPH, Map.of(), 10), 1 << 20)
                .prepare(document, null)
                .refused());
    }

    /** Far beyond a long: the count saturates instead of wrapping around to a small number. */
    @Test
    void aCountBeyondEveryLimitStaysBeyondIt() {
        ResponseError error = refusal(new OperationLimits(15, 30, 2000), doublingFragments(200));
        assertEquals("maxFields", error.extensions().get("limit"));
        assertEquals(Long.MAX_VALUE / 2, error.extensions().get("actual"));
    }

    /** Each level nests two fields deeper and spreads the previous level twice: depth is memoized too. */
    @Test
    void depthThroughDoublingFragmentsIsMeasuredOnce() {
        StringBuilder doc = new StringBuilder("fragment B1 on Book { title } ");
        for (int i = 2; i <= 30; i++) {
            doc.append("fragment B")
                    .append(i)
                    .append(" on Book { author { books { ...B")
                    .append(i - 1)
                    .append(" } } ...B")
                    .append(i - 1)
                    .append(" } ");
        }
        doc.append("{ books { ...B30 } }");
        ResponseError error = refusal(new OperationLimits(15, 30, 2000), doc.toString());
        assertEquals(
                Map.of("code", "BAD_USER_INPUT", "limit", "maxDepth", "maximum", 15L, "actual", 60L),
                error.extensions());
    }
}
