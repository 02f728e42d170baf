-- The history of every record: one row per change, written in the transaction of the change
-- (subgraph-support's ChangeRecorder), read newest first (ChangeHistory). before_values is NULL
-- for a creation; both are the record's fields as the API shows them.
CREATE TABLE change_log (
    id            BIGSERIAL    PRIMARY KEY,
    changed_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    editor        TEXT,
    mutation      VARCHAR(60)  NOT NULL,
    entity_type   VARCHAR(20)  NOT NULL,
    entity_id     BIGINT       NOT NULL,
    before_values JSONB,
    after_values  JSONB        NOT NULL,
    reason        TEXT
);
CREATE INDEX change_log_entity_idx ON change_log (entity_type, entity_id, id);
CREATE INDEX change_log_editor_idx ON change_log (editor, id);
CREATE INDEX change_log_changed_at_idx ON change_log (changed_at);
