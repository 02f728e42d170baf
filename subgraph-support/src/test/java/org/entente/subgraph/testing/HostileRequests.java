package org.entente.subgraph.testing;

import io.vertx.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded, endless source of hostile GraphQL-over-HTTP requests, made by spoiling sample
 * operations of the schema under test: broken or oddly typed JSON, wrong encodings, methods and
 * content types, deeply nested variables, hostile values in place of each variable (huge numbers,
 * long strings, U+0000, forged cursors, impossible dates, malformed ids and representations),
 * broken and abusive documents (syntax errors, deep nesting, many aliases, fragment bombs), bodies
 * over any size limit, and bad tokens.
 *
 * <p>The same seed gives the same requests, so a failure can be replayed. It knows nothing of a
 * particular service: give it samples of the operations to spoil, with the headers to send them
 * with (a write needs an editor token to get past the editor check). Send them with
 * {@link RawHttp} and judge the answers with {@link CleanResponses}.
 */
public final class HostileRequests {

    /** A sample operation: its document, its variables, and the headers it is sent with. */
    public record Operation(String query, Map<String, Object> variables, Map<String, String> headers) {
        public Operation(String query, Map<String, Object> variables) {
            this(query, variables, Map.of());
        }
    }

    /** A request as sent on the wire; a null content type sends none. */
    public record Request(
            String description, String method, String contentType, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return method + " " + description + " [" + contentType + "] "
                    + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private static final String JSON = "application/json";

    /** Values that have broken a service somewhere, in place of any variable. */
    private static final List<Object> HOSTILE_VALUES = List.of(
            "",
            " ",
            "a\u0000b",
            "\u0000",
            "x".repeat(60_000),
            "x".repeat(501),
            "Ω≈ç√∫˜µ≤≥÷ 𝕏 مرحبا 你好",
            "'; DROP TABLE actor; --",
            "%s%n%x",
            "../../etc/passwd",
            "http://[::1]:80/",
            "javascript:alert(1)",
            "abc",
            "-1",
            "0",
            "99999999999999999999999999",
            "1e400",
            "NaN",
            "0000",
            "9999-12-31",
            "+10000-01-01",
            "2024-02-30",
            "-999999999-01-01",
            "+999999999-12-31",
            cursor("offset:2147483647"),
            cursor("offset:-5"),
            cursor("offset:99999999999"),
            cursor("v2|OLDEST_FIRST|0.0|+999999999-01-01|1|1"),
            cursor("v2|OLDEST_FIRST|0.0|-999999999-01-01|1|1"),
            cursor("v2|NEWEST_FIRST|NaN|9999-12-31|0|9223372036854775807"),
            cursor("v2|OLDEST_FIRST|0.0|10000-01-01|0|-1"),
            "not-a-cursor",
            0,
            -1,
            2147483647,
            -2147483648,
            9223372036854775807L,
            1.5,
            1e300,
            true,
            List.of(),
            List.of(1, "a", List.of()),
            Map.of(),
            Map.of("__typename", "Nope"),
            new ArrayList<>(java.util.Arrays.asList((Object) null)));

    private final Random random;
    private final List<Operation> samples;
    /** Tokens every service must refuse: unsigned, malformed, or signed by a key nobody trusts, plus the caller's. */
    private final List<String> refusedTokens;

    private final List<Function<Operation, Request>> spoilers = List.of(
            this::brokenJson,
            this::oddlyTypedMembers,
            this::wrongEncoding,
            this::wrongMethodOrContentType,
            this::deeplyNestedVariables,
            this::hostileVariable,
            this::hostileVariable,
            this::hostileVariable,
            this::hostileRepresentations,
            this::brokenDocument,
            this::abusiveDocument,
            this::hugeBody,
            this::badToken);

    public HostileRequests(long seed, List<Operation> samples) {
        this(seed, samples, List.of());
    }

    /**
     * @param refusedTokens further tokens the server must refuse that only the caller can make, such
     *     as tokens signed by the server's own key that have expired, were issued in the future or
     *     lack the editor role
     */
    public HostileRequests(long seed, List<Operation> samples, List<String> refusedTokens) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no sample operations to spoil");
        }
        this.random = new Random(seed);
        this.samples = List.copyOf(samples);
        List<String> tokens = new ArrayList<>(List.of(
                "",
                "not.a.jwt",
                "a".repeat(5_000),
                "eyJhbGciOiJub25lIn0.eyJncm91cHMiOlsiZWRpdG9yIl19.",
                Tokens.signedByUnknownKey()));
        tokens.addAll(refusedTokens);
        this.refusedTokens = List.copyOf(tokens);
    }

    /** The next {@code count} requests. */
    public List<Request> take(int count) {
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(next());
        }
        return requests;
    }

    public Request next() {
        Operation sample = samples.get(random.nextInt(samples.size()));
        return spoilers.get(random.nextInt(spoilers.size())).apply(sample);
    }

    private Request brokenJson(Operation sample) {
        String json = body(sample.query(), sample.variables());
        String broken = switch (random.nextInt(8)) {
            case 0 -> json.substring(0, random.nextInt(json.length()));
            case 1 -> json + (random.nextBoolean() ? "}" : " {\"query\":\"{ __typename }\"}");
            case 2 -> "";
            case 3 -> pick("[]", "null", "\"{ __typename }\"", "42", "true", "[" + json + "]");
            case 4 -> json.replaceFirst("\\{", "{\"query\":\"{ __typename }\",");
            case 5 -> json.replace("\"", "'");
            case 6 -> insert(json, pick("\u0001", "\\x", "\\u12", ",,", "NaN", "/*c*/"));
            default -> "{\"query\": " + Json.encode(sample.query()) + ", }";
        };
        return json("broken JSON", sample.headers(), broken.getBytes(StandardCharsets.UTF_8));
    }

    private Request oddlyTypedMembers(Operation sample) {
        Object odd = pick(42, true, List.of("x"), Map.of("a", 1), "x", 1.5);
        Map<String, Object> body = envelope(sample.query(), sample.variables());
        String member = pick("query", "operationName", "variables", "extensions");
        body.put(member, odd);
        if (random.nextInt(4) == 0) {
            body.remove("query");
        }
        return json("odd " + member, sample.headers(), Json.encode(body).getBytes(StandardCharsets.UTF_8));
    }

    private Request wrongEncoding(Operation sample) {
        byte[] json = body(sample.query(), sample.variables()).getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(5)) {
            case 0 -> json("invalid UTF-8", sample.headers(), spliceBytes(json, pickBytes()));
            case 1 ->
                json(
                        "lone surrogate",
                        sample.headers(),
                        body(sample.query(), withFirstString(sample.variables(), "a\\ud800b"))
                                .replace("\\\\ud800", "\\ud800")
                                .getBytes(StandardCharsets.UTF_8));
            case 2 ->
                new Request(
                        "unknown charset",
                        "POST",
                        JSON + "; charset=" + pick("x-unknown", "klingon", "utf-32be", "iso-8859-1", "\"\""),
                        sample.headers(),
                        json);
            case 3 ->
                json(
                        "UTF-16 body",
                        sample.headers(),
                        body(sample.query(), sample.variables()).getBytes(StandardCharsets.UTF_16));
            default ->
                json("byte order mark", sample.headers(), spliceBytes(json, new byte[] {
                    (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
                }));
        };
    }

    private Request wrongMethodOrContentType(Operation sample) {
        byte[] json = body(sample.query(), sample.variables()).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(3) == 0) {
            return new Request("wrong method", pick("GET", "PUT", "DELETE", "PATCH"), JSON, sample.headers(), json);
        }
        String type = pick(
                null,
                "text/plain",
                "text/plain; charset=utf-8",
                "text/plain; charset=json",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/graphql",
                "application/xml",
                "application/jsonx",
                "json");
        byte[] body = "application/x-www-form-urlencoded".equals(type)
                ? ("query=" + java.net.URLEncoder.encode(sample.query(), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8)
                : json;
        return new Request("wrong content type", "POST", type, sample.headers(), body);
    }

    private Request deeplyNestedVariables(Operation sample) {
        int depth = 60 + random.nextInt(random.nextBoolean() ? 40 : 20_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + close.repeat(depth);
        String json = "{\"query\":" + Json.encode(sample.query()) + ",\"variables\":{\"deep\":" + nested + "}}";
        return json("variables nested " + depth + " deep", sample.headers(), json.getBytes(StandardCharsets.UTF_8));
    }

    private Request hostileVariable(Operation sample) {
        if (sample.variables().isEmpty()) {
            return brokenDocument(sample);
        }
        Map<String, Object> variables = new LinkedHashMap<>(sample.variables());
        String name = pick(new ArrayList<>(variables.keySet()));
        Object value = variables.get(name) instanceof Map<?, ?> input && !input.isEmpty() && random.nextBoolean()
                ? withHostileMember(input)
                : pick(HOSTILE_VALUES);
        variables.put(name, value);
        return json(
                "hostile $" + name,
                sample.headers(),
                body(sample.query(), variables).getBytes(StandardCharsets.UTF_8));
    }

    private Request hostileRepresentations(Operation sample) {
        List<Object> representations = new ArrayList<>();
        representations.add(Map.of("__typename", "Actor", "id", "1"));
        Object spoiled = pick(
                null,
                1,
                "Actor",
                List.of(),
                Map.of(),
                Map.of("id", "1"),
                Map.of("__typename", "Actor"),
                Map.of("__typename", "Nope", "id", "1"),
                Map.of("__typename", "Source", "id", "1"),
                Map.of("__typename", "Actor", "id", Map.of("a", 1)),
                Map.of("__typename", "Actor", "id", List.of()),
                Map.of("__typename", 7, "id", "1"),
                Map.of("__typename", "Actor", "id", "a\u0000"));
        representations.add(random.nextInt(representations.size() + 1), spoiled);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("representations", random.nextInt(5) == 0 ? spoiled : representations);
        String query = pick(
                "query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }",
                "query($representations: [_Any]) { _entities(representations: $representations) { __typename } }",
                "query($representations: _Any) { _entities(representations: [$representations]) { __typename } }",
                "{ _entities(representations: [null]) { __typename } }",
                "{ _entities(representations: [{}]) { __typename } }",
                "{ _entities(representations: [{__typename: \"Nope\", id: \"1\"}]) { __typename } }");
        return json(
                "hostile representations",
                sample.headers(),
                body(query, variables).getBytes(StandardCharsets.UTF_8));
    }

    private Request brokenDocument(Operation sample) {
        String query = sample.query();
        String broken = switch (random.nextInt(6)) {
            case 0 -> query.substring(0, random.nextInt(query.length()));
            case 1 -> insert(query, pick("{", "}", "(", "$", "\"", "...", "@", "#"));
            case 2 -> "";
            case 3 -> insert(query, "\"a\\u0000b\"");
            case 4 -> query.replaceFirst("\\{", "{ nope: undefinedField ");
            default -> "subscription { __typename }";
        };
        return json(
                "broken document",
                sample.headers(),
                body(broken, sample.variables()).getBytes(StandardCharsets.UTF_8));
    }

    private Request abusiveDocument(Operation sample) {
        String query = switch (random.nextInt(5)) {
            case 0 -> {
                int depth = 10 + random.nextInt(200);
                yield "{ __schema { types { " + "ofType { ".repeat(depth) + "name" + " }".repeat(depth) + " } } }";
            }
            case 1 -> {
                StringBuilder aliases = new StringBuilder("{ ");
                int count = 40 + random.nextInt(2_000);
                for (int i = 0; i < count; i++) {
                    aliases.append("a").append(i).append(": __typename ");
                }
                yield aliases.append('}').toString();
            }
            case 2 -> "{ " + "__typename ".repeat(20_000) + "}";
            case 3 -> fragmentBomb(10 + random.nextInt(30));
            default -> "query { " + "...F ".repeat(3) + "} fragment F on Query { ...F }";
        };
        return json("abusive document", sample.headers(), body(query, Map.of()).getBytes(StandardCharsets.UTF_8));
    }

    /** A small document whose fragments, expanded, select 2^levels fields. */
    private static String fragmentBomb(int levels) {
        StringBuilder document = new StringBuilder("query { ...F0 }");
        for (int i = 0; i < levels; i++) {
            document.append(" fragment F")
                    .append(i)
                    .append(" on Query { ...F")
                    .append(i + 1)
                    .append(" ...F")
                    .append(i + 1)
                    .append(" }");
        }
        return document.append(" fragment F")
                .append(levels)
                .append(" on Query { __typename }")
                .toString();
    }

    /** The sample with an unused variable that makes the body just over a typical limit, or far over any. */
    private Request hugeBody(Operation sample) {
        int size = pick(70_000, 1_100_000, 3_200_000);
        Map<String, Object> variables = new LinkedHashMap<>(sample.variables());
        variables.put("padding", "x".repeat(size));
        return json(
                "body of " + size + " bytes",
                sample.headers(),
                body(sample.query(), variables).getBytes(StandardCharsets.UTF_8));
    }

    private Request badToken(Operation sample) {
        Map<String, String> headers = new LinkedHashMap<>(sample.headers());
        headers.put(
                "Authorization",
                random.nextInt(4) == 0 ? pick("Bearer", "Basic dXNlcjpwYXNz") : "Bearer " + pick(refusedTokens));
        return json(
                "bad token", headers, body(sample.query(), sample.variables()).getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> withHostileMember(Map<?, ?> input) {
        Map<String, Object> copy = new LinkedHashMap<>();
        input.forEach((key, value) -> copy.put(String.valueOf(key), value));
        copy.put(pick(new ArrayList<>(copy.keySet())), pick(HOSTILE_VALUES));
        return copy;
    }

    /** The variables with their first string value (at any depth) replaced by {@code text}, or one added. */
    private static Map<String, Object> withFirstString(Map<String, Object> variables, String text) {
        Map<String, Object> copy = new LinkedHashMap<>(variables);
        for (Map.Entry<String, Object> entry : copy.entrySet()) {
            if (entry.getValue() instanceof String) {
                entry.setValue(text);
                return copy;
            }
        }
        copy.put("extra", text);
        return copy;
    }

    private static Request json(String description, Map<String, String> headers, byte[] body) {
        return new Request(description, "POST", JSON, headers, body);
    }

    private static String body(String query, Map<String, Object> variables) {
        return Json.encode(envelope(query, variables));
    }

    private static Map<String, Object> envelope(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return body;
    }

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String insert(String text, String insertion) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + insertion + text.substring(at);
    }

    private byte[] spliceBytes(byte[] bytes, byte[] insertion) {
        int at = random.nextInt(bytes.length + 1);
        byte[] out = new byte[bytes.length + insertion.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insertion, 0, out, at, insertion.length);
        System.arraycopy(bytes, at, out, at + insertion.length, bytes.length - at);
        return out;
    }

    private byte[] pickBytes() {
        return pick(
                new byte[] {(byte) 0xC3, (byte) 0x28},
                new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82});
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
