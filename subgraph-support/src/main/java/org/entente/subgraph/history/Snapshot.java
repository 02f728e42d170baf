package org.entente.subgraph.history;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values of a record's fields as a client sees them (ids as numbers, dates as their text,
 * enums by name), kept as a JSON object before and after each change. Two snapshots are equal
 * when every field is: a write that leaves them equal changed nothing and is not recorded.
 */
public record Snapshot(JsonObject json) {

    public static Builder builder() {
        return new Builder();
    }

    /** The snapshot stored as this JSON text. */
    public static Snapshot parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return new Snapshot(reader.readObject());
        }
    }

    /** The fields whose values differ between this snapshot and {@code other} (all of this one's when other is null). */
    public Set<String> changedFields(Snapshot other) {
        Set<String> changed = new TreeSet<>();
        for (String field : json.keySet()) {
            if (other == null || !json.get(field).equals(other.json.get(field))) {
                changed.add(field);
            }
        }
        return changed;
    }

    /** This snapshot with the values of {@code fields} taken from {@code source}. */
    public Snapshot withValuesOf(Snapshot source, Set<String> fields) {
        JsonObjectBuilder merged = Json.createObjectBuilder(json);
        fields.forEach(field -> merged.add(field, source.json.get(field)));
        return new Snapshot(merged.build());
    }

    /** This snapshot with one more field (or that field replaced); a null value is written as JSON null. */
    public Snapshot with(String field, Long value) {
        JsonObjectBuilder more = Json.createObjectBuilder(json);
        if (value == null) {
            more.addNull(field);
        } else {
            more.add(field, value);
        }
        return new Snapshot(more.build());
    }

    public String text(String field) {
        JsonValue value = json.get(field);
        return value instanceof JsonString text ? text.getString() : null;
    }

    public Long id(String field) {
        JsonValue value = json.get(field);
        return value instanceof JsonNumber number ? number.longValue() : null;
    }

    /** A true/false field; false when the snapshot lacks it. */
    public boolean flag(String field) {
        return json.getBoolean(field, false);
    }

    public List<String> texts(String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    public List<Long> ids(String field) {
        return json.getJsonArray(field).getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue)
                .toList();
    }

    public List<Snapshot> records(String field) {
        return json.getJsonArray(field).getValuesAs(JsonObject.class).stream()
                .map(Snapshot::new)
                .toList();
    }

    /** The JSON text stored and served. */
    @Override
    public String toString() {
        return json.toString();
    }

    /** Adds fields in the order they are named; a null value is written as JSON null. */
    public static final class Builder {
        private final JsonObjectBuilder fields = Json.createObjectBuilder();

        private Builder() {}

        public Builder put(String field, String value) {
            if (value == null) {
                fields.addNull(field);
            } else {
                fields.add(field, value);
            }
            return this;
        }

        public Builder put(String field, Long value) {
            if (value == null) {
                fields.addNull(field);
            } else {
                fields.add(field, value);
            }
            return this;
        }

        public Builder put(String field, boolean value) {
            fields.add(field, value);
            return this;
        }

        public Builder put(String field, Enum<?> value) {
            return put(field, value == null ? null : value.name());
        }

        /** A list of texts or numbers, in the given order (callers sort a set so that equal sets compare equal). */
        public Builder put(String field, Collection<?> values) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Object value : values) {
                if (value instanceof Number number) {
                    array.add(number.longValue());
                } else {
                    array.add(String.valueOf(value));
                }
            }
            fields.add(field, array);
            return this;
        }

        /** A list of nested records (an event's participants), in the given order. */
        public Builder putRecords(String field, Collection<Snapshot> records) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            records.forEach(record -> array.add(record.json()));
            fields.add(field, array);
            return this;
        }

        public Snapshot build() {
            return new Snapshot(fields.build());
        }
    }
}
