package org.entente.actors.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.entente.actors.repository.ActorEntity;
import org.entente.actors.repository.ActorMergeEntity;
import org.entente.actors.repository.ActorMergeStepEntity;
import org.entente.subgraph.errors.ClientException;

/** Reads merges and the steps of the merge outbox, each with the two actors it names (one statement for all). */
@ApplicationScoped
public class ActorMergeReader {

    /** The most steps one page of the outbox holds. */
    public static final int MAX_STEPS = 100;

    /** A merge, its two actors as stored (the merged one not redirected), and what it moved. */
    public record MergeView(ActorMergeEntity merge, ActorEntity keep, ActorEntity merged, MergeSummary summary) {}

    /** A step of the outbox and its merge. */
    public record StepView(ActorMergeStepEntity step, MergeView merge) {}

    /** How many rows a merge moved and folded, and the aliases it gave the kept actor. */
    public record MergeSummary(List<String> addedAliases, int moved, int folded) {}

    /** The merges with these ids, by id; an unknown id is absent. */
    public Map<Long, MergeView> byIds(Collection<Long> ids) {
        return views(ActorMergeEntity.withIds(ids.stream().distinct().toList()));
    }

    /**
     * The first {@code first} steps after step {@code after} (0: from the beginning), in the order
     * they were taken. BAD_USER_INPUT when {@code first} is not 1…{@link #MAX_STEPS} or after is negative.
     */
    public List<StepView> steps(long after, int first) {
        if (first < 1 || first > MAX_STEPS) {
            throw ClientException.badInput("first must be between 1 and " + MAX_STEPS);
        }
        if (after < 0) {
            throw ClientException.badInput("after must not be negative");
        }
        List<ActorMergeStepEntity> steps = ActorMergeStepEntity.after(after, first);
        Map<Long, MergeView> merges =
                byIds(steps.stream().map(step -> step.mergeId).toList());
        return steps.stream()
                .map(step -> new StepView(step, merges.get(step.mergeId)))
                .toList();
    }

    /** Views of these merges, their actors read in one statement. */
    public static Map<Long, MergeView> views(List<ActorMergeEntity> merges) {
        Map<Long, ActorEntity> actors = new HashMap<>();
        ActorEntity.withIds(merges.stream()
                        .flatMap(merge -> Stream.of(merge.keepId, merge.mergedId))
                        .distinct()
                        .toList())
                .forEach(actor -> actors.put(actor.id, actor));
        Map<Long, MergeView> views = new HashMap<>();
        for (ActorMergeEntity merge : merges) {
            MergeRecord record = MergeRecord.parse(merge.moved);
            views.put(
                    merge.id,
                    new MergeView(
                            merge,
                            actors.get(merge.keepId),
                            actors.get(merge.mergedId),
                            new MergeSummary(
                                    record.addedAliases(),
                                    record.moved().size(),
                                    record.folded().size())));
        }
        return views;
    }
}
