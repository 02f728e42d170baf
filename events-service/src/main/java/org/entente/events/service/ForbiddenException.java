package org.entente.events.service;

import io.smallrye.graphql.api.ErrorCode;

/** A write came with a valid token that lacks the editor role. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends EntenteException {
    public ForbiddenException(String message) {
        super(message);
    }
}
