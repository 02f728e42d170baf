package org.entente.subgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checked values of entente.subgraph.*: the defaults, given values, and refusals naming the key. */
class OperationSettingsTest {

    private static OperationSettings from(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(SubgraphSettings.class)
                .withConverter(Duration.class, 200, new DurationConverter()) // Quarkus' "5s", as the services read it
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return OperationSettings.from(config);
    }

    @Test
    void defaultsAreTwoOperationsPerCoreAndFiveSecondsOfWaiting() {
        OperationSettings settings = from(Map.of());
        assertEquals(2 * Runtime.getRuntime().availableProcessors(), settings.maxConcurrentOperations());
        assertEquals(Duration.ofSeconds(5), settings.admissionWait());
        assertEquals(20, settings.maxDepth());
        assertEquals(50, settings.maxAliases());
        assertEquals(50, settings.documentCacheSize());
    }

    @Test
    void givenValuesAreTaken() {
        OperationSettings settings = from(
                Map.of("entente.subgraph.max-concurrent-operations", "7", "entente.subgraph.admission-wait", "250ms"));
        assertEquals(7, settings.maxConcurrentOperations());
        assertEquals(Duration.ofMillis(250), settings.admissionWait());
    }

    @Test
    void valuesOutOfRangeAreRefusedNamingTheirKey() {
        IllegalArgumentException none = assertThrows(
                IllegalArgumentException.class, () -> from(Map.of("entente.subgraph.max-concurrent-operations", "0")));
        assertEquals("entente.subgraph.max-concurrent-operations must be at least 1, was 0", none.getMessage());
        IllegalArgumentException negative = assertThrows(
                IllegalArgumentException.class, () -> from(Map.of("entente.subgraph.admission-wait", "-1s")));
        assertEquals("entente.subgraph.admission-wait must not be negative, was PT-1S", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> from(Map.of("entente.subgraph.max-depth", "0")));
    }
}
