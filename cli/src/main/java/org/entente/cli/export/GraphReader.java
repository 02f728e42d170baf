package org.entente.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.entente.cli.export.Graph.Actor;
import org.entente.cli.export.Graph.Event;
import org.entente.cli.export.Graph.Membership;
import org.entente.cli.export.Graph.Participation;
import org.entente.cli.export.Graph.Position;
import org.entente.cli.export.Graph.Source;
import org.entente.cli.export.Graph.Statement;

/**
 * Reads the whole graph through the gateway's Relay connections, page by page: actors with
 * their memberships (as member, so each is read once) and positions (as holder), events with
 * their participants, statements; every fact with its sources, asked within the page's query, so
 * the number of requests grows with the number of pages, not of actors.
 */
public final class GraphReader {
    /**
     * Actors per page. The gateway prices an actor's unsized lists (memberships, positions, their
     * sources) at 10 elements each: about 1,950 per actor (100 actors were estimated at 195,305),
     * so a page of 25 stays at half its default limit of 100,000.
     */
    public static final int ACTORS_PAGE = 25;

    /** Events and statements per page: the API's largest page. */
    public static final int FACTS_PAGE = 100;

    static final String SOURCE = """
            fragment source on Source { id key title url publishedAt retrievedAt publisher { id name } }""";

    private static final String ACTORS = """
            query($first: Int!, $after: String, $asOf: PartialDate) {
              actors(first: $first, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node { id handle name kind countryCode wikidataId description aliases parent { id }
                  memberships(asOf: $asOf) { id role since until organization { id } sources { ...source } }
                  positions(asOf: $asOf) { id title since until organization { id } sources { ...source } } } }
              }
            }
            """ + SOURCE;

    private static final String EVENTS = """
            query($first: Int!, $after: String, $asOf: PartialDate) {
              events(first: $first, after: $after, to: $asOf) {
                pageInfo { hasNextPage endCursor }
                edges { node { id key type title summary date endDate location
                  participants { role actor { id } } sources { ...source } } }
              }
            }
            """ + SOURCE;

    private static final String STATEMENTS = """
            query($first: Int!, $after: String, $asOf: PartialDate) {
              statements(first: $first, after: $after, to: $asOf) {
                pageInfo { hasNextPage endCursor }
                edges { node { id key kind text date stance speakerCapacity speaker { id } about { id }
                  event { id } reportedBy { id } source { ...source } } }
              }
            }
            """ + SOURCE;

    /** Runs one GraphQL operation and returns its data; an error in the answer is an exception. */
    @FunctionalInterface
    public interface Gateway {
        JsonNode execute(String document, Map<String, Object> variables) throws IOException, InterruptedException;
    }

    private final Gateway gateway;

    public GraphReader(Gateway gateway) {
        this.gateway = gateway;
    }

    /**
     * Everything, or with {@code asOf} (a PartialDate, or null) what the API keeps for that date:
     * memberships and positions in force then, events and statements dated up to its end (the
     * API's {@code to} filter, which leaves undated ones out).
     */
    public Graph read(String asOf) throws IOException, InterruptedException {
        List<Actor> actors = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        each(ACTORS, "actors", ACTORS_PAGE, asOf, node -> {
            String id = node.path("id").asText();
            actors.add(actor(node));
            node.path("memberships")
                    .forEach(m -> memberships.add(new Membership(
                            m.path("id").asText(),
                            id,
                            m.path("organization").path("id").asText(),
                            m.path("role").asText(),
                            text(m, "since"),
                            text(m, "until"),
                            sources(m.path("sources")))));
            node.path("positions")
                    .forEach(p -> positions.add(new Position(
                            p.path("id").asText(),
                            id,
                            p.path("organization").path("id").asText(),
                            p.path("title").asText(),
                            text(p, "since"),
                            text(p, "until"),
                            sources(p.path("sources")))));
        });
        List<Event> events = new ArrayList<>();
        each(EVENTS, "events", FACTS_PAGE, asOf, node -> events.add(event(node)));
        List<Statement> statements = new ArrayList<>();
        each(STATEMENTS, "statements", FACTS_PAGE, asOf, node -> statements.add(statement(node)));
        return new Graph(actors, memberships, positions, events, statements);
    }

    private void each(String document, String field, int pageSize, String asOf, Consumer<JsonNode> node)
            throws IOException, InterruptedException {
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", pageSize);
            if (after != null) {
                variables.put("after", after);
            }
            if (asOf != null) {
                variables.put("asOf", asOf);
            }
            JsonNode page = gateway.execute(document, variables).path(field);
            page.path("edges").forEach(edge -> node.accept(edge.path("node")));
            JsonNode pageInfo = page.path("pageInfo");
            after = pageInfo.path("hasNextPage").asBoolean()
                    ? pageInfo.path("endCursor").asText()
                    : null;
        } while (after != null);
    }

    static Actor actor(JsonNode node) {
        List<String> aliases = new ArrayList<>();
        node.path("aliases").forEach(alias -> aliases.add(alias.asText()));
        return new Actor(
                node.path("id").asText(),
                node.path("handle").asText(),
                node.path("name").asText(),
                node.path("kind").asText(),
                text(node, "countryCode"),
                text(node, "wikidataId"),
                text(node, "description"),
                aliases,
                text(node.path("parent"), "id"));
    }

    static Event event(JsonNode node) {
        List<Participation> participants = new ArrayList<>();
        node.path("participants")
                .forEach(p -> participants.add(new Participation(
                        p.path("actor").path("id").asText(), p.path("role").asText())));
        return new Event(
                node.path("id").asText(),
                text(node, "key"),
                node.path("type").asText(),
                node.path("title").asText(),
                text(node, "summary"),
                text(node, "date"),
                text(node, "endDate"),
                text(node, "location"),
                participants,
                sources(node.path("sources")));
    }

    static Statement statement(JsonNode node) {
        List<String> about = new ArrayList<>();
        node.path("about").forEach(a -> about.add(a.path("id").asText()));
        return new Statement(
                node.path("id").asText(),
                text(node, "key"),
                node.path("kind").asText(),
                node.path("text").asText(),
                text(node, "date"),
                text(node, "stance"),
                text(node.path("speaker"), "id"),
                text(node, "speakerCapacity"),
                about,
                text(node.path("event"), "id"),
                text(node.path("reportedBy"), "id"),
                source(node.path("source")));
    }

    static List<Source> sources(JsonNode list) {
        List<Source> sources = new ArrayList<>();
        list.forEach(s -> sources.add(source(s)));
        return sources;
    }

    private static Source source(JsonNode node) {
        return new Source(
                node.path("id").asText(),
                text(node, "key"),
                node.path("title").asText(),
                text(node, "url"),
                text(node, "publishedAt"),
                text(node, "retrievedAt"),
                text(node.path("publisher"), "id"),
                text(node.path("publisher"), "name"));
    }

    /** A field's text, or null when it is null or absent. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
