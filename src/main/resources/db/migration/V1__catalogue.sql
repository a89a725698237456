-- One set of migrations for H2 (in PostgreSQL mode) and PostgreSQL: portable types only.

CREATE TABLE territory (
    slug        VARCHAR(64) PRIMARY KEY,
    doc         TEXT NOT NULL,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- A partnership is stored once, as an unordered pair (territory_a < territory_b).
CREATE TABLE partnership (
    territory_a VARCHAR(64) NOT NULL REFERENCES territory (slug),
    territory_b VARCHAR(64) NOT NULL REFERENCES territory (slug),
    relation    VARCHAR(20) NOT NULL,
    since       INTEGER,
    PRIMARY KEY (territory_a, territory_b),
    CHECK (territory_a < territory_b)
);

CREATE TABLE entry (
    id           VARCHAR(32) PRIMARY KEY,
    territory    VARCHAR(64) NOT NULL REFERENCES territory (slug),
    slug         VARCHAR(64) NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    version      BIGINT NOT NULL,
    doc          TEXT NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT entry_territory_slug UNIQUE (territory, slug)
);
CREATE INDEX entry_status_updated ON entry (status, updated_at);

-- Earlier versions of entries, kept on every change.
CREATE TABLE entry_revision (
    entry_id    VARCHAR(32) NOT NULL,
    version     BIGINT NOT NULL,
    doc         TEXT NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, version)
);

CREATE TABLE api_token (
    id          VARCHAR(32) PRIMARY KEY,
    role        VARCHAR(10) NOT NULL,
    territory   VARCHAR(64),
    label       VARCHAR(500),
    secret_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP(6) WITH TIME ZONE
);

-- Spring Modulith's event publication registry (schema v2): the transactional outbox.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP(6) WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id, serialized_event);
