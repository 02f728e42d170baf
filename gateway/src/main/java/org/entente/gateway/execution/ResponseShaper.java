package org.entente.gateway.execution;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.planning.NField;
import org.entente.gateway.planning.NormalizedOperation;
import org.entente.gateway.plugin.ResponseError;

/**
 * Builds the client's response from the merged subgraph data: only the fields the client asked
 * for, in its order and under its aliases, {@code @include}/{@code @skip} and type conditions
 * applied, {@code __typename} filled in, and nulls propagated as the GraphQL spec says (a null in a
 * non-null position nulls the nearest nullable parent). An entity its subgraph does not know is
 * null as a whole, as the subgraph's {@code _entities} answer says: without an error where it may
 * be null.
 */
final class ResponseShaper {

    /** Marks a null in a non-null position travelling up to the nearest nullable field. */
    private static final Object BUBBLE = new Object();

    private final GraphQLSchema schema;
    private final Map<String, Object> variables;
    private final List<ResponseError> errors;

    ResponseShaper(GraphQLSchema schema, Map<String, Object> variables, List<ResponseError> errors) {
        this.schema = schema;
        this.variables = variables;
        this.errors = errors;
    }

    /** The response's data, or null when a non-null root field is null. */
    Map<String, Object> shape(
            NormalizedOperation operation, Map<String, Object> data, Map<String, Object> introspection) {
        Object result = object(operation.fields(), data, operation.rootType(), ResponsePath.ROOT, introspection);
        return result == BUBBLE ? null : castMap(result);
    }

    private Object object(
            List<NField> fields,
            Map<String, Object> source,
            String type,
            ResponsePath path,
            Map<String, Object> introspection) {
        Map<String, Object> out = new LinkedHashMap<>(fields.size() * 4 / 3 + 1);
        for (NField f : fields) {
            if (!f.included(variables) || !f.appliesTo(type)) {
                continue;
            }
            ResponsePath at = path.then(f.responseKey());
            Object value;
            if (f.isTypename()) {
                value = type;
            } else if (f.isIntrospection() && introspection != null) {
                value = introspection.get(f.responseKey());
            } else {
                value = value(f, f.type(), source.get(f.responseKey()), at);
            }
            if (value == BUBBLE) {
                return BUBBLE;
            }
            Object existing = out.get(f.responseKey());
            if (existing instanceof Map<?, ?> a && value instanceof Map<?, ?> b) {
                ExecutionState.mergeInto(castMap(a), castMap(b), false); // shaped already: no aliases
            } else {
                out.put(f.responseKey(), value);
            }
        }
        return out;
    }

    private Object value(NField f, GraphQLType type, Object raw, ResponsePath path) {
        if (type instanceof GraphQLNonNull nonNull) {
            Object inner = value(f, nonNull.getWrappedType(), raw, path);
            if (inner == null || inner == BUBBLE) {
                if (inner == null) {
                    reportNull(path);
                }
                return BUBBLE;
            }
            return inner;
        }
        if (raw == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (!(raw instanceof List<?> items)) {
                return null;
            }
            List<Object> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Object item = value(f, list.getWrappedType(), items.get(i), path.then(i));
                if (item == BUBBLE) {
                    return null; // a nullable list absorbs a non-null item's null
                }
                out.add(item);
            }
            return out;
        }
        GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
        if (named instanceof GraphQLEnumType e && e.getValue(String.valueOf(raw)) == null) {
            // an @inaccessible value (or one the API never had): the client must not see it
            errors.add(new ResponseError(
                    "Enum " + e.getName() + " has no value for what the subgraph returned",
                    List.of(),
                    path.toList(),
                    Map.of("code", ResponseError.INTERNAL)));
            return null;
        }
        if (f.children().isEmpty() || !(raw instanceof Map<?, ?> map)) {
            return raw;
        }
        if (map.containsKey(ExecutionState.MISSING_ENTITY)) {
            return null;
        }
        String concrete = named instanceof GraphQLObjectType ? named.getName() : typename(schema, map);
        if (concrete == null) {
            return null;
        }
        Object result = object(f.children(), castMap(map), concrete, path, null);
        return result == BUBBLE ? null : result;
    }

    /**
     * The type an abstract value is shaped as: the object type its subgraph named, or the interface
     * an {@code @interfaceObject} subgraph names when nobody was asked for the concrete type; null
     * for anything else. {@link ResponseWriter} decides the same way.
     */
    static String typename(GraphQLSchema schema, Map<?, ?> map) {
        Object name = map.get("__typename");
        if (!(name instanceof String s)) {
            return null;
        }
        GraphQLType named = schema.getType(s);
        return named instanceof GraphQLObjectType || named instanceof GraphQLInterfaceType ? s : null;
    }

    /** Adds the spec's error for a null in a non-null position, unless an error already explains it. */
    private void reportNull(ResponsePath at) {
        List<Object> path = at.toList();
        for (ResponseError error : errors) {
            if (error.path().isEmpty() || isPrefix(error.path(), path) || isPrefix(path, error.path())) {
                return;
            }
        }
        errors.add(new ResponseError(
                "Cannot return null for non-nullable field at " + path,
                List.of(),
                path,
                Map.of("code", ResponseError.INTERNAL)));
    }

    private static boolean isPrefix(List<?> prefix, List<?> path) {
        if (prefix.size() > path.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!String.valueOf(prefix.get(i)).equals(String.valueOf(path.get(i)))) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }
}
