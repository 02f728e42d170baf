-- events-service schema: sources, events with participants, statements.
-- Partial dates are stored as their text plus the interval they cover, so ordering
-- (start of interval, then coarser precision first, then id) and from/to overlap filters
-- are plain indexed comparisons. Precision: 1 = year, 2 = month, 3 = day.

CREATE TABLE source (
    id            BIGSERIAL    PRIMARY KEY,
    title         VARCHAR(500) NOT NULL,
    url           TEXT,
    -- normalized URL: the same document added twice resolves to one source
    url_key       TEXT,
    -- optional client-chosen key (a dataset's name for a source without a URL)
    external_key  VARCHAR(200) UNIQUE,
    publisher_id  BIGINT,
    published_at  VARCHAR(10),
    retrieved_at  TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX source_url_key ON source (url_key);

CREATE TABLE event (
    id              BIGSERIAL    PRIMARY KEY,
    external_key    VARCHAR(200) UNIQUE,
    type            VARCHAR(40)  NOT NULL,
    title           VARCHAR(500) NOT NULL CHECK (btrim(title) <> ''),
    summary         TEXT,
    -- null when the sources do not date the event; it then sorts last (9999-12-31, 0)
    date_text       VARCHAR(10),
    date_start      DATE         NOT NULL,
    date_precision  SMALLINT     NOT NULL,
    end_date_text   VARCHAR(10),
    -- last day covered by date..endDate
    span_end        DATE         NOT NULL CHECK (span_end >= date_start),
    location        VARCHAR(300),
    search_vector   TSVECTOR     GENERATED ALWAYS AS
                    (to_tsvector('english', title || ' ' || coalesce(summary, ''))) STORED,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX event_order  ON event (date_start, date_precision, id);
CREATE INDEX event_span   ON event (span_end);
CREATE INDEX event_type   ON event (type);
CREATE INDEX event_search ON event USING GIN (search_vector);

CREATE TABLE event_participant (
    id        BIGSERIAL   PRIMARY KEY,
    event_id  BIGINT      NOT NULL REFERENCES event (id),
    actor_id  BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    UNIQUE (event_id, actor_id, role)
);
CREATE INDEX event_participant_actor ON event_participant (actor_id, event_id);

CREATE TABLE event_source (
    id         BIGSERIAL PRIMARY KEY,
    event_id   BIGINT    NOT NULL REFERENCES event (id),
    source_id  BIGINT    NOT NULL REFERENCES source (id),
    UNIQUE (event_id, source_id)
);
CREATE INDEX event_source_source ON event_source (source_id);

CREATE TABLE statement (
    id                BIGSERIAL    PRIMARY KEY,
    external_key      VARCHAR(200) UNIQUE,
    kind              VARCHAR(20)  NOT NULL,
    text              TEXT         NOT NULL CHECK (btrim(text) <> ''),
    speaker_id        BIGINT,
    speaker_capacity  VARCHAR(300),
    date_text         VARCHAR(10),
    date_start        DATE,
    date_end          DATE,
    -- sort key: the date's start and precision; undated statements sort last (9999-12-31, 0)
    sort_start        DATE         NOT NULL,
    sort_precision    SMALLINT     NOT NULL,
    event_id          BIGINT       REFERENCES event (id),
    stance            VARCHAR(20),
    reported_by_id    BIGINT,
    source_id         BIGINT       NOT NULL REFERENCES source (id),
    search_vector     TSVECTOR     GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    version           BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX statement_order   ON statement (sort_start, sort_precision, id);
CREATE INDEX statement_speaker ON statement (speaker_id, sort_start, sort_precision, id);
CREATE INDEX statement_event   ON statement (event_id);
CREATE INDEX statement_source  ON statement (source_id);
CREATE INDEX statement_search  ON statement USING GIN (search_vector);

CREATE TABLE statement_about (
    id            BIGSERIAL PRIMARY KEY,
    statement_id  BIGINT    NOT NULL REFERENCES statement (id),
    actor_id      BIGINT    NOT NULL,
    UNIQUE (statement_id, actor_id)
);
CREATE INDEX statement_about_actor ON statement_about (actor_id, statement_id);
