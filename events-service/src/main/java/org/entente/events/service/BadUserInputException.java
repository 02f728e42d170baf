package org.entente.events.service;

import io.smallrye.graphql.api.ErrorCode;

/** The request's input breaks a rule; nothing was changed. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends EntenteException {
    public BadUserInputException(String message) {
        super(message);
    }
}
