package org.entente.gateway.supergraph;

import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;

/** Parses the field sets of {@code @key}, {@code @requires} and {@code @provides} ("id price { amount }"). */
public final class FieldSets {

    private FieldSets() {}

    public static SelectionSet parse(String fieldSet) {
        try {
            OperationDefinition op = (OperationDefinition)
                    Parser.parse("{" + fieldSet + "}").getDefinitions().get(0);
            return op.getSelectionSet();
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("invalid field set \"" + fieldSet + "\": " + e.getMessage(), e);
        }
    }

    public static List<Field> fields(SelectionSet set) {
        List<Field> fields = new ArrayList<>();
        if (set == null) {
            return fields;
        }
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f) {
                fields.add(f);
            }
        }
        return fields;
    }

    public static int leafCount(SelectionSet set) {
        int count = 0;
        for (Field f : fields(set)) {
            count += f.getSelectionSet() == null ? 1 : leafCount(f.getSelectionSet());
        }
        return count;
    }
}
