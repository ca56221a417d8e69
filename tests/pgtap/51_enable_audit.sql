-- platform.enable_audit / disable_audit: the key comes from the catalog, and the triggers are the
-- ones the migrations wrote by hand (so the helper can own that repetition from now on).
BEGIN;
SELECT plan(12);

-- Every audited table, re-enabled through the helper, gets exactly the triggers it had.
CREATE TEMP TABLE before AS
SELECT tgrelid::regclass AS tbl, tgname::text, pg_get_triggerdef(oid) AS def
FROM pg_trigger WHERE NOT tgisinternal AND tgfoid = 'platform.audit()'::regprocedure;
SELECT cmp_ok((SELECT count(DISTINCT tbl) FROM before)::int, '>=', 30, 'the migrations audit 30 tables or more');
SELECT is((SELECT count(*) FROM before b GROUP BY tbl ORDER BY count(*) DESC LIMIT 1)::int, 3, 'three triggers per audited table');
SELECT is((SELECT count(*) FROM (SELECT platform.disable_audit(t) FROM (SELECT DISTINCT tbl AS t FROM before) x) y)::int,
          (SELECT count(DISTINCT tbl) FROM before)::int, 'disable_audit on each of them');
SELECT is((SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgfoid = 'platform.audit()'::regprocedure)::int, 0,
          '... leaves no audit trigger');
-- The key each had (the junctions' audit key is narrower than their widened primary key).
CREATE TEMP TABLE keys AS
SELECT DISTINCT b.tbl,
       regexp_split_to_array(replace((regexp_match(b.def, 'platform\.audit\((.*)\)$'))[1], '''', ''), ', ') AS k,
       ARRAY(SELECT a.attname::text FROM pg_index i, unnest(i.indkey::smallint[]) WITH ORDINALITY o (attnum, n), pg_attribute a
             WHERE i.indrelid = b.tbl AND i.indisprimary AND a.attrelid = b.tbl AND a.attnum = o.attnum ORDER BY o.n) AS pk
FROM before b;
SELECT lives_ok($$SELECT platform.enable_audit(tbl, CASE WHEN k = pk THEN NULL ELSE k END) FROM keys$$,
                'enable_audit on each of them (the primary key from the catalog, or the narrower key it had)');
SELECT set_eq($$SELECT tgrelid::regclass::text, tgname::text, pg_get_triggerdef(oid) FROM pg_trigger
                WHERE NOT tgisinternal AND tgfoid = 'platform.audit()'::regprocedure$$,
              $$SELECT tbl::text, tgname, def FROM before$$,
              'enable_audit recreates exactly the hand-written triggers (names, events, transition tables, key columns)');

-- A new table with a composite key in another order than its columns.
CREATE TABLE public.audit_probe (a uuid NOT NULL, b integer NOT NULL, tenant_id uuid, api_token text, note text,
                                 PRIMARY KEY (b, a));
SELECT is(platform.enable_audit('public.audit_probe'), ARRAY['audit_probe_audit_insert', 'audit_probe_audit_update', 'audit_probe_audit_delete'],
          'enable_audit on a new table returns its three triggers');
INSERT INTO public.audit_probe VALUES ('00000000-0000-4000-8000-000000000001', 7, NULL, 'secret', 'x');
UPDATE public.audit_probe SET note = 'y';
DELETE FROM public.audit_probe;
SELECT results_eq($$SELECT operation, record_id::jsonb, (coalesce(new_values, old_values) ? 'api_token')
                    FROM audit_logs WHERE table_name = 'audit_probe'
                    ORDER BY array_position(ARRAY['INSERT', 'UPDATE', 'DELETE'], operation)$$,
                  $$VALUES ('INSERT', '{"b": 7, "a": "00000000-0000-4000-8000-000000000001"}'::jsonb, false),
                           ('UPDATE', '{"b": 7, "a": "00000000-0000-4000-8000-000000000001"}'::jsonb, false),
                           ('DELETE', '{"b": 7, "a": "00000000-0000-4000-8000-000000000001"}'::jsonb, false)$$,
                  'its rows are audited under their primary key (catalog order), secrets left out');
SELECT is(platform.disable_audit('public.audit_probe'), 3, 'disable_audit drops the three');

CREATE TABLE public.audit_probe_nokey (x integer);
SELECT throws_ok($$SELECT platform.enable_audit('public.audit_probe_nokey')$$, '42P16', NULL, 'a table without a primary key is refused (42P16)');
CREATE VIEW public.audit_probe_view AS SELECT 1 AS x;
SELECT throws_ok($$SELECT platform.enable_audit('public.audit_probe_view')$$, '42809', NULL, 'a view is refused (42809)');
SELECT throws_ok($$SELECT platform.enable_audit('public.audit_probe', ARRAY['nope'])$$, '42703', NULL, 'a key naming an unknown column is refused (42703)');

SELECT * FROM finish();
ROLLBACK;
