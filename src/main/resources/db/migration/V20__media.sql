-- Photos and documents attached to entries. Files live in the blob store, named by content (blob);
-- a blob is deleted once no row here refers to it any more. No foreign key to entry: an entry's
-- deletion is followed (through the event outbox) by the deletion of its media and their files.
CREATE TABLE media (
    id          VARCHAR(32) PRIMARY KEY,
    entry_id    VARCHAR(32) NOT NULL,
    seq         INTEGER NOT NULL,
    kind        VARCHAR(10) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    bytes       BIGINT NOT NULL,
    blob_key    VARCHAR(64) NOT NULL,
    file_name   VARCHAR(255),
    caption     TEXT NOT NULL,
    credit      VARCHAR(500),
    license     VARCHAR(64) NOT NULL,
    width       INTEGER,
    height      INTEGER,
    exif        TEXT,
    pages       INTEGER,
    language    VARCHAR(16),
    charset     VARCHAR(40),
    extracted_text TEXT,
    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX media_entry ON media (entry_id, seq);
CREATE INDEX media_blob ON media (blob_key);

CREATE TABLE media_rendition (
    media_id    VARCHAR(32) NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    name        VARCHAR(10) NOT NULL,
    blob_key    VARCHAR(64) NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    bytes       BIGINT NOT NULL,
    width       INTEGER NOT NULL,
    height      INTEGER NOT NULL,
    PRIMARY KEY (media_id, name)
);
CREATE INDEX media_rendition_blob ON media_rendition (blob_key);
