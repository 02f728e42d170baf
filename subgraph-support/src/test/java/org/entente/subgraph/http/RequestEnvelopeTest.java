package org.entente.subgraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.entente.subgraph.errors.ClientException;
import org.entente.subgraph.errors.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestEnvelopeTest {

    private static String query(String body) {
        return RequestEnvelope.query(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String refusal(byte[] body) {
        ClientException refused = assertThrows(ClientException.class, () -> RequestEnvelope.query(body));
        assertEquals(ErrorCode.BAD_USER_INPUT, refused.code());
        return refused.getMessage();
    }

    private static String refusal(String body) {
        return refusal(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWellFormedRequestGivesItsQuery() {
        assertEquals("{ a }", query("{\"query\":\"{ a }\"}"));
        assertEquals(
                "{ a }",
                query("{\"operationName\":null,\"query\":\"{ a }\",\"variables\":{\"x\":[1,{\"y\":\"é𝕏\"}]},"
                        + "\"extensions\":{},\"other\":[true]}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null", "[]", "\"{ a }\"", "42", "[{\"query\":\"{ a }\"}]"})
    void theBodyMustBeOneJsonObject(String body) {
        assertTrue(refusal(body).contains("JSON object"), refusal(body));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"query\":",
                "{\"query\":\"{ a }\",}",
                "{'query':'{ a }'}",
                "{\"query\":\"{ a }\"}}",
                "{\"query\":\"{ a }\"} {\"query\":\"{ b }\"}",
                "{\"query\":\"{ a }\",\"query\":\"{ b }\"}"
            })
    void malformedJsonIsRefused(String body) {
        refusal(body);
    }

    @Test
    void eachMemberHasItsType() {
        assertEquals("query must be a string", refusal("{\"query\":5}"));
        assertEquals("query must be a string", refusal("{\"query\":{\"a\":1}}"));
        assertEquals("the request has no query", refusal("{\"variables\":{}}"));
        assertEquals("operationName must be a string", refusal("{\"query\":\"{ a }\",\"operationName\":5}"));
        assertEquals("variables must be a JSON object", refusal("{\"query\":\"{ a }\",\"variables\":\"x\"}"));
        assertEquals("variables must be a JSON object", refusal("{\"query\":\"{ a }\",\"variables\":[1]}"));
        assertEquals("extensions must be a JSON object", refusal("{\"query\":\"{ a }\",\"extensions\":true}"));
    }

    @Test
    void nestingIsBounded() {
        int allowed = RequestEnvelope.MAX_NESTING - 2; // the body and variables are two levels already
        String within = "{\"query\":\"{ a }\",\"variables\":{\"v\":" + "[".repeat(allowed) + "]".repeat(allowed) + "}}";
        assertEquals("{ a }", query(within));
        String deeper =
                "{\"query\":\"{ a }\",\"variables\":{\"v\":" + "[".repeat(allowed + 1) + "]".repeat(allowed + 1) + "}}";
        assertTrue(refusal(deeper).contains("deeper than " + RequestEnvelope.MAX_NESTING), refusal(deeper));
        assertTrue(refusal("{\"query\":\"{ a }\",\"variables\":{\"v\":" + "{\"a\":".repeat(100_000))
                .contains("deeper"));
    }

    @Test
    void stringsMayNotHoldNulOrHalfASurrogatePair() {
        assertTrue(refusal("{\"query\":\"{ a }\",\"variables\":{\"s\":\"a\\u0000b\"}}")
                .contains("U+0000"));
        assertTrue(
                refusal("{\"query\":\"{ a }\",\"variables\":{\"a\\u0000\":1}}").contains("U+0000"));
        assertTrue(refusal("{\"query\":\"{ a }\\u0000\"}").contains("U+0000"));
        assertTrue(refusal("{\"query\":\"{ a }\",\"x\":[\"\\ud800\"]}").contains("surrogate"));
        assertTrue(refusal("{\"query\":\"{ a }\",\"x\":\"\\udc00a\"}").contains("surrogate"));
    }

    @Test
    void theBodyMustBeUtf8() {
        byte[] latin1 = "{\"query\":\"{ a(s: \\\"é\\\") }\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("the body is not valid UTF-8", refusal(latin1));
        byte[] overlong = {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertEquals("the body is not valid UTF-8", refusal(overlong));
        byte[] utf16 = "{\"query\":\"{ a }\"}".getBytes(StandardCharsets.UTF_16);
        refusal(utf16);
    }
}
