package org.entente.subgraph.testing;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every answer to any request must be (docs/CONVENTIONS.md, Errors): not a server error
 * (5xx), a JSON body, every error with an {@code extensions.code} of the documented ones, and no
 * message naming a Java class, a SmallRye message id, a GraphQL AST node, a stack frame, a host or
 * a port.
 */
public final class CleanResponses {

    public static final Set<String> CODES = Set.of(
            "BAD_USER_INPUT",
            "NOT_FOUND",
            "UNAUTHENTICATED",
            "FORBIDDEN",
            "CONFLICT",
            "SUBGRAPH_UNAVAILABLE",
            "INTERNAL");

    /** Each pattern starts at a word boundary and does not backtrack into a word: messages may echo long values. */
    private static final Pattern LEAK = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*+\\.)++[A-Z]"
            + "|\\b\\w+(?:Exception|Error)\\b"
            + "|\\b[A-Z]\\w*(?:Value|Reference|Field)\\{|\\b(?:String|Int|Float|Boolean|Enum|Null|Array|Object)Value\\b"
            + "|SRGQL"
            + "|\\bat [\\w$.]+\\("
            + "|[A-Za-z_-]:\\d{2,5}\\b|\\b\\d{1,3}(?:\\.\\d{1,3}){3}:\\d{2,5}\\b");

    private CleanResponses() {}

    /** What is wrong with an answer; empty when nothing is. INTERNAL counts as wrong: a client caused it. */
    public static List<String> problems(RawHttp.Response response) {
        List<String> problems = new ArrayList<>();
        if (response.status() >= 500) {
            problems.add("HTTP " + response.status());
        }
        JsonObject body;
        try {
            body = new JsonObject(response.body());
        } catch (DecodeException | ClassCastException e) {
            problems.add("the body is not a JSON object: " + abbreviated(response.body()));
            return problems;
        }
        JsonArray errors = body.getJsonArray("errors");
        if (errors == null) {
            if (!body.containsKey("data")) {
                problems.add("neither data nor errors");
            }
            return problems;
        }
        for (Object element : errors) {
            JsonObject error = (JsonObject) element;
            String message = error.getString("message", "");
            JsonObject extensions = error.getJsonObject("extensions");
            String code = extensions == null ? null : extensions.getString("code");
            if (code == null || !CODES.contains(code)) {
                problems.add("no documented code (" + code + "): " + abbreviated(message));
            } else if (code.equals("INTERNAL")) {
                problems.add("INTERNAL for a client's request: " + abbreviated(message));
            }
            if (LEAK.matcher(message).find()) {
                problems.add("the message names internals: " + abbreviated(message));
            }
        }
        return problems;
    }

    /** The {@code extensions.code} of each error of an answer (null for an error without one); empty for none. */
    public static List<String> codes(RawHttp.Response response) {
        List<String> codes = new ArrayList<>();
        try {
            JsonArray errors = new JsonObject(response.body()).getJsonArray("errors");
            for (Object error : errors == null ? new JsonArray() : errors) {
                JsonObject extensions = ((JsonObject) error).getJsonObject("extensions");
                codes.add(extensions == null ? null : extensions.getString("code"));
            }
        } catch (DecodeException | ClassCastException notJson) {
            codes.add(null);
        }
        return codes;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
