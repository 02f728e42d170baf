package org.entente.cli.load;

import java.util.List;
import java.util.Map;

/**
 * One FollowTheMoney entity of a JSON lines file: its id, schema and properties (every value a
 * string, every property a list), with the line it starts on so that a problem is reported where
 * a person can find it.
 */
public record FtmEntity(int line, String id, String schema, Map<String, List<String>> properties) {

    /** The values of a property, none when it is absent. */
    public List<String> values(String property) {
        return properties.getOrDefault(property, List.of());
    }

    /** The first value of a property, or null. */
    public String first(String property) {
        List<String> values = values(property);
        return values.isEmpty() ? null : values.get(0);
    }
}
