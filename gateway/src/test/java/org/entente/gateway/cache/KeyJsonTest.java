package org.entente.gateway.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cache's representation keys are the text {@link Json#encode} writes, for every value. */
class KeyJsonTest {

    private static final List<String> TRICKY = List.of(
            "",
            "plain",
            "quote \" inside",
            "\"",
            "back\\slash",
            "\\\"",
            "slash / stays",
            "tab\tnew\nline\rreturn\bback\fform",
            "nul \u0000 unit \u001f del \u007f",
            "caf\u00e9 \u00ff \u0100",
            "\u20ac \u2028 \u2029 \ufeff \uffff",
            "emoji \ud83d\ude00",
            "lone \ud800 surrogate \udc00",
            "</script>",
            "{\"__typename\":\"Book\"}");

    private static void sameAsJackson(Object value) {
        assertEquals(Json.encode(value), KeyJson.of(value), () -> "for " + value);
    }

    @Test
    void stringsAreEscapedAsJacksonEscapesThem() {
        TRICKY.forEach(KeyJsonTest::sameAsJackson);
        StringBuilder everyControl = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            everyControl.append(c);
        }
        sameAsJackson(everyControl.toString());
    }

    @Test
    void randomStringsAreWrittenAsJacksonWritesThem() {
        Random random = new Random(42);
        for (int n = 0; n < 2_000; n++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                // mostly ASCII with its control characters, sometimes any UTF-16 unit
                chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(0x80);
            }
            String s = new String(chars);
            sameAsJackson(s);
            sameAsJackson(Map.of(s, s));
        }
    }

    @Test
    void scalarsAreWrittenAsJacksonWritesThem() {
        for (Object scalar : Arrays.asList(
                null,
                true,
                false,
                0,
                -1,
                Integer.MIN_VALUE,
                Integer.MAX_VALUE,
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                (short) -7,
                (byte) 3,
                new BigInteger("-123456789012345678901234567890"),
                1.5,
                -0.0,
                1e20,
                1.0E-7,
                0.1f,
                Double.NaN,
                new BigDecimal("1.50"),
                new BigDecimal("1E+3"))) {
            sameAsJackson(scalar);
        }
    }

    @Test
    void objectsAndArraysAreWrittenAsJacksonWritesThem() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("id", "a\"b\\c\n\u00e9");
        nested.put("n", 42L);
        nested.put("none", null);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("__typename", "Book");
        representation.put("id", 7);
        representation.put("key", nested);
        representation.put("list", new ArrayList<>(Arrays.asList(1, "two", null, 3.5, List.of(), Map.of())));
        representation.put("empty", Map.of());
        representation.put("flag", false);
        representation.put("vertx", new JsonObject().put("x", 1).put("y", List.of("z")));
        representation.put("q\"uote\u0001", "key names are escaped too");
        sameAsJackson(representation);
        sameAsJackson(List.of(representation, List.of(nested), "x"));
        sameAsJackson(Map.of());
        sameAsJackson(List.of());
    }
}
