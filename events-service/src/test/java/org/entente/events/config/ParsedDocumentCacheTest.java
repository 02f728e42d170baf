package org.entente.events.config;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

class ParsedDocumentCacheTest {
    private final List<String> parsed = new ArrayList<>();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.add(input.getQuery());
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    void parsesEachTextOnceWhateverTheVariables() {
        ParsedDocumentCache cache = new ParsedDocumentCache(10);
        String query = "query($id: ID!) { actor(id: $id) { id } }";
        PreparsedDocumentEntry first = cache.getDocumentAsync(input(query, Map.of("id", "1")), parse).join();
        PreparsedDocumentEntry second = cache.getDocumentAsync(input(query, Map.of("id", "2")), parse).join();
        assertSame(first, second);
        assertEquals(List.of(query), parsed);
    }

    @Test
    void dropsTheLeastRecentlyUsedTextBeyondItsSize() {
        ParsedDocumentCache cache = new ParsedDocumentCache(2);
        cache.getDocumentAsync(input("{ a }", Map.of()), parse).join();
        cache.getDocumentAsync(input("{ b }", Map.of()), parse).join();
        cache.getDocumentAsync(input("{ a }", Map.of()), parse).join(); // a is now the most recent
        cache.getDocumentAsync(input("{ c }", Map.of()), parse).join(); // drops b
        cache.getDocumentAsync(input("{ a }", Map.of()), parse).join();
        cache.getDocumentAsync(input("{ b }", Map.of()), parse).join();
        assertEquals(List.of("{ a }", "{ b }", "{ c }", "{ b }"), parsed);
    }

    private static ExecutionInput input(String query, Map<String, Object> variables) {
        return ExecutionInput.newExecutionInput(query).variables(variables).build();
    }
}
