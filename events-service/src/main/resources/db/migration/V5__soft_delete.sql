-- Events and statements are deleted softly: the row stays, marked, so that its history stays whole
-- and it can be restored; every read leaves it out. A statement made at an event is deleted with
-- it, and only the statements deleted with it are restored with it (deleted_with_event).
--
-- Reads must stay index-bound: every index that pages a list becomes partial (live rows only), and
-- the per-actor link rows carry a copy of their parent's mark, like the sort key of V2, so that an
-- actor's list is still one walk of its (actor, key) index. The copies and the kept counts of
-- actor_counts follow the mark by triggers, whoever writes it.

ALTER TABLE event ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE statement ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN deleted_with_event BOOLEAN NOT NULL DEFAULT false,
    ADD CONSTRAINT statement_deleted_with_event CHECK (deleted OR NOT deleted_with_event);
ALTER TABLE event_participant ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE statement_about ADD COLUMN deleted BOOLEAN NOT NULL DEFAULT false;

DROP INDEX event_order;
CREATE INDEX event_order ON event (date_start, date_precision, id) WHERE NOT deleted;
DROP INDEX statement_order;
CREATE INDEX statement_order ON statement (sort_start, sort_precision, id) WHERE NOT deleted;
DROP INDEX statement_speaker;
CREATE INDEX statement_speaker ON statement (speaker_id, sort_start, sort_precision, id) WHERE NOT deleted;
DROP INDEX event_participant_actor;
CREATE INDEX event_participant_actor ON event_participant (actor_id, date_start, date_precision, event_id)
    WHERE NOT deleted;
DROP INDEX statement_about_actor;
CREATE INDEX statement_about_actor ON statement_about (actor_id, sort_start, sort_precision, statement_id)
    WHERE NOT deleted;

-- A link row takes its parent's mark on insert (with the sort key), and a change of the mark is
-- carried to the link rows.
CREATE OR REPLACE FUNCTION event_participant_take_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT e.date_start, e.date_precision, e.deleted INTO NEW.date_start, NEW.date_precision, NEW.deleted
    FROM event e WHERE e.id = NEW.event_id;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION statement_about_take_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT s.sort_start, s.sort_precision, s.deleted INTO NEW.sort_start, NEW.sort_precision, NEW.deleted
    FROM statement s WHERE s.id = NEW.statement_id;
    RETURN NEW;
END $$;

CREATE FUNCTION event_give_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE event_participant SET deleted = NEW.deleted WHERE event_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER event_deleted_changed AFTER UPDATE OF deleted ON event
    FOR EACH ROW WHEN (OLD.deleted IS DISTINCT FROM NEW.deleted)
    EXECUTE FUNCTION event_give_deleted();

CREATE FUNCTION statement_give_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE statement_about SET deleted = NEW.deleted WHERE statement_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER statement_deleted_changed AFTER UPDATE OF deleted ON statement
    FOR EACH ROW WHEN (OLD.deleted IS DISTINCT FROM NEW.deleted)
    EXECUTE FUNCTION statement_give_deleted();

-- actor_counts counts live rows only. Inserted and removed rows that were deleted never counted;
-- a link row whose mark changes counts as removed (deleted) or added (restored). Transition tables
-- cannot go with a column list, so the update triggers see every update and keep the rows whose
-- mark changed.
CREATE OR REPLACE FUNCTION event_participant_count_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO actor_counts AS c (actor_id, events)
    SELECT pair.actor_id, count(*)
    FROM (SELECT event_id, actor_id, count(*) AS added FROM added_rows WHERE NOT deleted GROUP BY event_id, actor_id) pair
    WHERE pair.added = (SELECT count(*) FROM event_participant ep
                        WHERE ep.event_id = pair.event_id AND ep.actor_id = pair.actor_id AND NOT ep.deleted)
    GROUP BY pair.actor_id ORDER BY pair.actor_id
    ON CONFLICT (actor_id) DO UPDATE SET events = c.events + EXCLUDED.events;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION event_participant_count_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE actor_counts c SET events = c.events - gone.events
    FROM (SELECT pair.actor_id, count(*) AS events
          FROM (SELECT DISTINCT event_id, actor_id FROM removed_rows WHERE NOT deleted) pair
          WHERE NOT EXISTS (SELECT 1 FROM event_participant ep
                            WHERE ep.event_id = pair.event_id AND ep.actor_id = pair.actor_id AND NOT ep.deleted)
          GROUP BY pair.actor_id ORDER BY pair.actor_id) gone
    WHERE c.actor_id = gone.actor_id;
    RETURN NULL;
END $$;

