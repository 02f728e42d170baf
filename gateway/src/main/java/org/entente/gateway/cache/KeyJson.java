package org.entente.gateway.cache;

import io.vertx.core.json.Json;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The JSON text of a representation or of a fetch's variables for a cache key: the very text
 * {@link Json#encode} writes, so equal values give equal keys and different ones different keys,
 * written into one {@link StringBuilder} instead of setting up a Jackson generator for every
 * look-up. It writes itself what representations are made of (objects with string names, arrays,
 * strings, integers, booleans, null) and leaves anything else (fractions, whose text is Jackson's
 * choice, and rarer types) to {@link Json#encode}, whose text it appends.
 */
public final class KeyJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private KeyJson() {}

    public static String of(Object value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String string) {
            string(string, out);
        } else if (value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            out.append(value); // their toString is their JSON
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(element, out);
            }
            out.append(']');
        } else {
            out.append(Json.encode(value));
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        int start = out.length();
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> field : map.entrySet()) {
            if (!(field.getKey() instanceof String name)) {
                out.setLength(start); // not a JSON object's name: whatever Json.encode makes of it
                out.append(Json.encode(map));
                return;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            string(name, out);
            out.append(':');
            write(field.getValue(), out);
        }
        out.append('}');
    }

    /** A JSON string as Jackson escapes it: quote, backslash and control characters, nothing else. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, from, i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            from = i + 1;
        }
        out.append(s, from, s.length()).append('"');
    }
}
