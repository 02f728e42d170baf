package org.entente.subgraph.errors;

/** The {@code extensions.code} values a client can receive (docs/CONVENTIONS.md). */
public enum ErrorCode {
    BAD_USER_INPUT,
    NOT_FOUND,
    UNAUTHENTICATED,
    FORBIDDEN,
    CONFLICT,
    SUBGRAPH_UNAVAILABLE,
    INTERNAL
}
