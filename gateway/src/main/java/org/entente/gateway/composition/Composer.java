package org.entente.gateway.composition;

import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.InputValueDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.gateway.supergraph.FieldSets;
import org.entente.gateway.supergraph.TypeKind;

/**
 * Composes Federation 2 subgraph SDLs into a supergraph SDL in the standard {@code @join__*} form.
 * Rejects what a federation composer rejects, naming the subgraph, type and field at fault.
 */
public final class Composer {

    public String compose(List<SubgraphSource> sources) {
        List<String> errors = new ArrayList<>();
        List<SubgraphSchema> subgraphs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (SubgraphSource source : sources) {
            if (!names.add(source.name())) {
                errors.add("subgraph name " + source.name() + " is used twice");
                continue;
            }
            try {
                SubgraphSchema schema = new SubgraphReader().read(source);
                new FieldSetValidator(schema, errors).validate();
                subgraphs.add(schema);
            } catch (CompositionException e) {
                errors.addAll(e.errors());
            }
        }
        if (subgraphs.isEmpty() && errors.isEmpty()) {
            errors.add("no subgraphs to compose");
        }
        MergedSchema merged = merge(subgraphs, errors);
        if (!errors.isEmpty()) {
            throw new CompositionException(errors);
        }
        return new SupergraphPrinter().print(merged);
    }

    private MergedSchema merge(List<SubgraphSchema> subgraphs, List<String> errors) {
        MergedSchema merged = new MergedSchema();
        Map<String, Map<String, SubgraphSchema.TypeDef>> definitions = new LinkedHashMap<>();
        for (SubgraphSchema subgraph : subgraphs) {
            merged.graphUrls.put(subgraph.name, subgraph.url);
            subgraph.types.forEach((name, def) -> definitions
                    .computeIfAbsent(name, n -> new LinkedHashMap<>())
                    .put(subgraph.name, def));
        }
        if (definitions.containsKey("Query")) {
            // every subgraph answers queries (_entities and _service at least), as composers record
            Map<String, SubgraphSchema.TypeDef> queryDefinitions = new LinkedHashMap<>();
            for (SubgraphSchema subgraph : subgraphs) {
                queryDefinitions.put(
                        subgraph.name,
                        definitions
                                .get("Query")
                                .getOrDefault(subgraph.name, new SubgraphSchema.TypeDef("Query", TypeKind.OBJECT)));
            }
            definitions.put("Query", queryDefinitions);
        }
        definitions.forEach((name, byGraph) -> {
            MergedSchema.MergedType type = mergeType(name, byGraph, errors);
            if (type != null) {
                merged.types.put(name, type);
            }
        });
        MergedSchema.MergedType query = merged.types.get("Query");
        if (!subgraphs.isEmpty() && (query == null || query.fields.isEmpty())) {
            errors.add("no subgraph defines a field on Query");
        }
        return merged;
    }

    private MergedSchema.MergedType mergeType(
            String name, Map<String, SubgraphSchema.TypeDef> byGraph, List<String> errors) {
        SubgraphSchema.TypeDef first = byGraph.values().iterator().next();
        String firstGraph = byGraph.keySet().iterator().next();
        for (Map.Entry<String, SubgraphSchema.TypeDef> e : byGraph.entrySet()) {
            if (e.getValue().kind != first.kind) {
                errors.add("type " + name + " is " + article(first.kind) + " in subgraph " + firstGraph + " but "
                        + article(e.getValue().kind) + " in subgraph " + e.getKey());
                return null;
            }
        }
        MergedSchema.MergedType type = new MergedSchema.MergedType(name, first.kind);
        byGraph.forEach((graph, def) -> {
            type.graphs.add(graph);
            if (type.description == null) {
                type.description = def.description;
            }
            type.inaccessible |= def.inaccessible;
            if (def.keys.isEmpty()) {
                type.joinTypes.add(new MergedSchema.JoinType(graph, null, def.extension));
            }
            def.keys.forEach(k -> type.joinTypes.add(new MergedSchema.JoinType(graph, k, def.extension)));
            if (!def.interfaces.isEmpty()) {
                type.interfacesByGraph.put(graph, def.interfaces);
            }
            if (!def.members.isEmpty()) {
                type.membersByGraph.put(graph, def.members);
            }
            def.enumValues.forEach(
                    (value, inaccessible) -> type.enumValues.merge(value, inaccessible, Boolean::logicalOr));
        });
        switch (first.kind) {
            case OBJECT, INTERFACE -> mergeFields(type, byGraph, errors);
            case INPUT_OBJECT -> mergeInputFields(type, byGraph, errors);
            default -> {
                // scalars, enums and unions need nothing beyond their join metadata
            }
        }
        return type;
    }

