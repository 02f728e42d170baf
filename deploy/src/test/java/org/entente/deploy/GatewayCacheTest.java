package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every installation runs the gateway's entity cache (gateway-app's default, said in the manifests),
 * bounded so that it and the plan cache together take at most a third of the gateway's heap: both
 * are filled by ordinary traffic, and the rest of the heap serves the requests themselves.
 */
class GatewayCacheTest {

    /** The plan cache's bound when nothing sets it (gateway/README.md, "Configuration"). */
    private static final long PLAN_CACHE_MIB = 32;

    private static final Pattern RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Pattern MEBIBYTES = Pattern.compile("(\\d+)M");

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theEntityCacheIsOnAndLeavesTheHeapToRequests(String overlay) {
        Map<String, String> env = ContainerEnv.of(overlay, "gateway");
        assertEquals("true", env.get("ENTENTE_GATEWAY_ENTITY_CACHE_ENABLED"), overlay);
        assertTrue(
                !env.containsKey("ENTENTE_GATEWAY_PLAN_CACHE_BYTES"),
                "this test assumes the plan cache's default bound: " + overlay);

        long cache = mebibytes(env.get("ENTENTE_GATEWAY_ENTITY_CACHE_MAX_BYTES"));
        JsonNode container =
                Overlays.find(overlay, "Deployment", "gateway").containers().get(0);
        String limit = container.path("resources").path("limits").path("memory").asText();
        Matcher percentage = RAM_PERCENTAGE.matcher(env.getOrDefault("JAVA_TOOL_OPTIONS", ""));
        assertTrue(percentage.find(), "the gateway's heap is a share of its limit: " + overlay);
        double heap = mebibytes(limit.replace("Mi", "M")) * Double.parseDouble(percentage.group(1)) / 100;

        assertTrue(
                cache + PLAN_CACHE_MIB <= heap / 3,
                overlay + ": entity cache " + cache + "Mi and plan cache " + PLAN_CACHE_MIB + "Mi of a " + (long) heap
                        + "Mi heap");
    }

    private static long mebibytes(String size) {
        Matcher m = MEBIBYTES.matcher(String.valueOf(size));
        assertTrue(m.matches(), "a size in M: " + size);
        return Long.parseLong(m.group(1));
    }
}
