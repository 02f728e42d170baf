package org.entente.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether a gateway's response is an answer, and whether two answers carry the same data. A
 * response with errors is a failure, except the relationship queries' limit notices: data plus
 * errors that all carry {@code extensions.limit} (factsPerActor, maxActors, maxPaths) is the
 * partial answer those queries promise.
 */
final class AnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 120;

    private AnswerCheck() {}

    static void requireAnswer(String body) throws IOException {
        // Most answers have no errors: a substring check keeps JSON parsing out of the measured client cost.
        if (!body.contains("\"errors\"")) {
            return;
        }
        JsonNode response = JSON.readTree(body);
        JsonNode errors = response.path("errors");
        boolean onlyLimits = response.hasNonNull("data") && errors.isArray() && !errors.isEmpty();
        for (JsonNode error : errors) {
            onlyLimits &= error.path("extensions").hasNonNull("limit");
        }
        if (!onlyLimits) {
            throw new IOException(body.substring(0, Math.min(300, body.length())));
        }
    }

    /** The {@code data} of an answer; throws as {@link #requireAnswer} does for anything else. */
    static JsonNode data(String body) throws IOException {
        requireAnswer(body);
        JsonNode data = JSON.readTree(body).path("data");
        if (!data.isObject()) {
            throw new IOException("no data: " + body.substring(0, Math.min(300, body.length())));
        }
        return data;
    }

    /**
     * Where {@code actual} first differs from {@code expected} (a path such as
     * {@code event.participants[2].actor.name} and both values), or empty when they are the same.
     * Object members compare regardless of order, as GraphQL's response order is not part of the
     * data; numbers by value, since engines may print 1.0 for 1.
     */
    static Optional<String> firstDifference(JsonNode expected, JsonNode actual) {
        return firstDifference("", expected, actual);
    }

    private static Optional<String> firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0
                    ? Optional.empty()
                    : differs(path, expected, actual);
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                Optional<String> difference = firstDifference(
                        path.isEmpty() ? name : path + "." + name, expected.path(name), actual.path(name));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return Optional.of(
                        at(path) + expected.size() + " elements, not " + actual.size() + " (" + shown(actual) + ")");
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<String> difference = firstDifference(path + "[" + i + "]", expected.get(i), actual.get(i));
                if (difference.isPresent()) {
                    return difference;
                }
            }
            return Optional.empty();
        }
        return expected.equals(actual) ? Optional.empty() : differs(path, expected, actual);
    }

    private static Optional<String> differs(String path, JsonNode expected, JsonNode actual) {
        return Optional.of(at(path) + shown(expected) + ", not " + shown(actual));
    }

    private static String at(String path) {
        return (path.isEmpty() ? "data" : path) + ": expected ";
    }

    private static String shown(JsonNode value) {
        if (value.isMissingNode()) {
            return "(absent)";
        }
        String text = value.toString();
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
