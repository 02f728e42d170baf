package org.entente.gateway.planning;

import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * An operation reduced to what planning and response shaping need.
 *
 * @param selectionsRepeatingKeys the selections (the operation's fields, or a field's children)
 *     in which two fields share a response key, by identity: fields that differ in their
 *     conditions or type conditions stay apart after normalization, and where both apply their
 *     values are merged into one entry of the response
 */
public record NormalizedOperation(
        OperationDefinition.Operation kind,
        String rootType,
        List<VariableDefinition> variableDefinitions,
        List<NField> fields,
        Set<List<NField>> selectionsRepeatingKeys) {

    public NormalizedOperation(
            OperationDefinition.Operation kind,
            String rootType,
            List<VariableDefinition> variableDefinitions,
            List<NField> fields) {
        this(kind, rootType, variableDefinitions, fields, repeatingKeys(fields));
    }

    public boolean isMutation() {
        return kind == OperationDefinition.Operation.MUTATION;
    }

    public boolean hasIntrospection() {
        return fields.stream().anyMatch(NField::isIntrospection);
    }

    /** Whether two fields of {@code selection}, one of this operation's, share a response key. */
    public boolean repeatsKeys(List<NField> selection) {
        return !selectionsRepeatingKeys.isEmpty() && selectionsRepeatingKeys.contains(selection);
    }

    private static Set<List<NField>> repeatingKeys(List<NField> fields) {
        Set<List<NField>> found = Collections.newSetFromMap(new IdentityHashMap<>());
        collectRepeating(fields, found);
        return found.isEmpty() ? Set.of() : Collections.unmodifiableSet(found);
    }

    private static void collectRepeating(List<NField> selection, Set<List<NField>> found) {
        Set<String> keys = new HashSet<>();
        for (NField field : selection) {
            if (!keys.add(field.responseKey())) {
                found.add(selection);
            }
            collectRepeating(field.children(), found);
        }
    }
}
