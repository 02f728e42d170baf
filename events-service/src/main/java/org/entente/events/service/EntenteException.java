package org.entente.events.service;

import io.smallrye.graphql.api.ErrorCode;

/**
 * An error a client caused or must know about. Its message is shown to the client
 * (see quarkus.smallrye-graphql.show-runtime-exception-message); each subclass carries the
 * {@code extensions.code} of docs/CONVENTIONS.md through {@link ErrorCode}.
 */
public abstract class EntenteException extends RuntimeException {
    protected EntenteException(String message) {
        super(message);
    }

    protected EntenteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The {@code extensions.code} declared on the concrete class. */
    public String code() {
        return getClass().getAnnotation(ErrorCode.class).value();
    }
}
