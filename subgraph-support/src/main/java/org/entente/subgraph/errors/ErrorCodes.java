package org.entente.subgraph.errors;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;

/**
 * Gives every error of a response an {@code extensions.code} (docs/CONVENTIONS.md): a
 * {@link ClientException} its own code and message; an error that already has a code (a limit's
 * refusal) stays as it is; a request the schema rejects (syntax, unknown field, missing argument,
 * wrong variable type) is BAD_USER_INPUT; anything else is INTERNAL with a generic message, so
 * internals do not leak, and is logged here with its cause.
 */
public final class ErrorCodes extends SimplePerformantInstrumentation {
    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    private static final String CODE = "code";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors =
                result.getErrors().stream().map(ErrorCodes::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof ClientException refusal) {
                if (refusal.getCause() != null) {
                    LOG.warnf(
                            refusal.getCause(), "%s at %s: %s", refusal.code(), error.getPath(), refusal.getMessage());
                }
                return rebuild(error, refusal.getMessage(), refusal.code());
            }
            LOG.errorf(cause, "unexpected error while fetching %s", error.getPath());
            return rebuild(error, "Internal error", ErrorCode.INTERNAL);
        }
        if (error.getExtensions() != null && error.getExtensions().containsKey(CODE)) {
            return error;
        }
        boolean rejected =
                error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax;
        return rebuild(error, error.getMessage(), rejected ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL);
    }

    private static GraphQLError rebuild(GraphQLError error, String message, ErrorCode code) {
        Map<String, Object> extensions =
                new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(CODE, code.name());
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    /** Batched fields fail with the refusal wrapped in their future's exception. */
    private static Throwable unwrap(Throwable throwable) {
        Throwable current = throwable;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
