package org.entente.gateway.planning;

import graphql.language.Argument;
import graphql.schema.GraphQLOutputType;
import java.util.List;
import java.util.Set;

/**
 * A field of a normalized operation: fragments inlined, same-key fields merged.
 *
 * @param responseKey    alias or name: the key in the response
 * @param arguments      as written by the client (literals and variable references)
 * @param conditions     {@code @include}/{@code @skip} on variables, from the field and its enclosing fragments
 * @param typeConditions object types the field applies to, or null when it applies to all
 * @param type           the field's type in the API schema
 */
public record NField(
        String responseKey,
        String fieldName,
        List<Argument> arguments,
        List<Condition> conditions,
        Set<String> typeConditions,
        GraphQLOutputType type,
        List<NField> children) {

    public boolean appliesTo(String objectType) {
        return typeConditions == null || typeConditions.contains(objectType);
    }

    public boolean isTypename() {
        return fieldName.equals("__typename");
    }

    public boolean isIntrospection() {
        return fieldName.equals("__schema") || fieldName.equals("__type");
    }

    public boolean included(java.util.Map<String, Object> variables) {
        for (Condition c : conditions) {
            if (!c.holds(variables)) {
                return false;
            }
        }
        return true;
    }
}
