package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders an overlay with `kubectl kustomize`, the same renderer `kubectl apply -k` uses. */
final class Kustomize {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Map<Path, List<K8sObject>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {}

    static List<K8sObject> render(Path overlay) {
        return RENDERED.computeIfAbsent(overlay.toAbsolutePath().normalize(), Kustomize::run);
    }

    static List<K8sObject> parse(String yaml) {
        List<K8sObject> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc instanceof ObjectNode object) {
                    objects.add(new K8sObject(object));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unparseable YAML: " + e.getMessage(), e);
        }
        return objects;
    }

    private static List<K8sObject> run(Path overlay) {
        Path kubectl = kubectl();
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", overlay.toString())
                    .redirectErrorStream(false)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + overlay + " failed: " + err);
            }
            return parse(out);
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + kubectl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + overlay, e);
        }
    }

    private static Path kubectl() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/usr/local/bin");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "kubectl not found on PATH: the deploy validation renders overlays with "
                                + "`kubectl kustomize` (kubectl >= 1.27, kustomize v5); install kubectl"));
    }
}
