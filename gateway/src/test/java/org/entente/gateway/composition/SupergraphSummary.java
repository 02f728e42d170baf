package org.entente.gateway.composition;

import graphql.language.AstPrinter;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import java.util.TreeSet;
import org.entente.gateway.supergraph.EntityKey;
import org.entente.gateway.supergraph.FieldSets;
import org.entente.gateway.supergraph.FieldSource;
import org.entente.gateway.supergraph.Supergraph;
import org.entente.gateway.supergraph.SupergraphField;
import org.entente.gateway.supergraph.SupergraphType;

/**
 * What a supergraph means for planning, as sorted lines: types and the graphs defining them,
 * keys per graph, who resolves each field and with which requires/provides, and the API fields.
 * Two composers agree when their summaries are equal, however they order or format the SDL.
 */
public final class SupergraphSummary {

    private SupergraphSummary() {}

    public static TreeSet<String> of(Supergraph supergraph) {
        TreeSet<String> lines = new TreeSet<>();
        for (SupergraphType type : supergraph.types().values()) {
            lines.add("type " + type.name() + " " + type.kind() + " in " + new TreeSet<>(type.graphs()));
            for (String graph : type.graphs()) {
                for (EntityKey key : type.keys(graph)) {
                    lines.add("key " + type.name() + "@" + graph + " " + compact(key.fields()) + " resolvable="
                            + key.resolvable());
                }
            }
            for (SupergraphField field : type.fields().values()) {
                lines.add("field " + type.name() + "." + field.name() + " resolved by "
                        + new TreeSet<>(field.resolvingGraphs()));
                for (FieldSource source : field.sources().values()) {
                    if (source.requires() != null) {
                        lines.add("requires " + type.name() + "." + field.name() + "@" + source.graph() + " "
                                + compact(source.requires()));
                    }
                    if (source.provides() != null) {
                        lines.add("provides " + type.name() + "." + field.name() + "@" + source.graph() + " "
                                + compact(source.provides()));
                    }
                    if (source.external()) {
                        lines.add("external " + type.name() + "." + field.name() + "@" + source.graph());
                    }
                }
            }
        }
        for (GraphQLNamedType type : supergraph.apiSchema().getAllTypesAsList()) {
            if (type instanceof GraphQLFieldsContainer container
                    && !type.getName().startsWith("__")) {
                for (GraphQLFieldDefinition f : container.getFieldDefinitions()) {
                    lines.add("api " + type.getName() + "." + f.getName() + ": "
                            + GraphQLTypeUtil.simplePrint(f.getType()) + " args "
                            + f.getArguments().size());
                }
            }
        }
        return lines;
    }

    private static String compact(String fieldSet) {
        return AstPrinter.printAstCompact(FieldSets.parse(fieldSet));
    }
}
