package org.entente.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Strict JSON Schemas of the CloudNativePG custom resources, from the CRDs in
 * ../shared/k8s-schemas/cloudnative-pg (their openAPIV3Schema per served version).
 *
 * <p>The API server prunes or rejects unknown fields of structural schemas; a plain JSON Schema
 * validator would accept them. So every object schema that lists properties, and neither says
 * {@code additionalProperties} nor {@code x-kubernetes-preserve-unknown-fields}, is closed with
 * {@code additionalProperties: false}. {@code metadata} is validated as a Kubernetes ObjectMeta.
 */
final class CloudNativePgSchemas {

    private final Map<String, ObjectNode> byApiVersionAndKind = new HashMap<>();

    CloudNativePgSchemas(Path crdDirectory, ObjectNode kubernetesDefinitions) {
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(crdDirectory)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                register(yaml.readTree(file.toFile()), kubernetesDefinitions);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read CRDs in " + crdDirectory + ": " + e.getMessage(), e);
        }
        if (byApiVersionAndKind.isEmpty()) {
            throw new IllegalStateException("no CustomResourceDefinition found in " + crdDirectory);
        }
    }

    Optional<ObjectNode> schemaFor(String apiVersion, String kind) {
        return Optional.ofNullable(byApiVersionAndKind.get(apiVersion + "/" + kind));
    }

    private void register(JsonNode crd, ObjectNode kubernetesDefinitions) {
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
            if (!version.path("served").asBoolean(true)) {
                continue;
            }
            ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
            close(schema);
            ((ObjectNode) schema.path("properties"))
                    .putObject("metadata")
                    .put("$ref", "#/definitions/" + KubernetesSchemas.OBJECT_META);
            schema.put("$schema", "http://json-schema.org/draft-07/schema#");
            schema.set("definitions", kubernetesDefinitions);
            byApiVersionAndKind.put(group + "/" + version.path("name").asText() + "/" + kind, schema);
        }
    }

    /** Recursively forbids properties a schema does not list, unless it explicitly allows them. */
    static void close(JsonNode node) {
        if (node.isArray()) {
            node.forEach(CloudNativePgSchemas::close);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode schema = (ObjectNode) node;
        boolean preservesUnknown =
                schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.has("properties") && !schema.has("additionalProperties") && !preservesUnknown) {
            schema.put("additionalProperties", false);
        }
        schema.path("properties").forEach(CloudNativePgSchemas::close);
        for (String child : new String[] {"items", "additionalProperties", "allOf", "anyOf", "oneOf", "not"}) {
            if (schema.has(child)) {
                close(schema.get(child));
            }
        }
    }
}
