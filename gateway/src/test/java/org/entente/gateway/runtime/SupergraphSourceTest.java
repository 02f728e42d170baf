package org.entente.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entente.gateway.composition.Composer;
import org.entente.gateway.fixtures.Fixtures;
import org.entente.gateway.supergraph.Supergraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A supergraph file is used as written, except for subgraph URLs that configuration overrides. */
class SupergraphSourceTest {

    @Test
    void supergraphFileUrlsAreOverriddenByConfiguredSubgraphs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("supergraph.graphql");
        Files.writeString(file, new Composer().compose(Fixtures.sources(Map.of())));
        Supergraph supergraph = new SupergraphLoader()
                .fromFile(
                        file,
                        SubgraphList.parse("reviews=http://reviews.internal:9000/graphql, unknown=http://x/graphql"));
        assertEquals(
                "http://reviews.internal:9000/graphql", supergraph.graphUrls().get("reviews"));
        assertEquals("http://catalog/graphql", supergraph.graphUrls().get("catalog"));
        assertEquals(4, supergraph.graphUrls().size(), "an override for an unknown subgraph adds nothing");
    }

    @Test
    void subgraphListIsNameEqualsUrlPairs() {
        assertEquals(
                Map.of("catalog", "http://localhost:4001/graphql", "reviews", "http://localhost:4002/graphql"),
                SubgraphList.parse("catalog=http://localhost:4001/graphql,reviews=http://localhost:4002/graphql"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SubgraphList.parse("catalog"));
        assertEquals("entente.gateway.subgraphs: expected name=url, got 'catalog'", e.getMessage());
    }
}
