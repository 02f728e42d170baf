package org.entente.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.cli.export.Graph.Actor;
import org.entente.cli.export.Graph.Event;
import org.entente.cli.export.Graph.Membership;
import org.entente.cli.export.Graph.Participation;
import org.entente.cli.export.Graph.Position;
import org.entente.cli.export.Graph.Statement;

/**
 * Reads an actor's neighbourhood with the API's {@code network} query, in one request: the
 * actors at most {@code hops} links away, and every link among them turned back into the facts
 * it comes from. So an event is there when two of these actors took part in it (with the
 * participations of these actors), a statement when its speaker and one of its subjects are
 * among them; {@code network}'s limits apply (1…3 hops, at most 200 actors expanded).
 */
public final class NeighbourhoodReader {
    private static final String ACTOR_ID = "query($handle: String!) { actor(handle: $handle) { id } }";

    private static final String NETWORK = """
            query($actor: ID!, $depth: Int!, $asOf: PartialDate) {
              network(actor: $actor, depth: $depth, asOf: $asOf) {
                nodes { actor { id handle name kind countryCode wikidataId description aliases parent { id } } }
                edges { id kind from { id } to { id } fromRole toRole since until sources { ...source }
                  event { id key type title summary date endDate location sources { ...source } }
                  statement { id key kind text date stance speakerCapacity speaker { id } about { id }
                    event { id } reportedBy { id } source { ...source } } }
              }
            }
            """ + GraphReader.SOURCE;

    private final GraphReader.Gateway gateway;

    public NeighbourhoodReader(GraphReader.Gateway gateway) {
        this.gateway = gateway;
    }

    /** The neighbourhood of the actor with this handle; {@code asOf} as the API's network takes it. */
    public Graph read(String handle, int hops, String asOf) throws IOException, InterruptedException {
        JsonNode actor = gateway.execute(ACTOR_ID, Map.of("handle", handle)).path("actor");
        if (actor.isMissingNode() || actor.isNull()) {
            throw new NoSuchActorException(handle);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("actor", actor.path("id").asText());
        variables.put("depth", hops);
        if (asOf != null) {
            variables.put("asOf", asOf);
        }
        JsonNode network = gateway.execute(NETWORK, variables).path("network");

        List<Actor> actors = new ArrayList<>();
        network.path("nodes").forEach(node -> actors.add(GraphReader.actor(node.path("actor"))));
        List<Membership> memberships = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        Map<String, JsonNode> events = new LinkedHashMap<>();
        Map<String, Set<Participation>> participants = new HashMap<>();
        Map<String, Statement> statements = new LinkedHashMap<>();
        for (JsonNode link : network.path("edges")) {
            String from = link.path("from").path("id").asText();
            String to = link.path("to").path("id").asText();
            switch (link.path("kind").asText()) {
                case "MEMBERSHIP" ->
                    memberships.add(new Membership(
                            factId(link),
                            from,
                            to,
                            link.path("fromRole").asText(),
                            GraphReader.text(link, "since"),
                            GraphReader.text(link, "until"),
                            GraphReader.sources(link.path("sources"))));
                case "POSITION" ->
                    positions.add(new Position(
                            factId(link),
                            from,
                            to,
                            link.path("fromRole").asText(),
                            GraphReader.text(link, "since"),
                            GraphReader.text(link, "until"),
                            GraphReader.sources(link.path("sources"))));
                case "EVENT" -> {
                    JsonNode event = link.path("event");
                    events.putIfAbsent(event.path("id").asText(), event);
                    Set<Participation> roles =
                            participants.computeIfAbsent(event.path("id").asText(), id -> new LinkedHashSet<>());
                    roles.add(new Participation(from, link.path("fromRole").asText()));
                    roles.add(new Participation(to, link.path("toRole").asText()));
                }
                case "STATEMENT" -> {
                    JsonNode statement = link.path("statement");
                    statements.computeIfAbsent(statement.path("id").asText(), id -> GraphReader.statement(statement));
                }
                default -> {
                    // PARENT: the parent is an attribute of the actor, read with it
                }
            }
        }
        List<Event> eventList = new ArrayList<>();
        events.forEach((id, node) ->
                eventList.add(GraphReader.event(node).withParticipants(List.copyOf(participants.get(id)))));
        return new Graph(actors, memberships, positions, eventList, List.copyOf(statements.values()));
    }

    /** The fact's id in a link id such as {@code MEMBERSHIP:12} (the API documents this form). */
    private static String factId(JsonNode link) {
        return link.path("id").asText().split(":")[1];
    }

    /** No actor has the handle asked for. */
    public static final class NoSuchActorException extends IOException {
        NoSuchActorException(String handle) {
            super("no actor has the handle '" + handle + "'");
        }
    }
}
