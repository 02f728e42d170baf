package org.entente.subgraph.errors;

/**
 * A refusal the client must know about: its message is shown to the client and its code becomes
 * the GraphQL error's {@code extensions.code} ({@link ErrorCodes}); a transaction it leaves is
 * rolled back, so a refused write changes nothing. Messages name the client's own input, never
 * classes, hosts or SQL.
 */
public class ClientException extends RuntimeException {
    /**
     * {@code extensions.reason} of a CONFLICT whose cause is a stale {@code version}: the record
     * changed since the client read it, and reloading it is the way forward (unlike a taken handle).
     */
    public static final String STALE_VERSION = "STALE_VERSION";

    /**
     * {@code extensions.reason} of a CONFLICT refusing to revert a change: a later change of the
     * same record changed some of the same fields, and reverting would undo it too.
     */
    public static final String LATER_CHANGE = "LATER_CHANGE";

    private final ErrorCode code;
    private final String reason;

    public ClientException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public ClientException(ErrorCode code, String message, Throwable cause) {
        this(code, message, null, cause);
    }

    private ClientException(ErrorCode code, String message, String reason, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.reason = reason;
    }

    public ErrorCode code() {
        return code;
    }

    /** What {@code extensions.reason} says beside the code, or null when the code says it all. */
    public String reason() {
        return reason;
    }

    public static ClientException badInput(String message) {
        return new ClientException(ErrorCode.BAD_USER_INPUT, message);
    }

    public static ClientException notFound(String message) {
        return new ClientException(ErrorCode.NOT_FOUND, message);
    }

    public static ClientException conflict(String message) {
        return new ClientException(ErrorCode.CONFLICT, message);
    }

    /** CONFLICT with reason {@link #STALE_VERSION}: the write was based on an older version of the record. */
    public static ClientException staleVersion(String message) {
        return new ClientException(ErrorCode.CONFLICT, message, STALE_VERSION, null);
    }

    /** CONFLICT with reason {@link #LATER_CHANGE}: the change to revert was overtaken by a later one. */
    public static ClientException laterChange(String message) {
        return new ClientException(ErrorCode.CONFLICT, message, LATER_CHANGE, null);
    }

    public static ClientException unauthenticated(String message) {
        return new ClientException(ErrorCode.UNAUTHENTICATED, message);
    }

    public static ClientException forbidden(String message) {
        return new ClientException(ErrorCode.FORBIDDEN, message);
    }

    /** Another service the request depends on could not answer; {@code cause} is logged, never shown. */
    public static ClientException subgraphUnavailable(String message, Throwable cause) {
        return new ClientException(ErrorCode.SUBGRAPH_UNAVAILABLE, message, cause);
    }
}
