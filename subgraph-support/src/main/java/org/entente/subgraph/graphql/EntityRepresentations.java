package org.entente.subgraph.graphql;

import graphql.language.BooleanValue;
import graphql.language.StringValue;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.subgraph.errors.ClientException;

/**
 * Checks the representations of an {@code _entities} request before SmallRye resolves them: each
 * must be an object whose {@code __typename} names an entity this subgraph resolves and which
 * holds each of its key fields as a string or number. SmallRye answered a null, a number, an
 * object without {@code __typename} or key, or an unknown type with an INTERNAL error or an HTTP
 * 500 (a stack overflow); now each is BAD_USER_INPUT naming the representation.
 */
final class EntityRepresentations {
    private static final String FIELD = "_entities";
    private static final String ARGUMENT = "representations";

    /** Key fields by entity type: the types of the {@code _Entity} union with a resolvable {@code @key}. */
    private final Map<String, List<String>> keys;

    private EntityRepresentations(Map<String, List<String>> keys) {
        this.keys = keys;
    }

    /** The schema with its {@code _entities} resolver checking its argument first; as it is without one. */
    static GraphQLSchema guard(GraphQLSchema schema) {
        GraphQLObjectType query = schema.getQueryType();
        GraphQLFieldDefinition entities = query.getFieldDefinition(FIELD);
        if (entities == null) {
            return schema;
        }
        EntityRepresentations check = new EntityRepresentations(keys(schema));
        FieldCoordinates coordinates = FieldCoordinates.coordinates(query, entities);
        DataFetcher<?> resolver = schema.getCodeRegistry().getDataFetcher(coordinates, entities);
        GraphQLCodeRegistry registry = schema.getCodeRegistry()
                .transform(codes -> codes.dataFetcher(coordinates, (DataFetcher<?>) environment -> {
                    check.require(environment.getArgument(ARGUMENT));
                    return resolver.get(environment);
                }));
        return schema.transform(builder -> builder.codeRegistry(registry));
    }

    void require(Object representations) {
        if (!(representations instanceof List<?> list)) {
            throw ClientException.badInput(ARGUMENT + " must be a list of objects");
        }
        for (int i = 0; i < list.size(); i++) {
            requireRepresentation(i, list.get(i));
        }
    }

    private void requireRepresentation(int index, Object representation) {
        String which = ARGUMENT + "[" + index + "]";
        if (!(representation instanceof Map<?, ?> fields)) {
            throw ClientException.badInput(which + " must be an object with __typename and the entity's key");
        }
        List<String> keyFields = fields.get("__typename") instanceof String type ? keys.get(type) : null;
        if (keyFields == null) {
            throw ClientException.badInput(
                    which + " must name in __typename an entity this service resolves: " + keys.keySet());
        }
        for (String key : keyFields) {
            Object value = fields.get(key);
            if (!(value instanceof String) && !(value instanceof Number)) {
                throw ClientException.badInput(which + " must hold its key field '" + key + "' as a string or number");
            }
        }
    }

    /**
     * SmallRye puts {@code @key} on the entity types as (deprecated) directives, not as applied
     * directives, with the field set as a string literal and {@code resolvable} unset or a boolean.
     */
    @SuppressWarnings("deprecation")
    private static Map<String, List<String>> keys(GraphQLSchema schema) {
        Map<String, List<String>> keys = new HashMap<>();
        if (schema.getType("_Entity") instanceof GraphQLUnionType union) {
            for (GraphQLNamedOutputType member : union.getTypes()) {
                if (member instanceof GraphQLObjectType type) {
                    for (GraphQLDirective key : type.getDirectives("key")) {
                        if (resolvable(key)) {
                            keys.put(type.getName(), fields(key));
                        }
                    }
                }
            }
        }
        return Map.copyOf(keys);
    }

    private static boolean resolvable(GraphQLDirective key) {
        GraphQLArgument argument = key.getArgument("resolvable");
        Object value =
                argument == null ? null : literal(argument.getArgumentValue().getValue());
        return !Boolean.FALSE.equals(value);
    }

    /** The top-level fields of a key's field set: {@code "id"}; of {@code "org { id } code"}, org and code. */
    private static List<String> fields(GraphQLDirective key) {
        String fieldSet = String.valueOf(
                literal(key.getArgument("fields").getArgumentValue().getValue()));
        String outer;
        do {
            outer = fieldSet;
            fieldSet = outer.replaceAll("\\{[^{}]*}", " ");
        } while (!fieldSet.equals(outer));
        return Arrays.stream(fieldSet.trim().split("\\s+"))
                .filter(field -> !field.isEmpty())
                .toList();
    }

    /** A directive argument's value, given as a Java value or as a literal of the schema language. */
    private static Object literal(Object value) {
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        return value;
    }
}
