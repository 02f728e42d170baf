package org.entente.events.config;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct query text once. A gateway sends the same few operation
 * texts over and over with different variables; parsing and validating them on every request
 * cost more CPU than the rest of the request. Parse and validation results depend on the text
 * only (never on variables), so they are kept per text, the least recently used dropped first.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {
    private final Map<String, PreparsedDocumentEntry> entries;

    ParsedDocumentCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached;
        synchronized (entries) {
            cached = entries.get(query);
        }
        if (cached != null) return CompletableFuture.completedFuture(cached);
        // parsed outside the lock: two first requests for one text may both parse, which is harmless
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        synchronized (entries) {
            entries.put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
