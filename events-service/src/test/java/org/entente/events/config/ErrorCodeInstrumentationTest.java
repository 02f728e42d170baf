package org.entente.events.config;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import org.entente.events.service.BadUserInputException;
import org.entente.events.service.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorCodeInstrumentationTest {
    private static final ResultPath PATH = ResultPath.parse("/events");
    private static final SourceLocation LOCATION = new SourceLocation(1, 3);

    @Test
    void refusalsKeepTheirMessageAndCodeEvenWhenWrappedByABatch() {
        GraphQLError error = ErrorCodeInstrumentation.withCode(
                new ExceptionWhileDataFetching(PATH, new CompletionException(new NotFoundException("no event with id 7")), LOCATION));
        assertEquals("no event with id 7", error.getMessage());
        assertEquals("NOT_FOUND", error.getExtensions().get("code"));
        assertEquals(PATH.toList(), error.getPath());
    }

    @Test
    void unexpectedExceptionsAreInternalWithoutLeakingTheirMessage() {
        GraphQLError error = ErrorCodeInstrumentation.withCode(
                new ExceptionWhileDataFetching(PATH, new IllegalStateException("connection pool secret"), LOCATION));
        assertEquals("Internal error", error.getMessage());
        assertEquals("INTERNAL", error.getExtensions().get("code"));
    }

    @Test
    void schemaRejectionsAreBadUserInputAndExistingCodesStay() {
        GraphQLError validation = GraphqlErrorBuilder.newError().message("Field 'x' undefined").errorType(ErrorType.ValidationError).build();
        assertEquals("BAD_USER_INPUT", ErrorCodeInstrumentation.withCode(validation).getExtensions().get("code"));
        GraphQLError syntax = GraphqlErrorBuilder.newError().message("Invalid syntax").errorType(ErrorType.InvalidSyntax).build();
        assertEquals("BAD_USER_INPUT", ErrorCodeInstrumentation.withCode(syntax).getExtensions().get("code"));
        GraphQLError coded = GraphqlErrorBuilder.newError().message("m").extensions(Map.of("code", "CONFLICT")).build();
        assertEquals("CONFLICT", ErrorCodeInstrumentation.withCode(coded).getExtensions().get("code"));
        GraphQLError other = GraphqlErrorBuilder.newError().message("m").errorType(ErrorType.OperationNotSupported).build();
        assertEquals("INTERNAL", ErrorCodeInstrumentation.withCode(other).getExtensions().get("code"));
        assertEquals("BAD_USER_INPUT", new BadUserInputException("x").code());
    }
}
