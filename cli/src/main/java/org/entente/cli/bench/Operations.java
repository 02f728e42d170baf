package org.entente.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/** The fixed set of benchmarked operations, each with its gateway request and its direct subgraph calls. */
public final class Operations {
    private static final String ACTOR_PROFILE = """
            query Profile($id: ID!) { actor(id: $id) { id name kind countryCode
              memberships { role since until organization { id name } }
              statementsAbout(first: 5, order: NEWEST_FIRST) { totalCount edges { node { id text date kind
                speaker { id name positions { title since until organization { name } } } } } } } }""";
    private static final String EVENT_PAGE = """
            query EventPage($id: ID!) { event(id: $id) { id title summary date endDate location type
              participants { role actor { id name kind } } sources { title url publishedAt }
              statements { id text speaker { id name } } } }""";
    private static final String SEARCH = """
            query Search($name: String!, $topic: String!) {
              actors(search: $name, first: 10) { totalCount edges { node { id name kind countryCode } } }
              events(search: $topic, first: 10) { edges { node { id title date } } } }""";
    private static final String CONNECTIONS = """
            query Connections($from: ID!, $to: ID!) { connections(from: $from, to: $to, maxHops: 2) {
              length actors { id name } hops { links { kind label since until } } } }""";
    private static final String NETWORK = """
            query Network($actor: ID!) { network(actor: $actor, depth: 1) {
              nodes { depth actor { id name } } edges { kind label from { id } to { id } } } }""";
    private static final String STATEMENTS_PAGE = """
            query Statements($speaker: ID!) { statements(speaker: $speaker, first: 20) { totalCount
              pageInfo { hasNextPage endCursor } edges { cursor node { id text date stance
                about { id name } source { title url } } } } }""";

    private Operations() {}

    /**
     * An id variable as a JSON string. GraphQL's {@code ID} accepts an integer as input too, but not
     * every engine does (Grafbase refuses one), and every engine must get the same request.
     */
    static String id(long id) {
        return Long.toString(id);
    }

    /** Two different actors, each drawn by popularity (the API refuses from = to). */
    private static GraphQlCall connections(Sampler sample, SplittableRandom random) {
        long from = sample.actor(random);
        long to = sample.actor(random);
        while (to == from) {
            to = sample.actor(random);
        }
        return new GraphQlCall(CONNECTIONS, Map.of("from", id(from), "to", id(to)));
    }

    public static List<Operation> all(Sampler sample) {
        return List.of(
                new Fixed(
                        "actor-profile",
                        r -> new GraphQlCall(ACTOR_PROFILE, Map.of("id", id(sample.actor(r)))),
                        (r, s) -> {
                            String actorId = id(sample.actor(r));
                            CompletableFuture<JsonNode> actor = s.postAsync(
                                    s.actors,
                                    new GraphQlCall(
                                            "query($id: ID!) { actor(id: $id) { id name kind countryCode memberships { role since until organization { id name } } } }",
                                            Map.of("id", actorId)));
                            JsonNode statements = s.post(
                                    s.events,
                                    new GraphQlCall(
                                            "query($id: ID!) { statements(about: $id, first: 5, order: NEWEST_FIRST) { totalCount edges { node { id text date kind speaker { id } } } } }",
                                            Map.of("id", actorId)));
                            entities(
                                    s,
                                    ids(statements.path("statements").path("edges"), "speaker"),
                                    "name positions { title since until organization { name } }");
                            actor.join();
                        }),
                new Fixed("event-page", r -> new GraphQlCall(EVENT_PAGE, Map.of("id", id(sample.event(r)))), (r, s) -> {
                    JsonNode event = s.post(
                            s.events,
                            new GraphQlCall(
                                    "query($id: ID!) { event(id: $id) { id title summary date endDate location type participants { role actor { id } } "
                                            + "sources { title url publishedAt } statements { id text speaker { id } } } }",
                                    Map.of("id", id(sample.event(r)))));
                    Set<String> actorIds =
                            new LinkedHashSet<>(ids(event.path("event").path("participants"), "actor"));
                    actorIds.addAll(ids(event.path("event").path("statements"), "speaker"));
                    entities(s, new ArrayList<>(actorIds), "name kind");
                }),
                new Fixed(
                        "search",
                        r -> new GraphQlCall(SEARCH, Map.of("name", sample.actorSearch(r), "topic", sample.topic(r))),
                        (r, s) -> {
                            CompletableFuture<JsonNode> actors = s.postAsync(
                                    s.actors,
                                    new GraphQlCall(
                                            "query($name: String!) { actors(search: $name, first: 10) { totalCount edges { node { id name kind countryCode } } } }",
                                            Map.of("name", sample.actorSearch(r))));
                            s.post(
                                    s.events,
                                    new GraphQlCall(
                                            "query($topic: String!) { events(search: $topic, first: 10) { edges { node { id title date } } } }",
                                            Map.of("topic", sample.topic(r))));
                            actors.join();
                        }),
                new Fixed("connections", r -> connections(sample, r), null),
                new Fixed("network", r -> new GraphQlCall(NETWORK, Map.of("actor", id(sample.actor(r)))), null),
                new Fixed(
                        "statements-page",
                        r -> new GraphQlCall(STATEMENTS_PAGE, Map.of("speaker", id(sample.person(r)))),
                        (r, s) -> {
                            JsonNode page = s.post(
                                    s.events,
                                    new GraphQlCall(
                                            "query($speaker: ID!) { statements(speaker: $speaker, first: 20) { totalCount pageInfo { hasNextPage endCursor } "
                                                    + "edges { cursor node { id text date stance about { id } source { title url } } } } }",
                                            Map.of("speaker", id(sample.person(r)))));
                            Set<String> about = new LinkedHashSet<>();
                            for (JsonNode edge : page.path("statements").path("edges")) {
                                for (JsonNode a : edge.path("node").path("about")) {
                                    about.add(a.path("id").asText());
                                }
                            }
                            entities(s, new ArrayList<>(about), "name");
                        }));
    }

    /** The ids of {@code field} (an object with an id) in each element of {@code list} (or of its nodes), deduplicated. */
    private static List<String> ids(JsonNode list, String field) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode element : list) {
            JsonNode holder = element.has("node") ? element.get("node") : element;
            JsonNode ref = holder.path(field);
            if (ref.hasNonNull("id")) {
                ids.add(ref.get("id").asText());
            }
        }
        return new ArrayList<>(ids);
    }

    /** One batched _entities call to actors-service, as a gateway's planner sends it. */
    private static void entities(Subgraphs s, List<String> actorIds, String selection) throws Exception {
        if (actorIds.isEmpty()) {
            return;
        }
        List<Map<String, Object>> representations = actorIds.stream()
                .map(id -> Map.<String, Object>of("__typename", "Actor", "id", id))
                .toList();
        s.post(
                s.actors,
                new GraphQlCall(
                        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { id " + selection
                                + " } } }",
                        Map.of("r", representations)));
    }

    private record Fixed(String name, Request gateway, Direct directCalls) implements Operation {
        @Override
        public GraphQlCall viaGateway(SplittableRandom random) {
            return gateway.build(random);
        }

        @Override
        public DirectPlan direct() {
            return directCalls == null ? null : directCalls::run;
        }
    }

    private interface Request {
        GraphQlCall build(SplittableRandom random);
    }

    private interface Direct {
        void run(SplittableRandom random, Subgraphs subgraphs) throws Exception;
    }
}
