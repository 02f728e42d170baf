package org.entente.gateway.execution;

/**
 * What the entity cache did for one request, counted in representations: answered, asked for and
 * not held, and not asked for (the subgraph's change stream is down). For the {@code Entente-Cache}
 * response header.
 */
public final class CacheTally {
    int hits;
    int misses;
    int bypasses;

    /** {@code hit=3 miss=1}, with {@code bypass=2} when some went past the cache; null when it was not involved. */
    public String header() {
        if (hits + misses + bypasses == 0) {
            return null;
        }
        return "hit=" + hits + " miss=" + misses + (bypasses > 0 ? " bypass=" + bypasses : "");
    }
}
