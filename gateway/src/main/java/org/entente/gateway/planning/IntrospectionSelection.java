package org.entente.gateway.planning;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The document graphql-java runs to answer introspection: the chosen operation with only its
 * {@code __schema} and {@code __type} root fields, plus the fragments they may use. Built once
 * when the operation is prepared, not per request.
 */
final class IntrospectionSelection {

    private IntrospectionSelection() {}

    static Document of(Document document, OperationDefinition operation) {
        List<Definition> definitions = new ArrayList<>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d == operation) {
                List<Selection> kept = new ArrayList<>();
                for (Selection<?> s : operation.getSelectionSet().getSelections()) {
                    if (s instanceof Field f
                            && (f.getName().equals("__schema") || f.getName().equals("__type"))) {
                        kept.add(s);
                    }
                }
                definitions.add(operation.transform(
                        b -> b.selectionSet(SelectionSet.newSelectionSet(kept).build())));
            } else if (!(d instanceof OperationDefinition)) {
                definitions.add(d);
            }
        }
        return document.transform(b -> b.definitions(definitions));
    }
}
