-- Trigram similarity for tolerant name search (actors(search: ...)).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE actor (
    id           BIGSERIAL    PRIMARY KEY,
    handle       VARCHAR(100) NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    name         VARCHAR(300) NOT NULL,
    aliases      TEXT[]       NOT NULL DEFAULT '{}',
    description  TEXT,
    country_code CHAR(3),
    wikidata_id  VARCHAR(20),
    parent_id    BIGINT       REFERENCES actor (id),
    -- name and aliases in SearchText's normalized form, one per line; maintained by the service
    search_text  TEXT         NOT NULL,
    version      INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT actor_handle_unique UNIQUE (handle)
);
CREATE INDEX actor_parent_idx ON actor (parent_id);
CREATE INDEX actor_kind_name_idx ON actor (kind, name, id);
CREATE INDEX actor_name_idx ON actor (name, id);
CREATE INDEX actor_search_trgm_idx ON actor USING gin (search_text gin_trgm_ops);

-- since/until keep the partial date as given; first_day/last_day are the interval it covers
-- (NULL = open end), so asOf filters are plain indexed range checks.
CREATE TABLE membership (
    id              BIGSERIAL   PRIMARY KEY,
    member_id       BIGINT      NOT NULL REFERENCES actor (id),
    organization_id BIGINT      NOT NULL REFERENCES actor (id),
    role            VARCHAR(30) NOT NULL,
    since           VARCHAR(10),
    until           VARCHAR(10),
    first_day       DATE,
    last_day        DATE,
    source_ids      TEXT[]      NOT NULL,
    CONSTRAINT membership_interval_ordered CHECK (last_day IS NULL OR first_day IS NULL OR first_day <= last_day),
    CONSTRAINT membership_cites_source CHECK (cardinality(source_ids) > 0)
);
CREATE INDEX membership_member_idx ON membership (member_id, first_day, last_day);
CREATE INDEX membership_organization_idx ON membership (organization_id, first_day, last_day);

CREATE TABLE position (
    id              BIGSERIAL    PRIMARY KEY,
    holder_id       BIGINT       NOT NULL REFERENCES actor (id),
    organization_id BIGINT       NOT NULL REFERENCES actor (id),
    title           VARCHAR(300) NOT NULL,
    since           VARCHAR(10),
    until           VARCHAR(10),
    first_day       DATE,
    last_day        DATE,
    source_ids      TEXT[]       NOT NULL,
    CONSTRAINT position_interval_ordered CHECK (last_day IS NULL OR first_day IS NULL OR first_day <= last_day),
    CONSTRAINT position_cites_source CHECK (cardinality(source_ids) > 0)
);
CREATE INDEX position_holder_idx ON position (holder_id, first_day, last_day);
CREATE INDEX position_organization_idx ON position (organization_id, first_day, last_day);
