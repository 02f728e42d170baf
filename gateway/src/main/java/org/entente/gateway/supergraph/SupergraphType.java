package org.entente.gateway.supergraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A named type of the supergraph with its per-subgraph federation metadata. */
public final class SupergraphType {

    private final String name;
    private final TypeKind kind;
    final Set<String> graphs = new LinkedHashSet<>();
    final Map<String, List<EntityKey>> keys = new LinkedHashMap<>();
    final Map<String, SupergraphField> fields = new LinkedHashMap<>();
    final Map<String, Set<String>> interfacesByGraph = new LinkedHashMap<>();
    final Map<String, Set<String>> membersByGraph = new LinkedHashMap<>();
    final Set<String> interfaces = new LinkedHashSet<>();
    final Set<String> members = new LinkedHashSet<>();
    final Set<String> interfaceObjectGraphs = new LinkedHashSet<>();

    SupergraphType(String name, TypeKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public String name() {
        return name;
    }

    public TypeKind kind() {
        return kind;
    }

    public boolean isComposite() {
        return kind == TypeKind.OBJECT || kind == TypeKind.INTERFACE || kind == TypeKind.UNION;
    }

    public boolean isAbstract() {
        return kind == TypeKind.INTERFACE || kind == TypeKind.UNION;
    }

    /** Graphs that define this type (one {@code @join__type} each). */
    public Set<String> graphs() {
        return graphs;
    }

    public boolean inGraph(String graph) {
        return graphs.contains(graph);
    }

    /**
     * Whether the graph sees this interface as an object type ({@code @interfaceObject}): it knows
     * neither the implementations nor the concrete type of an object, only the interface's name.
     */
    public boolean isInterfaceObjectIn(String graph) {
        return interfaceObjectGraphs.contains(graph);
    }

    /** Keys declared in a graph, resolvable or not. */
    public List<EntityKey> keys(String graph) {
        return keys.getOrDefault(graph, List.of());
    }

    /** Keys with which a graph can be asked for this entity through {@code _entities}. */
    public List<EntityKey> resolvableKeys(String graph) {
        List<EntityKey> result = new ArrayList<>();
        for (EntityKey key : keys(graph)) {
            if (key.resolvable()) {
                result.add(key);
            }
        }
        return result;
    }

    public Map<String, SupergraphField> fields() {
        return fields;
    }

    public SupergraphField field(String fieldName) {
        return fields.get(fieldName);
    }

    /** Interfaces the type implements in the supergraph. */
    public Set<String> interfaces() {
        return interfaces;
    }

    /** Members of a union in the supergraph. */
    public Set<String> members() {
        return members;
    }

    /**
     * Whether a graph knows this object type as an implementation of an interface or a member of a
     * union. Supergraphs without {@code @join__implements}/{@code @join__unionMember} fall back to
     * "the graph defines both".
     */
    public boolean belongsToIn(SupergraphType abstractType, String graph) {
        if (!inGraph(graph) || !abstractType.inGraph(graph)) {
            return false;
        }
        if (abstractType.kind == TypeKind.UNION) {
            return abstractType.membersByGraph.isEmpty()
                    || abstractType.membersByGraph.getOrDefault(graph, Set.of()).contains(name);
        }
        return interfacesByGraph.isEmpty()
                || interfacesByGraph.getOrDefault(graph, Set.of()).contains(abstractType.name);
    }
}
