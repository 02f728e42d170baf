-- Merges of actors (docs/MERGES.md): actors-service merges, and publishes each merge and unmerge as a
-- step of its outbox (actorMergeSteps); this service follows it (service.MergeFollower). A step is
-- applied in one transaction together with its row here: applied once, and one that failed is not
-- here and is tried again. `moved` is every participation, statement and source the step changed,
-- so that an unmerge restores exactly those.
-- (V6: V5 of this service is taken by other work.)
CREATE TABLE actor_merge_applied (
    step       BIGINT      PRIMARY KEY,
    merge_id   BIGINT      NOT NULL,
    action     VARCHAR(10) NOT NULL CHECK (action IN ('MERGE', 'UNMERGE')),
    keep_id    BIGINT      NOT NULL,
    merged_id  BIGINT      NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL,
    moved      JSONB       NOT NULL,
    CONSTRAINT actor_merge_applied_once UNIQUE (merge_id, action)
);
