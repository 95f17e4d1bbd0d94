-- What banwatch knew at a moment: the versions observed as current then.
CREATE MACRO ban_records_as_of(ts) AS TABLE
SELECT * EXCLUDE (valid_to, ended_by_snapshot, removed)
FROM ban_record_versions
WHERE valid_from <= ts AND (valid_to IS NULL OR valid_to > ts);
