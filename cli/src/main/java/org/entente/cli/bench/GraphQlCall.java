package org.entente.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A GraphQL request body: the query and its variables. */
public record GraphQlCall(String query, Map<String, Object> variables) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String body() {
        ObjectNode node = JSON.createObjectNode();
        node.put("query", query);
        node.set("variables", JSON.valueToTree(variables));
        return node.toString();
    }
}
