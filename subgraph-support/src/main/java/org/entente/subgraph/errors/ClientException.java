package org.entente.subgraph.errors;

/**
 * A refusal the client must know about: its message is shown to the client and its code becomes
 * the GraphQL error's {@code extensions.code} ({@link ErrorCodes}); a transaction it leaves is
 * rolled back, so a refused write changes nothing. Messages name the client's own input, never
 * classes, hosts or SQL.
 */
public class ClientException extends RuntimeException {
    private final ErrorCode code;

    public ClientException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ClientException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
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
