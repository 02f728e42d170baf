package org.entente.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.gateway.composition.IndependentComposer;
import org.entente.gateway.composition.SubgraphSource;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supergraph-file mode (prod): the file is composed by the independent composer from the subgraph
 * SDL files, relations.graphql among them with URL {@code local:relations}; the gateway reads it,
 * overrides the remote URLs from configuration and answers relationship queries in process.
 */
class SupergraphFileTest {

    @Test
    void aSupergraphFileWithTheRelationsGraphAnswersRelationshipQueries(@TempDir Path dir) throws Exception {
        Map<String, String> actualUrls = new java.util.HashMap<>();
        try (RelationsHarness gateway = new RelationsHarness(sources -> {
            try {
                List<SubgraphSource> asDeployed = sources.stream()
                        .map(s -> {
                            actualUrls.put(s.name(), s.url());
                            String url =
                                    s.url().startsWith("local:") ? s.url() : "http://" + s.name() + "-service/graphql";
                            return new SubgraphSource(s.name(), url, s.sdl());
                        })
                        .toList();
                Path file = dir.resolve("supergraph.graphql");
                Files.writeString(file, IndependentComposer.compose(asDeployed));
                Supergraph supergraph = new SupergraphParser()
                        .parse(Files.readString(file))
                        .withUrls(Map.of("actors", actualUrls.get("actors"), "events", actualUrls.get("events")));
                assertEquals("local:relations", supergraph.graphUrls().get("relations"));
                return supergraph;
            } catch (java.io.IOException | InterruptedException e) { // a skip (composer unavailable) passes through
                throw new IllegalStateException(e);
            }
        })) {
            Map<String, Object> response =
                    gateway.run("{ connections(from: \"6\", to: \"3\") { length actors { name } } }", Map.of());
            assertNull(response.get("errors"), () -> String.valueOf(response.get("errors")));
            assertEquals(
                    Map.of(
                            "connections",
                            List.of(Map.of(
                                    "length",
                                    2,
                                    "actors",
                                    List.of(
                                            Map.of("name", "State Duma Defence Committee"),
                                            Map.of("name", "State Duma"),
                                            Map.of("name", "Russia"))))),
                    response.get("data"));
        }
    }
}
