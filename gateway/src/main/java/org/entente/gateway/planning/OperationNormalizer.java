package org.entente.gateway.planning;

import graphql.Scalars;
import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a validated operation into a tree of {@link NField}s: named and inline fragments inlined
 * (their type conditions and {@code @include}/{@code @skip} pushed onto the fields), constant
 * conditions applied, and fields with the same key, arguments and conditions merged.
 */
public final class OperationNormalizer {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;

    public OperationNormalizer(GraphQLSchema schema, Map<String, FragmentDefinition> fragments) {
        this.schema = schema;
        this.fragments = fragments;
    }

    public NormalizedOperation normalize(OperationDefinition operation) {
        GraphQLObjectType root = switch (operation.getOperation()) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> throw new IllegalArgumentException("subscriptions are not supported");
        };
        List<NField> fields = collect(operation.getSelectionSet(), root, null, List.of());
        return new NormalizedOperation(
                operation.getOperation(), root.getName(), operation.getVariableDefinitions(), fields);
    }

    private List<NField> collect(
            SelectionSet set, GraphQLCompositeType parent, Set<String> typeConditions, List<Condition> conditions) {
        List<NField> result = new ArrayList<>();
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                List<Condition> own = conditions(field.getDirectives(), conditions);
                if (own != null) {
                    result.add(field(field, parent, typeConditions, own));
                }
            } else if (selection instanceof InlineFragment inline) {
                List<Condition> own = conditions(inline.getDirectives(), conditions);
                GraphQLCompositeType on = inline.getTypeCondition() == null
                        ? parent
                        : (GraphQLCompositeType)
                                schema.getType(inline.getTypeCondition().getName());
                if (own != null) {
                    result.addAll(collect(inline.getSelectionSet(), on, narrow(typeConditions, on, parent), own));
                }
            } else if (selection instanceof FragmentSpread spread) {
                List<Condition> own = conditions(spread.getDirectives(), conditions);
                FragmentDefinition definition = fragments.get(spread.getName());
                GraphQLCompositeType on = (GraphQLCompositeType)
                        schema.getType(definition.getTypeCondition().getName());
                if (own != null) {
                    result.addAll(collect(definition.getSelectionSet(), on, narrow(typeConditions, on, parent), own));
                }
            }
        }
        return merge(result);
    }

    private NField field(
            Field field, GraphQLCompositeType parent, Set<String> typeConditions, List<Condition> conditions) {
        String key = field.getAlias() != null ? field.getAlias() : field.getName();
        GraphQLOutputType type;
        if (field.getName().equals("__typename")) {
            type = GraphQLNonNull.nonNull(Scalars.GraphQLString);
        } else if (field.getName().equals("__schema")) {
            type = GraphQLNonNull.nonNull(Introspection.__Schema);
        } else if (field.getName().equals("__type")) {
            type = Introspection.__Type;
        } else {
            GraphQLFieldDefinition definition = ((GraphQLFieldsContainer) parent).getFieldDefinition(field.getName());
            type = definition.getType();
        }
        List<NField> children = List.of();
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
        if (field.getSelectionSet() != null
                && unwrapped instanceof GraphQLCompositeType composite
                && !field.getName().startsWith("__")) {
            children = collect(field.getSelectionSet(), composite, null, List.of());
        }
        return new NField(key, field.getName(), field.getArguments(), conditions, typeConditions, type, children);
    }

    /** The object types a fragment on {@code on} keeps, given the enclosing restriction; null = all of parent's. */
    private Set<String> narrow(Set<String> current, GraphQLCompositeType on, GraphQLCompositeType parent) {
        Set<String> possible = possible(on);
        if (possible.containsAll(possible(parent))) {
            return current;
        }
        Set<String> result = new HashSet<>(possible);
        if (current != null) {
            result.retainAll(current);
        }
        return result;
    }

    private Set<String> possible(GraphQLCompositeType type) {
        Set<String> names = new HashSet<>();
        if (type instanceof GraphQLObjectType) {
            names.add(type.getName());
        } else {
            for (GraphQLObjectType candidate : schema.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance)
                    .map(GraphQLObjectType.class::cast)
                    .toList()) {
                if (schema.isPossibleType(type, candidate)) {
                    names.add(candidate.getName());
                }
            }
        }
        return names;
    }

    /** Null when a constant condition excludes the selection; otherwise the accumulated variable conditions. */
    private static List<Condition> conditions(List<Directive> directives, List<Condition> inherited) {
        List<Condition> result = new ArrayList<>(inherited);
        for (Directive d : directives) {
            boolean include = d.getName().equals("include");
            if (!include && !d.getName().equals("skip")) {
                continue;
            }
            Argument arg = d.getArgument("if");
            if (arg.getValue() instanceof BooleanValue b) {
                if (b.isValue() != include) {
                    return null;
                }
            } else if (arg.getValue() instanceof VariableReference v) {
                Condition c = new Condition(v.getName(), include);
                if (!result.contains(c)) {
                    result.add(c);
                }
            }
        }
        return result;
    }

    private static List<NField> merge(List<NField> fields) {
        Map<String, NField> merged = new LinkedHashMap<>();
        for (NField f : fields) {
            String identity = f.responseKey() + "|" + f.fieldName() + "|" + args(f.arguments()) + "|" + f.conditions()
                    + "|" + f.typeConditions();
            NField existing = merged.get(identity);
            if (existing == null) {
                merged.put(identity, f);
            } else {
                List<NField> children = new ArrayList<>(existing.children());
                children.addAll(f.children());
                merged.put(
                        identity,
                        new NField(
                                f.responseKey(),
                                f.fieldName(),
                                f.arguments(),
                                f.conditions(),
                                f.typeConditions(),
                                f.type(),
                                merge(children)));
            }
        }
        return new ArrayList<>(merged.values());
    }

    private static String args(List<Argument> arguments) {
        StringBuilder sb = new StringBuilder();
        arguments.forEach(a -> sb.append(AstPrinter.printAstCompact(a)).append(','));
        return sb.toString();
    }
}