-- The rows whose mark changed: deleted ones are removed, restored ones added, with the rules above
-- (an event's rows change their mark together, by event_give_deleted).
CREATE FUNCTION event_participant_count_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE actor_counts c SET events = c.events - gone.events
    FROM (SELECT pair.actor_id, count(*) AS events
          FROM (SELECT DISTINCT n.event_id, n.actor_id FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE n.deleted AND NOT o.deleted) pair
          WHERE NOT EXISTS (SELECT 1 FROM event_participant ep
                            WHERE ep.event_id = pair.event_id AND ep.actor_id = pair.actor_id AND NOT ep.deleted)
          GROUP BY pair.actor_id ORDER BY pair.actor_id) gone
    WHERE c.actor_id = gone.actor_id;
    INSERT INTO actor_counts AS c (actor_id, events)
    SELECT pair.actor_id, count(*)
    FROM (SELECT n.event_id, n.actor_id, count(*) AS added FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE o.deleted AND NOT n.deleted GROUP BY n.event_id, n.actor_id) pair
    WHERE pair.added = (SELECT count(*) FROM event_participant ep
                        WHERE ep.event_id = pair.event_id AND ep.actor_id = pair.actor_id AND NOT ep.deleted)
    GROUP BY pair.actor_id ORDER BY pair.actor_id
    ON CONFLICT (actor_id) DO UPDATE SET events = c.events + EXCLUDED.events;
    RETURN NULL;
END $$;
CREATE TRIGGER event_participant_recounted AFTER UPDATE ON event_participant
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION event_participant_count_marked();

CREATE OR REPLACE FUNCTION statement_about_count_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO actor_counts AS c (actor_id, statements_about)
    SELECT actor_id, count(*) FROM added_rows WHERE NOT deleted GROUP BY actor_id ORDER BY actor_id
    ON CONFLICT (actor_id) DO UPDATE SET statements_about = c.statements_about + EXCLUDED.statements_about;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION statement_about_count_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE actor_counts c SET statements_about = c.statements_about - gone.n
    FROM (SELECT actor_id, count(*) AS n FROM removed_rows WHERE NOT deleted GROUP BY actor_id ORDER BY actor_id) gone
    WHERE c.actor_id = gone.actor_id;
    RETURN NULL;
END $$;

CREATE FUNCTION statement_about_count_marked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE actor_counts c SET statements_about = c.statements_about - gone.n
    FROM (SELECT n.actor_id, count(*) AS n FROM new_rows n JOIN old_rows o ON o.id = n.id
          WHERE n.deleted AND NOT o.deleted GROUP BY n.actor_id ORDER BY n.actor_id) gone
    WHERE c.actor_id = gone.actor_id;
    INSERT INTO actor_counts AS c (actor_id, statements_about)
    SELECT n.actor_id, count(*) FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE o.deleted AND NOT n.deleted GROUP BY n.actor_id ORDER BY n.actor_id
    ON CONFLICT (actor_id) DO UPDATE SET statements_about = c.statements_about + EXCLUDED.statements_about;
    RETURN NULL;
END $$;
CREATE TRIGGER statement_about_recounted AFTER UPDATE ON statement_about
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION statement_about_count_marked();

-- A statement counts for its speaker while it is live: an update moves it from what it counted for
-- before (speaker, live) to what it counts for after; actor_counts_add_statements nets the deltas.
CREATE OR REPLACE FUNCTION statement_count_speakers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- each branch names only the transition tables its operation has
    IF TG_OP = 'INSERT' THEN
        PERFORM actor_counts_add_statements(array_agg(speaker_id), array_agg(1::bigint))
        FROM new_rows WHERE speaker_id IS NOT NULL AND NOT deleted HAVING count(*) > 0;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM actor_counts_add_statements(array_agg(speaker_id), array_agg(-1::bigint))
        FROM old_rows WHERE speaker_id IS NOT NULL AND NOT deleted HAVING count(*) > 0;
    ELSE
        PERFORM actor_counts_add_statements(array_agg(moved.speaker), array_agg(moved.delta))
        FROM (SELECT o.speaker_id AS speaker, -1::bigint AS delta FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE o.speaker_id IS NOT NULL AND NOT o.deleted
                AND (o.speaker_id IS DISTINCT FROM n.speaker_id OR n.deleted)
              UNION ALL
              SELECT n.speaker_id, 1::bigint FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE n.speaker_id IS NOT NULL AND NOT n.deleted
                AND (o.speaker_id IS DISTINCT FROM n.speaker_id OR o.deleted)) moved
        HAVING count(*) > 0;
    END IF;
    RETURN NULL;
END $$;

-- Every snapshot of an event or a statement now says whether it is deleted: the changes recorded
-- before say it too, or the first change after this migration would seem to have changed it.
UPDATE change_log
SET before_values = before_values || '{"deleted": false}'::jsonb,
    after_values = after_values || '{"deleted": false}'::jsonb
WHERE entity_type IN ('EVENT', 'STATEMENT');

-- Which actors each change concerns, for Actor.eventChanges: the participants of an event, the
-- speaker and the subjects of a statement, before or after the change (an actor removed from an
-- event keeps the change that removed it). Filled by a trigger from the values the change keeps,
-- so that an actor's changes are one backward walk of (actor_id, change_id), however many facts
-- the actor has.
CREATE TABLE change_actor (
    actor_id   BIGINT NOT NULL,
    change_id  BIGINT NOT NULL REFERENCES change_log (id),
    PRIMARY KEY (actor_id, change_id)
);

CREATE FUNCTION change_actor_ids(entity_type TEXT, record JSONB) RETURNS SETOF BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT (p ->> 'actorId')::bigint
    FROM jsonb_array_elements(CASE WHEN entity_type = 'EVENT' THEN record -> 'participants' END) p
    UNION
    SELECT (record ->> 'speakerId')::bigint WHERE entity_type = 'STATEMENT' AND record ->> 'speakerId' IS NOT NULL
    UNION
    SELECT a::bigint FROM jsonb_array_elements_text(CASE WHEN entity_type = 'STATEMENT' THEN record -> 'aboutIds' END) a
$$;

CREATE FUNCTION change_log_note_actors() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO change_actor (actor_id, change_id)
    SELECT a, NEW.id FROM (SELECT change_actor_ids(NEW.entity_type, NEW.before_values)
                           UNION SELECT change_actor_ids(NEW.entity_type, NEW.after_values)) ids(a);
    RETURN NULL;
END $$;
CREATE TRIGGER change_log_actors AFTER INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION change_log_note_actors();

INSERT INTO change_actor (actor_id, change_id)
SELECT ids.a, c.id FROM change_log c
CROSS JOIN LATERAL (SELECT change_actor_ids(c.entity_type, c.before_values)
                    UNION SELECT change_actor_ids(c.entity_type, c.after_values)) ids(a);
