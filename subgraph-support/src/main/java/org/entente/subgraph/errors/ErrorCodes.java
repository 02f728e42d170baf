package org.entente.subgraph.errors;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;

/**
 * Gives every error of a response an {@code extensions.code} (docs/CONVENTIONS.md): a
 * {@link ClientException} its own code and message; a write that lost a race with a concurrent
 * one ({@link Conflicts}) CONFLICT; a database that cannot be reached ({@link DatabaseOutages})
 * SUBGRAPH_UNAVAILABLE; an error that already has a code (a limit's refusal) stays as
 * it is; a request the schema rejects (syntax, unknown field, missing argument, wrong variable
 * type, an operation it does not support, an argument value SmallRye cannot convert) is BAD_USER_INPUT, its message cleaned of Java names
 * ({@link ClientMessages}); anything else is INTERNAL with a generic message, so internals do not
 * leak, and is logged here with its cause.
 */
public final class ErrorCodes extends SimplePerformantInstrumentation {
    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);
    private static final String CODE = "code";
    private static final String REASON = "reason";

    /** Errors of a request the schema rejects, before anything ran. */
    private static final Set<ErrorClassification> REJECTED =
            Set.of(ErrorType.ValidationError, ErrorType.InvalidSyntax, ErrorType.OperationNotSupported);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .filter(error -> !explainedNull(error, result.getErrors()))
                .map(ErrorCodes::withCode)
                .toList();
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
                return rebuild(error, refusal.getMessage(), refusal.code(), refusal.reason());
            }
            if (Conflicts.isConflict(cause)) {
                LOG.infof("concurrent write conflicted at %s: %s", error.getPath(), cause);
                return rebuild(
                        error,
                        Conflicts.MESSAGE,
                        ErrorCode.CONFLICT,
                        Conflicts.isStaleVersion(cause) ? ClientException.STALE_VERSION : null);
            }
            if (DatabaseOutages.isOutage(cause)) {
                LOG.warnf("database unavailable at %s: %s", error.getPath(), cause);
                return rebuild(error, DatabaseOutages.MESSAGE, ErrorCode.SUBGRAPH_UNAVAILABLE);
            }
            if (cause instanceof CoercingParseLiteralException || cause instanceof CoercingParseValueException) {
                // SmallRye's number scalars let a variable like 1.5 for an Int through validation and
                // refuse it only when the field's arguments are converted: still the client's value
                return rebuild(
                        error,
                        "an argument has a value of the wrong type: " + ClientMessages.sanitize(cause.getMessage()),
                        ErrorCode.BAD_USER_INPUT);
            }
            LOG.errorf(cause, "unexpected error while fetching %s", error.getPath());
            return rebuild(error, "Internal error", ErrorCode.INTERNAL);
        }
        if (error.getExtensions() != null && error.getExtensions().containsKey(CODE)) {
            return error;
        }
        if (REJECTED.contains(error.getErrorType())) {
            return rebuild(error, ClientMessages.sanitize(error.getMessage()), ErrorCode.BAD_USER_INPUT);
        }
        LOG.errorf("unexpected error of type %s: %s", error.getErrorType(), error.getMessage());
        return rebuild(error, "Internal error", ErrorCode.INTERNAL);
    }

    /**
     * graphql-java adds a "null in a non-null field" error wherever a failure leaves a non-null
     * field without a value: a refused argument (an error without a path) or a failed field at or
     * below it. That error only repeats the first; alone, a resolver returned null by mistake.
     */
    static boolean explainedNull(GraphQLError error, List<GraphQLError> errors) {
        if (error.getErrorType() != ErrorType.NullValueInNonNullableField) {
            return false;
        }
        return errors.stream()
                .filter(other -> other.getErrorType() != ErrorType.NullValueInNonNullableField)
                .anyMatch(other -> other.getPath() == null || related(error.getPath(), other.getPath()));
    }

    /** Whether one path leads to the other. */
    private static boolean related(List<Object> path, List<Object> other) {
        if (path == null) {
            return true;
        }
        int common = Math.min(path.size(), other.size());
        return path.subList(0, common).equals(other.subList(0, common));
    }

    private static GraphQLError rebuild(GraphQLError error, String message, ErrorCode code) {
        return rebuild(error, message, code, null);
    }

    private static GraphQLError rebuild(GraphQLError error, String message, ErrorCode code, String reason) {
        Map<String, Object> extensions =
                new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(CODE, code.name());
        if (reason != null) {
            extensions.put(REASON, reason);
        }
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
