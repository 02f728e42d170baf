package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void defaultsKeepEverythingUnderDotEntente() {
        StackSettings settings = StackSettings.defaults(Path.of("/project"));
        assertEquals(Path.of("/project/.entente/postgres"), settings.postgresData());
        assertEquals(Path.of("/project/.entente/keys"), settings.keys());
        assertEquals("http://localhost:8080/graphql", settings.gatewayUrl());
    }

    @Test
    void theGatewaysManagementPortIsChosenWhenTheStackIsCreated() {
        StackSettings defaults = StackSettings.defaults(Path.of("/project"));
        assertEquals(StackSettings.ANY_PORT, defaults.gatewayManagementPort());
        assertThrows(IllegalStateException.class, defaults::gatewayHealthUrl);
        StackSettings chosen = defaults.withGatewayManagementPort(41234);
        assertEquals("http://127.0.0.1:41234/q/health/ready", chosen.gatewayHealthUrl());
        assertEquals("http://127.0.0.1:41234/q/metrics", chosen.gatewayMetricsUrl());
        assertEquals(defaults.gatewayPort(), chosen.gatewayPort());
    }

    @Test
    void deletingTheDatabaseAlsoForgetsThatTheDatasetWasLoaded() {
        StackSettings settings = StackSettings.defaults(Path.of("/project"));
        assertTrue(
                settings.datasetMarker().startsWith(settings.postgresData()),
                settings.datasetMarker().toString());
    }
}
