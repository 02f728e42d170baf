package org.entente.subgraph.http;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Cache-Control} header of this service's answer to a GraphQL document, from the
 * per-type and per-root-field ages of {@link EntityCacheSettings}: a gateway keeps what this header
 * allows, per entity for {@code _entities}, per request for root fields. A query can be cached only
 * when every entity type it asks {@code _entities} for and every other root field it selects has an
 * age: {@code public} (reads are the same for every caller: no field depends on who asks) with the
 * smallest of those ages. Anything else, mutations included, is {@code no-store}. The answer for a
 * document is remembered (a gateway sends the same few documents).
 */
public final class CacheHints {

    static final String NO_STORE = "no-store";
    private static final int REMEMBERED = 256;

    private final Map<String, Duration> maxAge;
    private final Map<String, Duration> rootFieldMaxAge;
    private final Map<String, String> headers = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * @param maxAge          per entity type, how long its {@code _entities} answers may be kept
     * @param rootFieldMaxAge per root field of the query type (by name), how long an answer may be kept
     */
    public CacheHints(Map<String, Duration> maxAge, Map<String, Duration> rootFieldMaxAge) {
        this.maxAge = Map.copyOf(maxAge);
        this.rootFieldMaxAge = Map.copyOf(rootFieldMaxAge);
    }

    /** The header for an answer to {@code query}, a document that parsed. */
    public String header(String query) {
        if (maxAge.isEmpty() && rootFieldMaxAge.isEmpty()) {
            return NO_STORE;
        }
        synchronized (headers) {
            String known = headers.get(query);
            if (known != null) {
                return known;
            }
        }
        String header = decide(query);
        synchronized (headers) {
            headers.put(query, header);
        }
        return header;
    }

    private String decide(String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return NO_STORE;
        }
        if (document.getDefinitions().size() != 1
                || !(document.getDefinitions().get(0) instanceof OperationDefinition operation)
                || operation.getOperation() != OperationDefinition.Operation.QUERY) {
            return NO_STORE; // several operations (which one runs is the request's), or a mutation
        }
        Duration age = null;
        for (Selection<?> root : operation.getSelectionSet().getSelections()) {
            if (!(root instanceof Field field) || !field.getDirectives().isEmpty()) {
                return NO_STORE; // a fragment, or a field that @include/@skip may leave out
            }
            if (!field.getName().equals("_entities")) {
                Duration fieldAge = rootFieldMaxAge.get(field.getName());
                if (fieldAge == null || fieldAge.isZero() || fieldAge.isNegative()) {
                    return NO_STORE;
                }
                age = age == null || fieldAge.compareTo(age) < 0 ? fieldAge : age;
                continue;
            }
            if (field.getSelectionSet() == null) {
                return NO_STORE;
            }
            for (Selection<?> selection : field.getSelectionSet().getSelections()) {
                if (selection instanceof Field typename && typename.getName().equals("__typename")) {
                    continue;
                }
                if (!(selection instanceof InlineFragment fragment)
                        || fragment.getTypeCondition() == null
                        || !fragment.getDirectives().isEmpty()) {
                    return NO_STORE; // a gateway asks for each type in a fragment of its own
                }
                Duration typeAge = maxAge.get(fragment.getTypeCondition().getName());
                if (typeAge == null || typeAge.isZero() || typeAge.isNegative()) {
                    return NO_STORE;
                }
                age = age == null || typeAge.compareTo(age) < 0 ? typeAge : age;
            }
        }
        return age == null ? NO_STORE : "public, max-age=" + age.toSeconds();
    }
}
