package org.entente.actors.config;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.entente.actors.service.ClientException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ErrorCodesTest {

    private static final SourceLocation LOCATION = new SourceLocation(1, 3);

    private static ExceptionWhileDataFetching fetching(Throwable cause) {
        return new ExceptionWhileDataFetching(ResultPath.parse("/actor"), cause, LOCATION);
    }

    @Test
    void aClientExceptionKeepsItsMessageAndGivesItsCode() {
        GraphQLError error = ErrorCodes.withCode(fetching(ClientException.conflict("stale version")));
        assertEquals("stale version", error.getMessage());
        assertEquals("CONFLICT", error.getExtensions().get("code"));
        assertEquals(List.of("actor"), error.getPath());
        assertEquals(List.of(LOCATION), error.getLocations());
    }

    @Test
    void aClientExceptionInsideABatchIsUnwrapped() {
        GraphQLError error = ErrorCodes.withCode(fetching(new CompletionException(ClientException.notFound("no actor 7"))));
        assertEquals("NOT_FOUND", error.getExtensions().get("code"));
        assertEquals("no actor 7", error.getMessage());
    }

    @Test
    void anUnexpectedExceptionIsInternalAndDoesNotLeakItsMessage() {
        GraphQLError error = ErrorCodes.withCode(fetching(new IllegalStateException("connection pool exhausted at db-3")));
        assertEquals("INTERNAL", error.getExtensions().get("code"));
        assertEquals("Internal error", error.getMessage());
    }

    @Test
    void aRequestTheSchemaRejectsIsBadUserInput() {
        ValidationError invalid = ValidationError.newValidationError().validationErrorType(ValidationErrorType.WrongType)
                .sourceLocation(LOCATION).description("'2007-13' is not a PartialDate").build();
        GraphQLError error = ErrorCodes.withCode(invalid);
        assertEquals("BAD_USER_INPUT", error.getExtensions().get("code"));
        assertEquals(invalid.getMessage(), error.getMessage());
    }

    @Test
    void anErrorThatHasACodeIsLeftAlone() {
        GraphQLError coded = GraphqlErrorBuilder.newError().message("x").extensions(Map.of("code", "FORBIDDEN")).build();
        assertSame(coded, ErrorCodes.withCode(coded));
    }
}
