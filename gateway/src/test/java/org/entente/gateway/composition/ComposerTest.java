package org.entente.gateway.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.Test;

class ComposerTest {

    private final SupergraphParser parser = new SupergraphParser();

    @Test
    void composesFixturesLikeTheIndependentComposer() throws Exception {
        List<SubgraphSource> sources = Fixtures.sources(Map.of());
        Supergraph ours = parser.parse(new Composer().compose(sources));
        Supergraph theirs = parser.parse(IndependentComposer.compose(sources));
        assertEquals(SupergraphSummary.of(theirs), SupergraphSummary.of(ours));
    }

    @Test
    void recordsOwnershipKeysRequiresProvidesAndOverride() {
        Supergraph s = Fixtures.supergraph();
        assertEquals(
                List.of("inventory"),
                new ArrayList<>(s.type("Book").field("stock").resolvingGraphs()),
                "@override moves stock from catalog to inventory");
        assertEquals(
                "weight price { amount }",
                s.type("Book").field("shippingCost").source("inventory").requires());
        assertEquals("title", s.type("Review").field("book").source("reviews").provides());
        assertTrue(s.type("Book").field("title").source("reviews").external());
        assertEquals(
                List.of("id", "isbn"),
                s.type("Book").keys("catalog").stream().map(k -> k.fields()).toList());
        assertFalse(s.type("Reader").resolvableKeys("reviews").size() > 0, "reviews declares Reader unresolvable");
        assertTrue(
                s.apiSchema().getObjectType("Book").getFieldDefinition("internalCode") == null,
                "@inaccessible fields are hidden from the API schema");
        assertTrue(s.type("Book").fields().containsKey("internalCode"), "but stay in the supergraph model");
    }

    @Test
    void rejectsNonShareableFieldDefinedTwice() {
        CompositionException e = composeFailing(
                "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }");
        assertEquals(
                List.of(
                        "field Thing.name is resolved by subgraphs one and two but is not @shareable in subgraph one, two"),
                e.errors());
    }

    @Test
    void rejectsConflictingFieldTypes() {
        CompositionException e = composeFailing(
                "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! size: Int @shareable }",
                "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! size: String @shareable }");
        assertEquals(
                List.of("field Thing.size has conflicting types: Int in subgraph one but String in subgraph two"),
                e.errors());
    }

    @Test
    void rejectsKeyOnMissingField() {
        CompositionException e = composeFailing(
                "type Query { a: Thing } type Thing @key(fields: \"sku\") { id: ID! }", "type Query { b: Int }");
        assertEquals(
                List.of(
                        "subgraph one: @key(fields: \"sku\") on type Thing names field Thing.sku, which is not defined"),
                e.errors());
    }

    @Test
    void rejectsExternalWithoutDefinition() {
        CompositionException e = composeFailing(
                "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "type Query { b: Int } type Thing @key(fields: \"id\") { id: ID! weight: Int @external "
                        + "cost: Int @requires(fields: \"weight\") }");
        assertEquals(
                List.of("subgraph two: field Thing.weight is marked @external but no other subgraph defines it"),
                e.errors());
    }

    @Test
    void rejectsRequiresOfNonExternalField() {
        CompositionException e = composeFailing(
                "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "type Query { b: Int } type Thing @key(fields: \"id\") { id: ID! weight: Int @shareable "
                        + "cost: Int @requires(fields: \"weight\") }");
        assertTrue(
                e.errors()
                        .contains("subgraph two: @requires(fields: \"weight\") on field Thing.cost names field "
                                + "Thing.weight, which must be @external"),
                e.errors().toString());
    }

    @Test
    void rejectsTypeKindConflict() {
        CompositionException e = composeFailing(
                "type Query { a: Thing } type Thing { id: ID! }",
                "type Query { b: Thing } interface Thing { id: ID! }");
        assertEquals(List.of("type Thing is an object in subgraph one but an interface in subgraph two"), e.errors());
    }

    private static CompositionException composeFailing(String one, String two) {
        String link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.9\", "
                + "import: [\"@key\", \"@shareable\", \"@external\", \"@requires\"])\n";
        return assertThrows(
                CompositionException.class,
                () -> new Composer()
                        .compose(List.of(
                                new SubgraphSource("one", "http://one", link + one),
                                new SubgraphSource("two", "http://two", link + two))));
    }
}
