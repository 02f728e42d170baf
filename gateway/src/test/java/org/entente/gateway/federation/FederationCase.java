package org.entente.gateway.federation;

import io.vertx.core.json.Json;
import java.nio.file.Path;
import java.util.Map;

/**
 * A federated query case: {@code cases/<name>.graphql} starts with a {@code #} line saying what it
 * shows, may give its variables on a {@code # variables: {...}} line, and holds one operation.
 * Its golden files sit next to it: {@code <name>.plan} and {@code <name>.json}. A case the gateway
 * still gets wrong says so on a {@code # known failure: <bullet>: <why>} line: it is skipped with
 * that reason, and its {@code .json} holds the correct answer, written by hand (no plan yet).
 */
record FederationCase(
        FederationFixture fixture,
        String name,
        String description,
        String query,
        Map<String, Object> variables,
        String knownFailure) {

    @SuppressWarnings("unchecked")
    static FederationCase read(FederationFixture fixture, String name, Path file) {
        String text = FederationFixture.read(file);
        String description = "";
        Map<String, Object> variables = Map.of();
        String knownFailure = null;
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            String comment = line.substring(1).trim();
            if (comment.startsWith("variables:")) {
                variables = Json.decodeValue(comment.substring("variables:".length()), Map.class);
            } else if (comment.startsWith("known failure:")) {
                knownFailure = comment.substring("known failure:".length()).trim();
            } else if (description.isEmpty()) {
                description = comment;
            }
        }
        if (description.isEmpty()) {
            throw new IllegalStateException(file + " must start with a # line saying what the case shows");
        }
        return new FederationCase(fixture, name, description, text, variables, knownFailure);
    }

    Path planFile() {
        return fixture.dir().resolve("cases").resolve(name + ".plan");
    }

    Path answerFile() {
        return fixture.dir().resolve("cases").resolve(name + ".json");
    }
}
