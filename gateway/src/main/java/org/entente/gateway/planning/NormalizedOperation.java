package org.entente.gateway.planning;

import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import java.util.List;

/** An operation reduced to what planning and response shaping need. */
public record NormalizedOperation(
        OperationDefinition.Operation kind,
        String rootType,
        List<VariableDefinition> variableDefinitions,
        List<NField> fields) {

    public boolean isMutation() {
        return kind == OperationDefinition.Operation.MUTATION;
    }

    public boolean hasIntrospection() {
        return fields.stream().anyMatch(NField::isIntrospection);
    }
}
