-- Trigger overhead: bulk inserts with every user trigger (domain, audit, scope, polymorphic
-- checks) vs with user triggers disabled (foreign keys stay on), each in a transaction that is
-- rolled back. Output: one JSON row per table.
CREATE TEMP TABLE trig (tbl text, mode text, rows int, ms double precision);
CREATE FUNCTION pg_temp.timed(sql text) RETURNS double precision LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN EXECUTE sql; RETURN extract(epoch FROM clock_timestamp() - t0) * 1000; END $$;
DO $$
DECLARE
    t uuid := platform.demo_uuid(1, 'tenant', 1);
    u uuid := platform.demo_uuid(1, 'user', 100000021);
    c record; mode text; ms double precision;
    n int := current_setting('bench.trigger_rows')::int;
BEGIN
    FOR c IN SELECT * FROM (VALUES
        ('companies', format('INSERT INTO public.companies (tenant_id, name, stage, sector, challenges) SELECT %L, ''Bench '' || i, ''growth'', ''health'', ARRAY[''hiring''] FROM generate_series(1, %s) i', t, n)),
        ('course_engagements', format('INSERT INTO public.course_engagements (tenant_id, user_id, course_id, module_id, completed_at) SELECT m.tenant_id, %L, m.course_id, m.id, now() FROM (SELECT * FROM public.course_modules WHERE tenant_id = %L ORDER BY id LIMIT %s) m ON CONFLICT DO NOTHING', u, t, n)),
        ('activities', format('INSERT INTO public.activities (tenant_id, user_id, action, target_type, target_id, occurred_at) SELECT e.tenant_id, %L, ''resource.viewed'', e.content_type, e.content_id, ''2026-06-01''::timestamptz + make_interval(secs => i) FROM (SELECT *, row_number() OVER () AS i FROM public.embeddings WHERE tenant_id = %L LIMIT %s) e', u, t, n))
    ) AS x (tbl, sql) LOOP
        FOREACH mode IN ARRAY ARRAY['with', 'without', 'with', 'without'] LOOP
            BEGIN
                IF mode = 'without' THEN EXECUTE format('ALTER TABLE public.%I DISABLE TRIGGER USER', c.tbl); END IF;
                ms := pg_temp.timed(c.sql);
                RAISE EXCEPTION 'rollback' USING ERRCODE = 'P0001';
            EXCEPTION WHEN raise_exception THEN
                NULL;  -- the subtransaction undid the rows and the DISABLE; ms survives in the variable
            END;
            INSERT INTO trig SELECT c.tbl, mode, n, ms;
        END LOOP;
    END LOOP;
END $$;
SELECT json_build_object('table', tbl, 'rows', max(rows),
    'with_ms', round(min(ms) FILTER (WHERE mode = 'with')::numeric, 1),
    'without_ms', round(min(ms) FILTER (WHERE mode = 'without')::numeric, 1),
    'ratio', round((min(ms) FILTER (WHERE mode = 'with') / nullif(min(ms) FILTER (WHERE mode = 'without'), 0))::numeric, 2))
FROM trig GROUP BY tbl ORDER BY tbl;
