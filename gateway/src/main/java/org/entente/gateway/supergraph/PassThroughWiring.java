package org.entente.gateway.supergraph;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.GraphQLScalarType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import java.util.Locale;
import java.util.Map;

/**
 * Wiring for the API schema. The gateway never resolves domain fields with it (subgraphs do);
 * it serves validation and introspection, so custom scalars accept what the subgraph accepts.
 */
final class PassThroughWiring implements WiringFactory {

    private static final TypeResolver BY_TYPENAME =
            env -> env.getObject() instanceof Map<?, ?> map && map.get("__typename") instanceof String name
                    ? env.getSchema().getObjectType(name)
                    : null;

    @Override
    public boolean providesScalar(ScalarWiringEnvironment environment) {
        return !ScalarInfo.isGraphqlSpecifiedScalar(
                environment.getScalarTypeDefinition().getName());
    }

    @Override
    public GraphQLScalarType getScalar(ScalarWiringEnvironment environment) {
        return GraphQLScalarType.newScalar()
                .name(environment.getScalarTypeDefinition().getName())
                .description(
                        environment.getScalarTypeDefinition().getDescription() == null
                                ? null
                                : environment
                                        .getScalarTypeDefinition()
                                        .getDescription()
                                        .getContent())
                .definition(environment.getScalarTypeDefinition())
                .coercing(new PassThroughCoercing())
                .build();
    }

    @Override
    public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
        return true;
    }

    @Override
    public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
        return BY_TYPENAME;
    }

    @Override
    public boolean providesTypeResolver(UnionWiringEnvironment environment) {
        return true;
    }

    @Override
    public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
        return BY_TYPENAME;
    }

    /** Leaves custom scalar values as JSON: the owning subgraph validates them. */
    private static final class PassThroughCoercing implements Coercing<Object, Object> {
        @Override
        public Object serialize(Object dataFetcherResult, GraphQLContext context, Locale locale) {
            return dataFetcherResult;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            return input;
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            return AstValues.toJava(input, variables.toMap());
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return AstValues.toLiteral(input);
        }
    }
}
