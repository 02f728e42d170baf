package org.entente.gateway.planning;

import graphql.execution.CoercedVariables;
import java.util.List;

/**
 * The cost of one prepared operation ({@link CostModel}): a tree of its fields with their prices and
 * list sizes, evaluated per request only where variables decide a size or a plugin's price; an
 * operation whose cost depends on no variable is evaluated once, here.
 */
public final class OperationCost {

    /** Costs stop growing here, far above any limit, instead of wrapping around to small numbers. */
    static final long SATURATED = Long.MAX_VALUE / 4;

    /** What one field costs, before the sizes of the lists above it. */
    interface Price {
        Price ONE = fixed(1);

        long of(CoercedVariables variables);

        static Price fixed(long price) {
            return variables -> price;
        }
    }

    /** How many elements a list has, or null when its arguments do not say. */
    interface Size {
        Long of(CoercedVariables variables);

        static Size fixed(Long size) {
            return variables -> size;
        }
    }

    /**
     * A field: its price, whether it is a list (its children then repeat per element) and the size
     * its arguments or its page give it (null: assumed).
     */
    record Node(Price price, boolean list, Size size, List<Node> children) {}

    private final List<Node> roots;
    private final long assumedListSize;
    /** The cost when no variable can change it, worked out once; else -1. */
    private final long fixed;

    OperationCost(List<Node> roots, long assumedListSize, boolean dependsOnVariables) {
        this.roots = roots;
        this.assumedListSize = assumedListSize;
        this.fixed = dependsOnVariables ? -1 : sum(roots, 1, CoercedVariables.emptyVariables());
    }

    /** The estimate for a request with these variables. */
    public long of(CoercedVariables variables) {
        return fixed >= 0 ? fixed : sum(roots, 1, variables);
    }

    private long sum(List<Node> nodes, long multiplier, CoercedVariables variables) {
        long total = 0;
        for (Node node : nodes) {
            total = plus(total, times(multiplier, node.price().of(variables)));
            long elements = 1;
            if (node.list()) {
                Long size = node.size() == null ? null : node.size().of(variables);
                elements = size == null ? assumedListSize : size;
            }
            if (!node.children().isEmpty()) {
                total = plus(total, sum(node.children(), times(multiplier, elements), variables));
            }
        }
        return total;
    }

    private static long plus(long a, long b) {
        return Math.min(SATURATED, a + b);
    }

    private static long times(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > SATURATED / b ? SATURATED : Math.min(SATURATED, a * b);
    }
}
