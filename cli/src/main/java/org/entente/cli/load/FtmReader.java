package org.entente.cli.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads FollowTheMoney JSON lines ({@code {"id": …, "schema": …, "properties": {name: [values]}}}
 * a line) into entities, line by line: a line that is not such an object is a problem of that
 * line, and the others are read. Lines with the same id are fragments of one entity, as FtM's
 * tools write them, and are merged (their values united) when their schemata agree; other keys of
 * a line (FtM's {@code caption}, {@code datasets}, {@code referents} …) are not Entente's and are
 * ignored.
 */
public final class FtmReader {
    /** A line is one object: text after it ("{…} x") makes the line malformed rather than being ignored. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public record Result(List<FtmEntity> entities, List<DatasetProblem> problems) {}

    private FtmReader() {}

    public static Result read(String text) {
        Map<String, FtmEntity> byId = new LinkedHashMap<>();
        List<DatasetProblem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String content = lines[i].strip();
            if (content.isEmpty()) {
                continue;
            }
            String problem = entity(line, content, byId);
            if (problem != null) {
                problems.add(new DatasetProblem(line, problem));
            }
        }
        return new Result(List.copyOf(byId.values()), problems);
    }

    /** Adds the line's entity (or merges its fragment); returns what is wrong with the line instead, if anything. */
    private static String entity(int line, String content, Map<String, FtmEntity> byId) {
        JsonNode node;
        try {
            node = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            return "not a JSON object: " + e.getOriginalMessage();
        }
        if (!node.isObject()) {
            return "not a FollowTheMoney entity: a line must be a JSON object";
        }
        String id = text(node.get("id"));
        String schema = text(node.get("schema"));
        if (id == null || id.isBlank()) {
            return "the entity has no 'id'";
        }
        if (schema == null || schema.isBlank()) {
            return "entity '" + id + "' has no 'schema'";
        }
        JsonNode props = node.path("properties");
        if (!props.isMissingNode() && !props.isNull() && !props.isObject()) {
            return "entity '" + id + "': 'properties' must be an object of lists of strings";
        }
        Map<String, List<String>> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : props.properties()) {
            JsonNode values = property.getValue();
            if (!values.isArray()) {
                return "entity '" + id + "': property '" + property.getKey() + "' must be a list of strings";
            }
            Set<String> texts = new LinkedHashSet<>();
            for (JsonNode value : values) {
                if (!value.isTextual()) {
                    return "entity '" + id + "': property '" + property.getKey() + "' must be a list of strings";
                }
                if (!value.asText().isBlank()) {
                    texts.add(value.asText().strip());
                }
            }
            if (!texts.isEmpty()) {
                properties.put(property.getKey(), List.copyOf(texts));
            }
        }
        FtmEntity earlier = byId.get(id);
        if (earlier == null) {
            byId.put(id, new FtmEntity(line, id, schema, properties));
            return null;
        }
        if (!earlier.schema().equals(schema)) {
            return "entity '" + id + "' is a " + earlier.schema() + " at line " + earlier.line() + " and a " + schema
                    + " here: one id, one schema";
        }
        byId.put(id, new FtmEntity(earlier.line(), id, schema, merged(earlier.properties(), properties)));
        return null;
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> a, Map<String, List<String>> b) {
        Map<String, List<String>> out = new LinkedHashMap<>(a);
        b.forEach((name, values) -> {
            Set<String> all = new LinkedHashSet<>(out.getOrDefault(name, List.of()));
            all.addAll(values);
            out.put(name, List.copyOf(all));
        });
        return out;
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText().strip() : null;
    }
}
