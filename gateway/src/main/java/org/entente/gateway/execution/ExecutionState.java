package org.entente.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.plugin.ResponseError;

/**
 * The data merged so far and the errors collected while running one plan. Fetches of a
 * Parallel step may complete on different threads, so every access is synchronized.
 */
final class ExecutionState {

    final Map<String, Object> data = new LinkedHashMap<>();
    final List<ResponseError> errors = new ArrayList<>();
    final Map<String, Object> variables;
    final String authorization;

    ExecutionState(Map<String, Object> variables, String authorization) {
        this.variables = variables;
        this.authorization = authorization;
    }

    synchronized void addError(ResponseError error) {
        errors.add(error);
    }

    /** Merges a subgraph's answer into an object of the response. */
    @SuppressWarnings("unchecked")
    static void mergeInto(Map<String, Object> target, Map<String, Object> source) {
        for (Map.Entry<String, Object> e : source.entrySet()) {
            Object existing = target.get(e.getKey());
            Object incoming = e.getValue();
            if (existing instanceof Map<?, ?> a && incoming instanceof Map<?, ?> b) {
                mergeInto((Map<String, Object>) a, (Map<String, Object>) b);
            } else if (existing instanceof List<?> a && incoming instanceof List<?> b && a.size() == b.size()) {
                List<Object> list = (List<Object>) a;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> x && b.get(i) instanceof Map<?, ?> y) {
                        mergeInto((Map<String, Object>) x, (Map<String, Object>) y);
                    } else if (list.get(i) == null) {
                        list.set(i, b.get(i));
                    }
                }
            } else if (existing == null || incoming != null) {
                target.put(e.getKey(), incoming);
            }
        }
    }

    static List<Object> append(List<Object> path, Object element) {
        List<Object> result = new ArrayList<>(path.size() + 1);
        result.addAll(path);
        result.add(element);
        return result;
    }
}
