package org.entente.gateway.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

/** Plans on the fixture supergraph: which subgraphs, in which order, batched how, asking for what. */
class QueryPlannerTest {

    private static final Supergraph SUPERGRAPH = Fixtures.supergraph();
    private static final OperationPreparer PREPARER = new OperationPreparer(
            SUPERGRAPH, new OperationLimits(20, 20, 2000), new CostModel(SUPERGRAPH, Map.of(), 10), 1 << 20);

    private static QueryPlan plan(String query) {
        PreparedOperation op = PREPARER.prepare(query, null);
        assertFalse(op.refused(), () -> String.valueOf(op.error()));
        return op.plan();
    }

    /** Compact plan shape: Sequence[catalog, Flatten(books.@):reviews]. */
    private static String shape(String query) {
        return shape(plan(query).root());
    }

    private static String shape(PlanNode node) {
        if (node instanceof PlanNode.Sequence s) {
            return "Sequence[" + s.nodes().stream().map(QueryPlannerTest::shape).collect(Collectors.joining(", "))
                    + "]";
        }
        if (node instanceof PlanNode.Parallel p) {
            return "Parallel[" + p.nodes().stream().map(QueryPlannerTest::shape).collect(Collectors.joining(", "))
                    + "]";
        }
        if (node instanceof PlanNode.Flatten f) {
            return "Flatten(" + String.join(".", f.path()) + "):" + f.fetch().serviceName();
        }
        if (node instanceof PlanNode.BatchFetch b) {
            return "BatchFetch("
                    + b.batches().stream()
                            .map(batch -> batch.alias() + ":"
                                    + batch.paths().stream()
                                            .map(path -> String.join(".", path))
                                            .collect(Collectors.joining("+")))
                            .collect(Collectors.joining(", "))
                    + "):" + b.serviceName();
        }
        return ((PlanNode.Fetch) node).serviceName();
    }

    private static List<PlanNode.Fetch> fetches(PlanNode node) {
        List<PlanNode.Fetch> result = new ArrayList<>();
        if (node instanceof PlanNode.Sequence s) {
            s.nodes().forEach(n -> result.addAll(fetches(n)));
        } else if (node instanceof PlanNode.Parallel p) {
            p.nodes().forEach(n -> result.addAll(fetches(n)));
        } else if (node instanceof PlanNode.Flatten f) {
            result.add(f.fetch());
        } else if (node instanceof PlanNode.BatchFetch b) {
            b.batches().forEach(batch -> result.add(batch.fetch()));
        } else {
            result.add((PlanNode.Fetch) node);
        }
        return result;
    }

    private static String compact(String operation) {
        return operation.replaceAll("\\s+", " ").trim();
    }

    @Test
    void singleSubgraphQueryIsOneFetch() {
        QueryPlan plan = plan("{ books { title author { name } } }");
        assertEquals("catalog", shape(plan.root()));
        assertEquals("query { books { title author { name } } }", compact(((PlanNode.Fetch) plan.root()).operation()));
    }

    @Test
    void entityJumpForAListIsOneBatchedFlatten() {
        QueryPlan plan = plan("{ books { title reviews { rating } } }");
        assertEquals("Sequence[catalog, Flatten(books.@):reviews]", shape(plan.root()));
        List<PlanNode.Fetch> f = fetches(plan.root());
        assertEquals("query { books { title __typename id } }", compact(f.get(0).operation()));
        assertEquals(
                "query($representations: [_Any!]!) { _entities(representations:$representations) "
                        + "{ ... on Book { reviews { rating } } } }",
                compact(f.get(1).operation()));
        assertEquals("{ ... on Book { __typename id } }", compact(f.get(1).requiresText()));
    }

    @Test
    void independentRootFieldsRunInParallel() {
        assertEquals("Parallel[accounts, catalog]", shape("{ me { name } books { id } }"));
        assertEquals("catalog", shape("{ books { id } book(id: \"b1\") { title } }"), "same subgraph: one fetch");
    }

    @Test
    void bestKeyIsTheOneTheCurrentSubgraphCanFill() {
        // reviews knows Book by id, inventory by isbn: catalog (id → isbn) bridges, and also serves @requires
        QueryPlan plan = plan("{ latestReviews { book { shippingCost } } }");
        assertEquals(
                "Sequence[reviews, Flatten(latestReviews.@.book):catalog, Flatten(latestReviews.@.book):inventory]",
                shape(plan.root()));
        List<PlanNode.Fetch> f = fetches(plan.root());
        assertTrue(
                compact(f.get(1).operation()).contains("... on Book { isbn weight price { amount } }"),
                f.get(1).operation());
        assertEquals(
                "{ ... on Book { __typename isbn weight price { amount } } }",
                compact(f.get(2).requiresText()));
        assertTrue(compact(f.get(2).operation()).contains("... on Book { shippingCost }"));
    }

    @Test
    void requiresFetchesRequiredFieldsFirstEvenFromTheOwningSubgraph() {
        assertEquals(
                "Sequence[inventory, Flatten(lowStock.@):catalog, Flatten(lowStock.@):inventory]",
                shape("{ lowStock { shippingCost } }"));
    }

    @Test
    void providesAvoidsAJump() {
        assertEquals("reviews", shape("{ latestReviews { book { title } } }"));
        assertEquals(
                "Sequence[reviews, Flatten(latestReviews.@.book):catalog]",
                shape("{ latestReviews { book { title isbn } } }"),
                "isbn is not provided");
    }

    @Test
    void shareableFieldsComeFromTheCurrentSubgraph() {
        assertEquals("inventory", shape("{ lowStock { title stock } }"));
        assertEquals("catalog", shape("{ books { title } }"));
    }

