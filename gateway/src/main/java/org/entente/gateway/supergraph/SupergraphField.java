package org.entente.gateway.supergraph;

import graphql.language.Type;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** A field of a composite supergraph type and the subgraphs that define or resolve it. */
public final class SupergraphField {

    private final String name;
    private final Type<?> type;
    private final Map<String, FieldSource> sources;
    private final Set<String> typeGraphs;
    private final Map<String, String> subgraphTypes;

    /**
     * @param sources       explicit {@code @join__field} entries; empty means every graph of the type resolves it
     * @param typeGraphs    the graphs that define the enclosing type
     * @param subgraphTypes the field's type as a subgraph defines it ({@code @join__field(type:)}), by graph
     */
    SupergraphField(
            String name,
            Type<?> type,
            Map<String, FieldSource> sources,
            Set<String> typeGraphs,
            Map<String, String> subgraphTypes) {
        this.name = name;
        this.type = type;
        this.sources = sources;
        this.typeGraphs = typeGraphs;
        this.subgraphTypes = subgraphTypes;
    }

    /** The field's type in a subgraph's own schema ("String!"), where it differs from the supergraph's. */
    public String typeIn(String graph) {
        String declared = subgraphTypes.get(graph);
        return declared != null ? declared : graphql.language.AstPrinter.printAst(type);
    }

    public String name() {
        return name;
    }

    public Type<?> type() {
        return type;
    }

    /** The named type inside list and non-null wrappers. */
    public String typeName() {
        return ApiSchemaBuilder.baseName(type);
    }

    /**
     * A field with only a graph-less {@code @join__field}: no subgraph resolves it on this type (an
     * implementation's field that an {@code @interfaceObject} subgraph adds to the interface).
     */
    boolean graphless;

    /** Per-graph definitions; for a field without {@code @join__field}, one plain entry per graph of its type. */
    public Map<String, FieldSource> sources() {
        if (!sources.isEmpty() || graphless) {
            return sources;
        }
        Map<String, FieldSource> implicit = new LinkedHashMap<>();
        for (String graph : typeGraphs) {
            implicit.put(graph, new FieldSource(graph, false, null, null, null, false, null));
        }
        return implicit;
    }

    public FieldSource source(String graph) {
        return sources().get(graph);
    }

    public boolean resolvableIn(String graph) {
        FieldSource source = source(graph);
        return source != null && source.resolves();
    }

    /** The graphs that answer this field, in supergraph order. */
    public Set<String> resolvingGraphs() {
        Set<String> graphs = new LinkedHashSet<>();
        sources().values().stream().filter(FieldSource::resolves).forEach(s -> graphs.add(s.graph()));
        return graphs;
    }
}
