-- Entity resolution (mergeActors, unmergeActors; docs/MERGES.md). A merged actor stays, hidden from
-- lists and searches, so that its id and handle keep answering: lookups redirect to the actor it
-- was merged into.
ALTER TABLE actor ADD COLUMN merged_into BIGINT REFERENCES actor (id);
CREATE INDEX actor_merged_into_idx ON actor (merged_into) WHERE merged_into IS NOT NULL;

-- One row per merge, with every row it moved or folded (moved, JSON), so that unmergeActors restores
-- exactly those. An actor is merged at most once at a time.
CREATE TABLE actor_merge (
    id             BIGSERIAL   PRIMARY KEY,
    keep_id        BIGINT      NOT NULL REFERENCES actor (id),
    merged_id      BIGINT      NOT NULL REFERENCES actor (id),
    reason         TEXT,
    merged_by      TEXT,
    merged_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    moved          JSONB       NOT NULL,
    unmerged_at    TIMESTAMPTZ,
    unmerged_by    TEXT,
    unmerge_reason TEXT,
    CONSTRAINT actor_merge_two_actors CHECK (keep_id <> merged_id)
);
CREATE UNIQUE INDEX actor_merge_in_force ON actor_merge (merged_id) WHERE unmerged_at IS NULL;
CREATE INDEX actor_merge_keep_idx ON actor_merge (keep_id);

-- The outbox other services follow (Query.actorMergeSteps): a merge and an unmerge each add a step in
-- their own transaction. Merges and unmerges take one advisory lock, so steps commit in the order of
-- their numbers and a follower that reads after its last step never skips one committed later.
CREATE TABLE actor_merge_step (
    seq       BIGSERIAL   PRIMARY KEY,
    merge_id  BIGINT      NOT NULL REFERENCES actor_merge (id),
    action    VARCHAR(10) NOT NULL CHECK (action IN ('MERGE', 'UNMERGE')),
    taken_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A merged actor leaves the duplicate candidates (its pairs are found again: none), an unmerged one
-- comes back.
CREATE TRIGGER actor_merge_duplicate_check AFTER UPDATE OF merged_into ON actor
    FOR EACH ROW EXECUTE FUNCTION actor_duplicate_check_needed();
