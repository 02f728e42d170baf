package org.entente.gateway.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.planning.QueryPlanner;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.ResponseError;

/**
 * The data merged so far and the errors collected while running one plan, with the fetches still
 * outstanding. Fetches of a Parallel step may complete on different threads, and the deadline on
 * yet another, so every access is synchronized on this object. Once closed (the plan has run, or
 * its deadline passed) the state no longer changes: the response is built from what it holds, and
 * late answers are dropped.
 */
final class ExecutionState {

    /**
     * Put in an object that its subgraph answered {@code null} for in {@code _entities}: it does not
     * exist there, so the client gets null for the whole object rather than nulls in its non-null
     * fields. No GraphQL name contains a colon, so no field of the client's can be called this.
     */
    static final String MISSING_ENTITY = "entente:missing";

    final Map<String, Object> data = new LinkedHashMap<>();
    final List<ResponseError> errors = new ArrayList<>();
    final Map<String, Object> variables;
    final String authorization;
    final Deadline deadline;
    /**
     * Whether the operation is a mutation: its root fetches write (and drop the cache of their
     * subgraph), and its entity fetches are never answered from the cache (its reads must see its writes).
     */
    final boolean mutation;
    /** Representations the cache answered, those it was asked for and did not have, those it could not be asked for. */
    int cacheHits;

    int cacheMisses;
    int cacheBypasses;
    /** Outstanding fetches per subgraph, in the order they were first sent. */
    private final Map<String, Integer> outstanding = new LinkedHashMap<>();

    private boolean closed;

    ExecutionState(Map<String, Object> variables, String authorization, Deadline deadline, boolean mutation) {
        this.variables = variables;
        this.authorization = authorization;
        this.deadline = deadline;
        this.mutation = mutation;
    }

    synchronized void addError(ResponseError error) {
        if (!closed) {
            errors.add(error);
        }
    }

    /** Whether answers may still change the state; callers check it inside their synchronized block. */
    boolean open() {
        return !closed;
    }

    /** No answer changes the state any more: the response is being built from it. */
    synchronized void close() {
        closed = true;
    }

    synchronized void sent(String service) {
        outstanding.merge(service, 1, Integer::sum);
    }

    synchronized void answered(String service) {
        outstanding.computeIfPresent(service, (s, n) -> n == 1 ? null : n - 1);
    }

    /**
     * Closes the state at the deadline, with an error for each subgraph that had not answered: the
     * same error a request the transport itself abandoned at the deadline leaves, whichever of the
     * two comes first.
     */
    synchronized void expire() {
        if (closed) {
            return;
        }
        for (String service : outstanding.keySet()) {
            errors.add(SubgraphErrors.unavailable(
                    service,
                    new SubgraphUnavailableException(
                            SubgraphUnavailableException.Reason.DEADLINE, "request deadline passed", null)));
        }
        closed = true;
    }

    /**
     * Merges a subgraph's answer into an object of the response. {@code unalias}: the fetch's
     * operation has conflict aliases ({@link QueryPlanner#CONFLICT_ALIAS}) to take off, which means
     * copying what is merged; a fetch without them (nearly all) merges the subgraph's objects as they are.
     */
    @SuppressWarnings("unchecked")
    static void mergeInto(Map<String, Object> target, Map<String, Object> source, boolean unalias) {
        String conflictAlias = unalias && source.get("__typename") instanceof String typename
                ? QueryPlanner.CONFLICT_ALIAS + typename + "__"
                : null;
        for (Map.Entry<String, Object> e : source.entrySet()) {
            String key = e.getKey();
            if (conflictAlias != null && key.startsWith(conflictAlias)) {
                key = key.substring(conflictAlias.length()); // aliased apart by the planner: the client's key
            }
            Object existing = target.get(key);
            Object incoming = e.getValue();
            if (existing instanceof Map<?, ?> a && incoming instanceof Map<?, ?> b) {
                mergeInto((Map<String, Object>) a, (Map<String, Object>) b, unalias);
            } else if (existing instanceof List<?> a && incoming instanceof List<?> b && a.size() == b.size()) {
                List<Object> list = (List<Object>) a;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Map<?, ?> x && b.get(i) instanceof Map<?, ?> y) {
                        mergeInto((Map<String, Object>) x, (Map<String, Object>) y, unalias);
                    } else if (list.get(i) == null) {
                        list.set(i, unalias ? unaliased(b.get(i)) : b.get(i));
                    }
                }
            } else if (existing == null || incoming != null) {
                target.put(key, unalias ? unaliased(incoming) : incoming);
            }
        }
    }

    /** A subgraph's value with the planner's conflict aliases ({@link QueryPlanner#CONFLICT_ALIAS}) taken off. */
    @SuppressWarnings("unchecked")
    private static Object unaliased(Object value) {
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            list.forEach(item -> result.add(unaliased(item)));
            return result;
        }
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        mergeInto(result, (Map<String, Object>) map, true);
        return result;
    }
}
