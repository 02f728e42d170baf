package org.entente.gateway.execution;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import io.vertx.core.Future;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.gateway.planning.PreparedOperation;
import org.entente.gateway.planning.QueryPlan;
import org.entente.gateway.plugin.GraphQLResponse;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.supergraph.Supergraph;

/**
 * Executes a prepared operation: coerces variables, runs the plan, answers introspection
 * locally, shapes the response and attaches the query plan when asked.
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

    public GatewayExecutor(Supergraph supergraph, SubgraphTransport transport) {
        this.supergraph = supergraph;
        this.planExecutor = new PlanExecutor(transport);
        this.introspection = new IntrospectionExecutor(supergraph.apiSchema());
    }

    /**
     * @param authorization the client's Authorization header or null
     * @param withPlan      add {@code extensions.queryPlan} (readable text) to the response
     */
    public Future<GraphQLResponse> execute(
            PreparedOperation operation, Map<String, Object> rawVariables, String authorization, boolean withPlan) {
        QueryPlan plan = operation.plan();
        Map<String, Object> variables = coerce(plan, rawVariables);
        ExecutionState state = new ExecutionState(variables, authorization);
        return planExecutor.run(plan.root(), state).map(done -> {
            Map<String, Object> introspected = plan.operation().hasIntrospection()
                    ? introspection.execute(operation.introspection(), operation.operationName(), variables)
                    : null;
            Map<String, Object> data;
            List<ResponseError> errors;
            synchronized (state) {
                data = new ResponseShaper(supergraph.apiSchema(), variables, state.errors)
                        .shape(plan.operation(), state.data, introspected);
                errors = List.copyOf(state.errors);
            }
            return new GraphQLResponse(data, errors, withPlan ? Map.of("queryPlan", plan.describe()) : Map.of());
        });
    }

    private Map<String, Object> coerce(QueryPlan plan, Map<String, Object> raw) {
        try {
            CoercedVariables coerced = ValuesResolver.coerceVariableValues(
                    supergraph.apiSchema(),
                    plan.operation().variableDefinitions(),
                    RawVariables.of(raw == null ? Map.of() : raw),
                    GraphQLContext.getDefault(),
                    Locale.ENGLISH);
            return coerced.toMap();
        } catch (RuntimeException e) {
            throw new InvalidVariablesException(e.getMessage());
        }
    }
}
