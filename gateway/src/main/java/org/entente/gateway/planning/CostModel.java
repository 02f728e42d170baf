package org.entente.gateway.planning;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Argument;
import graphql.language.Node;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.gateway.plugin.LocalSubgraph;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphField;
import org.entente.gateway.supergraph.SupergraphType;

/**
 * Estimates what an operation asks of the subgraphs, so that one request cannot take the share of
 * many: every field costs 1, times the sizes of the lists above it. A list's size is its
 * {@code first} or {@code last} argument (or that argument's default), or the length of its list
 * of IDs ({@code ids: [ID!]}); an object field with {@code first}/{@code last} (a page, a
 * connection) gives that size to the lists directly inside it ({@code edges}, {@code nodes}); any
 * other list counts as {@code assumedListSize} elements. A root field served by an in-process
 * subgraph costs what that plugin says ({@link LocalSubgraph#cost}) instead of 1, since one field
 * there may read many objects of the other subgraphs. Introspection costs 1 per root field: it is
 * answered from the schema.
 *
 * <p>The model is compiled once per prepared operation ({@link OperationCost}); only the sizes and
 * plugin prices that depend on variables are worked out per request.
 */
public final class CostModel {

    private static final GraphQLContext CONTEXT = GraphQLContext.getDefault();

    private final Supergraph supergraph;
    private final Map<String, LocalSubgraph> plugins;
    private final int assumedListSize;

    /** @param plugins the in-process subgraphs by name, which price their own root fields */
    public CostModel(Supergraph supergraph, Map<String, LocalSubgraph> plugins, int assumedListSize) {
        this.supergraph = supergraph;
        this.plugins = Map.copyOf(plugins);
        this.assumedListSize = assumedListSize;
    }

    OperationCost compile(NormalizedOperation operation) {
        GraphQLSchema schema = supergraph.apiSchema();
        List<OperationCost.Node> roots = new ArrayList<>();
        for (NField field : operation.fields()) {
            OperationCost.Price price = OperationCost.Price.ONE;
            LocalSubgraph plugin = pluginOf(operation.rootType(), field);
            if (plugin != null) {
                price = pluginPrice(plugin, field, definition(schema, operation.rootType(), field));
            }
            roots.add(node(schema, operation.rootType(), field, price, null));
        }
        return new OperationCost(
                roots, assumedListSize, !operation.variableDefinitions().isEmpty());
    }

    private OperationCost.Node node(
            GraphQLSchema schema, String parentType, NField field, OperationCost.Price price, OperationCost.Size page) {
        if (field.fieldName().startsWith("__")) {
            return new OperationCost.Node(price, false, null, List.of());
        }
        GraphQLFieldDefinition definition = definition(schema, parentType, field);
        OperationCost.Size own = definition == null ? null : size(definition, field.arguments());
        boolean list = GraphQLTypeUtil.unwrapNonNull(field.type()) instanceof GraphQLList;
        OperationCost.Size size = list ? (own != null ? own : page) : null;
        OperationCost.Size pageForChildren = list ? null : own;
        String type = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.type())).getName();
        List<OperationCost.Node> children = new ArrayList<>(field.children().size());
        for (NField child : field.children()) {
            children.add(node(schema, type, child, OperationCost.Price.ONE, pageForChildren));
        }
        return new OperationCost.Node(price, list, size, children);
    }

    /** The field's definition on its parent, or on the object type a type condition selects it on. */
    private static GraphQLFieldDefinition definition(GraphQLSchema schema, String parentType, NField field) {
        if (schema.getType(parentType) instanceof GraphQLFieldsContainer parent
                && parent.getFieldDefinition(field.fieldName()) != null) {
            return parent.getFieldDefinition(field.fieldName());
        }
        if (field.typeConditions() != null) {
            for (String condition : field.typeConditions()) {
                if (schema.getType(condition) instanceof GraphQLFieldsContainer object
                        && object.getFieldDefinition(field.fieldName()) != null) {
                    return object.getFieldDefinition(field.fieldName());
                }
            }
        }
        return null;
    }

    /** The size the field's own arguments give: first/last (or their defaults), or the length of an ID list. */
    private static OperationCost.Size size(GraphQLFieldDefinition definition, List<Argument> arguments) {
        List<GraphQLArgument> sizing = new ArrayList<>();
        for (GraphQLArgument argument : definition.getArguments()) {
            if (isPageSize(argument) || isIdList(argument)) {
                sizing.add(argument);
            }
        }
        if (sizing.isEmpty()) {
            return null;
        }
        Set<String> names = sizing.stream().map(GraphQLArgument::getName).collect(Collectors.toSet());
        List<Argument> given =
                arguments.stream().filter(a -> names.contains(a.getName())).toList();
        OperationCost.Size size = variables ->
                sizeOf(ValuesResolver.getArgumentValues(sizing, given, variables, CONTEXT, Locale.ENGLISH), sizing);
        return usesVariables(given) ? size : OperationCost.Size.fixed(size.of(CoercedVariables.emptyVariables()));
    }

    private static boolean isPageSize(GraphQLArgument argument) {
        return (argument.getName().equals("first") || argument.getName().equals("last"))
                && GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLNamedType named
                && named.getName().equals("Int");
    }

    private static boolean isIdList(GraphQLArgument argument) {
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(argument.getType());
        return type instanceof GraphQLList list
                && GraphQLTypeUtil.unwrapAll(list).getName().equals("ID");
    }

    /** first, else last, else the longest ID list; null when none has a value. */
    private static Long sizeOf(Map<String, Object> values, List<GraphQLArgument> sizing) {
        for (String page : List.of("first", "last")) {
            if (values.get(page) instanceof Number n) {
                return Math.max(0, n.longValue());
            }
        }
        Long longest = null;
        for (GraphQLArgument argument : sizing) {
            if (values.get(argument.getName()) instanceof List<?> ids) {
                longest = Math.max(longest == null ? 0 : longest, ids.size());
            }
        }
        return longest;
    }

    private LocalSubgraph pluginOf(String rootType, NField field) {
        SupergraphType type = supergraph.types().get(rootType);
        SupergraphField definition = type == null ? null : type.field(field.fieldName());
        if (definition == null) {
            return null;
        }
        for (String graph : definition.resolvingGraphs()) {
            if (plugins.containsKey(graph)) {
                return plugins.get(graph);
            }
        }
        return null;
    }

    private static OperationCost.Price pluginPrice(
            LocalSubgraph plugin, NField field, GraphQLFieldDefinition definition) {
        List<GraphQLArgument> declared = definition == null ? List.of() : definition.getArguments();
        OperationCost.Price price = variables -> Math.max(
                1,
                plugin.cost(
                        field.fieldName(),
                        ValuesResolver.getArgumentValues(
                                declared, field.arguments(), variables, CONTEXT, Locale.ENGLISH)));
        return usesVariables(field.arguments())
                ? price
                : OperationCost.Price.fixed(price.of(CoercedVariables.emptyVariables()));
    }

    private static boolean usesVariables(List<? extends Node> nodes) {
        for (Node<?> node : nodes) {
            if (node instanceof VariableReference || usesVariables(node.getChildren())) {
                return true;
            }
        }
        return false;
    }
}
