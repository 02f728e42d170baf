package org.entente.events.service;

import io.smallrye.graphql.api.ErrorCode;

/** Another subgraph the write depends on could not answer; nothing was changed. */
@ErrorCode("SUBGRAPH_UNAVAILABLE")
public class SubgraphUnavailableException extends EntenteException {
    public SubgraphUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
