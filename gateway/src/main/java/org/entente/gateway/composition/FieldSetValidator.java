package org.entente.gateway.composition;

import graphql.language.Field;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import java.util.List;
import org.entente.gateway.supergraph.FieldSets;

/**
 * Checks a subgraph's {@code @key}, {@code @requires} and {@code @provides} field sets name fields
 * that exist, and that required or provided fields are {@code @external} as Federation 2 demands.
 */
final class FieldSetValidator {

    private final SubgraphSchema schema;
    private final List<String> errors;

    FieldSetValidator(SubgraphSchema schema, List<String> errors) {
        this.schema = schema;
        this.errors = errors;
    }

    void validate() {
        for (SubgraphSchema.TypeDef type : schema.types.values()) {
            for (SubgraphSchema.Key key : type.keys) {
                check(type, "@key(fields: \"" + key.fields() + "\") on type " + type.name, key.fields(), false);
            }
            for (SubgraphSchema.FieldDef field : type.fields.values()) {
                String coordinate = type.name + "." + field.name;
                if (field.requires != null) {
                    check(
                            type,
                            "@requires(fields: \"" + field.requires + "\") on field " + coordinate,
                            field.requires,
                            true);
                }
                if (field.provides != null) {
                    SubgraphSchema.TypeDef returned = schema.types.get(baseName(field.type));
                    if (returned == null || returned.fields.isEmpty()) {
                        error("@provides on field " + coordinate + " needs an object return type");
                    } else {
                        check(
                                returned,
                                "@provides(fields: \"" + field.provides + "\") on field " + coordinate,
                                field.provides,
                                true);
                    }
                }
            }
        }
    }

    private void check(SubgraphSchema.TypeDef type, String where, String fieldSet, boolean mustBeExternal) {
        SelectionSet selection;
        try {
            selection = FieldSets.parse(fieldSet);
        } catch (IllegalArgumentException e) {
            error(where + " does not parse: " + e.getMessage());
            return;
        }
        checkSelection(type, where, selection, mustBeExternal);
    }

    private void checkSelection(
            SubgraphSchema.TypeDef type, String where, SelectionSet selection, boolean mustBeExternal) {
        for (Field f : FieldSets.fields(selection)) {
            SubgraphSchema.FieldDef field = type.fields.get(f.getName());
            if (field == null) {
                error(where + " names field " + type.name + "." + f.getName() + ", which is not defined");
                continue;
            }
            if (mustBeExternal && !field.external) {
                error(where + " names field " + type.name + "." + f.getName() + ", which must be @external");
            }
            SubgraphSchema.TypeDef nested = schema.types.get(baseName(field.type));
            boolean composite = nested != null && !nested.fields.isEmpty();
            if (f.getSelectionSet() != null && composite) {
                checkSelection(nested, where, f.getSelectionSet(), false);
            } else if ((f.getSelectionSet() != null) != composite) {
                error(where + " selects field " + type.name + "." + f.getName() + " with a wrong sub-selection");
            }
        }
    }

    private void error(String message) {
        errors.add("subgraph " + schema.name + ": " + message);
    }

    static String baseName(Type<?> type) {
        if (type instanceof NonNullType nn) {
            return baseName(nn.getType());
        }
        if (type instanceof ListType l) {
            return baseName(l.getType());
        }
        return ((TypeName) type).getName();
    }
}
