package org.entente.gateway.supergraph;

import graphql.language.Argument;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a supergraph SDL in the standard form composers write ({@code @link} on the schema,
 * {@code @join__graph}/{@code @join__type}/{@code @join__field}/{@code @join__implements}/
 * {@code @join__unionMember}, {@code @inaccessible}) into a {@link Supergraph}.
 */
public final class SupergraphParser {

    /** Thrown when the document is not a usable supergraph. */
    public static final class InvalidSupergraphException extends RuntimeException {
        public InvalidSupergraphException(String message) {
            super(message);
        }
    }

    public Supergraph parse(String sdl) {
        Document document;
        try {
            document = Parser.parse(sdl);
        } catch (InvalidSyntaxException e) {
            throw new InvalidSupergraphException("supergraph is not valid SDL: " + e.getMessage());
        }
        LinkedSpecs specs = LinkedSpecs.of(document);
        String join = specs.joinPrefix();
        Map<String, String> graphNamesByEnum = new LinkedHashMap<>();
        Map<String, String> graphUrls = new LinkedHashMap<>();
        readGraphs(document, join, graphNamesByEnum, graphUrls);
        if (graphUrls.isEmpty()) {
            throw new InvalidSupergraphException("supergraph declares no subgraphs (enum " + join + "__Graph)");
        }

        Map<String, SupergraphType> types = new LinkedHashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> typeDef && !specs.isSpecType(typeDef.getName())) {
                SupergraphType type = readType(typeDef, join, graphNamesByEnum);
                types.put(type.name(), type);
            }
        }
        linkImplementations(types);

        String queryType = "Query";
        String mutationType = types.containsKey("Mutation") ? "Mutation" : null;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof SchemaDefinition schema) {
                mutationType = null;
                for (OperationTypeDefinition op : schema.getOperationTypeDefinitions()) {
                    if (op.getName().equals("query")) {
                        queryType = op.getTypeName().getName();
                    } else if (op.getName().equals("mutation")) {
                        mutationType = op.getTypeName().getName();
                    }
                }
            }
        }
        if (!types.containsKey(queryType)) {
            throw new InvalidSupergraphException("supergraph has no query type " + queryType);
        }
        return new Supergraph(graphUrls, types, ApiSchemaBuilder.build(document, specs), queryType, mutationType);
    }

    private static void readGraphs(
            Document document, String join, Map<String, String> namesByEnum, Map<String, String> urls) {
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof EnumTypeDefinition e && e.getName().equals(join + "__Graph")) {
                for (EnumValueDefinition value : e.getEnumValueDefinitions()) {
                    Directive graph = value.getDirectives(join + "__graph").stream()
                            .findFirst()
                            .orElseThrow(() -> new InvalidSupergraphException(
                                    "graph " + value.getName() + " has no @" + join + "__graph"));
                    String name = string(graph, "name");
                    namesByEnum.put(value.getName(), name);
                    urls.put(name, string(graph, "url"));
                }
            }
        }
    }

    private static SupergraphType readType(TypeDefinition<?> def, String join, Map<String, String> graphNames) {
        SupergraphType type = new SupergraphType(def.getName(), TypeKind.of(def));
        DirectivesContainer<?> container = def;
        for (Directive d : container.getDirectives(join + "__type")) {
            String graph = graph(d, graphNames);
            type.graphs.add(graph);
            if (Boolean.TRUE.equals(bool(d, "isInterfaceObject"))) {
                type.interfaceObjectGraphs.add(graph);
            }
            String key = string(d, "key");
            if (key != null) {
                Boolean resolvable = bool(d, "resolvable");
                type.keys
                        .computeIfAbsent(graph, g -> new ArrayList<>())
                        .add(EntityKey.of(key, resolvable == null || resolvable));
            }
        }
        for (Directive d : container.getDirectives(join + "__implements")) {
            type.interfacesByGraph
                    .computeIfAbsent(graph(d, graphNames), g -> new LinkedHashSet<>())
                    .add(string(d, "interface"));
        }
        for (Directive d : container.getDirectives(join + "__unionMember")) {
            type.membersByGraph
                    .computeIfAbsent(graph(d, graphNames), g -> new LinkedHashSet<>())
                    .add(string(d, "member"));
        }
        if (def instanceof ImplementingTypeDefinition<?> impl) {
            for (Type<?> t : impl.getImplements()) {
                type.interfaces.add(((TypeName) t).getName());
            }
            for (FieldDefinition field : impl.getFieldDefinitions()) {
                type.fields.put(field.getName(), readField(field, join, graphNames, type.graphs));
            }
        }
        if (def instanceof UnionTypeDefinition union) {
            for (Type<?> t : union.getMemberTypes()) {
                type.members.add(((TypeName) t).getName());
            }
        }
        return type;
    }

    private static SupergraphField readField(
            FieldDefinition field, String join, Map<String, String> graphNames, Set<String> typeGraphs) {
        Map<String, FieldSource> sources = new LinkedHashMap<>();
        Map<String, String> subgraphTypes = new LinkedHashMap<>();
        boolean graphless = false;
        for (Directive d : field.getDirectives(join + "__field")) {
            if (d.getArgument("graph") == null) {
                graphless = true;
                continue; // a field with a graph-less @join__field is resolved by nobody (e.g. @interfaceObject)
            }
            String graph = graph(d, graphNames);
            if (string(d, "type") != null) {
                subgraphTypes.put(graph, string(d, "type"));
            }
            sources.put(
                    graph,
                    new FieldSource(
                            graph,
                            isTrue(d, "external"),
                            string(d, "requires"),
                            string(d, "provides"),
                            string(d, "override"),
                            isTrue(d, "usedOverridden"),
                            string(d, "overrideLabel")));
        }
        SupergraphField result =
                new SupergraphField(field.getName(), field.getType(), sources, typeGraphs, subgraphTypes);
        result.graphless = graphless && sources.isEmpty();
        return result;
    }

    /** Object types learn which interfaces they implement; keeps {@link Supergraph#possibleTypes} cheap. */
    private static void linkImplementations(Map<String, SupergraphType> types) {
        for (SupergraphType type : types.values()) {
            for (String iface : type.interfaces) {
                if (!types.containsKey(iface)) {
                    throw new InvalidSupergraphException(type.name() + " implements unknown interface " + iface);
                }
            }
        }
    }

    private static String graph(Directive d, Map<String, String> graphNames) {
        Argument arg = d.getArgument("graph");
        String enumName = ((EnumValue) arg.getValue()).getName();
        String name = graphNames.get(enumName);
        if (name == null) {
            throw new InvalidSupergraphException("unknown graph " + enumName + " in @" + d.getName());
        }
        return name;
    }

    static String string(Directive d, String argument) {
        Argument arg = d.getArgument(argument);
        if (arg == null) {
            return null;
        }
        Value<?> value = arg.getValue();
        return value instanceof StringValue s ? s.getValue() : null;
    }

    private static Boolean bool(Directive d, String argument) {
        Argument arg = d.getArgument(argument);
        return arg != null && arg.getValue() instanceof BooleanValue b ? b.isValue() : null;
    }

    private static boolean isTrue(Directive d, String argument) {
        return Boolean.TRUE.equals(bool(d, argument));
    }
}
