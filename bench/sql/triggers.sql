-- Trigger overhead: bulk inserts (one INSERT ... SELECT of n rows from a prepared temp table, so
-- producing the rows costs the same in every mode) with
--   with      every user trigger (domain rollups, scope filling, polymorphic checks, audit)
--   no_audit  the same without the audit triggers of any table (the domain logic alone)
--   without   user triggers disabled (foreign keys and constraints stay on)
--   floor     (cases whose domain logic must write other tables' rows) the statement and those
--             rows, inserted as plain SQL with every user trigger off: the least any
--             implementation of that logic can cost. Enrolling: the engagements, then their
--             signups, one row per (user, course), as the rollup creates them.
-- each in a subtransaction that is rolled back; best of 3. Output: one JSON row per case.
-- Cases: companies; engagements by learners in courses they are enrolled in (progress rollup);
-- engagements that enrol (first touch of a course: the rollup creates the signups); activities.
CREATE TEMP TABLE trig (tbl text, mode text, rows int, ms double precision);
-- The peer: a per-row audit trigger of the design Supabase users install (supa_audit: one
-- AFTER ... FOR EACH ROW trigger writing the row as JSON into a record_version table with
-- indexes on time, table and record id). Our own re-implementation of that design, in a scratch
-- schema, so that both trails are measured on the same rows in the same run (mode row_audit:
-- the domain triggers, no audit of ours, this trigger instead).
CREATE SCHEMA IF NOT EXISTS bench_peer;
CREATE TABLE IF NOT EXISTS bench_peer.record_version (
    id bigserial PRIMARY KEY, record_id uuid, op text NOT NULL, ts timestamptz NOT NULL DEFAULT now(),
    table_oid oid NOT NULL, table_schema name NOT NULL, table_name name NOT NULL, record jsonb, old_record jsonb);
CREATE INDEX IF NOT EXISTS record_version_ts ON bench_peer.record_version USING brin (ts);
CREATE INDEX IF NOT EXISTS record_version_table_oid ON bench_peer.record_version (table_oid);
CREATE INDEX IF NOT EXISTS record_version_record_id ON bench_peer.record_version (record_id);
CREATE OR REPLACE FUNCTION bench_peer.insert_update_delete_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO bench_peer.record_version (record_id, op, table_oid, table_schema, table_name, record)
    VALUES ((to_jsonb(NEW) ->> 'id')::uuid, TG_OP, TG_RELID, TG_TABLE_SCHEMA, TG_TABLE_NAME, to_jsonb(NEW));
    RETURN NULL;
END $$;
CREATE FUNCTION pg_temp.timed(sql text) RETURNS double precision LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN EXECUTE sql; RETURN extract(epoch FROM clock_timestamp() - t0) * 1000; END $$;

SELECT platform.demo_uuid(1, 'tenant', 1) AS t, platform.demo_uuid(1, 'user', 100000021) AS u,
       current_setting('bench.trigger_rows')::int AS n \gset
CREATE TEMP TABLE src_companies AS
SELECT :'t'::uuid AS tenant_id, 'Bench ' || i AS name FROM generate_series(1, :n) i;
CREATE TEMP TABLE src_progress AS
SELECT m.tenant_id, s.user_id, m.course_id, m.id AS module_id
FROM public.course_signups s JOIN public.course_modules m ON m.course_id = s.course_id
WHERE s.tenant_id = :'t' AND s.completed_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM public.course_engagements e WHERE e.user_id = s.user_id AND e.module_id = m.id)
ORDER BY s.user_id, m.course_id, m.id LIMIT :n;
CREATE TEMP TABLE src_enrol AS
SELECT m.tenant_id, :'u'::uuid AS user_id, m.course_id, m.id AS module_id
FROM public.course_modules m
WHERE m.tenant_id = :'t' AND NOT EXISTS (SELECT 1 FROM public.course_signups s WHERE s.user_id = :'u' AND s.course_id = m.course_id)
ORDER BY m.id LIMIT :n;
CREATE TEMP TABLE src_activities AS
SELECT e.tenant_id, :'u'::uuid AS user_id, e.content_type, e.content_id, '2026-06-01'::timestamptz + make_interval(secs => i) AS at
FROM (SELECT *, row_number() OVER () AS i FROM public.embeddings WHERE tenant_id = :'t' LIMIT :n) e;
ANALYZE src_companies, src_progress, src_enrol, src_activities;

DO $$
DECLARE
    c record; mode text; ms double precision; tg text; t regclass;
    -- The signups the enrolling case's rollup creates (one per course touched), as plain rows.
    enrol_rows constant text := 'INSERT INTO public.course_signups (tenant_id, user_id, course_id, completed_modules, progress_percent, started_at)
        SELECT DISTINCT tenant_id, user_id, course_id, 1, 0::smallint, now() FROM src_enrol ORDER BY user_id, course_id';
