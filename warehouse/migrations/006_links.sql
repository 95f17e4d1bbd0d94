-- Links between announcement-derived ban records (they carry
-- properties.announcement_id) and the list records that concern the same target,
-- matched on names and aliases.
--
-- Names are compared as keys: lower case, no accents or punctuation, legal forms
-- (AO, OOO, LLC, Ltd, Inc, ...) dropped, words sorted (so OFAC's "LAST, First" meets
-- "First Last"). Candidate pairs share at least one word of 3+ letters; a pair links
-- when its keys' Jaro-Winkler similarity is at least 0.92 (1.0: the same key), and
-- only an announced record's best matches are kept: a near-miss links only when
-- nothing matches better.

CREATE MACRO bw_name_key(s) AS array_to_string(list_sort(list_filter(
    string_split(trim(regexp_replace(lower(strip_accents(s)), '[^a-z0-9]+', ' ', 'g')), ' '),
    lambda t: t <> '' AND NOT list_contains(
        ['ao', 'ooo', 'oao', 'zao', 'pao', 'pjsc', 'jsc', 'ojsc', 'cjsc', 'llc', 'ltd',
         'limited', 'inc', 'co', 'corp', 'corporation', 'company', 'plc', 'gmbh', 'ag',
         'sa', 'lp', 'llp', 'the'], t))), ' ');

CREATE VIEW ban_record_links AS
WITH announced AS (
    SELECT source, record_id, name, record->>'$.properties.announcement_id' AS announcement_id,
           bw_name_key(name) AS k
    FROM ban_records
    WHERE record->>'$.properties.announcement_id' IS NOT NULL
),
listed AS (
    SELECT source, record_id, name, candidate, bw_name_key(candidate) AS k
    FROM (
        SELECT source, record_id, name, name AS candidate FROM ban_records
        WHERE record->>'$.properties.announcement_id' IS NULL
        UNION ALL
        SELECT source, record_id, name,
               unnest(json_extract_string(record, '$.aliases[*].name')) AS candidate
        FROM ban_records
        WHERE record->>'$.properties.announcement_id' IS NULL
    )
),
a_words AS (SELECT *, unnest(string_split(k, ' ')) AS w FROM announced),
l_words AS (SELECT *, unnest(string_split(k, ' ')) AS w FROM listed),
pairs AS (
    SELECT DISTINCT a.source, a.record_id, a.name, a.announcement_id, a.k AS a_k,
           l.source AS list_source, l.record_id AS list_record_id, l.name AS list_name,
           l.candidate AS matched_name, l.k AS l_k
    FROM a_words a JOIN l_words l ON a.w = l.w
    WHERE length(a.w) >= 3
),
scored AS (
    SELECT source, record_id, name, announcement_id, list_source, list_record_id, list_name,
           arg_max(matched_name, jaro_winkler_similarity(a_k, l_k)) AS matched_name,
           max(jaro_winkler_similarity(a_k, l_k)) AS score
    FROM pairs
    GROUP BY source, record_id, name, announcement_id, list_source, list_record_id, list_name
    HAVING max(jaro_winkler_similarity(a_k, l_k)) >= 0.92
)
-- only the best matches of each announced record: "Kaspersky Lab" links to "AO
-- Kaspersky Lab" (same key), not also to the near-miss "Kaspersky Labs Limited"
SELECT * FROM scored
QUALIFY score = max(score) OVER (PARTITION BY source, record_id);
