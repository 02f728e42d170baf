package org.entente.gateway.composition;

import graphql.language.AstPrinter;
import graphql.language.InputValueDefinition;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes a {@link MergedSchema} as supergraph SDL (link v1.0, join v0.4, inaccessible v0.2). */
final class SupergraphPrinter {

    private static final String HEADER = """
            directive @join__enumValue(graph: join__Graph!) repeatable on ENUM_VALUE

            directive @join__field(graph: join__Graph, requires: join__FieldSet, provides: join__FieldSet, \
            type: String, external: Boolean, override: String, usedOverridden: Boolean, overrideLabel: String) \
            repeatable on FIELD_DEFINITION | INPUT_FIELD_DEFINITION

            directive @join__graph(name: String!, url: String!) on ENUM_VALUE

            directive @join__implements(graph: join__Graph!, interface: String!) repeatable on OBJECT | INTERFACE

            directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, \
            resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) \
            repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR

            directive @join__unionMember(graph: join__Graph!, member: String!) repeatable on UNION

            directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA

            directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION \
            | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

            scalar join__FieldSet

            scalar link__Import

            enum link__Purpose {
              SECURITY
              EXECUTION
            }
            """;

    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> enumNames = new HashMap<>();

    String print(MergedSchema schema) {
        out.append("schema\n  @link(url: \"https://specs.apollo.dev/link/v1.0\")\n")
                .append("  @link(url: \"https://specs.apollo.dev/join/v0.4\", for: EXECUTION)\n")
                .append("  @link(url: \"https://specs.apollo.dev/inaccessible/v0.2\", for: SECURITY)\n{\n")
                .append("  query: Query\n");
        if (schema.types.containsKey("Mutation")) {
            out.append("  mutation: Mutation\n");
        }
        out.append("}\n\n").append(HEADER).append('\n');
        printGraphs(schema.graphUrls);
        schema.types.values().forEach(this::printType);
        return out.toString();
    }

    private void printGraphs(Map<String, String> urls) {
        Set<String> used = new LinkedHashSet<>();
        out.append("enum join__Graph {\n");
        urls.forEach((name, url) -> {
            String enumName = name.toUpperCase().replaceAll("[^A-Z0-9_]", "_");
            if (Character.isDigit(enumName.charAt(0))) {
                enumName = "_" + enumName;
            }
            while (!used.add(enumName)) {
                enumName = enumName + "_";
            }
            enumNames.put(name, enumName);
            out.append("  ")
                    .append(enumName)
                    .append(" @join__graph(name: ")
                    .append(quote(name))
                    .append(", url: ")
                    .append(quote(url == null ? "" : url))
                    .append(")\n");
        });
        out.append("}\n\n");
    }

    private void printType(MergedSchema.MergedType type) {
        description(type.description, "");
        out.append(
                        switch (type.kind) {
                            case OBJECT -> "type ";
                            case INTERFACE -> "interface ";
                            case UNION -> "union ";
                            case ENUM -> "enum ";
                            case INPUT_OBJECT -> "input ";
                            case SCALAR -> "scalar ";
                        })
                .append(type.name);
        Set<String> interfaces = type.interfaces();
        if (!interfaces.isEmpty()) {
            out.append(" implements ").append(String.join(" & ", interfaces));
        }
        for (MergedSchema.JoinType join : type.joinTypes) {
            out.append(" @join__type(graph: ").append(enumNames.get(join.graph()));
            if (join.key() != null) {
                out.append(", key: ").append(quote(join.key().fields()));
                if (!join.key().resolvable()) {
                    out.append(", resolvable: false");
                }
            }
            if (join.extension()) {
                out.append(", extension: true");
            }
            out.append(")");
        }
        type.interfacesByGraph.forEach((graph, ifaces) -> ifaces.forEach(i -> out.append(" @join__implements(graph: ")
                .append(enumNames.get(graph))
                .append(", interface: ")
                .append(quote(i))
                .append(")")));
        type.membersByGraph.forEach((graph, members) -> members.forEach(m -> out.append(" @join__unionMember(graph: ")
                .append(enumNames.get(graph))
                .append(", member: ")
                .append(quote(m))
                .append(")")));
        if (type.inaccessible) {
            out.append(" @inaccessible");
        }
        switch (type.kind) {
            case OBJECT, INTERFACE -> printFields(type);
            case UNION -> out.append(" = ").append(String.join(" | ", type.members()));
            case ENUM -> {
                out.append(" {\n");
                type.enumValues.forEach((v, inaccessible) -> out.append("  ")
                        .append(v)
                        .append(inaccessible ? " @inaccessible" : "")
                        .append('\n'));
                out.append("}");
            }
            case INPUT_OBJECT -> {
                out.append(" {\n");
                type.inputFields
                        .values()
                        .forEach(f -> out.append("  ").append(input(f)).append('\n'));
                out.append("}");
            }
            case SCALAR -> {
                // a scalar has no body
            }
        }
        out.append("\n\n");
    }

    private void printFields(MergedSchema.MergedType type) {
        out.append(" {\n");
        for (MergedSchema.MergedField field : type.fields.values()) {
            description(field.description, "  ");
            out.append("  ").append(field.name);
            if (!field.arguments.isEmpty()) {
                out.append('(');
                for (int i = 0; i < field.arguments.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(input(field.arguments.get(i)));
                }
                out.append(')');
            }
            out.append(": ").append(AstPrinter.printAst(field.type));
            boolean everywherePlain = field.joins.size() == type.graphs.size()
                    && field.joins.stream().allMatch(MergedSchema.JoinField::plain);
            if (!everywherePlain) {
                field.joins.forEach(this::joinField);
            }
            if (field.inaccessible) {
                out.append(" @inaccessible");
            }
            if (field.deprecated != null) {
                out.append(' ').append(AstPrinter.printAst(field.deprecated));
            }
            out.append('\n');
        }
        out.append("}");
    }

    private void joinField(MergedSchema.JoinField join) {
        out.append(" @join__field(graph: ").append(enumNames.get(join.graph()));
        if (join.requires() != null) {
            out.append(", requires: ").append(quote(join.requires()));
        }
        if (join.provides() != null) {
            out.append(", provides: ").append(quote(join.provides()));
        }
        if (join.type() != null) {
            out.append(", type: ").append(quote(join.type()));
        }
        if (join.external()) {
            out.append(", external: true");
        }
        if (join.overrideFrom() != null) {
            out.append(", override: ").append(quote(join.overrideFrom()));
        }
        if (join.usedOverridden()) {
            out.append(", usedOverridden: true");
        }
        if (join.overrideLabel() != null) {
            out.append(", overrideLabel: ").append(quote(join.overrideLabel()));
        }
        out.append(")");
    }

    /** An argument or input field without its subgraph-only directives. */
    private static String input(InputValueDefinition value) {
        return AstPrinter.printAst(value.transform(b -> b.directives(List.of()).description(null)));
    }

    private void description(String text, String indent) {
        if (text != null && !text.isBlank()) {
            out.append(indent)
                    .append("\"\"\"")
                    .append(text.replace("\"\"\"", "\\\"\"\""))
                    .append("\"\"\"\n");
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
