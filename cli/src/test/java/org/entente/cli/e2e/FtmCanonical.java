package org.entente.cli.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An FtM export as the graph it describes, without its ids (which are each installation's own):
 * every entity as one line, {@code Schema {property=[values sorted]}}, with a reference to another
 * entity replaced by that entity's name ({@code Person:Nikolai Bordyuzha}; a Position's by its name
 * and organization's), the lines sorted. Two exports describe the same graph exactly when their
 * canonical forms are equal: same actors by schema, name and every property, same facts with their
 * dates, roles, participants and sources.
 */
final class FtmCanonical {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> REFERENCES =
            Set.of("member", "organization", "holder", "post", "involved", "organizer");

    private FtmCanonical() {}

    static List<String> of(String jsonLines) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                JsonNode entity = JSON.readTree(line);
                byId.put(entity.path("id").asText(), entity);
            }
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode entity : byId.values()) {
            Map<String, Set<String>> properties = new TreeMap<>();
            entity.path("properties").properties().forEach(p -> {
                Set<String> values = new TreeSet<>();
                p.getValue()
                        .forEach(
                                v -> values.add(REFERENCES.contains(p.getKey()) ? name(byId, v.asText()) : v.asText()));
                properties.put(p.getKey(), values);
            });
            lines.add(entity.path("schema").asText() + " " + properties);
        }
        lines.sort(null);
        return lines;
    }

    /** What a reference names: the entity's schema and name, a Position's with its organization's. */
    private static String name(Map<String, JsonNode> byId, String id) {
        JsonNode entity = byId.get(id);
        if (entity == null) {
            return "missing:" + id;
        }
        String name = entity.path("schema").asText() + ":"
                + entity.path("properties").path("name").path(0).asText();
        JsonNode organization = entity.path("properties").path("organization").path(0);
        return entity.path("schema").asText().equals("Position") && organization.isTextual()
                ? name + " of " + name(byId, organization.asText())
                : name;
    }
}
