package org.entente.subgraph.history;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;

/**
 * The values of a record's fields as a client sees them (ids as numbers, dates as their text,
 * enums by name), kept as a JSON object before and after each change. Two snapshots are equal
 * when every field is: a write that leaves them equal changed nothing and is not recorded.
 */
public record Snapshot(JsonObject json) {

    public static Builder builder() {
        return new Builder();
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
