package org.entente.gateway.supergraph;

/**
 * One subgraph's part in a field, as a {@code @join__field} states it.
 *
 * @param graph          the subgraph name
 * @param external       the subgraph declares the field but cannot resolve it (except where provided)
 * @param requires       field set the subgraph needs on the representation to resolve the field, or null
 * @param provides       field set of the returned object the subgraph resolves at this path, or null
 * @param overrideFrom   the subgraph this one took the field over from, or null
 * @param usedOverridden the subgraph's own definition was overridden but is still used by a key or requires
 */
public record FieldSource(
        String graph, boolean external, String requires, String provides, String overrideFrom, boolean usedOverridden) {

    /** A subgraph that really answers this field (not only declares it). */
    public boolean resolves() {
        return !external && !usedOverridden;
    }
}