    @Test
    void overriddenFieldGoesToTheOverridingSubgraph() {
        QueryPlan plan = plan("{ book(id: \"b1\") { stock } }");
        assertEquals("Sequence[catalog, Flatten(book):inventory]", shape(plan.root()));
        assertTrue(compact(fetches(plan.root()).get(0).operation()).contains("isbn"), "inventory's key is isbn");
    }

    @Test
    void nestedJumpsGoBackToTheFirstSubgraph() {
        assertEquals(
                "Sequence[reviews, Flatten(latestReviews.@.author):accounts, "
                        + "Flatten(latestReviews.@.author.favouriteBook):reviews]",
                shape("{ latestReviews { author { favouriteBook { reviews { rating } } } } }"));
    }

    @Test
    void jumpsOfOneStepRunInParallel() {
        assertEquals(
                "Sequence[reviews, Parallel[Flatten(latestReviews.@.book):catalog, Flatten(latestReviews.@.author):accounts]]",
                shape("{ latestReviews { book { isbn } author { name } } }"));
    }

    @Test
    void abstractTypesAreExplodedWithTypeConditions() {
        QueryPlan plan =
                plan("{ search(text: \"x\") { ... on Book { title reviews { rating } } ... on Author { name } } "
                        + "media { title ... on Magazine { reviews { body } } } }");
        assertEquals("Sequence[catalog, BatchFetch(_0:search.@, _1:media.@):reviews]", shape(plan.root()));
        List<PlanNode.Fetch> f = fetches(plan.root());
        assertEquals(
                "query { search(text:\"x\") { __typename ... on Book { title __typename id } ... on Author { name } } "
                        + "media { __typename ... on Book { title } ... on Magazine { title __typename id } } }",
                compact(f.get(0).operation()));
        assertTrue(f.get(2).requires().containsKey("Magazine"));
        assertFalse(f.get(2).requires().containsKey("Book"), "only Magazines at media.@ need reviews");
    }

    @Test
    void fragmentsAreInlinedAndAliasesKept() {
        QueryPlan plan = plan("query { first: book(id: \"b1\") { ...Info } second: book(id: \"b2\") { name: title } } "
                + "fragment Info on Book { name: title writer: author { name } }");
        assertEquals(
                "query { first: book(id:\"b1\") { name: title writer: author { name } } "
                        + "second: book(id:\"b2\") { name: title } }",
                compact(((PlanNode.Fetch) plan.root()).operation()));
    }

    @Test
    void aliasThatTakesAKeyNameGetsAnInternalKeyAlias() {
        QueryPlan plan = plan("{ books { id: title reviews { rating } } }");
        List<PlanNode.Fetch> f = fetches(plan.root());
        assertEquals(
                "query { books { id: title __typename _entente_id: id } }",
                compact(f.get(0).operation()));
        assertEquals("_entente_id", f.get(1).requires().get("Book").get(0).responseKey());
        assertEquals("id", f.get(1).requires().get("Book").get(0).fieldName());
    }

    @Test
    void includeAndSkipTravelWithTheirVariables() {
        QueryPlan plan = plan(
                "query($r: Boolean!, $t: Boolean!) { books { title @skip(if: $t) reviews @include(if: $r) { rating } } }");
        List<PlanNode.Fetch> f = fetches(plan.root());
        assertEquals(
                "query($t: Boolean!) { books { title @skip(if: $t) __typename id } }",
                compact(f.get(0).operation()));
        assertEquals(
                "query($representations: [_Any!]!, $r: Boolean!) { _entities(representations:$representations) "
                        + "{ ... on Book { reviews @include(if: $r) { rating } } } }",
                compact(f.get(1).operation()));
        assertEquals(List.of("r"), f.get(1).variableUsages());
        assertEquals(
                "catalog",
                shape("{ books { title reviews @include(if: false) { rating } } }"),
                "a constant condition is applied while planning");
    }

    @Test
    void mutationRootFieldsRunInOrderAndConsecutiveOnesShareAFetch() {
        assertEquals("Sequence[accounts, reviews, accounts]", shape("""
                mutation { a: register(name: "a", email: "a") { id }
                           addReview(bookId: "b1", rating: 1, body: "x") { id }
                           b: register(name: "b", email: "b") { id } }"""));
        assertEquals(
                "Sequence[accounts, reviews, Flatten(addReview.book):catalog, Flatten(addReview.book):inventory]",
                shape("""
                        mutation { register(name: "a", email: "a") { id }
                                   addReview(bookId: "b1", rating: 1, body: "x") { book { isbn stock } } }"""),
                "the entity fetches of a mutation field run right after it");
    }

    @Test
    void readablePlanLooksLikeApollos() {
        String text = plan("{ books { reviews { rating } } }").describe();
        assertEquals("""
                QueryPlan {
                  Sequence {
                    Fetch(service: "catalog") {
                      query {
                        books {
                          __typename
                          id
                        }
                      }
                    },
                    Flatten(path: "books.@") {
                      Fetch(service: "reviews") {
                        {
                          ... on Book {
                            __typename
                            id
                          }
                        } =>
                        query($representations: [_Any!]!) {
                          _entities(representations:$representations) {
                            ... on Book {
                              reviews {
                                rating
                              }
                            }
                          }
                        }
                      },
                    },
                  },
                }""", text);
    }

    @Test
    void inaccessibleFieldsAndUnknownFieldsAreValidationErrors() {
        PreparedOperation op = PREPARER.prepare("{ books { internalCode } }", null);
        assertTrue(op.refused());
        assertTrue(op.error().errors().get(0).message().contains("internalCode"));
        assertFalse(op.error().errors().get(0).locations().isEmpty());
    }
}
