package org.entente.gateway.planning;

/** A plan for one operation, shared by every request that sends the same document. */
public record QueryPlan(PlanNode root, NormalizedOperation operation) {

    /** Readable form, in the style of Apollo's query plans. */
    public String describe() {
        return QueryPlanPrinter.print(this);
    }
}
