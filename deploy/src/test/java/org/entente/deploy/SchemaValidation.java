package org.entente.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates rendered objects against the strict schemas: Kubernetes built-ins, then CloudNativePG
 * resources. An object whose apiVersion/kind has no schema is itself a violation.
 */
final class SchemaValidation {

    private static final SchemaValidation SHARED = new SchemaValidation();

    private final KubernetesSchemas kubernetes = new KubernetesSchemas();
    private final CloudNativePgSchemas cloudNativePg =
            new CloudNativePgSchemas(RepoLayout.cloudNativePgCrds(), kubernetes.definitions());
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    /** Building the schemas takes a second; every test shares one instance. */
    static SchemaValidation shared() {
        return SHARED;
    }

    List<String> violations(K8sObject object) {
        String key = object.apiVersion() + "/" + object.kind();
        Optional<ObjectNode> schema = kubernetes
                .schemaFor(object.apiVersion(), object.kind())
                .or(() -> cloudNativePg.schemaFor(object.apiVersion(), object.kind()));
        if (schema.isEmpty()) {
            return List.of(object.id() + ": no schema for " + key
                    + " (neither a Kubernetes 1.32 kind used by deploy/ nor a CloudNativePG CRD)");
        }
        JsonSchema validator = compiled.computeIfAbsent(key, k -> factory.getSchema(schema.get()));
        return validator.validate(object.json()).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .map(message -> object.id() + ": " + message)
                .toList();
    }
}
