-- Alerts: what the alert rules matched (changes and source-health events) and their
-- delivery. Written by warehouse/alerts.py; rules and channels live in alerts.yml.

CREATE SEQUENCE alert_id_seq START 1;
CREATE SEQUENCE alert_delivery_id_seq START 1;

-- One row per (rule, event). An event is a change (change_id) or a source-health
-- event (health_key); the UNIQUE keys make sure the same event never alerts twice
-- under the same rule. Rows are inserted with NOT EXISTS rather than ON CONFLICT:
-- DuckDB treats NULLs as equal within one ON CONFLICT batch.
CREATE TABLE alerts (
    alert_id        BIGINT PRIMARY KEY DEFAULT nextval('alert_id_seq'),
    rule            VARCHAR NOT NULL,       -- rule name in alerts.yml
    kind            VARCHAR NOT NULL,       -- change | source_health
    change_id       BIGINT,                 -- changes.change_id (change alerts only)
    health_key      VARCHAR,                -- '<source>:<event>:<snapshot_id>' (health only)
    source          VARCHAR NOT NULL,
    record_id       VARCHAR,                -- change alerts only
    change          VARCHAR NOT NULL,       -- added | removed | modified | relisted, or the
                                            -- health event: quarantined | fetch_failed |
                                            -- parse_failed | load_failed | stale
    snapshot_id     BIGINT,                 -- the change's snapshot, the failed snapshot, or
                                            -- (stale) the last successful one
    snapshot_sha256 VARCHAR,
    run_id          VARCHAR,
    payload         JSON NOT NULL,          -- what the channels send (see warehouse/alerts.py)
    channels        VARCHAR[] NOT NULL,     -- the rule's channels when the alert was made
    created_at      TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    status          VARCHAR NOT NULL DEFAULT 'pending',  -- pending | delivered | failed
                                            -- (failed: gave up after max attempts)
    attempts        INTEGER NOT NULL DEFAULT 0,          -- delivery attempts, all channels
    last_error      VARCHAR,                -- '<channel>: <problem>' of the last failure
    delivered_at    TIMESTAMPTZ,            -- when the last channel succeeded
    CHECK (kind IN ('change', 'source_health')),
    CHECK ((kind = 'change') = (change_id IS NOT NULL)),
    CHECK ((kind = 'source_health') = (health_key IS NOT NULL)),
    CHECK (status IN ('pending', 'delivered', 'failed')),
    UNIQUE (rule, change_id),
    UNIQUE (rule, health_key)
);

-- Which rules have looked at which changes and snapshots: each rule evaluates an
-- event once (editing a rule applies to later events; rename it to start over).
CREATE TABLE alert_rule_state (
    rule             VARCHAR PRIMARY KEY,
    last_change_id   BIGINT NOT NULL,
    last_snapshot_id BIGINT NOT NULL,
    evaluated_at     TIMESTAMPTZ NOT NULL
);

-- One row per delivery attempt of an alert on one channel (HTTP retries within an
-- attempt are not rows). An alert is delivered once every channel has an ok row;
-- a channel with an ok row is never sent that alert again.
CREATE TABLE alert_deliveries (
    delivery_id   BIGINT PRIMARY KEY DEFAULT nextval('alert_delivery_id_seq'),
    alert_id      BIGINT NOT NULL,
    channel       VARCHAR NOT NULL,
    attempted_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    ok            BOOLEAN NOT NULL,
    error         VARCHAR
);
