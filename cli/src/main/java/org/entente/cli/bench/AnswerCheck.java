package org.entente.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Whether a gateway's response is an answer. A response with errors is a failure, except the
 * relationship queries' limit notices: data plus errors that all carry {@code extensions.limit}
 * (factsPerActor, maxActors, maxPaths) is the partial answer those queries promise.
 */
final class AnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

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
}
