package org.entente.events.client;

import java.util.List;

/**
 * actors-service's answer to {@link MergeStepsRequest}: {@code data.actorMergeSteps}, the steps of its
 * merge outbox in order; or {@code errors}.
 */
public record MergeSteps(Data data, List<Object> errors) {

    public record Data(List<Step> actorMergeSteps) {}

    /** A merge or an unmerge of actors, as events-service applies it. */
    public record Step(long seq, String action, Merge merge) {}

    public record Merge(
            String id, Ref keep, Ref merged, String reason, String mergedBy, String unmergedBy, String unmergeReason) {}

    public record Ref(String id) {}

    /** The steps, or null when the answer has errors or no data. */
    public List<Step> steps() {
        return (errors == null || errors.isEmpty()) && data != null ? data.actorMergeSteps() : null;
    }
}
