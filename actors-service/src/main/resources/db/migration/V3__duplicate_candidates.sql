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

-- The pairs found, kept up to date instead of computed for each page: a page reads this table in
-- its order index, whatever the number of actors. A row is rewritten whenever one of its two actors
-- is checked again (duplicate_check_pending); a_id < b_id.
CREATE TABLE duplicate_candidate (
    a_id              BIGINT        NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    b_id              BIGINT        NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    score             NUMERIC(5, 4) NOT NULL,
    same_name         BOOLEAN       NOT NULL,
    alias_overlap     BOOLEAN       NOT NULL,
    name_similar      BOOLEAN       NOT NULL,
    same_country      BOOLEAN       NOT NULL,
    different_country BOOLEAN       NOT NULL,
    PRIMARY KEY (a_id, b_id),
    CONSTRAINT duplicate_candidate_ordered CHECK (a_id < b_id)
);
CREATE INDEX duplicate_candidate_order_idx ON duplicate_candidate (score DESC, a_id, b_id);
CREATE INDEX duplicate_candidate_b_idx ON duplicate_candidate (b_id);

-- Actors whose pairs must be found again: written by the trigger below in the transaction of the
-- change itself (the API's writes, ./entente generate's COPY, a manual UPDATE alike), so no change
-- can be missed; emptied by the service (DuplicateCandidateRefresh).
CREATE TABLE duplicate_check_pending (
    actor_id  BIGINT      PRIMARY KEY REFERENCES actor (id) ON DELETE CASCADE,
    queued_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
-- A page checks the most recent changes first (an editor's edit shows at once, a bulk load waits).
CREATE INDEX duplicate_check_pending_queued_idx ON duplicate_check_pending (queued_at DESC);

CREATE FUNCTION actor_duplicate_check_needed() RETURNS trigger AS $$
BEGIN
    INSERT INTO duplicate_check_pending (actor_id) VALUES (NEW.id)
        ON CONFLICT (actor_id) DO UPDATE SET queued_at = clock_timestamp();
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- search_text holds the name and the aliases; kind and country change the pairing and the score.
CREATE TRIGGER actor_duplicate_check AFTER INSERT OR UPDATE OF search_text, kind, country_code ON actor
    FOR EACH ROW EXECUTE FUNCTION actor_duplicate_check_needed();

INSERT INTO duplicate_check_pending (actor_id) SELECT id FROM actor;