BEGIN
    FOR c IN SELECT * FROM (VALUES
        ('companies', 'companies', 'INSERT INTO public.companies (tenant_id, name, stage, sector, challenges) SELECT tenant_id, name, ''growth'', ''health'', ARRAY[''hiring''] FROM src_companies', (SELECT count(*) FROM src_companies)),
        ('course_engagements (progress)', 'course_engagements', 'INSERT INTO public.course_engagements (tenant_id, user_id, course_id, module_id, completed_at) SELECT tenant_id, user_id, course_id, module_id, now() FROM src_progress', (SELECT count(*) FROM src_progress)),
        ('course_engagements (enrolling)', 'course_engagements', 'INSERT INTO public.course_engagements (tenant_id, user_id, course_id, module_id, completed_at) SELECT tenant_id, user_id, course_id, module_id, now() FROM src_enrol', (SELECT count(*) FROM src_enrol)),
        ('activities', 'activities', 'INSERT INTO public.activities (tenant_id, user_id, action, target_type, target_id, occurred_at) SELECT tenant_id, user_id, ''resource.viewed'', content_type, content_id, at FROM src_activities', (SELECT count(*) FROM src_activities))
    ) AS x (label, tbl, sql, n) LOOP
        FOREACH mode IN ARRAY ARRAY['with', 'no_audit', 'without', 'row_audit', 'floor', 'with', 'no_audit', 'without', 'row_audit', 'floor',
                                    'with', 'no_audit', 'without', 'row_audit', 'floor'] LOOP
            CONTINUE WHEN mode = 'floor' AND c.label <> 'course_engagements (enrolling)';
            BEGIN
                IF mode = 'without' THEN
                    EXECUTE format('ALTER TABLE public.%I DISABLE TRIGGER USER', c.tbl);
                ELSIF mode = 'floor' THEN
                    EXECUTE format('ALTER TABLE public.%I DISABLE TRIGGER USER', c.tbl);
                    ALTER TABLE public.course_signups DISABLE TRIGGER USER;
                ELSIF mode IN ('no_audit', 'row_audit') THEN
                    -- The whole audit trail, not only the inserted table's: the domain triggers
                    -- write other tables too (an engagement updates its signup), and their audit
                    -- rows are the audit trail's cost as much as the inserted rows' are.
                    FOR t IN SELECT DISTINCT tgrelid::regclass FROM pg_trigger
                             WHERE tgfoid = 'platform.audit()'::regprocedure AND NOT tgisinternal LOOP
                        IF mode = 'row_audit' THEN
                            EXECUTE format('CREATE TRIGGER bench_peer_audit AFTER INSERT OR UPDATE OR DELETE ON %s
                                            FOR EACH ROW EXECUTE FUNCTION bench_peer.insert_update_delete_trigger()', t);
                        END IF;
                        FOR tg IN SELECT tgname FROM pg_trigger
                                  WHERE tgrelid = t AND tgfoid = 'platform.audit()'::regprocedure AND NOT tgisinternal LOOP
                            EXECUTE format('ALTER TABLE %s DISABLE TRIGGER %I', t, tg);
                        END LOOP;
                    END LOOP;
                END IF;
                ms := pg_temp.timed(c.sql);
                IF mode = 'floor' THEN
                    ms := ms + pg_temp.timed(enrol_rows);
                END IF;
                RAISE EXCEPTION 'rollback' USING ERRCODE = 'P0001';
            EXCEPTION WHEN raise_exception THEN
                NULL;  -- the subtransaction undid the rows and the DISABLE; ms survives in the variable
            END;
            INSERT INTO trig SELECT c.label, mode, c.n, ms;
        END LOOP;
    END LOOP;
END $$;
SELECT json_build_object('table', tbl, 'rows', max(rows),
    'with_ms', round(min(ms) FILTER (WHERE mode = 'with')::numeric, 1),
    'no_audit_ms', round(min(ms) FILTER (WHERE mode = 'no_audit')::numeric, 1),
    'without_ms', round(min(ms) FILTER (WHERE mode = 'without')::numeric, 1),
    'ratio', round((min(ms) FILTER (WHERE mode = 'with') / nullif(min(ms) FILTER (WHERE mode = 'without'), 0))::numeric, 2),
    'ratio_no_audit', round((min(ms) FILTER (WHERE mode = 'no_audit') / nullif(min(ms) FILTER (WHERE mode = 'without'), 0))::numeric, 2),
    'row_audit_ms', round(min(ms) FILTER (WHERE mode = 'row_audit')::numeric, 1),
    'floor_ms', round(min(ms) FILTER (WHERE mode = 'floor')::numeric, 1),
    'ratio_floor', round((min(ms) FILTER (WHERE mode = 'floor') / nullif(min(ms) FILTER (WHERE mode = 'without'), 0))::numeric, 2))
FROM trig GROUP BY tbl ORDER BY tbl;
DROP SCHEMA bench_peer CASCADE;
