-- Two timelines per record version:
--   observed time: first_seen (valid_from) and last_seen (when banwatch last saw this
--     version: its valid_to once replaced or removed, else the source's latest
--     successful fetch);
--   legal time: listed_on, and the effective / end dates the source gives as milestones.
CREATE VIEW ban_record_timeline AS
WITH last_ok AS (
    SELECT source, max(fetched_at) AS last_fetch
    FROM snapshots WHERE status IN ('loaded', 'unchanged') GROUP BY source
)
SELECT v.source, v.record_id, v.version, v.name, v.target_type, v.authority,
       v.valid_from AS first_seen,
       coalesce(v.valid_to, greatest(l.last_fetch, v.valid_from)) AS last_seen,
       v.valid_to IS NULL AS is_current,
       v.removed,
       v.listed_on,
       list_min(list_transform(
           list_filter(CAST(json_extract(v.record, '$.milestones') AS JSON[]),
                       lambda m: m->>'$.role' = 'effective'),
           lambda m: m->>'$.date.value')) AS effective_on,
       list_max(list_transform(
           list_filter(CAST(json_extract(v.record, '$.milestones') AS JSON[]),
                       lambda m: m->>'$.role' = 'end'),
           lambda m: m->>'$.date.value')) AS ends_on
FROM ban_record_versions v
LEFT JOIN last_ok l USING (source);
