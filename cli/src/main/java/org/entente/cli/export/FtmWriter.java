package org.entente.cli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.entente.cli.export.Graph.Actor;
import org.entente.cli.export.Graph.Event;
import org.entente.cli.export.Graph.Membership;
import org.entente.cli.export.Graph.Participation;
import org.entente.cli.export.Graph.Position;
import org.entente.cli.export.Graph.Source;

/**
 * Writes a graph as FollowTheMoney entities, one JSON object a line
 * ({@code {"id", "schema", "properties": {name: [values]}}}), with the property names of FtM's
 * schemata: actors as Person, PublicBody or Organization; memberships as Membership; positions as
 * Occupancy of a Position (the post: a title in an organization, shared by its holders); events
 * as Event (its key as {@code recordId}). An actor's kind is its {@code classification}, so that
 * `./entente load` can read a state back as a state. FtM has no schema for a statement, so statements are left out (CSV and GraphML carry
 * them). A fact's sources are its {@code sourceUrl}, {@code publisher} and {@code retrievedAt},
 * and their titles in its {@code description}, since FtM has no property for a cited title.
 */
public final class FtmWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Entities written, by schema. */
    public record Written(Map<String, Integer> bySchema) {}

    private final Map<String, Integer> counts = new TreeMap<>();
    private final OutputStream out;

    private FtmWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes every entity, a line each; the stream stays open. */
    public static Written write(Graph graph, OutputStream out) throws IOException {
        FtmWriter writer = new FtmWriter(out);
        writer.writeAll(graph);
        out.flush();
        return new Written(new TreeMap<>(writer.counts));
    }

    /** The FtM schema of an actor kind. A state has no schema of its own: it is the public body of a country. */
    public static String schema(String kind) {
        return switch (kind) {
            case "PERSON" -> "Person";
            case "STATE", "GOVERNMENT_BODY", "LEGISLATURE" -> "PublicBody";
            default -> "Organization";
        };
    }

    private void writeAll(Graph graph) throws IOException {
        for (Actor actor : graph.actors()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "name", actor.name());
            p.put("alias", actor.aliases());
            put(p, "country", Countries.alpha2(actor.countryCode()));
            put(p, "description", actor.description());
            put(p, "wikidataId", actor.wikidataId());
            // FtM's schemata do not tell a state from a government body: `./entente load` reads the kind back here
            put(p, "classification", actor.kind());
            entity(actorId(actor.id()), schema(actor.kind()), p);
        }
        for (Membership m : graph.memberships()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "member", actorId(m.memberId()));
            put(p, "organization", actorId(m.organizationId()));
            put(p, "role", m.role());
            put(p, "startDate", m.since());
            put(p, "endDate", m.until());
            cites(p, m.sources());
            entity("entente-membership-" + m.id(), "Membership", p);
        }
        Set<String> posts = new LinkedHashSet<>();
        for (Position position : graph.positions()) {
            String post = postId(position);
            if (posts.add(post)) {
                Map<String, List<String>> p = new LinkedHashMap<>();
                put(p, "name", position.title());
                put(p, "organization", actorId(position.organizationId()));
                entity(post, "Position", p);
            }
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "holder", actorId(position.holderId()));
            put(p, "post", post);
            put(p, "startDate", position.since());
            put(p, "endDate", position.until());
            cites(p, position.sources());
            entity("entente-occupancy-" + position.id(), "Occupancy", p);
        }
        for (Event event : graph.events()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            put(p, "name", event.title());
            put(p, "summary", event.summary());
            put(p, "date", event.date());
            put(p, "endDate", event.endDate());
            put(p, "location", event.location());
            // the event's key, by which `./entente load` finds the event again instead of recording it twice
            put(p, "recordId", event.key());
            for (Participation participant : event.participants()) {
                add(p, "involved", actorId(participant.actorId()));
                // hosts and initiators organized it; targets and participants only took part
                if (participant.role().equals("HOST") || participant.role().equals("INITIATOR")) {
                    add(p, "organizer", actorId(participant.actorId()));
                }
            }
            cites(p, event.sources());
            entity("entente-event-" + event.id(), "Event", p);
        }
    }

    private void entity(String id, String schema, Map<String, List<String>> properties) throws IOException {
        ObjectNode entity = JSON.createObjectNode();
        entity.put("id", id);
        entity.put("schema", schema);
        ObjectNode props = entity.putObject("properties");
        properties.forEach((name, values) -> {
            if (!values.isEmpty()) {
                ArrayNode array = props.putArray(name);
                values.forEach(array::add);
            }
        });
        out.write(JSON.writeValueAsBytes(entity));
        out.write('\n');
        counts.merge(schema, 1, Integer::sum);
    }

    private static void cites(Map<String, List<String>> p, List<Source> sources) {
        for (Source source : sources) {
            add(p, "sourceUrl", source.url());
            add(p, "publisher", source.publisherName());
            add(p, "retrievedAt", source.retrievedAt());
        }
        List<String> titles =
                sources.stream().map(GraphmlWriter::describe).distinct().toList();
        if (!titles.isEmpty()) {
            put(p, "description", "Sources: " + String.join("; ", titles));
        }
    }

    private static void put(Map<String, List<String>> p, String name, String value) {
        p.put(name, value == null ? List.of() : List.of(value));
    }

    /** Adds a value once: FtM properties are sets. */
    private static void add(Map<String, List<String>> p, String name, String value) {
        if (value == null) {
            return;
        }
        List<String> values = new ArrayList<>(p.getOrDefault(name, List.of()));
        if (!values.contains(value)) {
            values.add(value);
        }
        p.put(name, values);
    }

    private static String actorId(String id) {
        return "entente-actor-" + id;
    }

    /** One post per organization and title, whoever holds it. */
    private static String postId(Position position) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNull(position.title()).getBytes(StandardCharsets.UTF_8));
            return "entente-position-" + position.organizationId() + "-"
                    + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
