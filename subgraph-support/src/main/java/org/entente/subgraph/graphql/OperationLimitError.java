package org.entente.subgraph.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.subgraph.errors.ErrorCode;

/**
 * The refusal of an operation that exceeds one of the subgraph's limits, before anything is read:
 * BAD_USER_INPUT, with the limit's name, its maximum and the operation's value in
 * {@code extensions} (as the gateway reports its own limits).
 */
final class OperationLimitError {
    private OperationLimitError() {}

    static AbortExecutionException abort(String message, String limit, int maximum, int actual) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
        extensions.put("limit", limit);
        extensions.put("maximum", maximum);
        extensions.put("actual", actual);
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(message)
                .extensions(extensions)
                .build()));
    }
}
