package org.entente.gateway.composition;

import java.util.List;

/** The subgraphs cannot be composed; each message names the subgraph, type and field at fault. */
public final class CompositionException extends RuntimeException {

    private final List<String> errors;

    public CompositionException(List<String> errors) {
        super("composition failed:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
