package org.entente.cli.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void deletingTheDatabaseAlsoForgetsThatTheDatasetWasLoaded() {
        StackSettings settings = StackSettings.defaults(Path.of("/project"));
        assertTrue(
                settings.datasetMarker().startsWith(settings.postgresData()),
                settings.datasetMarker().toString());
    }
}
