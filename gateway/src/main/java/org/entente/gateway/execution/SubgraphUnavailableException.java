package org.entente.gateway.execution;

/**
 * A subgraph did not answer with a GraphQL response. {@link #category()} says why in words a client
 * may read (no hosts, ports or exception names); the message and cause hold the details for the log.
 */
public final class SubgraphUnavailableException extends RuntimeException {

    /** Why the subgraph did not answer, as clients may learn it. */
    public enum Reason {
        TIMEOUT("timed out"),
        CANNOT_CONNECT("cannot connect"),
        CONNECTION_CLOSED("connection closed before an answer"),
        HTTP_STATUS("HTTP status"),
        UNREADABLE("unreadable answer"),
        /**
         * It answered, refusing the whole operation as SUBGRAPH_UNAVAILABLE (overloaded, or its
         * database is down): as unavailable as if it had not answered, so its breaker counts it.
         */
        REFUSED("it refused the operation"),
        NO_URL("no URL configured"),
        /** Its circuit breaker is open: recent requests failed, so none is sent for a while. */
        CIRCUIT_OPEN("circuit open after repeated failures"),
        /** The client's request ran out of time first: says nothing about the subgraph's health. */
        DEADLINE("request deadline passed");

        private final String text;

        Reason(String text) {
            this.text = text;
        }
    }

    private final Reason reason;
    private final int status;

    /** @param detail for the log only: it may name hosts, ports and exceptions */
    public SubgraphUnavailableException(Reason reason, String detail, Throwable cause) {
        this(reason, 0, detail, cause);
    }

    /** Without a stack trace of its own: the category says what happened, the cause holds the trace. */
    private SubgraphUnavailableException(Reason reason, int status, String detail, Throwable cause) {
        super(detail, cause, true, false);
        this.reason = reason;
        this.status = status;
    }

    /** The subgraph answered HTTP {@code status} with something that is not a GraphQL response. */
    public static SubgraphUnavailableException httpStatus(int status, String detail, Throwable cause) {
        return new SubgraphUnavailableException(Reason.HTTP_STATUS, status, detail, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** What a client may read: "timed out", "HTTP status 502", ... */
    public String category() {
        return reason == Reason.HTTP_STATUS ? reason.text + " " + status : reason.text;
    }
}
