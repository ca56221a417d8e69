-- The search_path migrations run with: public first (where the tables go), then wherever the
-- required extensions live (public on a plain database, `extensions` on Supabase), so migration
-- files can say `vector(768)` and `gen_random_bytes()` without knowing the layout.
SELECT pg_catalog.string_agg(pg_catalog.quote_ident(s), ', ' ORDER BY ord)
FROM (
    SELECT 'public' AS s, 0 AS ord
    UNION
    SELECT n.nspname, 1
    FROM pg_catalog.pg_extension e
    JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname IN ('vector', 'pgcrypto') AND n.nspname <> 'public'
) AS path
