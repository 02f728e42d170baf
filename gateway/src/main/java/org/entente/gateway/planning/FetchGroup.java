package org.entente.gateway.planning;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One request to one subgraph under construction: a root fetch, or an {@code _entities} fetch for
 * the objects at {@link #mergePath} that an earlier group produced.
 */
final class FetchGroup {

    final int id;
    final String graph;
    final List<String> mergePath;
    final boolean entity;
    final FetchGroup parent;
    final OutSelections selections = new OutSelections();
    /** Per entity type: the fields that go into its representations (response key in data → field name). */
    final Map<String, OutSelections> requirements = new LinkedHashMap<>();
    /** Per entity type: the response keys of its representations that are key fields. */
    final Map<String, Set<String>> keyFields = new LinkedHashMap<>();
    /** Concrete types whose objects are sent as representations of an interface ({@code @interfaceObject}). */
    final Map<String, String> representedAs = new LinkedHashMap<>();

    final Set<FetchGroup> dependsOn = new LinkedHashSet<>();
    final Map<String, FetchGroup> children = new LinkedHashMap<>();

    FetchGroup(int id, String graph, List<String> mergePath, boolean entity, FetchGroup parent) {
        this.id = id;
        this.graph = graph;
        this.mergePath = mergePath;
        this.entity = entity;
        this.parent = parent;
        if (parent != null) {
            dependsOn.add(parent);
        }
    }

    /** The group of the root field that (transitively) started this one. */
    FetchGroup root() {
        return parent == null ? this : parent.root();
    }
}
