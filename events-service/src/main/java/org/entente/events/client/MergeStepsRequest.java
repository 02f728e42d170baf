package org.entente.events.client;

import java.util.Map;

/** The request for the steps of actors-service's merge outbox after a step. */
public record MergeStepsRequest(String query, Map<String, Object> variables) {
    private static final String QUERY = "query MergeSteps($after: Int!, $first: Int!) {"
            + " actorMergeSteps(after: $after, first: $first) { seq action merge {"
            + " id keep { id } merged { id } reason mergedBy unmergedBy unmergeReason } } }";

    public static MergeStepsRequest after(long after, int first) {
        return new MergeStepsRequest(QUERY, Map.of("after", Math.toIntExact(after), "first", first));
    }
}
