-- Undated events and statements carried 9999-12-31 as their start, so that they sort last. But
-- that is a day a partial date can name (9999, 9999-12, 9999-12-31): an event of that day was
-- taken for undated. The marker moves to the day after the last one a partial date can cover,
-- 10000-01-01 (PostgreSQL dates run far beyond it); the service writes it from now on
-- (SortKey.UNDATED). The triggers of V2 carry the new start to the link rows' copies.
UPDATE event SET date_start = make_date(10000, 1, 1), span_end = make_date(10000, 1, 1) WHERE date_text IS NULL;
UPDATE statement SET sort_start = make_date(10000, 1, 1) WHERE date_text IS NULL;
