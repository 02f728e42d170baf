package org.entente.gateway.planning;

/** Prints a plan as indented text: QueryPlan { Sequence { Fetch(service: "a") { ... } Flatten(...) } }. */
final class QueryPlanPrinter {

    private QueryPlanPrinter() {}

    static String print(QueryPlan plan) {
        StringBuilder out = new StringBuilder("QueryPlan {\n");
        if (plan.root() != null) {
            node(out, plan.root(), 2);
        }
        return out.append("}").toString();
    }

    private static void node(StringBuilder out, PlanNode node, int indent) {
        if (node instanceof PlanNode.Sequence s) {
            group(out, "Sequence", s.nodes(), indent);
        } else if (node instanceof PlanNode.Parallel p) {
            group(out, "Parallel", p.nodes(), indent);
        } else if (node instanceof PlanNode.Flatten f) {
            OutSelections.pad(out, indent)
                    .append("Flatten(path: \"")
                    .append(String.join(".", f.path()))
                    .append("\") {\n");
            node(out, f.fetch(), indent + 2);
            OutSelections.pad(out, indent).append("},\n");
        } else if (node instanceof PlanNode.BatchFetch b) {
            OutSelections.pad(out, indent)
                    .append("BatchFetch(service: \"")
                    .append(b.serviceName())
                    .append("\") {\n");
            for (PlanNode.EntityBatch batch : b.batches()) {
                OutSelections.pad(out, indent + 2).append(batch.alias()).append(": Entities(paths: ");
                for (int i = 0; i < batch.paths().size(); i++) {
                    out.append(i == 0 ? "\"" : ", \"")
                            .append(String.join(".", batch.paths().get(i)))
                            .append('"');
                }
                out.append(") {\n");
                indentBlock(out, batch.fetch().requiresText().strip() + " =>", indent + 4);
                OutSelections.pad(out, indent + 2).append("},\n");
            }
            indentBlock(out, b.operation(), indent + 2);
            if (b.apart() != null) {
                OutSelections.pad(out, indent + 2).append("IfErrors {\n");
                node(out, b.apart(), indent + 4);
                OutSelections.pad(out, indent + 2).append("},\n");
            }
            OutSelections.pad(out, indent).append("},\n");
        } else if (node instanceof PlanNode.Fetch f) {
            OutSelections.pad(out, indent)
                    .append("Fetch(service: \"")
                    .append(f.serviceName())
                    .append("\") {\n");
            if (f.entity()) {
                indentBlock(out, f.requiresText().strip() + " =>", indent + 2);
            }
            indentBlock(out, f.operation(), indent + 2);
            OutSelections.pad(out, indent).append("},\n");
        }
    }

    private static void group(StringBuilder out, String name, java.util.List<PlanNode> nodes, int indent) {
        OutSelections.pad(out, indent).append(name).append(" {\n");
        nodes.forEach(n -> node(out, n, indent + 2));
        OutSelections.pad(out, indent).append("},\n");
    }

    private static void indentBlock(StringBuilder out, String text, int indent) {
        for (String line : text.strip().split("\n")) {
            OutSelections.pad(out, indent).append(line).append('\n');
        }
    }
}
