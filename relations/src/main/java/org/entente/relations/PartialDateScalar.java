package org.entente.relations;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import org.entente.dates.PartialDate;

/**
 * {@code PartialDate} in the relations subgraph. Inputs pass through as text and are parsed by the
 * fields, so that a malformed date is refused with BAD_USER_INPUT naming the argument; outputs are
 * {@link PartialDate}s written as their text.
 */
final class PartialDateScalar {

    static final GraphQLScalarType TYPE = GraphQLScalarType.newScalar()
            .name("PartialDate")
            .coercing(new Coercing<Object, String>() {
                @Override
                public String serialize(Object value, GraphQLContext context, Locale locale) {
                    return value.toString();
                }

                @Override
                public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                    return input.toString();
                }

                @Override
                public Object parseLiteral(
                        Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                    if (input instanceof StringValue s) {
                        return s.getValue();
                    }
                    if (input instanceof IntValue i) {
                        return i.getValue().toString(); // a bare year: 2005
                    }
                    throw new CoercingParseLiteralException("A PartialDate is written as a string, e.g. \"2007-05\"");
                }
            })
            .build();

    private PartialDateScalar() {}
}
