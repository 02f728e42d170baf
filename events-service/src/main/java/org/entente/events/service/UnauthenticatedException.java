package org.entente.events.service;

import io.smallrye.graphql.api.ErrorCode;

/** A write came without a valid bearer token. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends EntenteException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
