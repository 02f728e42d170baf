-- Duplicate candidates (Query.duplicateCandidates): pairs of actors of one kind whose normalized names
-- are trigram-similar or whose names and aliases overlap.

-- The normalized name (SearchText's form, the first line of search_text), all normalized names and
-- aliases, and the aliases alone, derived by PostgreSQL so that they never drift from search_text.
ALTER TABLE actor
    ADD COLUMN name_key  TEXT   GENERATED ALWAYS AS (split_part(search_text, E'\n', 1)) STORED,
    ADD COLUMN name_keys TEXT[] GENERATED ALWAYS AS (string_to_array(search_text, E'\n')) STORED,
    ADD COLUMN alias_keys TEXT[] GENERATED ALWAYS AS ((string_to_array(search_text, E'\n'))[2:]) STORED;
-- Each actor probes these for its partners: `name_key % other` (trigram similarity above
-- pg_trgm.similarity_threshold) and `name_keys && other` (a shared name or alias).
-- Without fastupdate: a GIN index's pending list (new entries not yet merged, up to 4 MB) is scanned by every
-- probe, and a listing probes once per actor: after a bulk load that would be all pairs again.
CREATE INDEX actor_name_key_trgm_idx ON actor USING gin (name_key gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX actor_name_keys_idx ON actor USING gin (name_keys) WITH (fastupdate = off);

-- Pairs a reviewer dismissed as not the same actor (a_id < b_id): they are no longer candidates.
CREATE TABLE duplicate_dismissal (
    a_id         BIGINT       NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    b_id         BIGINT       NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    reason       TEXT,
    dismissed_by TEXT,
    dismissed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (a_id, b_id),
    CONSTRAINT duplicate_dismissal_ordered CHECK (a_id < b_id)
);
CREATE INDEX duplicate_dismissal_b_idx ON duplicate_dismissal (b_id);
