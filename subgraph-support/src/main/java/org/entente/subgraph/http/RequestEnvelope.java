package org.entente.subgraph.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.entente.subgraph.errors.ClientException;

/**
 * The JSON body of a GraphQL request over HTTP, checked before SmallRye reads it: SmallRye answers
 * a non-string {@code operationName}, non-object {@code variables} or too deeply nested JSON with
 * an HTTP 500 that names its classes, and malformed JSON with an error that has no code.
 *
 * <p>A body is valid UTF-8 holding one JSON object: a string {@code query}, optionally a string
 * {@code operationName} and objects {@code variables} and {@code extensions} (null counts as
 * absent; other members are ignored, as the GraphQL-over-HTTP spec allows), no member twice, no
 * array or object nested deeper than {@link #MAX_NESTING}, and no string (name or value) holding
 * U+0000 or half of a surrogate pair: PostgreSQL stores neither, so such a value would fail a
 * statement instead of being refused as the client's mistake.
 */
final class RequestEnvelope {

    /** The deepest nesting of arrays and objects a body may have; a gateway's representations are three deep. */
    static final int MAX_NESTING = 64;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private RequestEnvelope() {}

    /** The request's query; BAD_USER_INPUT saying what is wrong with any other body. */
    static String query(byte[] body) {
        try (JsonParser parser = JSON.createParser(utf8(body))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw refused("the body must be a JSON object");
            }
            String query = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = text(parser);
                JsonToken value = parser.nextToken();
                switch (member) {
                    case "query" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw refused("query must be a string");
                        }
                        query = text(parser);
                    }
                    case "operationName" -> {
                        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                            throw refused("operationName must be a string");
                        }
                    }
                    case "variables", "extensions" -> {
                        if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
                            throw refused(member + " must be a JSON object");
                        }
                    }
                    default -> {
                        // ignored, but its strings are checked below like all others
                    }
                }
                checkStrings(parser, value);
            }
            if (parser.nextToken() != null) {
                throw refused("the body must hold one JSON object and nothing after it");
            }
            if (query == null) {
                throw refused("the request has no query");
            }
            return query;
        } catch (StreamConstraintsException e) {
            throw refused("the body nests arrays and objects deeper than " + MAX_NESTING
                    + " levels, or holds a number or name too long to read");
        } catch (JsonProcessingException e) {
            throw refused("the body is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a string in memory
        }
    }

    /** The strings of the value starting at {@code first} (an array or object is read to its end). */
    private static void checkStrings(JsonParser parser, JsonToken first) throws IOException {
        if (first == JsonToken.VALUE_STRING) {
            text(parser);
        }
        if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
            return;
        }
        int open = 1;
        while (open > 0) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw refused("the body is not valid JSON: it ends inside an array or object");
            }
            if (token.isStructStart()) {
                open++;
            } else if (token.isStructEnd()) {
                open--;
            } else if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                text(parser);
            }
        }
    }

    /** The current name or string, refused when it holds U+0000 or a lone surrogate. */
    private static String text(JsonParser parser) throws IOException {
        String text = parser.getText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                throw refused("strings may not contain the character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(
                        "strings may not contain half of a UTF-16 surrogate pair (\\u" + Integer.toHexString(c) + ")");
            }
        }
        return text;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("the body is not valid UTF-8");
        }
    }

    private static ClientException refused(String message) {
        return ClientException.badInput(message);
    }
}
