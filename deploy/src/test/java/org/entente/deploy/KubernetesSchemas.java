package org.entente.deploy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict JSON Schemas of the Kubernetes built-in kinds used in deploy/.
 *
 * <p>Source: the model classes of the official Kubernetes Java client (io.kubernetes:client-java-api
 * 24.0.0 = Kubernetes 1.32), which are generated from the Kubernetes OpenAPI specification. Each
 * class carries its properties (gson {@code @SerializedName} fields with their Java types) and its
 * required properties ({@code openapiRequiredFields}); this class turns them back into JSON Schema.
 * Every object gets {@code additionalProperties: false}, as the API server's strict field
 * validation does, so a misspelled field fails instead of being silently dropped.
 */
final class KubernetesSchemas {

    static final String OBJECT_META = "V1ObjectMeta";

    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** apiVersion/kind → model class; a kind not listed here has no schema and fails validation. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("v1/Namespace", "V1Namespace"),
            Map.entry("v1/ServiceAccount", "V1ServiceAccount"),
            Map.entry("v1/ConfigMap", "V1ConfigMap"),
            Map.entry("v1/Secret", "V1Secret"),
            Map.entry("v1/Service", "V1Service"),
            Map.entry("apps/v1/Deployment", "V1Deployment"),
            Map.entry("batch/v1/Job", "V1Job"),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", "V1NetworkPolicy"),
            Map.entry("networking.k8s.io/v1/Ingress", "V1Ingress"),
            Map.entry("policy/v1/PodDisruptionBudget", "V1PodDisruptionBudget"),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", "V2HorizontalPodAutoscaler"));

    private final ObjectNode definitions = JSON.objectNode();

    KubernetesSchemas() {
        KINDS.values().forEach(this::define);
        define(OBJECT_META);
    }

    /** All generated definitions, keyed by model class name; CRD schemas reuse ObjectMeta from here. */
    ObjectNode definitions() {
        return definitions;
    }

    /** A self-contained draft-07 schema for one apiVersion/kind, if it is a known built-in. */
    Optional<ObjectNode> schemaFor(String apiVersion, String kind) {
        String model = KINDS.get(apiVersion + "/" + kind);
        if (model == null) {
            return Optional.empty();
        }
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("$ref", "#/definitions/" + model);
        schema.set("definitions", definitions);
        return Optional.of(schema);
    }

    private void define(String simpleName) {
        try {
            define(Class.forName(MODELS + simpleName));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no Kubernetes model class " + simpleName, e);
        }
    }

    private void define(Class<?> model) {
        String name = model.getSimpleName();
        if (definitions.has(name)) {
            return;
        }
        ObjectNode definition = definitions.putObject(name);
        definition.put("type", "object");
        ObjectNode properties = definition.putObject("properties");
        for (Field field : model.getDeclaredFields()) {
            SerializedName serialized = field.getAnnotation(SerializedName.class);
            if (serialized != null && !Modifier.isStatic(field.getModifiers())) {
                properties.set(serialized.value(), typeSchema(field.getGenericType()));
            }
        }
        Set<String> required = requiredFields(model);
        if (!required.isEmpty()) {
            ArrayNode list = definition.putArray("required");
            required.forEach(list::add);
        }
        definition.put("additionalProperties", false);
    }

    private ObjectNode typeSchema(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", typeSchema(args[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = JSON.objectNode().put("type", "object");
                map.set("additionalProperties", typeSchema(args[1]));
                return map;
            }
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == OffsetDateTime.class || c == byte[].class) {
            return JSON.objectNode().put("type", "string");
        }
        if (c == Integer.class || c == Long.class || c == int.class || c == long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (c == Boolean.class || c == boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (c == Double.class || c == Float.class || c == BigDecimal.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (c == IntOrString.class) {
            return oneOfTypes("integer", "string");
        }
        if (c == Quantity.class) {
            return oneOfTypes("string", "number");
        }
        if (c.getName().startsWith(MODELS)) {
            define(c);
            return JSON.objectNode().put("$ref", "#/definitions/" + c.getSimpleName());
        }
        // Free-form values (RawExtension, Object): any JSON is allowed, as in the OpenAPI spec.
        return JSON.objectNode();
    }

    private static ObjectNode oneOfTypes(String first, String second) {
        ObjectNode schema = JSON.objectNode();
        schema.putArray("type").add(first).add(second);
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> requiredFields(Class<?> model) {
        try {
            Field field = model.getDeclaredField("openapiRequiredFields");
            return new TreeSet<>((Collection<String>) field.get(null));
        } catch (NoSuchFieldException e) {
            return Set.of();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read required fields of " + model, e);
        }
    }
}
