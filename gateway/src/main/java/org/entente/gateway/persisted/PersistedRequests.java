package org.entente.gateway.persisted;

import java.util.Map;
import java.util.Optional;
import org.entente.gateway.plugin.ResponseError;

/**
 * Which document a request runs: its own text, a persisted document named by {@code documentId}
 * (the GraphQL-over-HTTP persisted-documents convention, e.g. {@code "sha256:<hex>"}), or one named
 * by Apollo's {@code extensions.persistedQuery} ({@code {version: 1, sha256Hash}}), looked up in the
 * manifests first, then among the automatic persisted queries clients registered. The errors are
 * the ones Apollo Router gives: {@code PERSISTED_QUERY_NOT_FOUND} with the message
 * {@code PersistedQueryNotFound} for an unknown id or hash (which APQ clients answer by sending the
 * text with its hash), {@code PERSISTED_QUERY_HASH_MISMATCH}; with trusted documents only,
 * {@code QUERY_NOT_IN_SAFELIST} for a document text that is not in the manifests, which clients do
 * not retry. The HTTP statuses are for {@code application/graphql-response+json}.
 */
public final class PersistedRequests {

    public static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    public static final String HASH_MISMATCH = "PERSISTED_QUERY_HASH_MISMATCH";
    public static final String NOT_IN_SAFELIST = "QUERY_NOT_IN_SAFELIST";

    /** The message clients (Apollo Client, urql) match to send the document's text after a miss. */
    static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";

    private final TrustedDocuments trusted;
    private final AutomaticPersistedQueries registered;
    private final boolean trustedOnly;

    /** @param trustedOnly run the manifests' documents only, and register none */
    public PersistedRequests(TrustedDocuments trusted, AutomaticPersistedQueries registered, boolean trustedOnly) {
        this.trusted = trusted;
        this.registered = registered;
        this.trustedOnly = trustedOnly;
    }

    /** What a request may run, or why it may not. */
    public sealed interface Resolution {}

    /** Run this document; once the gateway accepted it, {@link #accepted} registers it when asked to. */
    public record Run(String document, String registerAs) implements Resolution {}

    /** Refused with this HTTP status and error. */
    public record Refused(int status, ResponseError error) implements Resolution {}

    /**
     * @param query the request's document text, or null
     * @param documentId the request's {@code documentId}, or null
     * @param extensions the request's extensions, or null
     */
    public Resolution resolve(String query, String documentId, Map<String, Object> extensions) {
        Object extension = extensions == null ? null : extensions.get("persistedQuery");
        if (extension != null) {
            if (!(extension instanceof Map<?, ?> persisted)
                    || !(persisted.get("version") instanceof Number version)
                    || version.intValue() != 1) {
                return badRequest("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": ...}");
            }
            if (!(persisted.get("sha256Hash") instanceof String hash) || hash.isBlank()) {
                return badRequest("extensions.persistedQuery has no sha256Hash");
            }
            if (documentId != null) {
                return badRequest("Send a documentId or extensions.persistedQuery, not both");
            }
            return query == null ? byId(hash) : withHash(query, hash);
        }
        if (documentId != null) {
            return query == null ? byId(documentId) : badRequest("Send a documentId or a query, not both");
        }
        if (query == null) {
            return badRequest("The request has no query and no documentId");
        }
        return !trustedOnly
                        || trusted.find(TrustedDocuments.SHA256_PREFIX + Sha256.hex(query))
                                .isPresent()
                ? new Run(query, null)
                : notTrusted();
    }

    /** Registers the document of an automatic persisted query once the gateway accepted it. */
    public void accepted(Run run) {
        if (run.registerAs() != null) {
            registered.register(run.registerAs(), run.document());
        }
    }

    private Resolution byId(String id) {
        Optional<String> document = trusted.find(id);
        if (document.isEmpty() && !trustedOnly) {
            String hex = id.startsWith(TrustedDocuments.SHA256_PREFIX)
                    ? id.substring(TrustedDocuments.SHA256_PREFIX.length())
                    : id;
            document = Sha256.isHex(hex) ? registered.find(hex) : Optional.empty();
        }
        return document.<Resolution>map(text -> new Run(text, null))
                .orElseGet(() -> new Refused(404, ResponseError.of(NOT_FOUND_MESSAGE, NOT_FOUND)));
    }

    /** A document with its hash: run it when the hash is its own, and register it (see {@link #accepted}). */
    private Resolution withHash(String query, String hash) {
        if (!Sha256.isHex(hash) || !Sha256.hex(query).equalsIgnoreCase(hash)) {
            return new Refused(400, ResponseError.of("provided sha does not match query", HASH_MISMATCH));
        }
        boolean known = trusted.find(hash).isPresent();
        if (trustedOnly) {
            return known ? new Run(query, null) : notTrusted();
        }
        return new Run(query, known ? null : hash);
    }

    private static Refused notTrusted() {
        return new Refused(
                403,
                ResponseError.of(
                        "This gateway runs only its trusted documents: send the documentId of one", NOT_IN_SAFELIST));
    }

    private static Refused badRequest(String message) {
        return new Refused(400, ResponseError.of(message, ResponseError.BAD_USER_INPUT));
    }
}
