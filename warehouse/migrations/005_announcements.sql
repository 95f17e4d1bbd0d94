-- Announcements (feed items: press releases, Federal Register documents, articles) and
-- the dated milestones of ban records.

CREATE TABLE announcements (
    source        VARCHAR NOT NULL,
    item_id       VARCHAR NOT NULL,       -- stable across fetches
    url           VARCHAR NOT NULL,
    title         VARCHAR NOT NULL,
    published     VARCHAR,                -- YYYY-MM-DD | YYYY-MM | YYYY
    kind          VARCHAR,
    text          VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    record        JSON NOT NULL,          -- the whole announcement as parsed
    first_seen    TIMESTAMPTZ NOT NULL,
    last_seen     TIMESTAMPTZ NOT NULL,
    snapshot_id   BIGINT NOT NULL,        -- the snapshot that brought its current content
    PRIMARY KEY (source, item_id)
);

-- One row per milestone of every current ban record (lists and announcements alike).
-- announcement_id links announcement-derived records to the item they came from.
CREATE VIEW ban_milestones AS
SELECT r.source, r.record_id, r.name, r.authority, r.jurisdiction,
       m->>'$.role' AS role,
       m->>'$.date.value' AS date,
       m->>'$.date.precision' AS precision,
       m->>'$.date.raw' AS date_text,
       m->>'$.text' AS evidence,
       r.record->>'$.properties.announcement_id' AS announcement_id
FROM ban_records r, unnest(CAST(json_extract(r.record, '$.milestones') AS JSON[])) AS t(m);
