package org.entente.cli.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Sends GraphQL operations to the gateway over HTTP, like any client would. */
public final class GraphQlClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String token;

    public GraphQlClient(String endpoint, String token) {
        this.endpoint = URI.create(endpoint);
        this.token = token;
    }

    /** Runs an operation and returns its {@code data}; any GraphQL error becomes an exception. */
    public JsonNode execute(String document, Map<String, Object> variables) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("query", document);
        body.set("variables", JSON.valueToTree(variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode result;
        try {
            result = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("the gateway answered HTTP " + response.statusCode() + " without a GraphQL response");
        }
        JsonNode errors = result.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            throw new GraphQlException(errors);
        }
        return result.path("data");
    }

    /** The errors of a GraphQL response, with their codes. */
    public static final class GraphQlException extends IOException {
        private final JsonNode errors;

        GraphQlException(JsonNode errors) {
            super(describe(errors));
            this.errors = errors;
        }

        public String firstCode() {
            return errors.path(0).path("extensions").path("code").asText("");
        }

        private static String describe(JsonNode errors) {
            StringBuilder out = new StringBuilder();
            for (JsonNode e : errors) {
                if (!out.isEmpty()) {
                    out.append("; ");
                }
                String code = e.path("extensions").path("code").asText("");
                out.append(code.isEmpty() ? "" : code + ": ")
                        .append(e.path("message").asText());
            }
            return out.toString();
        }
    }
}
