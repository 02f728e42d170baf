package org.entente.actors.config;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.entente.actors.service.ClientErrorCode;
import org.entente.actors.service.ClientException;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Gives every GraphQL error an {@code extensions.code} from docs/CONVENTIONS.md: a
 * {@link ClientException} its own code and message; a request the schema rejects (malformed
 * value such as a bad PartialDate, unknown field, wrong variable) BAD_USER_INPUT; anything
 * else INTERNAL, with a generic message so internals do not leak.
 */
final class ErrorCodes extends SimplePerformantInstrumentation {
    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    private static final String CODE = "code";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) return CompletableFuture.completedFuture(result);
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().containsKey(CODE)) return error;
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof ClientException client) return rebuild(error, client.getMessage(), client.code());
            LOG.error("unexpected error while fetching " + error.getPath(), cause);
            return rebuild(error, "Internal error", ClientErrorCode.INTERNAL);
        }
        if (isRequestError(error.getErrorType())) return rebuild(error, error.getMessage(), ClientErrorCode.BAD_USER_INPUT);
        return rebuild(error, error.getMessage(), ClientErrorCode.INTERNAL);
    }

    private static boolean isRequestError(ErrorClassification type) {
        return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax;
    }

    private static GraphQLError rebuild(GraphQLError error, String message, ClientErrorCode code) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(CODE, code.name());
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations()).path(error.getPath())
                .errorType(error.getErrorType()).extensions(extensions).build();
    }

    private static Throwable unwrap(Throwable throwable) {
        Throwable current = throwable;
        while (current instanceof CompletionException && current.getCause() != null) current = current.getCause();
        return current;
    }
}
