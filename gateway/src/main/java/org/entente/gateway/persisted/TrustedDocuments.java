package org.entente.gateway.persisted;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documents of the manifests an application ships with its clients (persisted documents, or
 * trusted documents when the gateway runs no others), by id. Two manifest formats are read: a JSON
 * object of {@code id → document} (GraphQL Code Generator's client preset, with ids
 * {@code sha256:<hex>}), and Apollo's {@code apollo-persisted-query-manifest} (ids of its own).
 */
public final class TrustedDocuments {

    static final String SHA256_PREFIX = "sha256:";

    private final Map<String, String> byId;

    private TrustedDocuments(Map<String, String> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static TrustedDocuments none() {
        return new TrustedDocuments(Map.of());
    }

    /** The manifests' documents, each named by the source it came from when it is refused. */
    public static TrustedDocuments of(Map<String, String> manifestsBySource) {
        Map<String, String> byId = new HashMap<>();
        manifestsBySource.forEach((source, json) -> read(source, json).forEach((id, document) -> {
            String earlier = byId.putIfAbsent(id, document);
            if (earlier != null && !earlier.equals(document)) {
                throw new InvalidManifestException(
                        source + ": id " + id + " names another document in an earlier manifest");
            }
        }));
        return new TrustedDocuments(byId);
    }

    /**
     * The document with this id. A SHA-256 id is found with or without its {@code sha256:} prefix:
     * the hash of Apollo's automatic persisted queries has none.
     */
    public Optional<String> find(String id) {
        String document = byId.get(id);
        if (document == null && Sha256.isHex(id)) {
            document = byId.get(SHA256_PREFIX + id.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(document);
    }

    public int size() {
        return byId.size();
    }

    private static Map<String, String> read(String source, String json) {
        JsonObject manifest;
        try {
            manifest = new JsonObject(json);
        } catch (DecodeException e) {
            throw new InvalidManifestException(source + ": not a JSON object: " + e.getMessage());
        }
        Map<String, String> documents = new HashMap<>();
        if ("apollo-persisted-query-manifest".equals(manifest.getValue("format"))) {
            JsonArray operations = manifest.getJsonArray("operations", new JsonArray());
            for (int i = 0; i < operations.size(); i++) {
                JsonObject operation = operations.getJsonObject(i);
                put(source, documents, operation.getValue("id"), operation.getValue("body"));
            }
        } else {
            manifest.forEach(entry -> put(source, documents, entry.getKey(), entry.getValue()));
        }
        return documents;
    }

    /** A SHA-256 id must be the hash of its document: a manifest that says otherwise is corrupt. */
    private static void put(String source, Map<String, String> documents, Object id, Object document) {
        if (!(id instanceof String key) || key.isBlank() || !(document instanceof String text) || text.isBlank()) {
            throw new InvalidManifestException(source + ": every entry needs a string id and a document");
        }
        if (key.startsWith(SHA256_PREFIX) && !Sha256.hex(text).equals(key.substring(SHA256_PREFIX.length()))) {
            throw new InvalidManifestException(source + ": " + key + " is not the SHA-256 of its document");
        }
        documents.put(key, text);
    }

    /** A manifest that cannot be read or contradicts itself: the gateway does not start with it. */
    public static final class InvalidManifestException extends RuntimeException {
        public InvalidManifestException(String message) {
            super(message);
        }
    }
}
