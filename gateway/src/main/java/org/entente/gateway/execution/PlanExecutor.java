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
 * de-duplicated representations in one {@code _entities} request and merges the answers back; a
 * BatchFetch does the same for several entity fetches to one subgraph in one request.
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
        if (node instanceof PlanNode.BatchFetch batch) {
            return batchFetch(batch, state);
        }
        return rootFetch((PlanNode.Fetch) node, state);
    }

    @SuppressWarnings("unchecked")
    private Future<Void> rootFetch(PlanNode.Fetch fetch, ExecutionState state) {
        if (fetch.skipped(state.variables) || outOfTime(state)) {
            return Future.succeededFuture();
        }
        SubgraphRequest request = new SubgraphRequest(
                fetch.serviceName(),
                fetch.operation(),
                variables(fetch.variableUsages(), state),
                state.authorization,
                state.deadline);
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
                .recover(failure -> unavailable(fetch.serviceName(), state, failure));
    }

    private Future<Void> entityFetch(PlanNode.Flatten flatten, ExecutionState state) {
        PlanNode.Fetch fetch = flatten.fetch();
        if (fetch.skipped(state.variables) || outOfTime(state)) {
            return Future.succeededFuture(); // every field it would fetch is excluded by @include/@skip
        }
        Representations representations;
        synchronized (state) {
            representations = collect(fetch, List.of(flatten.path()), state);
        }
        if (representations.isEmpty()) {
            return Future.succeededFuture(); // nothing at that path needs this subgraph
        }
        return sendEntities(
                fetch.serviceName(),
                fetch.operation(),
                fetch.variableUsages(),
                List.of(new EntitiesField(
                        "_entities", fetch.representationsVariable(), representations, fetch.conflictAliases())),
                state);
    }

    /**
     * Several entity fetches to one subgraph as one request, each batch with its own
     * {@code _entities} field. A batch with nothing to fetch is sent an empty list, as its field is
     * in the document either way; when no batch has anything, nothing is sent.
     */
    private Future<Void> batchFetch(PlanNode.BatchFetch batch, ExecutionState state) {
        if (outOfTime(state)) {
            return Future.succeededFuture();
        }
        List<EntitiesField> fields = new ArrayList<>();
        synchronized (state) {
            for (PlanNode.EntityBatch part : batch.batches()) {
                Representations representations = part.fetch().skipped(state.variables)
                        ? Representations.none()
                        : collect(part.fetch(), part.paths(), state);
                fields.add(new EntitiesField(
                        part.alias(),
                        part.variable(),
                        representations,
                        part.fetch().conflictAliases()));
            }
        }
        if (fields.stream().allMatch(f -> f.representations().isEmpty())) {
            return Future.succeededFuture();
        }
        return sendEntities(batch.serviceName(), batch.operation(), batch.variableUsages(), fields, state);
    }

    /**
     * An {@code _entities} field of a request: its response key, its variable, what it is sent, and
     * whether its selection has conflict aliases to take off.
     */
    private record EntitiesField(
            String responseKey, String variable, Representations representations, boolean unalias) {}

    /**
     * Sends the representations of each field in its variable and merges the answer back: each
     * field's entities go to its own objects, and so do its errors (whose paths start with its
     * response key); an error that names no field's representation belongs to no client path.
     */
    private Future<Void> sendEntities(
            String service, String operation, List<String> usages, List<EntitiesField> fields, ExecutionState state) {
        Map<String, Object> variables = variables(usages, state);
        fields.forEach(f -> variables.put(f.variable(), f.representations().values()));
        SubgraphRequest request =
                new SubgraphRequest(service, operation, variables, state.authorization, state.deadline);
        return send(request, state)
                .map(response -> {
                    synchronized (state) {
                        if (!state.open()) {
                            return null;
                        }
                        Map<String, Representations> byField = new LinkedHashMap<>();
                        for (EntitiesField f : fields) {
                            mergeEntities(response, f);
                            byField.put(f.responseKey(), f.representations());
                        }
                        for (Map<?, ?> error : errors(response)) {
                            state.errors.addAll(SubgraphErrors.entityErrors(error, service, byField));
                        }
                    }
                    return (Void) null;
                })
                .recover(failure -> unavailable(service, state, failure));
    }

    /** The representations of the objects at {@code paths}; objects that cannot be sent get an error. */
    private static Representations collect(PlanNode.Fetch fetch, List<List<String>> paths, ExecutionState state) {
        Representations representations =
                Representations.collect(state.data, paths, fetch.requires(), fetch.representedAs());
        for (List<Object> path : representations.unfetchable()) {
            // otherwise the fields this fetch would have added come back null without a word
            state.errors.add(SubgraphErrors.unfetchable(fetch.serviceName(), path));
        }
        return representations;
    }

    /**
     * Merges the entities of the answer's {@code field} into the objects of their representations;
     * an object answered with null is marked as missing in that subgraph.
     */
    @SuppressWarnings("unchecked")
    private static void mergeEntities(Map<String, Object> response, EntitiesField field) {
        Representations representations = field.representations();
        if (!(response.get("data") instanceof Map<?, ?> data
                && data.get(field.responseKey()) instanceof List<?> entities)) {
            return;
        }
        for (int i = 0; i < entities.size() && i < representations.size(); i++) {
            if (entities.get(i) instanceof Map<?, ?> entity) {
                for (Map<String, Object> target : representations.targets(i)) {
                    ExecutionState.mergeInto(target, (Map<String, Object>) entity, field.unalias());
                }
            } else if (entities.get(i) == null) {
                for (Map<String, Object> target : representations.targets(i)) {
                    target.put(ExecutionState.MISSING_ENTITY, true);
                }
            }
        }
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
    private static Future<Void> unavailable(String service, ExecutionState state, Throwable failure) {
        if (!(failure instanceof SubgraphUnavailableException)) {
            LOG.warnf(failure, "Subgraph %s failed", service);
        }
        state.addError(SubgraphErrors.unavailable(service, failure));
        return Future.succeededFuture();
    }

    /** The client's values of the variables a document uses. */
    private static Map<String, Object> variables(List<String> usages, ExecutionState state) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (String name : usages) {
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