    private void mergeFields(
            MergedSchema.MergedType type, Map<String, SubgraphSchema.TypeDef> byGraph, List<String> errors) {
        Map<String, Map<String, SubgraphSchema.FieldDef>> fields = new LinkedHashMap<>();
        byGraph.forEach((graph, def) -> def.fields.forEach((name, field) ->
                fields.computeIfAbsent(name, n -> new LinkedHashMap<>()).put(graph, field)));
        fields.forEach((fieldName, defs) -> {
            MergedSchema.MergedField field = mergeField(type, fieldName, defs, byGraph, errors);
            if (field != null) {
                type.fields.put(fieldName, field);
            }
        });
    }

    private MergedSchema.MergedField mergeField(
            MergedSchema.MergedType type,
            String fieldName,
            Map<String, SubgraphSchema.FieldDef> defs,
            Map<String, SubgraphSchema.TypeDef> typeDefs,
            List<String> errors) {
        String coordinate = type.name + "." + fieldName;
        MergedSchema.MergedField field = new MergedSchema.MergedField(fieldName);
        String firstGraph = null;
        for (Map.Entry<String, SubgraphSchema.FieldDef> e : defs.entrySet()) {
            SubgraphSchema.FieldDef def = e.getValue();
            if (field.type == null) {
                field.type = def.type;
                firstGraph = e.getKey();
            } else if (!shape(field.type).equals(shape(def.type))) {
                errors.add("field " + coordinate + " has conflicting types: " + AstPrinter.printAst(field.type)
                        + " in subgraph " + firstGraph + " but " + AstPrinter.printAst(def.type)
                        + " in subgraph " + e.getKey());
                return null;
            } else {
                field.type = mostGeneral(field.type, def.type);
            }
            if (field.description == null) {
                field.description = def.description;
            }
            if (field.deprecated == null) {
                field.deprecated = def.deprecated;
            }
            field.inaccessible |= def.inaccessible;
        }

        Set<String> overridden = new HashSet<>();
        // a progressive override (with a label) leaves the overridden definition in place, labelled
        Map<String, String> progressivelyOverridden = new HashMap<>();
        for (Map.Entry<String, SubgraphSchema.FieldDef> e : defs.entrySet()) {
            String from = e.getValue().overrideFrom;
            if (from != null) {
                if (from.equals(e.getKey())) {
                    errors.add("subgraph " + e.getKey() + ": field " + coordinate + " overrides itself");
                } else if (e.getValue().overrideLabel != null) {
                    progressivelyOverridden.put(from, e.getValue().overrideLabel);
                } else {
                    overridden.add(from);
                }
            }
        }

        List<String> resolving = new ArrayList<>();
        List<String> notShareable = new ArrayList<>();
        for (Map.Entry<String, SubgraphSchema.FieldDef> e : defs.entrySet()) {
            String graph = e.getKey();
            SubgraphSchema.FieldDef def = e.getValue();
            boolean isOverridden = overridden.contains(graph);
            if (isOverridden && !usedByKeyOrRequires(typeDefs.get(graph), fieldName)) {
                continue; // the overriding subgraph answers this field now
            }
            String typeArg = AstPrinter.printAst(def.type).equals(AstPrinter.printAst(field.type))
                    ? null
                    : AstPrinter.printAst(def.type);
            String label = def.overrideFrom != null ? def.overrideLabel : progressivelyOverridden.get(graph);
            field.joins.add(new MergedSchema.JoinField(
                    graph, def.external, def.requires, def.provides, def.overrideFrom, isOverridden, label, typeArg));
            if (!def.external && !isOverridden) {
                resolving.add(graph);
                if (label == null
                        && !def.shareable
                        && !typeDefs.get(graph).shareable
                        && !isKeyField(typeDefs.get(graph), fieldName)) {
                    notShareable.add(graph);
                }
            }
        }
        if (type.kind == TypeKind.OBJECT && resolving.size() > 1 && !notShareable.isEmpty()) {
            errors.add("field " + coordinate + " is resolved by subgraphs " + String.join(" and ", resolving)
                    + " but is not @shareable in subgraph " + String.join(", ", notShareable));
        }
        for (Map.Entry<String, SubgraphSchema.FieldDef> e : defs.entrySet()) {
            if (e.getValue().external && resolving.isEmpty()) {
                errors.add("subgraph " + e.getKey() + ": field " + coordinate
                        + " is marked @external but no other subgraph defines it");
            }
        }
        field.arguments = mergeArguments(coordinate, defs, errors);
        return field;
    }

