package org.entente.events.service;

import org.entente.subgraph.errors.ClientException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.*;
import org.entente.events.config.EventsServiceConfig;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.*;

/**
 * Verifies that actor ids exist by asking actors-service, in one {@code _entities} request,
 * for the {@code Actor} representations: a null entry is an unknown actor. Anything but a
 * clear answer (refused connection, timeout, 5xx, GraphQL errors) fails the write with
 * SUBGRAPH_UNAVAILABLE, so no dangling reference is ever written.
 */
@ApplicationScoped
public class ActorReferences {
    private static final String QUERY =
            "query ActorsExist($representations: [_Any!]!) { _entities(representations: $representations) { ... on Actor { id } } }";

    private final EventsServiceConfig config;
    private final HttpClient client;

    @Inject
    public ActorReferences(EventsServiceConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.actorsTimeout()).build();
    }

    /** Throws BAD_USER_INPUT naming every unknown id, or SUBGRAPH_UNAVAILABLE. No request when there are no ids. */
    public void requireExisting(Collection<Long> actorIds) {
        List<Long> ids = actorIds.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        JsonArray entities = fetchEntities(ids);
        if (entities.size() != ids.size()) {
            throw unavailable("answered " + entities.size() + " entities for " + ids.size() + " ids", null);
        }
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (entities.isNull(i)) {
                unknown.add(ids.get(i));
            }
        }
        if (!unknown.isEmpty()) {
            throw ClientException.badInput("unknown actor id" + (unknown.size() > 1 ? "s " : " ") + unknown);
        }
    }

    private JsonArray fetchEntities(List<Long> ids) {
        JsonArrayBuilder representations = Json.createArrayBuilder();
        ids.forEach(id -> representations.add(Json.createObjectBuilder().add("__typename", "Actor").add("id", id.toString())));
        String body = Json.createObjectBuilder().add("query", QUERY)
                .add("variables", Json.createObjectBuilder().add("representations", representations)).build().toString();
        HttpRequest request = HttpRequest.newBuilder(config.actorsUrl())
                .timeout(config.actorsTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw unavailable(e.toString(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw unavailable("HTTP " + response.statusCode(), null);
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            JsonObject answer = reader.readObject();
            JsonObject data = answer.isNull("data") ? null : answer.getJsonObject("data");
            if (answer.containsKey("errors") || data == null) {
                throw unavailable("GraphQL errors: " + answer.get("errors"), null);
            }
            return data.getJsonArray("_entities");
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw unavailable("unreadable answer", e);
        }
    }

    private ClientException unavailable(String reason, Throwable cause) {
        return ClientException.subgraphUnavailable("actors-service could not check actor references (" + reason
                + "); nothing was written", cause);
    }
}
