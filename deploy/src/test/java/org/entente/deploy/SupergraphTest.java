package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The supergraph pinned for prod is exactly what deploy/scripts/compose-supergraph.sh composes
 * from the committed subgraph SDLs (actors, events, and the gateway's in-process relations
 * subgraph): nobody edited it by hand, and it is not stale.
 */
class SupergraphTest {

    @Test
    void pinnedSupergraphIsTheCompositionOfTheCommittedSubgraphs() throws Exception {
        Path pinned = RepoLayout.overlay(Overlays.PROD).resolve("supergraph.graphql");
        String before = Files.readString(pinned);
        try {
            Process compose = new ProcessBuilder(
                            "bash",
                            RepoLayout.deploy()
                                    .resolve("scripts/compose-supergraph.sh")
                                    .toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(compose.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            compose.waitFor(300, TimeUnit.SECONDS);
            Assumptions.assumeFalse(compose.exitValue() == 3, "composer unavailable (npm unreachable): " + output);
            assertEquals(0, compose.exitValue(), output);
            assertEquals(
                    before,
                    Files.readString(pinned),
                    "deploy/overlays/prod/supergraph.graphql is stale: run deploy/scripts/compose-supergraph.sh");
            for (String graph : new String[] {"ACTORS", "EVENTS", "RELATIONS"}) {
                assertTrue(
                        before.contains(graph + " @join__graph("),
                        "the pinned supergraph includes the " + graph + " subgraph");
            }
        } finally {
            // The check must not leave a changed work tree behind, whatever it found.
            Files.writeString(pinned, before);
        }
    }
}