    /** Arguments every defining subgraph accepts (a Federation 2 composer intersects them). */
    private List<InputValueDefinition> mergeArguments(
            String coordinate, Map<String, SubgraphSchema.FieldDef> defs, List<String> errors) {
        List<InputValueDefinition> result = new ArrayList<>();
        SubgraphSchema.FieldDef first = defs.values().iterator().next();
        for (InputValueDefinition arg : first.arguments) {
            boolean everywhere = true;
            for (Map.Entry<String, SubgraphSchema.FieldDef> e : defs.entrySet()) {
                InputValueDefinition other = e.getValue().arguments.stream()
                        .filter(a -> a.getName().equals(arg.getName()))
                        .findFirst()
                        .orElse(null);
                if (other == null) {
                    everywhere = false;
                } else if (!shape(other.getType()).equals(shape(arg.getType()))) {
                    errors.add("argument " + coordinate + "(" + arg.getName() + ":) has conflicting types: "
                            + AstPrinter.printAst(arg.getType()) + " and " + AstPrinter.printAst(other.getType())
                            + " in subgraph " + e.getKey());
                }
            }
            if (everywhere) {
                result.add(arg);
            }
        }
        return result;
    }

    private void mergeInputFields(
            MergedSchema.MergedType type, Map<String, SubgraphSchema.TypeDef> byGraph, List<String> errors) {
        SubgraphSchema.TypeDef first = byGraph.values().iterator().next();
        for (InputValueDefinition field : first.inputFields.values()) {
            boolean everywhere = true;
            for (Map.Entry<String, SubgraphSchema.TypeDef> e : byGraph.entrySet()) {
                InputValueDefinition other = e.getValue().inputFields.get(field.getName());
                if (other == null) {
                    everywhere = false;
                    if (field.getType() instanceof NonNullType && field.getDefaultValue() == null) {
                        errors.add("input field " + type.name + "." + field.getName() + " is required but subgraph "
                                + e.getKey() + " does not define it");
                    }
                } else if (!shape(other.getType()).equals(shape(field.getType()))) {
                    errors.add("input field " + type.name + "." + field.getName()
                            + " has conflicting types in subgraph " + e.getKey());
                }
            }
            if (everywhere) {
                type.inputFields.put(field.getName(), field);
            }
        }
    }

    private static boolean isKeyField(SubgraphSchema.TypeDef type, String field) {
        for (SubgraphSchema.Key key : type.keys) {
            for (Field f : FieldSets.fields(FieldSets.parse(key.fields()))) {
                if (f.getName().equals(field)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean usedByKeyOrRequires(SubgraphSchema.TypeDef type, String field) {
        if (isKeyField(type, field)) {
            return true;
        }
        for (SubgraphSchema.FieldDef f : type.fields.values()) {
            if (f.requires != null
                    && FieldSets.fields(FieldSets.parse(f.requires)).stream()
                            .anyMatch(r -> r.getName().equals(field))) {
                return true;
            }
        }
        return false;
    }

    /** The type without nullability: "[String!]!" → "[String]". Types that differ here conflict. */
    static String shape(Type<?> type) {
        if (type instanceof NonNullType nn) {
            return shape(nn.getType());
        }
        if (type instanceof ListType list) {
            return "[" + shape(list.getType()) + "]";
        }
        return ((TypeName) type).getName();
    }

    /** Output types of the same shape: the supergraph promises non-null only where every subgraph does. */
    private static Type<?> mostGeneral(Type<?> a, Type<?> b) {
        boolean nonNull = a instanceof NonNullType && b instanceof NonNullType;
        Type<?> innerA = a instanceof NonNullType nn ? nn.getType() : a;
        Type<?> innerB = b instanceof NonNullType nn ? nn.getType() : b;
        Type<?> inner = innerA instanceof ListType la
                ? new ListType(mostGeneral(la.getType(), ((ListType) innerB).getType()))
                : innerA;
        return nonNull ? new NonNullType(inner) : inner;
    }

    private static String article(TypeKind kind) {
        String name = kind.name().replace('_', ' ').toLowerCase();
        return (name.startsWith("o") || name.startsWith("i") || name.startsWith("e") || name.startsWith("u")
                        ? "an "
                        : "a ")
                + name;
    }
}
