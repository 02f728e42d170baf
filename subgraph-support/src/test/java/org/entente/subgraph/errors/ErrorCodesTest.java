package org.entente.subgraph.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorCodesTest {

    private static final SourceLocation LOCATION = new SourceLocation(1, 3);

    private static ExceptionWhileDataFetching fetching(Throwable cause) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/actor"), cause, LOCATION);
    }

    @Test
    void aClientExceptionKeepsItsMessageAndGivesItsCode() {
        GraphQLError error = ErrorCodes.withCode(fetching(ClientException.conflict("handle taken")));
        assertEquals("handle taken", error.getMessage());
        assertEquals("CONFLICT", error.getExtensions().get("code"));
        assertFalse(error.getExtensions().containsKey("reason"), "the code says it all");
        assertEquals(List.of("actor"), error.getPath());
        assertEquals(List.of(LOCATION), error.getLocations());
    }

    @Test
    void aStaleVersionIsAConflictWithItsReason() {
        GraphQLError error = ErrorCodes.withCode(fetching(ClientException.staleVersion("actor 7 is at version 2")));
        assertEquals("CONFLICT", error.getExtensions().get("code"));
        assertEquals("STALE_VERSION", error.getExtensions().get("reason"));
        assertEquals("actor 7 is at version 2", error.getMessage());
    }

    @Test
    void aClientExceptionInsideABatchIsUnwrapped() {
        GraphQLError completion =
                ErrorCodes.withCode(fetching(new CompletionException(ClientException.notFound("no actor 7"))));
        assertEquals("NOT_FOUND", completion.getExtensions().get("code"));
        assertEquals("no actor 7", completion.getMessage());
        GraphQLError execution =
                ErrorCodes.withCode(fetching(new ExecutionException(ClientException.forbidden("editors only"))));
        assertEquals("FORBIDDEN", execution.getExtensions().get("code"));
    }

    @Test
    void aSubgraphThatCannotAnswerKeepsItsCauseOutOfTheMessage() {
        ClientException refusal = ClientException.subgraphUnavailable(
                "actors-service could not check the actors",
                new java.net.ConnectException("Connection refused: localhost/127.0.0.1:8081"));
        GraphQLError error = ErrorCodes.withCode(fetching(refusal));
        assertEquals("SUBGRAPH_UNAVAILABLE", error.getExtensions().get("code"));
        assertEquals("actors-service could not check the actors", error.getMessage());
    }

    @Test
    void anUnexpectedExceptionIsInternalAndDoesNotLeakItsMessage() {
        GraphQLError error =
                ErrorCodes.withCode(fetching(new IllegalStateException("connection pool exhausted at db-3")));
        assertEquals("INTERNAL", error.getExtensions().get("code"));
        assertEquals("Internal error", error.getMessage());
    }

    @Test
    void anArgumentValueSmallRyeCannotConvertIsBadUserInputWithoutItsMessageId() {
        GraphQLError error = ErrorCodes.withCode(fetching(
                new graphql.schema.CoercingParseLiteralException("SRGQL000021: Can not parse a integer from [1.5]")));
        assertEquals("BAD_USER_INPUT", error.getExtensions().get("code"));
        assertEquals(
                "an argument has a value of the wrong type: Can not parse a integer from [1.5]", error.getMessage());
    }

    @Test
    void aRequestTheSchemaRejectsIsBadUserInput() {
        ValidationError invalid = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .sourceLocation(LOCATION)
                .description("Validation error of type WrongType: argument first")
                .build();
        GraphQLError error = ErrorCodes.withCode(invalid);
        assertEquals("BAD_USER_INPUT", error.getExtensions().get("code"));
        assertEquals(invalid.getMessage(), error.getMessage());
    }

    @Test
    void aWriteThatLostARaceIsAConflictNotInternal() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        GraphQLError error =
                ErrorCodes.withCode(fetching(new CompletionException(new PersistenceException(duplicate))));
        assertEquals("CONFLICT", error.getExtensions().get("code"));
        assertEquals(Conflicts.MESSAGE, error.getMessage());
        assertFalse(error.getExtensions().containsKey("reason"), "a duplicate key is no stale version");
        // A row whose version moved on between read and flush: the client's copy is stale.
        Map<String, Object> lostLock =
                ErrorCodes.withCode(fetching(new OptimisticLockException())).getExtensions();
        assertEquals("CONFLICT", lostLock.get("code"));
        assertEquals("STALE_VERSION", lostLock.get("reason"));
    }

    /** The driver's connection failures (SQLSTATE class 08, a server shutting down) are an outage, not a bug. */
    @Test
    void aDatabaseThatCannotBeReachedIsUnavailableNotInternal() {
        for (SQLException outage : List.of(
                new SQLException("Connection to localhost:54321 refused", "08001"),
                new SQLException("An I/O error occurred while sending to the backend", "08006"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new java.sql.SQLTransientConnectionException("acquisition timeout"))) {
            GraphQLError error =
                    ErrorCodes.withCode(fetching(new CompletionException(new PersistenceException(outage))));
            assertEquals("SUBGRAPH_UNAVAILABLE", error.getExtensions().get("code"), outage.getMessage());
            assertEquals(DatabaseOutages.MESSAGE, error.getMessage());
        }
        GraphQLError bug = ErrorCodes.withCode(
                fetching(new PersistenceException(new SQLException("relation \"actor\" does not exist", "42P01"))));
        assertEquals("INTERNAL", bug.getExtensions().get("code"));
    }

    @Test
    void aRejectedRequestsMessageNamesNoJavaClass() {
        ValidationError coercion = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .description("Variable 'd' has an invalid value: SRGQL000013: Expected type [String or class extending "
                        + "class org.entente.subgraph.graphql.PartialDateScalar] but was [BigDecimal].")
                .build();
        GraphQLError error = ErrorCodes.withCode(coercion);
        assertEquals("BAD_USER_INPUT", error.getExtensions().get("code"));
        assertEquals(
                "Variable 'd' has an invalid value: Expected type [PartialDate] but was [number].", error.getMessage());
    }

    @Test
    void aNullThatAnotherErrorExplainsIsDropped() {
        GraphQLError refusedArgument = ValidationError.newValidationError()
                .validationErrorType(ValidationErrorType.WrongType)
                .description("argument 'id' with value 'StringValue{value='x'}' is not a valid 'BigInteger'")
                .build();
        GraphQLError nullField = GraphqlErrorBuilder.newError()
                .errorType(ErrorType.NullValueInNonNullableField)
                .path(List.of("endMembership"))
                .message("The field at path '/endMembership' was declared as a non null type")
                .build();
        assertTrue(ErrorCodes.explainedNull(nullField, List.of(refusedArgument, nullField)));
        GraphQLError failedBelow = fetching(ClientException.notFound("x"));
        GraphQLError nullAbove = GraphqlErrorBuilder.newError()
                .errorType(ErrorType.NullValueInNonNullableField)
                .path(List.of())
                .message("null")
                .build();
        assertTrue(ErrorCodes.explainedNull(nullAbove, List.of(failedBelow, nullAbove)));
    }

    @Test
    void aNullNothingExplainsIsInternal() {
        GraphQLError nullField = GraphqlErrorBuilder.newError()
                .errorType(ErrorType.NullValueInNonNullableField)
                .path(List.of("actors"))
                .message("The field at path '/actors' was declared as a non null type")
                .build();
        GraphQLError elsewhere = GraphqlErrorBuilder.newError()
                .errorType(ErrorType.DataFetchingException)
                .path(List.of("other"))
                .message("x")
                .build();
        assertFalse(ErrorCodes.explainedNull(nullField, List.of(nullField, elsewhere)));
        GraphQLError coded = ErrorCodes.withCode(nullField);
        assertEquals("INTERNAL", coded.getExtensions().get("code"));
        assertEquals("Internal error", coded.getMessage());
    }

    @Test
    void anErrorThatHasACodeIsLeftAlone() {
        GraphQLError coded = GraphqlErrorBuilder.newError()
                .message("x")
                .extensions(Map.of("code", "FORBIDDEN"))
                .build();
        assertSame(coded, ErrorCodes.withCode(coded));
    }
}
