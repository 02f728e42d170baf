package org.entente.gateway.execution;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.gateway.cache.EntityCache;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.planning.QueryPlan;
import org.entente.gateway.plugin.Deadline;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.supergraph.Supergraph;

/**
 * Executes a prepared operation: coerces variables, runs the plan, answers introspection
 * locally, shapes the response and attaches the query plan when asked. At the request's deadline
 * it answers with what has arrived, whatever is still running.
 */
public final class GatewayExecutor {

    /** Variables that do not fit their declared types; the operation did not run. */
    public static final class InvalidVariablesException extends RuntimeException {
        public InvalidVariablesException(String message) {
            super(message);
        }
    }

    private final Supergraph supergraph;
    private final PlanExecutor planExecutor;
    private final IntrospectionExecutor introspection;
    private final Vertx vertx;

    public GatewayExecutor(Supergraph supergraph, SubgraphTransport transport, Vertx vertx) {
        this(supergraph, transport, vertx, null);
    }

    /** @param cache the entity cache, or null for none */
    public GatewayExecutor(Supergraph supergraph, SubgraphTransport transport, Vertx vertx, EntityCache cache) {
        this.supergraph = supergraph;
        this.planExecutor = new PlanExecutor(transport, cache);
        this.introspection = new IntrospectionExecutor(supergraph.apiSchema());
        this.vertx = vertx;
    }

    /**
     * The client's variables coerced to the operation's declared types, defaults filled in.
     *
     * @throws InvalidVariablesException when they do not fit
     */
    public CoercedVariables variables(PreparedOperation operation, Map<String, Object> raw) {
        try {
            return ValuesResolver.coerceVariableValues(
                    supergraph.apiSchema(),
                    operation.plan().operation().variableDefinitions(),
                    RawVariables.of(raw == null ? Map.of() : raw),
                    GraphQLContext.getDefault(),
                    Locale.ENGLISH);
        } catch (RuntimeException e) {
            throw new InvalidVariablesException(e.getMessage());
        }
    }

    /**
     * @param authorization the client's Authorization header or null
     * @param deadline      when the client must be answered: then the response holds what has
     *                      arrived, with an error for each subgraph still being waited for, and the
     *                      outstanding subgraph requests are reset
     * @param withPlan      add {@code extensions.queryPlan} (readable text) to the response
     */
    public Future<GraphQLResponse> execute(
            PreparedOperation operation,
            CoercedVariables coerced,
            String authorization,
            Deadline deadline,
            boolean withPlan) {
        return execute(operation, coerced, authorization, deadline, withPlan, new CacheTally());
    }

    /** As above; {@code tally} gets what the entity cache answered once the response is ready. */
    public Future<GraphQLResponse> execute(
            PreparedOperation operation,
            CoercedVariables coerced,
            String authorization,
            Deadline deadline,
            boolean withPlan,
            CacheTally tally) {
        return run(
                operation,
                coerced,
                authorization,
                deadline,
                tally,
                (variables, state, introspected) ->
                        shaped(operation, variables, state, introspected, extensions(operation, withPlan)));
    }

    /**
     * The response as GraphQL-over-HTTP JSON ({@link GraphQLResponse#toSpecification()}'s form),
     * written straight from the subgraphs' data when nothing in it needs shaping to decide (nearly
     * always), shaped first otherwise: the same bytes either way.
     */
    public Future<JsonResponse> executeToJson(
            PreparedOperation operation,
            CoercedVariables coerced,
            String authorization,
            Deadline deadline,
            boolean withPlan,
            CacheTally tally) {
        return run(operation, coerced, authorization, deadline, tally, (variables, state, introspected) -> {
            Map<String, Object> extensions = extensions(operation, withPlan);
            Buffer written = ResponseWriter.write(
                    supergraph.apiSchema(),
                    operation.plan().operation(),
                    variables,
                    state.data,
                    introspected,
                    state.errors,
                    extensions);
            if (written != null) {
                return new JsonResponse(written, !state.errors.isEmpty());
            }
            GraphQLResponse shaped = shaped(operation, variables, state, introspected, extensions);
            return new JsonResponse(
                    Json.encodeToBuffer(shaped.toSpecification()),
                    !shaped.errors().isEmpty());
        });
    }

    /** A response as GraphQL-over-HTTP JSON, and whether it has errors (an answer that may not be cached). */
    public record JsonResponse(Buffer json, boolean hasErrors) {}

    /** Turns the data and errors of a plan that has run into the response; called once, with the state closed. */
    private interface Answer<T> {
        T from(Map<String, Object> variables, ExecutionState state, Map<String, Object> introspected);
    }

    private <T> Future<T> run(
            PreparedOperation operation,
            CoercedVariables coerced,
            String authorization,
            Deadline deadline,
            CacheTally tally,
            Answer<T> answer) {
        QueryPlan plan = operation.plan();
        Map<String, Object> variables = coerced.toMap();
        ExecutionState state = new ExecutionState(variables, authorization, deadline, operation.isMutation());
        Promise<Void> done = Promise.promise();
        long timer = vertx.setTimer(Math.max(1, deadline.remainingMillis()), id -> {
            state.expire();
            done.tryComplete();
        });
        planExecutor.run(plan.root(), state).onComplete(ran -> {
            vertx.cancelTimer(timer);
            if (ran.succeeded()) {
                done.tryComplete(ran.result());
            } else {
                done.tryFail(ran.cause());
            }
        });
        return done.future().map(ran -> {
            Map<String, Object> introspected = plan.operation().hasIntrospection()
                    ? introspection.execute(operation.introspection(), operation.operationName(), variables)
                    : null;
            synchronized (state) {
                state.close(); // late answers can no longer change what is being answered
                tally.hits = state.cacheHits;
                tally.misses = state.cacheMisses;
                tally.bypasses = state.cacheBypasses;
                return answer.from(variables, state, introspected);
            }
        });
    }

    /** The response shaped from the state: the client's fields, null propagation and its errors. */
    private GraphQLResponse shaped(
            PreparedOperation operation,
            Map<String, Object> variables,
            ExecutionState state,
            Map<String, Object> introspected,
            Map<String, Object> extensions) {
        Map<String, Object> data = new ResponseShaper(supergraph.apiSchema(), variables, state.errors)
                .shape(operation.plan().operation(), state.data, introspected);
        return new GraphQLResponse(data, List.copyOf(state.errors), extensions);
    }

    private static Map<String, Object> extensions(PreparedOperation operation, boolean withPlan) {
        return withPlan ? Map.of("queryPlan", operation.plan().describe()) : Map.of();
    }
}
