package org.entente.gateway.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code entente.gateway.subgraphs}: {@code name=url,name=url}, e.g. {@code books=http://localhost:4001/graphql}. */
final class SubgraphList {

    private SubgraphList() {}

    static Map<String, String> parse(String value) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return urls;
        }
        for (String entry : value.split(",")) {
            String trimmed = entry.trim();
            int eq = trimmed.indexOf('=');
            if (eq <= 0 || eq == trimmed.length() - 1) {
                throw new IllegalArgumentException(
                        "entente.gateway.subgraphs: expected name=url, got '" + trimmed + "'");
            }
            urls.put(trimmed.substring(0, eq).trim(), trimmed.substring(eq + 1).trim());
        }
        return urls;
    }
}
