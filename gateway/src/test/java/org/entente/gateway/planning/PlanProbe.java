package org.entente.gateway.planning;

import org.entente.gateway.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class PlanProbe {
    @Test
    void probe() {
        OperationPreparer p = new OperationPreparer(Fixtures.supergraph(), new OperationLimits(20, 20), 10);
        for (String q : new String[]{
                "{ latestReviews { body book { title shippingCost stock } author { name favouriteBook { title reviews { rating } } } } }",
                "{ lowStock { title shippingCost } }",
                "{ search(text: \"x\") { ... on Book { title reviews { rating } } ... on Author { name } } media { title ... on Magazine { reviews { body } } } }",
                "mutation { a: register(name: \"x\", email: \"y\") { id } addReview(bookId: \"1\", rating: 5, body: \"b\") { book { title averageRating } } }",
        }) {
            PreparedOperation op = p.prepare(q, null);
            System.out.println(op.error() != null ? op.error() : op.plan().describe());
        }
    }
}
