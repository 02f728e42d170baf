package org.entente.gateway.execution;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.gateway.planning.PlanNode;
import org.entente.gateway.plugin.SubgraphRequest;
import org.jboss.logging.Logger;

/**
 * Runs a plan: Sequence children one after another, Parallel children together, each Fetch as
 * one subgraph request. An entity fetch collects the objects at its path, sends their
 * de-duplicated representations in one {@code _entities} request and merges the answers back.
 * A failing subgraph never fails the plan: its part stays empty and an error names it. Nothing is
 * sent once the request's deadline has passed, and answers that arrive after it are dropped.
 */
public final class PlanExecutor {

    private static final Logger LOG = Logger.getLogger(PlanExecutor.class);

    private final SubgraphTransport transport;

    public PlanExecutor(SubgraphTransport transport) {
        this.transport = transport;
    }

    Future<Void> run(PlanNode node, ExecutionState state) {
        if (node == null) {
            return Future.succeededFuture();
        }
        if (node instanceof PlanNode.Sequence sequence) {
            Future<Void> chain = Future.succeededFuture();
            for (PlanNode child : sequence.nodes()) {
                chain = chain.compose(v -> run(child, state));
            }
            return chain;
        }
        if (node instanceof PlanNode.Parallel parallel) {
            List<Future<Void>> all = new ArrayList<>();
            parallel.nodes().forEach(child -> all.add(run(child, state)));
            return Future.all(all).mapEmpty();
        }
        if (node instanceof PlanNode.Flatten flatten) {
            return entityFetch(flatten, state);
        }
        return rootFetch((PlanNode.Fetch) node, state);
    }

    @SuppressWarnings("unchecked")
    private Future<Void> rootFetch(PlanNode.Fetch fetch, ExecutionState state) {
        if (fetch.skipped(state.variables) || outOfTime(state)) {
            return Future.succeededFuture();
        }
        SubgraphRequest request = new SubgraphRequest(
                fetch.serviceName(), fetch.operation(), variables(fetch, state), state.authorization, state.deadline);
        return send(request, state)
                .map(response -> {
                    synchronized (state) {
                        if (!state.open()) {
                            return null;
                        }
                        if (response.get("data") instanceof Map<?, ?> data) {
                            ExecutionState.mergeInto(state.data, (Map<String, Object>) data, fetch.conflictAliases());
                        }
                        for (Map<?, ?> error : errors(response)) {
                            state.errors.add(SubgraphErrors.rootError(error, fetch.serviceName()));
                        }
                    }
                    return (Void) null;
                })
                .recover(failure -> unavailable(fetch, state, failure));
    }

    @SuppressWarnings("unchecked")
    private Future<Void> entityFetch(PlanNode.Flatten flatten, ExecutionState state) {
        PlanNode.Fetch fetch = flatten.fetch();
        if (fetch.skipped(state.variables) || outOfTime(state)) {
            return Future.succeededFuture(); // every field it would fetch is excluded by @include/@skip
        }
        Representations representations;
        synchronized (state) {
            representations =
                    Representations.collect(state.data, flatten.path(), fetch.requires(), fetch.representedAs());
            for (List<Object> path : representations.unfetchable()) {
                // otherwise the fields this fetch would have added come back null without a word
                state.errors.add(SubgraphErrors.unfetchable(fetch.serviceName(), path));
            }
        }
        if (representations.isEmpty()) {
            return Future.succeededFuture(); // nothing at that path needs this subgraph
        }
        Map<String, Object> variables = new LinkedHashMap<>(variables(fetch, state));
        variables.put("representations", representations.values());
        SubgraphRequest request = new SubgraphRequest(
                fetch.serviceName(), fetch.operation(), variables, state.authorization, state.deadline);
        return send(request, state)
                .map(response -> {
                    synchronized (state) {
                        if (!state.open()) {
                            return null;
                        }
                        Object data = response.get("data");
                        if (data instanceof Map<?, ?> map && map.get("_entities") instanceof List<?> entities) {
                            for (int i = 0; i < entities.size() && i < representations.size(); i++) {
                                if (entities.get(i) instanceof Map<?, ?> entity) {
                                    for (Map<String, Object> target : representations.targets(i)) {
                                        ExecutionState.mergeInto(
                                                target, (Map<String, Object>) entity, fetch.conflictAliases());
                                    }
                                } else if (entities.get(i) == null) {
                                    for (Map<String, Object> target : representations.targets(i)) {
                                        target.put(ExecutionState.MISSING_ENTITY, true);
                                    }
                                }
                            }
                        }
                        for (Map<?, ?> error : errors(response)) {
                            state.errors.addAll(
                                    SubgraphErrors.entityErrors(error, fetch.serviceName(), representations));
                        }
                    }
                    return (Void) null;
                })
                .recover(failure -> unavailable(fetch, state, failure));
    }

    /** A transport that throws (an in-process subgraph's bug) fails this fetch only. */
    private Future<Map<String, Object>> send(SubgraphRequest request, ExecutionState state) {
        state.sent(request.service());
        Future<Map<String, Object>> answer;
        try {
            answer = transport.send(request);
        } catch (RuntimeException e) {
            answer = Future.failedFuture(e);
        }
        return answer.andThen(done -> state.answered(request.service()));
    }

    /** Past the deadline nothing more is sent: the response is being built from what arrived. */
    private static boolean outOfTime(ExecutionState state) {
        synchronized (state) {
            return !state.open() || state.deadline.passed();
        }
    }

    /** The transport logged its own failures; anything else (an in-process subgraph's) is logged here. */
    private static Future<Void> unavailable(PlanNode.Fetch fetch, ExecutionState state, Throwable failure) {
        if (!(failure instanceof SubgraphUnavailableException)) {
            LOG.warnf(failure, "Subgraph %s failed", fetch.serviceName());
        }
        state.addError(SubgraphErrors.unavailable(fetch.serviceName(), failure));
        return Future.succeededFuture();
    }

    private static Map<String, Object> variables(PlanNode.Fetch fetch, ExecutionState state) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String name : fetch.variableUsages()) {
            if (state.variables.containsKey(name)) {
                variables.put(name, state.variables.get(name));
            }
        }
        return variables;
    }

    /** The error objects of a subgraph's JSON answer. */
    private static List<Map<?, ?>> errors(Map<String, Object> response) {
        List<Map<?, ?>> result = new ArrayList<>();
        if (response.get("errors") instanceof List<?> list) {
            for (Object e : list) {
                if (e instanceof Map<?, ?> m) {
                    result.add(m);
                }
            }
        }
        return result;
    }
}
