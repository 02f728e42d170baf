package org.entente.gateway.execution;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.entente.gateway.cache.CachePolicy;
import org.entente.gateway.cache.EntityCache;
import org.entente.gateway.cache.KeyJson;
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
    /** The "representation" a root answer is kept under: the request itself is its key. */
    private static final Map<String, Object> WHOLE_ANSWER = Map.of();

    /** Null when the gateway caches nothing. */
    private final EntityCache cache;

    public PlanExecutor(SubgraphTransport transport, EntityCache cache) {
        this.transport = transport;
        this.cache = cache;
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
        boolean mutation = state.mutation; // a mutation's root fetches are its writes
        if (mutation) {
            invalidate(fetch.serviceName());
        }
        EntityCache.Fetch cached = mutation || cache == null
                ? null
                : cache.begin(request.service(), request.query(), KeyJson.of(request.variables()), state.authorization);
        Map<String, Object> hit = cached == null ? null : cached.get(WHOLE_ANSWER);
        if (hit != null) {
            count(request.service(), 1, 0, state);
            synchronized (state) {
                if (state.open()) {
                    ExecutionState.mergeInto(state.data, hit, fetch.conflictAliases());
                }
            }
            return Future.succeededFuture();
        }
        return send(request, state)
                .andThen(done -> {
                    if (mutation) {
                        // before the client hears of the write, whether or not the answer says it
                        // succeeded: reads that were on their way before are not stored either
                        invalidate(fetch.serviceName());
                    }
                })
                .map(response -> {
                    synchronized (state) {
                        // before merging, which shares the answer's objects with later fetches
                        if (!mutation) {
                            storeRoot(request.service(), response, cached, state);
                        }
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
                        "_entities", fetch.representationsVariable(), representations, fetch.conflictAliases(), fetch)),
                null,
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
                        part.fetch().conflictAliases(),
                        part.fetch()));
            }
        }
        if (fields.stream().allMatch(f -> f.representations().isEmpty())) {
            return Future.succeededFuture();
        }
        return sendEntities(
                batch.serviceName(),
                batch.operation(),
                batch.variableUsages(),
                fields,
                batch.apart() == null ? null : () -> batchFetch(batch.apart(), state),
                state);
    }

    /**
     * An {@code _entities} field of a request: its response key, its variable, what it is sent,
     * whether its selection has conflict aliases to take off, and the entity fetch it does (whose
     * own operation and variables key its answers in the cache).
     */
    private record EntitiesField(
            String responseKey,
            String variable,
            Representations representations,
            boolean unalias,
            PlanNode.Fetch fetch) {

        EntitiesField with(Representations sent) {
            return new EntitiesField(responseKey, variable, sent, unalias, fetch);
        }
    }

    /**
     * Sends the representations of each field in its variable and merges the answer back: each
     * field's entities go to its own objects, and so do its errors (whose paths start with its
     * response key); an error that names no field's representation belongs to no client path.
     *
     * @param ifErrors null, or what to do instead of merging an answer that has errors
     *     ({@link PlanNode.BatchFetch#apart()})
     */
    private Future<Void> sendEntities(
            String service,
            String operation,
            List<String> usages,
            List<EntitiesField> wanted,
            Supplier<Future<Void>> ifErrors,
            ExecutionState state) {
        List<EntityCache.Fetch> cached = new ArrayList<>(wanted.size());
        List<EntitiesField> fields = fromCache(service, wanted, cached, state);
        if (fields.stream().allMatch(f -> f.representations().isEmpty())) {
            return Future.succeededFuture(); // the cache answered everything
        }
        Map<String, Object> variables = variables(usages, state);
        fields.forEach(f -> variables.put(f.variable(), f.representations().values()));
        SubgraphRequest request =
                new SubgraphRequest(service, operation, variables, state.authorization, state.deadline);
        return send(request, state)
                .compose(response -> {
                    if (ifErrors != null && !errors(response).isEmpty()) {
                        return ifErrors.get();
                    }
                    synchronized (state) {
                        // before merging, which may share the answer's objects with later fetches
                        store(response, fields, cached);
                        if (!state.open()) {
                            return Future.<Void>succeededFuture();
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
                    return Future.<Void>succeededFuture();
                })
                .recover(failure -> unavailable(service, state, failure));
    }

    /**
     * Answers what the cache has, merging it at once, and returns the fields with only the
     * representations still to be sent; {@code cached} gets each field's cache fetch (null for a
     * field the cache is not asked for).
     */
    private List<EntitiesField> fromCache(
            String service, List<EntitiesField> wanted, List<EntityCache.Fetch> cached, ExecutionState state) {
        if (cache == null || state.mutation) {
            wanted.forEach(f -> cached.add(null));
            return wanted;
        }
        List<EntitiesField> toSend = new ArrayList<>(wanted.size());
        for (EntitiesField field : wanted) {
            Representations representations = field.representations();
            EntityCache.Fetch fetch = representations.isEmpty()
                    ? null
                    : cache.begin(
                            service,
                            field.fetch().operation(),
                            KeyJson.of(variables(field.fetch().variableUsages(), state)),
                            state.authorization);
            cached.add(fetch);
            if (fetch == null) {
                synchronized (state) {
                    state.cacheBypasses += representations.size();
                }
                cache.metrics().bypassed(service, representations.size());
                toSend.add(field);
                continue;
            }
            List<Integer> missing = new ArrayList<>();
            synchronized (state) {
                for (int i = 0; i < representations.size(); i++) {
                    Map<String, Object> entity =
                            fetch.get(representations.values().get(i));
                    if (entity == null) {
                        missing.add(i);
                    } else if (state.open()) {
                        for (Map<String, Object> target : representations.targets(i)) {
                            ExecutionState.mergeInto(target, entity, field.unalias());
                        }
                    }
                }
            }
            count(service, representations.size() - missing.size(), missing.size(), state);
            toSend.add(missing.size() == representations.size() ? field : field.with(representations.subset(missing)));
        }
        return toSend;
    }

    private void count(String service, int hits, int misses, ExecutionState state) {
        synchronized (state) {
            state.cacheHits += hits;
            state.cacheMisses += misses;
        }
        cache.metrics().hits(service, hits);
        cache.metrics().misses(service, misses);
    }

    /**
     * Keeps a root answer its subgraph allowed to be cached, unless it has errors; and counts it, as
     * a miss or (while the subgraph's writes cannot be heard: {@code cached} null) a bypass. A root
     * answer its subgraph never allows is no miss: the look-up could not have helped.
     */
    private void storeRoot(
            String service, Map<String, Object> response, EntityCache.Fetch cached, ExecutionState state) {
        Optional<CachePolicy> policy = storable(response);
        if (policy.isEmpty()) {
            return;
        }
        if (cached == null) {
            synchronized (state) {
                state.cacheBypasses++;
            }
            cache.metrics().bypassed(service, 1);
            return;
        }
        count(service, 0, 1, state);
        cached.put(WHOLE_ANSWER, data(response), policy.get());
    }

    /**
     * How long a subgraph's answer may be kept, or empty when nothing of it may: no cache, an answer
     * with any error (an error may belong to an entity that still came back), or no data. The one
     * rule for root answers and entities alike.
     */
    private Optional<CachePolicy> storable(Map<String, Object> response) {
        if (cache == null || response.get("errors") != null || !(response.get("data") instanceof Map<?, ?>)) {
            return Optional.empty();
        }
        return CachePolicy.of(
                response.get(SubgraphTransport.CACHE_CONTROL) instanceof String header ? header : null,
                cache.defaultTtl());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> response) {
        return (Map<String, Object>) response.get("data");
    }

    /** Keeps each entity of the answer that its subgraph allowed to be cached ({@link #storable}). */
    private void store(Map<String, Object> response, List<EntitiesField> fields, List<EntityCache.Fetch> cached) {
        Optional<CachePolicy> policy = storable(response);
        if (policy.isEmpty()) {
            return;
        }
        Map<String, Object> data = data(response);
        for (int f = 0; f < fields.size(); f++) {
            EntityCache.Fetch fetch = cached.get(f);
            Representations sent = fields.get(f).representations();
            if (fetch == null || !(data.get(fields.get(f).responseKey()) instanceof List<?> entities)) {
                continue;
            }
            for (int i = 0; i < entities.size() && i < sent.size(); i++) {
                if (entities.get(i) instanceof Map<?, ?> entity) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> answer = (Map<String, Object>) entity;
                    fetch.put(sent.values().get(i), answer, policy.get());
                }
            }
        }
    }

    private void invalidate(String service) {
        if (cache != null) {
            cache.invalidate(service, "mutation");
        }
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
