package org.entente.subgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CacheHintsTest {

    private final CacheHints hints = new CacheHints(
            Map.of("Actor", Duration.ofSeconds(60), "Event", Duration.ofSeconds(20)),
            Map.of("actor", Duration.ofSeconds(30), "event", Duration.ofSeconds(90)));

    @Test
    void anEntitiesQueryOfHintedTypesMayBeKeptTheSmallestAge() {
        assertEquals(
                "public, max-age=60",
                hints.header("query($r:[_Any!]!){_entities(representations:$r){...on Actor{name}}}"));
        assertEquals(
                "public, max-age=20",
                hints.header(
                        "query($a:[_Any!]!,$b:[_Any!]!){_0:_entities(representations:$a){__typename ...on Actor{name}}"
                                + " _1:_entities(representations:$b){...on Event{title}}}"));
    }

    @Test
    void aQueryOfHintedRootFieldsMayBeKeptTheSmallestAge() {
        assertEquals("public, max-age=30", hints.header("query($id:ID!){ actor(id: $id) { name } }"));
        assertEquals(
                "public, max-age=30",
                hints.header("query($a:ID!,$b:ID!){ x: event(id: $a) { title } actor(id: $b) { name } }"));
        assertEquals(
                "public, max-age=20",
                hints.header("query($id:ID!,$r:[_Any!]!){ event(id: $id) { title }"
                        + " _entities(representations:$r){...on Event{title}} }"));
    }

    @Test
    void anythingElseIsNoStore() {
        for (String query : new String[] {
            "query($r:[_Any!]!){_entities(representations:$r){...on Statement{text}}}",
            "query($r:[_Any!]!){_entities(representations:$r){...on Actor{name} ...on Statement{text}}}",
            "query($r:[_Any!]!){_entities(representations:$r){...A}} fragment A on Actor{name}",
            "query($r:[_Any!]!,$x:Boolean!){_entities(representations:$r){...on Actor @include(if:$x){name}}}",
            "{ actors { name } }",
            "query($id:ID!){ actor(id: $id) { name } actors { name } }",
            "query($id:ID!,$x:Boolean!){ actor(id: $id) @include(if: $x) { name } }",
            "query($id:ID!){ ...on Query { actor(id: $id) { name } } }",
            "mutation($id:ID!){ actor(id: $id) { name } }",
            "query($r:[_Any!]!){_entities(representations:$r){...on Actor{name}} actors{name}}",
            "mutation($r:[_Any!]!){_entities(representations:$r){...on Actor{name}}}",
            "query A($r:[_Any!]!){_entities(representations:$r){...on Actor{name}}} query B{ actors{name} }",
        }) {
            assertEquals("no-store", hints.header(query), query);
        }
    }

    @Test
    void withoutHintsNothingIsKept() {
        assertEquals(
                "no-store",
                new CacheHints(Map.of(), Map.of())
                        .header("query($r:[_Any!]!){_entities(representations:$r){...on Actor{name}}}"));
    }
}
