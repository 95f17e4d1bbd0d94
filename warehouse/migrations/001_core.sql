-- Core tables: the fetch log, record versions (full history), and detected changes.

CREATE SEQUENCE snapshot_id_seq START 1;
CREATE SEQUENCE change_id_seq START 1;

-- One row per fetch of a source (whatever its outcome).
CREATE TABLE snapshots (
    snapshot_id   BIGINT PRIMARY KEY DEFAULT nextval('snapshot_id_seq'),
    source        VARCHAR NOT NULL,
    run_id        VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,       -- canonical URL (first file of the source)
    fetched_at    TIMESTAMPTZ NOT NULL,
    http_status   INTEGER,                -- 200, or 304 when every file was not modified
    etag          VARCHAR,
    last_modified VARCHAR,
    sha256        VARCHAR,                -- of the file, or of the manifest of a multi-file set
    bytes         BIGINT,
    status        VARCHAR NOT NULL,       -- loaded | unchanged | fetch_failed | parse_failed
                                          -- | load_failed | quarantined
    parse_status  VARCHAR NOT NULL,       -- ok | skipped | failed | not_run
    record_count  INTEGER,
    added         INTEGER,
    removed       INTEGER,
    modified      INTEGER,
    relisted      INTEGER,
    warnings      INTEGER,
    error         VARCHAR,
    recorded_at   TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    UNIQUE (source, run_id)
);

-- The files a snapshot is made of (a multi-file source such as the OFAC CSV set).
CREATE TABLE snapshot_files (
    snapshot_id   BIGINT NOT NULL,
    name          VARCHAR NOT NULL,
    url           VARCHAR NOT NULL,
    http_status   INTEGER,
    not_modified  BOOLEAN,
    etag          VARCHAR,
    last_modified VARCHAR,
    sha256        VARCHAR,
    bytes         BIGINT,
    archive_path  VARCHAR,
    PRIMARY KEY (snapshot_id, name)
);

-- One row per version of a record. valid_from/valid_to are observation times
-- (when banwatch first saw this version, and when it saw it replaced or removed).
CREATE TABLE ban_record_versions (
    source        VARCHAR NOT NULL,
    record_id     VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    content_hash  VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    target_type   VARCHAR NOT NULL,
    authority     VARCHAR NOT NULL,
    jurisdiction  VARCHAR NOT NULL,
    programs      VARCHAR[] NOT NULL,
    measures      VARCHAR[] NOT NULL,
    countries     VARCHAR[] NOT NULL,
    listed_on     VARCHAR,
    record        JSON NOT NULL,          -- the whole ban record as parsed
    valid_from    TIMESTAMPTZ NOT NULL,
    valid_to      TIMESTAMPTZ,            -- NULL while current
    snapshot_id   BIGINT NOT NULL,        -- the snapshot that brought this version
    ended_by_snapshot BIGINT,             -- the snapshot that replaced or removed it
    removed       BOOLEAN NOT NULL DEFAULT false,  -- closed because the record left the list
    PRIMARY KEY (source, record_id, version)
);

-- The current version of every record still listed.
CREATE VIEW ban_records AS
SELECT * EXCLUDE (valid_to, ended_by_snapshot, removed)
FROM ban_record_versions
WHERE valid_to IS NULL;

-- One row per added / removed / modified / relisted record per snapshot.
CREATE TABLE changes (
    change_id     BIGINT PRIMARY KEY DEFAULT nextval('change_id_seq'),
    snapshot_id   BIGINT NOT NULL,
    source        VARCHAR NOT NULL,
    record_id     VARCHAR NOT NULL,
    change        VARCHAR NOT NULL,       -- added | removed | modified | relisted
    name          VARCHAR NOT NULL,
    fields        VARCHAR[] NOT NULL,     -- top-level record fields that differ
    old_values    JSON,                   -- {field: old value} for those fields
    new_values    JSON,                   -- {field: new value}
    old_version   INTEGER,
    new_version   INTEGER,
    detected_at   TIMESTAMPTZ NOT NULL
);
