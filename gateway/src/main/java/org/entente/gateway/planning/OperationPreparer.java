package org.entente.gateway.planning;

import graphql.GraphQLError;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.gateway.plugin.ResponseError;
import org.entente.gateway.supergraph.Supergraph;

/**
 * Parses, checks limits, validates against the API schema, normalizes and plans a document. Planned
 * operations are cached per (document, operation name), within a bound on the heap they keep;
 * refusals are not cached. Preparing is CPU work that grows with the document: callers on an event
 * loop take {@link #cached} there and run {@link #prepare} on a worker.
 */
public final class OperationPreparer implements OperationSource {

    private final Supergraph supergraph;
    private final QueryPlanner planner;
    private final OperationLimits limits;
    private final CostModel costs;
    private final PlanCache cache;

    /** @param cacheBytes the most heap the cached operations may keep, as estimated by {@link RetainedSize} */
    public OperationPreparer(Supergraph supergraph, OperationLimits limits, CostModel costs, long cacheBytes) {
        this.supergraph = supergraph;
        this.planner = new QueryPlanner(supergraph);
        this.limits = limits;
        this.costs = costs;
        this.cache = new PlanCache(cacheBytes);
    }

    /** The operation planned earlier for this document and operation name, or null: cheap. */
    @Override
    public PreparedOperation cached(String query, String operationName) {
        return cache.get(query, operationName);
    }

    /** The cached operation, or one prepared now (cached when planned): CPU work, keep it off event loops. */
    @Override
    public PreparedOperation prepare(String query, String operationName) {
        PreparedOperation cached = cache.get(query, operationName);
        if (cached != null) {
            return cached;
        }
        PreparedOperation prepared = doPrepare(query, operationName);
        if (!prepared.refused()) {
            cache.put(query, operationName, prepared);
        }
        return prepared;
    }

    /** How many planned operations the cache holds. */
    public long cachedPlans() {
        return cache.size();
    }

    /** The heap the cached operations keep, as estimated for the cache's bound. */
    public long cachedBytes() {
        return cache.bytes();
    }

    private PreparedOperation doPrepare(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return refused(operationName, toErrors(List.of(e.toInvalidSyntaxError())));
        }
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        List<OperationDefinition> operations = new ArrayList<>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof FragmentDefinition f) {
                fragments.put(f.getName(), f);
            } else if (d instanceof OperationDefinition o) {
                operations.add(o);
            }
        }
        Optional<OperationDefinition> chosen = choose(operations, operationName);
        if (chosen.isEmpty()) {
            String message = operationName == null
                    ? "The document must contain exactly one operation or name the one to run"
                    : "Unknown operation named '" + operationName + "'";
            return PreparedOperation.refusal(
                    operationName, GraphQLRequestError.of(message, ResponseError.BAD_USER_INPUT, Map.of()));
        }
        Optional<GraphQLRequestError> overLimit = limits.check(document, chosen.get(), fragments);
        if (overLimit.isPresent()) {
            return PreparedOperation.refusal(operationName, overLimit.get());
        }
        List<ValidationError> invalid =
                new Validator().validateDocument(supergraph.apiSchema(), document, Locale.ENGLISH);
        if (!invalid.isEmpty()) {
            return refused(operationName, toErrors(new ArrayList<>(invalid)));
        }
        if (chosen.get().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return PreparedOperation.refusal(
                    operationName,
                    GraphQLRequestError.of("Subscriptions are not supported", ResponseError.BAD_USER_INPUT, Map.of()));
        }
        NormalizedOperation normalized =
                new OperationNormalizer(supergraph.apiSchema(), fragments).normalize(chosen.get());
        QueryPlan plan;
        try {
            plan = planner.plan(normalized);
        } catch (PlanningException e) {
            return PreparedOperation.refusal(
                    operationName,
                    GraphQLRequestError.of(
                            "Cannot plan the operation: " + e.getMessage(), ResponseError.INTERNAL, Map.of()));
        }
        return new PreparedOperation(
                operationName,
                null,
                plan,
                normalized.hasIntrospection() ? IntrospectionSelection.of(document, chosen.get()) : null,
                costs.compile(normalized));
    }

    private static Optional<OperationDefinition> choose(List<OperationDefinition> operations, String name) {
        if (name == null || name.isEmpty()) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        return operations.stream().filter(o -> name.equals(o.getName())).findFirst();
    }

    private static PreparedOperation refused(String operationName, List<ResponseError> errors) {
        return PreparedOperation.refusal(operationName, new GraphQLRequestError(errors));
    }

    /** graphql-java's syntax and validation errors, with the positions in the client's document. */
    private static List<ResponseError> toErrors(List<GraphQLError> errors) {
        List<ResponseError> result = new ArrayList<>();
        for (GraphQLError error : errors) {
            List<ResponseError.Location> locations = new ArrayList<>();
            if (error.getLocations() != null) {
                for (SourceLocation l : error.getLocations()) {
                    locations.add(new ResponseError.Location(l.getLine(), l.getColumn()));
                }
            }
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", ResponseError.BAD_USER_INPUT);
            extensions.put("classification", String.valueOf(error.getErrorType()));
            result.add(new ResponseError(error.getMessage(), locations, List.of(), extensions));
        }
        return result;
    }
}
