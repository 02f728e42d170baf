package org.entente.events.service;

import io.smallrye.graphql.api.ErrorCode;

/** The write collides with existing data (for example a key already in use). */
@ErrorCode("CONFLICT")
public class ConflictException extends EntenteException {
    public ConflictException(String message) {
        super(message);
    }
}
