package org.entente.relations;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;

/**
 * Federation's {@code _Any}: an entity representation ({@code __typename} and key) that the gateway
 * sends to {@code _entities}, always as a variable; it passes through as the map it came as.
 */
final class RepresentationScalar {

    static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
            .name("_Any")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value;
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return input;
                }

                @Override
                public Object parseLiteral(
                        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    throw new CoercingParseLiteralException("representations are sent as a variable");
                }
            })
            .build();

    private RepresentationScalar() {}
}
