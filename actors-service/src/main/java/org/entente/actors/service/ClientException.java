package org.entente.actors.service;

/**
 * An error caused by the client's request. Its message is shown to the client and its code
 * becomes the GraphQL error's {@code extensions.code}; a transaction it leaves is rolled back.
 */
public class ClientException extends RuntimeException {
    private final ClientErrorCode code;

    public ClientException(ClientErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ClientErrorCode code() {
        return code;
    }

    public static ClientException badInput(String message) {
        return new ClientException(ClientErrorCode.BAD_USER_INPUT, message);
    }

    public static ClientException notFound(String message) {
        return new ClientException(ClientErrorCode.NOT_FOUND, message);
    }

    public static ClientException conflict(String message) {
        return new ClientException(ClientErrorCode.CONFLICT, message);
    }
}
