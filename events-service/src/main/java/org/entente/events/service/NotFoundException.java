package org.entente.events.service;

import io.smallrye.graphql.api.ErrorCode;

/** The object a request addresses does not exist. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends EntenteException {
    public NotFoundException(String message) {
        super(message);
    }
}
