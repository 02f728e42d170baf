package org.entente.subgraph.http;

import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.StringValue;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.subgraph.errors.ClientException;

/**
 * Refuses a query that does not parse, or whose string literals hold U+0000, before SmallRye sees
 * it: SmallRye answers a syntax error with an error that has no code, and PostgreSQL would refuse
 * the character in a statement. (The JSON around the query was checked by {@link RequestEnvelope}.)
 *
 * <p>Parsing costs as much as a small request's data fetching, so the queries that passed are
 * remembered: a gateway sends the same few documents again and again. The memory holds at most
 * {@link #REMEMBERED} queries of at most {@link #REMEMBERED_CHARACTERS} characters in all, the
 * least recently used giving way.
 */
final class DocumentCheck {

    static final int REMEMBERED = 256;
    static final long REMEMBERED_CHARACTERS = 2_000_000;

    private final Map<String, Boolean> passed = new LinkedHashMap<>(REMEMBERED, 0.75f, true);
    private long characters;

    /** Refuses (BAD_USER_INPUT) a query that does not parse or holds U+0000 in a string. */
    void check(String query) {
        synchronized (this) {
            if (passed.get(query) != null) {
                return;
            }
        }
        Document document = parse(query);
        requireNoNul(document);
        remember(query);
    }

    private static Document parse(String query) {
        try {
            return Parser.parse(ParserEnvironment.newParserEnvironment()
                    .document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions())
                    .build());
        } catch (InvalidSyntaxException e) {
            throw ClientException.badInput(e.getMessage());
        }
    }

    /** String literals can spell U+0000 with an escape that the JSON around them does not show. */
    private static void requireNoNul(Document document) {
        new NodeTraverser()
                .preOrder(
                        new NodeVisitorStub() {
                            @Override
                            public TraversalControl visitStringValue(
                                    StringValue string, TraverserContext<Node> context) {
                                if (string.getValue().indexOf('\u0000') >= 0) {
                                    throw ClientException.badInput("strings may not contain the character U+0000");
                                }
                                return TraversalControl.CONTINUE;
                            }
                        },
                        document);
    }

    private synchronized void remember(String query) {
        if (query.length() > REMEMBERED_CHARACTERS || passed.containsKey(query)) {
            return;
        }
        passed.put(query, Boolean.TRUE);
        characters += query.length();
        var oldest = passed.keySet().iterator();
        while (passed.size() > REMEMBERED || characters > REMEMBERED_CHARACTERS) {
            characters -= oldest.next().length();
            oldest.remove();
        }
    }
}
