package org.entente.subgraph.graphql;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything is read, an operation whose answer could hold more than
 * {@link #MAX_OBJECTS} objects. A subgraph builds its whole answer in memory, so one request for
 * 200 actors' hundred latest events and statements each (60,000 facts) was enough to exhaust a
 * service's heap; the gateway asks in smaller batches and clients get a clear refusal.
 *
 * <p>The estimate counts every object once per list element above it. A list's size is the
 * field's {@code first} argument (a page's size applies to what is inside it), or the length of
 * its {@code ids} or {@code representations} argument; a list without such an argument
 * (participants, memberships) counts as one element, since its length is data, not request.
 */
public final class ResultSizeLimit extends MaxQueryComplexityInstrumentation {

    /** Well above a client's largest useful page (100 × 100 nested) and the gateway's fact batches. */
    public static final int MAX_OBJECTS = 50_000;

    /** The list arguments whose length is a list field's size. */
    private static final List<String> SIZED_BY_LENGTH = List.of("ids", "representations");

    public ResultSizeLimit() {
        this(MAX_OBJECTS);
    }

    ResultSizeLimit(int maxObjects) {
        super(maxObjects, (field, childObjects) -> objects(field, childObjects, maxObjects));
    }

    /**
     * Objects under {@code field}. A list holds its elements, each with its children's objects; a
     * page (an object field with {@code first}) is one object whose children repeat per element;
     * any other object field is one object with its children. Capped just above the maximum, so
     * that graphql-java's int sum over many huge siblings cannot wrap around to a small number (a
     * negative sum means it already did).
     */
    static int objects(FieldComplexityEnvironment field, int childObjects, int maxObjects) {
        if (field.getField().getSelectionSet() == null) {
            return 0; // a scalar or enum: no object
        }
        long children = childObjects < 0 ? Integer.MAX_VALUE : childObjects;
        long elements = elements(field.getArguments());
        boolean list = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()) instanceof GraphQLList;
        long total = list ? elements * (1 + children) : 1 + elements * children;
        return (int) Math.min(total, maxObjects + 1L);
    }

    private static long elements(Map<String, Object> arguments) {
        if (arguments.get("first") instanceof Number first) {
            return Math.max(first.intValue(), 1);
        }
        for (String list : SIZED_BY_LENGTH) {
            if (arguments.get(list) instanceof List<?> values) {
                return Math.max(values.size(), 1);
            }
        }
        return 1;
    }

    @Override
    protected AbortExecutionException mkAbortException(int estimate, int maximum) {
        return OperationLimitError.abort(
                "The answer could hold more than " + maximum + " objects, the most one request may ask for;"
                        + " ask for smaller pages (first) or fewer ids",
                "maxObjects",
                maximum,
                estimate);
    }
}
