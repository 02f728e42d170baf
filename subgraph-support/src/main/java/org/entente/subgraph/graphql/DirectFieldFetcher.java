package org.entente.subgraph.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Reads a field of the result object directly: its public field, else its public getter
 * ({@code getName}, {@code isName}, {@code name()}) of the GraphQL field's name.
 *
 * <p>SmallRye's own property fetcher prepares a full request context for every value it reads,
 * including a JSON copy of the selection below the field, rebuilt at every depth; a page of
 * statements spent more time there than in its SQL. Our result types carry no formatting
 * annotations, so the value as stored is the value to serialize. A class where no such member
 * exists is handed to SmallRye's fetcher, so a renamed field still resolves.
 */
public final class DirectFieldFetcher implements TrivialDataFetcher<Object> {
    private static final MethodType READER = MethodType.methodType(Object.class, Object.class);

    private final String name;
    private final DataFetcher<?> fallback;
    private final ClassValue<MethodHandle> readers = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return readerOf(type, name);
        }
    };

    DirectFieldFetcher(String name, DataFetcher<?> fallback) {
        this.name = name;
        this.fallback = fallback;
    }

    /** The schema with every SmallRye property fetcher replaced; other fetchers are kept. */
    public static GraphQLSchema replaceTrivialFetchers(GraphQLSchema schema) {
        var registry = schema.getCodeRegistry().transform(codes -> {
            for (var type : schema.getAllTypesAsList()) {
                if (!(type instanceof GraphQLObjectType object)
                        || object.getName().startsWith("__")) {
                    continue;
                }
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    DataFetcher<?> current = schema.getCodeRegistry().getDataFetcher(coordinates, field);
                    if (current instanceof FieldDataFetcher<?>) {
                        codes.dataFetcher(coordinates, new DirectFieldFetcher(field.getName(), current));
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(registry));
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        if (source == null) {
            return null;
        }
        MethodHandle reader = readers.get(source.getClass());
        if (reader == null) {
            return fallback.get(environment);
        }
        try {
            return reader.invokeExact(source);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** A handle reading {@code name} from a {@code type}, or null when it has no public member of that name. */
    static MethodHandle readerOf(Class<?> type, String name) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            Field field = type.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) {
                return lookup.unreflectGetter(field).asType(READER);
            }
        } catch (NoSuchFieldException | IllegalAccessException absent) {
            // try the getters
        }
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {"get" + capitalized, "is" + capitalized, name}) {
            try {
                Method method = type.getMethod(candidate);
                boolean isBooleanGetter = candidate.equals("is" + capitalized);
                if (Modifier.isStatic(method.getModifiers())
                        || method.getReturnType() == void.class
                        || isBooleanGetter && method.getReturnType() != boolean.class) {
                    continue;
                }
                return lookup.unreflect(method).asType(READER);
            } catch (NoSuchMethodException | IllegalAccessException absent) {
                // next candidate
            }
        }
        return null;
    }
}
