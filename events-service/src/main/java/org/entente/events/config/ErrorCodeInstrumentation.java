package org.entente.events.config;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.entente.events.service.EntenteException;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Gives every error of a response an {@code extensions.code} (docs/CONVENTIONS.md):
 * the service's own refusals keep their message and code, a request the schema rejects
 * (syntax, unknown field, missing argument, wrong variable type) is BAD_USER_INPUT, and
 * anything unexpected is INTERNAL with a generic message, logged here with its cause.
 */
public final class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {
    static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    static final String INTERNAL = "INTERNAL";
    private static final Logger LOG = Logger.getLogger(ErrorCodeInstrumentation.class);
    private static final String CODE = "code";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) return CompletableFuture.completedFuture(result);
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof EntenteException refusal) return rebuild(error, refusal.getMessage(), refusal.code());
            LOG.errorf(cause, "unexpected error while fetching %s", error.getPath());
            return rebuild(error, "Internal error", INTERNAL);
        }
        if (error.getExtensions() != null && error.getExtensions().containsKey(CODE)) return error;
        boolean requestRejected = error.getErrorType() == ErrorType.ValidationError || error.getErrorType() == ErrorType.InvalidSyntax;
        return rebuild(error, error.getMessage(), requestRejected ? BAD_USER_INPUT : INTERNAL);
    }

    private static GraphQLError rebuild(GraphQLError error, String message, String code) {
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(CODE, code);
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations()).path(error.getPath())
                .errorType(error.getErrorType()).extensions(extensions).build();
    }

    /** Batched fields fail with the refusal wrapped in the future's exception. */
    private static Throwable unwrap(Throwable throwable) {
        Throwable current = throwable;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
