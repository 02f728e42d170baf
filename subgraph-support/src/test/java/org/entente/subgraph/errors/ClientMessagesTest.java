package org.entente.subgraph.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The messages SmallRye and graphql-java gave hostile requests, before and after cleaning. */
class ClientMessagesTest {

    @Test
    void astValuesBecomeGraphQLLiteralsAndJavaTypesGraphQLWords() {
        assertEquals(
                "argument 'id' with value '\"abc\"' is not a valid 'number'",
                ClientMessages.sanitize(
                        "argument 'id' with value 'StringValue{value='abc'}' is not a valid 'BigInteger'"));
        assertEquals(
                "Validation error (WrongType@[actors]) : argument 'first' with value '\"x\"' is not a valid 'Int' - "
                        + "Can not parse a number from [\"x\"]",
                ClientMessages.sanitize("Validation error (WrongType@[actors]) : argument 'first' with value "
                        + "'StringValue{value='x'}' is not a valid 'Int' - SRGQL000022: Can not parse a number from "
                        + "[StringValue{value='x'}]"));
        assertEquals(
                "Validation error (WrongType@[_entities]) : argument 'representations[0]' with value 'null' must not be null",
                ClientMessages.sanitize("Validation error (WrongType@[_entities]) : argument 'representations[0]' "
                        + "with value 'NullValue{}' must not be null"));
    }

    @Test
    void smallRyesCoercionMessagesLoseTheirIdsAndClassNames() {
        assertEquals(
                "Variable 'd' has an invalid value: Expected type [PartialDate] but was [number].",
                ClientMessages.sanitize(
                        "Variable 'd' has an invalid value: SRGQL000013: Expected type [String or class "
                                + "extending class org.entente.subgraph.graphql.PartialDateScalar] but was [BigDecimal]."));
        assertEquals(
                "Variable 'd' has an invalid value: Expected type [PartialDate] but was [object].",
                ClientMessages.sanitize(
                        "Variable 'd' has an invalid value: SRGQL000013: Expected type [String or class "
                                + "extending class org.entente.subgraph.graphql.PartialDateScalar] but was [HashMap]."));
        assertEquals(
                "argument 'input' with value '\"{}\"' is not a valid 'PositionInput'",
                ClientMessages.sanitize(
                        "argument 'input' with value 'StringValue{value='{}'}' is not a valid 'Unknown Scalar Type [PositionInput]'"));
    }

    @Test
    void graphqlJavasAstTypeNamesBecomeWords() {
        assertEquals(
                "Validation error (WrongType@[__type]) : argument 'name' with value '5' is not a valid 'String' - "
                        + "Expected a 'string' but it was a 'integer'",
                ClientMessages.sanitize(
                        "Validation error (WrongType@[__type]) : argument 'name' with value '5' is not a "
                                + "valid 'String' - Expected an AST type of 'StringValue' but it was a 'IntValue'"));
    }

    @Test
    void nestedLiteralsAreRendered() {
        assertEquals(
                "value '[1, {a: \"x\", b: null, c: RED, d: $v, e: [true, 1.5]}]' is wrong",
                ClientMessages.sanitize("value 'ArrayValue{values=[IntValue{value=1}, ObjectValue{objectFields=["
                        + "ObjectField{name='a', value=StringValue{value='x'}}, ObjectField{name='b', value=NullValue{}}, "
                        + "ObjectField{name='c', value=EnumValue{name='RED'}}, ObjectField{name='d', "
                        + "value=VariableReference{name='v'}}, ObjectField{name='e', value=ArrayValue{values=["
                        + "BooleanValue{value=true}, FloatValue{value=1.5}]}}]}]}' is wrong"));
    }

    @Test
    void aMessageThatStillNamesInternalsIsReplaced() {
        assertEquals(
                ClientMessages.GENERIC,
                ClientMessages.sanitize("java.lang.ClassCastException: class java.math.BigDecimal cannot be cast"));
        assertEquals(ClientMessages.GENERIC, ClientMessages.sanitize("Connection refused: actors-service:8081"));
        assertEquals(ClientMessages.GENERIC, ClientMessages.sanitize("could not reach 10.0.3.7:5432"));
        assertEquals(ClientMessages.GENERIC, ClientMessages.sanitize("broken StringValue{value='x"));
        assertEquals(ClientMessages.GENERIC, ClientMessages.sanitize(null));
    }

    @Test
    void aMessageWithoutInternalsIsKeptAsItIs() {
        String message = "Validation error (FieldUndefined@[nope]) : Field 'nope' in type 'Query' is undefined";
        assertEquals(message, ClientMessages.sanitize(message));
        String enumMessage = "Variable 'k' has an invalid value: Invalid input for enum 'ActorKind'. No value found "
                + "for name 'NOPE'";
        assertEquals(enumMessage, ClientMessages.sanitize(enumMessage));
    }

    @Test
    void aLongValueIsCut() {
        String sanitized = ClientMessages.sanitize("argument 'id' with value 'StringValue{value='" + "x".repeat(60_000)
                + "'}' is not a valid 'BigInteger'");
        assertTrue(sanitized.length() <= ClientMessages.MAX_LENGTH + 1, () -> sanitized.length() + " characters");
        assertTrue(sanitized.startsWith("argument 'id' with value '\"xxx"), sanitized.substring(0, 40));
    }
}
