package org.entente.cli.generate;

import java.util.SplittableRandom;

/**
 * Derives one random stream per (table, row) from the run's seed, so every row is a pure
 * function of seed and id: the result does not depend on generation order or threads.
 */
public final class Seeds {
    private Seeds() {}

    public static SplittableRandom forRow(long seed, Table table, long id) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (table.ordinal() + 1)) + id));
    }

    /** SplitMix64 finalizer: spreads nearby inputs to unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The random streams of the generator, one per kind of row. */
    public enum Table {
        ACTOR,
        MEMBERSHIP,
        POSITION,
        SOURCE,
        EVENT,
        STATEMENT,
        PERMUTATION
    }
}
