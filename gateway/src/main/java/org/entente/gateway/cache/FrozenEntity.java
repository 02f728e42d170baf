package org.entente.gateway.cache;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity as the cache keeps it: a deep copy that nothing outside this class can reach, so no
 * request can change it, and what it weighs. Objects become {@link Node}s and arrays {@link Items},
 * whose Java arrays never leave this class; strings, numbers, booleans and nulls are immutable and
 * shared as they are. {@link #thaw} gives back fresh {@link LinkedHashMap}s and
 * {@link ArrayList}s, which the caller may merge into, without parsing anything.
 */
final class FrozenEntity {

    // What the kept copy holds, in bytes, assuming 8-byte references (compressed ones take 4): an
    // over-estimate is only a smaller cache, an under-estimate more memory than allowed.
    /** A Node: its header and two references, and the headers of its two arrays (padding included). */
    static final int OBJECT = 64;
    /** A Node's slot per field: a reference to the name and one to the value. */
    static final int FIELD = 16;
    /** An Items: its header and reference, and its array's header. */
    static final int ARRAY = 40;
    /** An Items' slot per element. */
    static final int ELEMENT = 8;
    /** A string's object and its array's header, plus two bytes a character (one when Latin-1). */
    static final int STRING = 40;
    /** A boxed long or double (an Integer weighs less); booleans too, though a parser shares its two. */
    static final int SCALAR = 24;
    // Field names are not counted: the parser interns them, so every entry shares the same few.

    private final Node root;
    private final long weight;

    private FrozenEntity(Node root, long weight) {
        this.root = root;
        this.weight = weight;
    }

    /** A copy of {@code entity} that stays as it is now, whatever is done to {@code entity} later. */
    static FrozenEntity of(Map<String, Object> entity) {
        Copy copy = new Copy();
        Object root = copy.value(entity);
        // a map with a key other than a string went through JSON; its root is still an object
        return new FrozenEntity((Node) root, copy.weight);
    }

    /** The bytes this copy holds (see the constants). */
    long weight() {
        return weight;
    }

    /** A fresh, mutable copy: its maps, lists and nested maps belong to the caller alone. */
    Map<String, Object> thaw() {
        return root.thaw();
    }

    private static Object thaw(Object value) {
        if (value instanceof Node node) {
            return node.thaw();
        }
        return value instanceof Items items ? items.thaw() : value;
    }

    /** A JSON object's fields in order. */
    private static final class Node {
        private final String[] names;
        private final Object[] values;

        Node(String[] names, Object[] values) {
            this.names = names;
            this.values = values;
        }

        Map<String, Object> thaw() {
            // sized so that filling it never rehashes (HashMap grows past 3/4 full)
            Map<String, Object> map = new LinkedHashMap<>((int) Math.ceil(names.length / 0.75));
            for (int i = 0; i < names.length; i++) {
                map.put(names[i], FrozenEntity.thaw(values[i]));
            }
            return map;
        }
    }

    /** A JSON array's elements in order. */
    private static final class Items {
        private final Object[] elements;

        Items(Object[] elements) {
            this.elements = elements;
        }

        List<Object> thaw() {
            List<Object> list = new ArrayList<>(elements.length);
            for (Object element : elements) {
                list.add(FrozenEntity.thaw(element));
            }
            return list;
        }
    }

    /** One walk over an entity, copying it and adding up its weight. */
    private static final class Copy {
        long weight;

        Object value(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof String string) {
                weight += STRING + 2L * string.length();
                return string;
            }
            if (value instanceof Boolean || immutableNumber(value)) {
                weight += SCALAR;
                return value;
            }
            if (value instanceof Map<?, ?> map) {
                return object(map);
            }
            if (value instanceof List<?> list) {
                return array(list);
            }
            // what Json.decodeValue gives for the odd values below, and what a plugin may answer with
            if (value instanceof JsonObject object) {
                return object(object.getMap());
            }
            if (value instanceof JsonArray array) {
                return array(array.getList());
            }
            // anything else (an in-process subgraph's own type): as the JSON it is written as, which
            // is what a hit gave back when entries were kept as JSON
            return value(Json.decodeValue(Json.encode(value)));
        }

        private Object object(Map<?, ?> map) {
            String[] names = new String[map.size()];
            Object[] values = new Object[names.length];
            long before = weight;
            int i = 0;
            for (Map.Entry<?, ?> field : map.entrySet()) {
                if (!(field.getKey() instanceof String name)) {
                    weight = before; // counted again on the way through JSON
                    return value(Json.decodeValue(Json.encode(map)));
                }
                names[i] = name;
                values[i++] = value(field.getValue());
            }
            weight += OBJECT + (long) FIELD * names.length;
            return new Node(names, values);
        }

        private Object array(List<?> list) {
            Object[] elements = new Object[list.size()];
            int i = 0;
            for (Object element : list) {
                elements[i++] = value(element);
            }
            weight += ARRAY + (long) ELEMENT * elements.length;
            return new Items(elements);
        }

        /** The number types a parser gives, which cannot change; a mutable one is copied through JSON. */
        private static boolean immutableNumber(Object value) {
            return value instanceof Integer
                    || value instanceof Long
                    || value instanceof Double
                    || value instanceof Float
                    || value instanceof Short
                    || value instanceof Byte
                    || value instanceof BigInteger
                    || value instanceof BigDecimal;
        }
    }
}
