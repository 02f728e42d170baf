CREATE TABLE actor (
    id          BIGSERIAL PRIMARY KEY,
    handle      VARCHAR(100) NOT NULL UNIQUE,
    kind        VARCHAR(40)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
