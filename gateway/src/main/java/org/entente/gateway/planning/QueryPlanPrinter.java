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
