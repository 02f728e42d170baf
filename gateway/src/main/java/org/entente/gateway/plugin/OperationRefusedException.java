package org.entente.gateway.plugin;

import java.util.List;

/**
 * The supergraph refuses an operation sent through {@link FederatedGraph}: it does not parse,
 * does not validate, or cannot be planned with the subgraphs the supergraph has.
 */
public final class OperationRefusedException extends RuntimeException {

    private final List<ResponseError> errors;

    public OperationRefusedException(List<ResponseError> errors) {
        super("the supergraph refuses the operation: "
                + errors.stream().map(ResponseError::message).toList());
        this.errors = List.copyOf(errors);
    }

    public List<ResponseError> errors() {
        return errors;
    }
}
