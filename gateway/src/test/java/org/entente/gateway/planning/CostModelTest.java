package org.entente.gateway.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.execution.CoercedVariables;
import java.util.Map;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

/**
 * Cost estimates on the bookshop: every field 1, times the sizes of the lists above it; a list's
 * size from first (or its default), else the assumed size (7 here, to tell it from the defaults).
 */
class CostModelTest {

    private static final Supergraph SUPERGRAPH = Fixtures.supergraph();
    private static final OperationPreparer PREPARER = new OperationPreparer(
            SUPERGRAPH, new OperationLimits(20, 30, 2000), new CostModel(SUPERGRAPH, Map.of(), 7), 1 << 20);

    private static long cost(String query, Map<String, Object> variables) {
        PreparedOperation operation = PREPARER.prepare(query, null);
        return operation.cost().of(CoercedVariables.of(variables));
    }

    private static long cost(String query) {
        return cost(query, Map.of());
    }

    @Test
    void everyFieldCostsOne() {
        assertEquals(4, cost("{ me { id name email } }"));
        assertEquals(2, cost("{ __typename __schema { types { name fields { name } } } }"), "introspection: 1 each");
    }

    @Test
    void aListMultipliesWhatIsBelowIt() {
        assertEquals(1 + 7 * 2, cost("{ books { id title } }"));
        assertEquals(1 + 7 * (1 + 7 * (1 + 1)), cost("{ books { reviews { author { name } } } }"));
    }

    @Test
    void firstSizesAListAndItsDefaultCountsWhenItIsLeftOut() {
        assertEquals(1 + 3 * 2, cost("{ latestReviews(first: 3) { id body } }"));
        assertEquals(1 + 10 * 2, cost("{ latestReviews { id body } }"), "latestReviews(first: Int = 10)");
        assertEquals(0 + 1, cost("{ latestReviews(first: 0) { id body } }"));
    }

    @Test
    void variablesDecideTheSizePerRequest() {
        String query = "query($n: Int!) { latestReviews(first: $n) { id body } }";
        assertEquals(1 + 2 * 2, cost(query, Map.of("n", 2)));
        assertEquals(1 + 400 * 2, cost(query, Map.of("n", 400)));
        assertEquals(
                1 + 10,
                cost("query($n: Int) { latestReviews(first: $n) { id } }", Map.of()),
                "a variable left out leaves the argument's default");
    }

    @Test
    void aHugeEstimateSaturatesInsteadOfWrappingAround() {
        OperationPreparer huge = new OperationPreparer(
                SUPERGRAPH, new OperationLimits(20, 30, 2000), new CostModel(SUPERGRAPH, Map.of(), 1_000_000), 1 << 20);
        PreparedOperation operation =
                huge.prepare("{ books { reviews { book { reviews { book { reviews { id } } } } } } }", null);
        assertEquals(OperationCost.SATURATED, operation.cost().of(CoercedVariables.emptyVariables()));
    }
}
