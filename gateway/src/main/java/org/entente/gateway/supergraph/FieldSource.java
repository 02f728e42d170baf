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
 * @param overrideLabel  the label of a progressive override this definition takes part in, or null: the
 *                       overriding subgraph answers while the label is on, the overridden one while it is off
 */
public record FieldSource(
        String graph,
        boolean external,
        String requires,
        String provides,
        String overrideFrom,
        boolean usedOverridden,
        String overrideLabel) {

    /** A subgraph that really answers this field (not only declares it). */
    public boolean resolves() {
        if (external || usedOverridden) {
            return false;
        }
        if (overrideLabel == null) {
            return true;
        }
        return (overrideFrom != null) == labelOn(overrideLabel);
    }

    /**
     * The gateway has no per-request say in labels: {@code percent(100)} is always on, and every other
     * label (a smaller percentage, or a name some other system would switch) is off, so that a field
     * moves only once its override is complete and each plan stays the same for every request.
     */
    static boolean labelOn(String label) {
        return label.replace(" ", "").matches("percent\\(100(\\.0+)?\\)");
    }
}
