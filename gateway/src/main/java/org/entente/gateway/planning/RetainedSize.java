package org.entente.gateway.planning;

/**
 * Estimates the heap a cached operation keeps: its key (the client's document text), its normalized
 * operation, its plan and, for introspection, its reduced document. The figures per object are
 * rounded up from heap measurements of thousands of cached operations (small and wide queries,
 * 60 KB arguments, the introspection query), which the estimate exceeded by a factor of 1.3 to 1.9:
 * a cache bounded by the estimate stays within its bound.
 */
final class RetainedSize {

    /** A String of n chars takes at most 2n bytes (UTF-16) plus its header and array header. */
    private static final int STRING = 56;
    /** An entry of the cache: Caffeine's node, the key record, the prepared operation and plan records. */
    private static final int ENTRY = 200;
    /** An NField with its lists, strings, the AST arguments and directives it keeps, and its cost node. */
    private static final int FIELD = 280;
    /** An argument of the client's AST (name, value, source location). */
    private static final int ARGUMENT = 150;
    /** A variable definition of the client's AST. */
    private static final int VARIABLE = 300;
    /** A plan node with the lists of a fetch. */
    private static final int NODE = 250;
    /** A field of an entity representation ({@code requires}). */
    private static final int REQUIRED_FIELD = 100;
    /** graphql-java's AST takes about this many bytes per character of source. */
    private static final int AST_PER_CHAR = 12;

    private RetainedSize() {}

    static long of(String document, String operationName, PreparedOperation operation) {
        long bytes = ENTRY + string(document) + string(operationName);
        if (operation.plan() != null) {
            NormalizedOperation normalized = operation.plan().operation();
            bytes += (long) VARIABLE * normalized.variableDefinitions().size() + fields(normalized.fields());
            bytes += node(operation.plan().root());
        }
        if (operation.introspection() != null) {
            bytes += (long) AST_PER_CHAR * document.length();
        }
        return bytes;
    }

    private static long string(String s) {
        return s == null ? 0 : STRING + 2L * s.length();
    }

    private static long fields(java.util.List<NField> fields) {
        long bytes = 0;
        for (NField f : fields) {
            bytes += FIELD + (long) ARGUMENT * f.arguments().size() + fields(f.children());
        }
        return bytes;
    }

    private static long node(PlanNode node) {
        if (node instanceof PlanNode.Sequence s) {
            return NODE + s.nodes().stream().mapToLong(RetainedSize::node).sum();
        }
        if (node instanceof PlanNode.Parallel p) {
            return NODE + p.nodes().stream().mapToLong(RetainedSize::node).sum();
        }
        if (node instanceof PlanNode.Flatten f) {
            return NODE + 2L * String.join(".", f.path()).length() + node(f.fetch());
        }
        if (node instanceof PlanNode.BatchFetch b) {
            long bytes = NODE
                    + string(b.operation())
                    + (long) STRING * b.variableUsages().size();
            for (PlanNode.EntityBatch batch : b.batches()) {
                bytes += NODE + string(batch.alias()) + string(batch.variable()) + node(batch.fetch());
                for (java.util.List<String> path : batch.paths()) {
                    bytes += 2L * String.join(".", path).length();
                }
            }
            return bytes;
        }
        if (node instanceof PlanNode.Fetch f) {
            long bytes = NODE
                    + string(f.operation())
                    + string(f.requiresText())
                    + (long) STRING * f.variableUsages().size();
            for (var required : f.requires().values()) {
                bytes += required(required);
            }
            return bytes;
        }
        return 0;
    }

    private static long required(java.util.List<PlanNode.RequiredField> fields) {
        long bytes = 0;
        for (PlanNode.RequiredField f : fields) {
            bytes += REQUIRED_FIELD + required(f.children());
        }
        return bytes;
    }
}
