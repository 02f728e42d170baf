package org.entente.gateway.supergraph;

import graphql.language.SelectionSet;

/** A {@code @key} of an entity in one subgraph: the field set and whether that subgraph resolves it. */
public record EntityKey(String fields, SelectionSet selection, boolean resolvable) {

    public static EntityKey of(String fields, boolean resolvable) {
        return new EntityKey(fields, FieldSets.parse(fields), resolvable);
    }

    /** Number of leaf fields: fewer makes a cheaper representation. */
    public int weight() {
        return FieldSets.leafCount(selection);
    }
}
