package org.entente.gateway.supergraph;

import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed supergraph: the subgraphs with their URLs, the federation metadata of every type and
 * the API schema clients see. Immutable after parsing, shared by every request.
 */
public final class Supergraph {

    private final Map<String, String> graphUrls;
    private final Map<String, SupergraphType> types;
    private final GraphQLSchema apiSchema;
    private final String queryType;
    private final String mutationType;

    Supergraph(
            Map<String, String> graphUrls,
            Map<String, SupergraphType> types,
            GraphQLSchema apiSchema,
            String queryType,
            String mutationType) {
        this.graphUrls = graphUrls;
        this.types = types;
        this.apiSchema = apiSchema;
        this.queryType = queryType;
        this.mutationType = mutationType;
    }

    /** Subgraph name → GraphQL endpoint URL, in supergraph order. */
    public Map<String, String> graphUrls() {
        return graphUrls;
    }

    public Map<String, SupergraphType> types() {
        return types;
    }

    public SupergraphType type(String name) {
        SupergraphType type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown type " + name);
        }
        return type;
    }

    public GraphQLSchema apiSchema() {
        return apiSchema;
    }

    public String queryType() {
        return queryType;
    }

    public String mutationType() {
        return mutationType;
    }

    /** Object types that may stand where the given (object or abstract) type is expected. */
    public List<SupergraphType> possibleTypes(String typeName) {
        SupergraphType type = type(typeName);
        List<SupergraphType> result = new ArrayList<>();
        switch (type.kind()) {
            case OBJECT -> result.add(type);
            case UNION -> type.members().forEach(m -> result.add(type(m)));
            case INTERFACE ->
                types.values().stream()
                        .filter(t ->
                                t.kind() == TypeKind.OBJECT && t.interfaces().contains(typeName))
                        .forEach(result::add);
            default -> throw new IllegalArgumentException(typeName + " is not a composite type");
        }
        return result;
    }

    /** The same supergraph with some subgraph URLs replaced (configuration wins over the file). */
    public Supergraph withUrls(Map<String, String> overrides) {
        Map<String, String> urls = new LinkedHashMap<>(graphUrls);
        overrides.forEach((name, url) -> {
            if (urls.containsKey(name)) {
                urls.put(name, url);
            }
        });
        return new Supergraph(urls, types, apiSchema, queryType, mutationType);
    }
}
