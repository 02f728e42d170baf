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
 * Parses, checks limits, validates against the API schema, normalizes and plans a document;
 * results (refusals included) are cached per (document, operation name).
 */
public final class OperationPreparer {

    private final Supergraph supergraph;
    private final QueryPlanner planner;
    private final OperationLimits limits;
    private final PlanCache cache;

    public OperationPreparer(Supergraph supergraph, OperationLimits limits, int cacheSize) {
        this.supergraph = supergraph;
        this.planner = new QueryPlanner(supergraph);
        this.limits = limits;
        this.cache = new PlanCache(cacheSize);
    }

    public PreparedOperation prepare(String query, String operationName) {
        return cache.get(query, operationName, () -> doPrepare(query, operationName));
    }

    /** How many prepared operations the cache holds. */
    public long cachedPlans() {
        return cache.size();
    }

    private PreparedOperation doPrepare(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return refused(null, operationName, toErrors(List.of(e.toInvalidSyntaxError())));
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
            return new PreparedOperation(
                    document,
                    operationName,
                    GraphQLRequestError.of(message, ResponseError.BAD_USER_INPUT, Map.of()),
                    null);
        }
        Optional<GraphQLRequestError> overLimit = limits.check(document, chosen.get(), fragments);
        if (overLimit.isPresent()) {
            return new PreparedOperation(document, operationName, overLimit.get(), null);
        }
        List<ValidationError> invalid =
                new Validator().validateDocument(supergraph.apiSchema(), document, Locale.ENGLISH);
        if (!invalid.isEmpty()) {
            return refused(document, operationName, toErrors(new ArrayList<>(invalid)));
        }
        if (chosen.get().getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
            return new PreparedOperation(
                    document,
                    operationName,
                    GraphQLRequestError.of("Subscriptions are not supported", ResponseError.BAD_USER_INPUT, Map.of()),
                    null);
        }
        NormalizedOperation normalized =
                new OperationNormalizer(supergraph.apiSchema(), fragments).normalize(chosen.get());
        try {
            return new PreparedOperation(document, operationName, null, planner.plan(normalized));
        } catch (PlanningException e) {
            return new PreparedOperation(
                    document,
                    operationName,
                    GraphQLRequestError.of(
                            "Cannot plan the operation: " + e.getMessage(), ResponseError.INTERNAL, Map.of()),
                    null);
        }
    }

    private static Optional<OperationDefinition> choose(List<OperationDefinition> operations, String name) {
        if (name == null || name.isEmpty()) {
            return operations.size() == 1 ? Optional.of(operations.get(0)) : Optional.empty();
        }
        return operations.stream().filter(o -> name.equals(o.getName())).findFirst();
    }

    private static PreparedOperation refused(Document document, String operationName, List<ResponseError> errors) {
        return new PreparedOperation(document, operationName, new GraphQLRequestError(errors), null);
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
