package org.entente.actors.service;

/** The {@code extensions.code} values a client can receive (docs/CONVENTIONS.md). */
public enum ClientErrorCode {
    BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, CONFLICT, INTERNAL
}
