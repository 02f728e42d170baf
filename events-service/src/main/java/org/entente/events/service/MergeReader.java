package org.entente.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.events.repository.ActorMergeAppliedEntity;

/** How far this service has followed merges of actors. */
@ApplicationScoped
public class MergeReader {

    /**
     * When the merges with these ids were applied here ({@code merging}) or undone here, ISO-8601 in
     * UTC, in one statement; a merge not applied (or not undone) here is absent.
     */
    public Map<Long, String> movedAt(List<Long> mergeIds, boolean merging) {
        String action = merging ? "MERGE" : "UNMERGE";
        Map<Long, String> at = new HashMap<>();
        for (ActorMergeAppliedEntity applied : ActorMergeAppliedEntity.ofMerges(mergeIds)) {
            if (applied.action.equals(action)) {
                at.put(applied.mergeId, applied.appliedAt.toInstant().toString());
            }
        }
        return at;
    }
}
