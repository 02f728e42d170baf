package org.entente.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JVM's heap share leaves room for what it needs besides the heap: measured at up to
 * 130 MiB for actors-service (deploy/README.md, "Sizing"). A limit too tight for that would be
 * OOM-killed under load, which no schema or probe check would notice.
 */
class SizingTest {

    private static final long MEASURED_NON_HEAP_MIB = 130;
    private static final Pattern RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");

    static List<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyJvmLeavesRoomOutsideItsHeap(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        ObjectReferences references = new ObjectReferences(objects);
        List<String> problems = new ArrayList<>();
        for (K8sObject workload : objects) {
            for (JsonNode container : workload.containers()) {
                String where =
                        workload.id() + " container " + container.path("name").asText();
                String options = javaToolOptions(container, references);
                Matcher percentage = RAM_PERCENTAGE.matcher(options);
                if (!percentage.find()) {
                    problems.add(where + ": JAVA_TOOL_OPTIONS sets no -XX:MaxRAMPercentage");
                    continue;
                }
                long limit = mebibytes(container
                        .path("resources")
                        .path("limits")
                        .path("memory")
                        .asText());
                double heap = limit * Double.parseDouble(percentage.group(1)) / 100;
                if (limit - heap < MEASURED_NON_HEAP_MIB) {
                    problems.add(where + ": " + limit + "Mi limit leaves " + (long) (limit - heap)
                            + "Mi beside the heap, measured need is " + MEASURED_NON_HEAP_MIB + "Mi");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String javaToolOptions(JsonNode container, ObjectReferences references) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(Conventions.JAVA_TOOL_OPTIONS)) {
                return env.path("value").asText();
            }
        }
        for (JsonNode source : container.path("envFrom")) {
            String value = references
                    .configMapData(source.path("configMapRef").path("name").asText())
                    .get(Conventions.JAVA_TOOL_OPTIONS);
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2));
        }
        throw new IllegalArgumentException("memory limit " + quantity + ": use Mi or Gi");
    }
}
