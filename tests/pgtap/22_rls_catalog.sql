-- Row-level security as a catalog property: fails when a table or partition lacks RLS, a policy is
-- granted to PUBLIC, a SECURITY DEFINER function lacks a fixed search_path, ...
BEGIN;
SELECT plan(14);

SELECT is(ARRAY(SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
                  AND c.relkind IN ('r', 'p') AND NOT c.relrowsecurity ORDER BY 1),
          '{}'::text[], 'RLS is enabled on every table and every partition in public');
SELECT is(ARRAY(SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = 'public' AND 'public' = ANY (roles) ORDER BY 1),
          '{}'::text[], 'no policy applies to PUBLIC');
SELECT is(ARRAY(SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = 'public' AND roles <> '{authenticated}' ORDER BY 1),
          '{}'::text[], 'every policy is TO authenticated');
SELECT is(ARRAY(SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = 'public' AND cmd = 'ALL' ORDER BY 1),
          '{}'::text[], 'no FOR ALL policies (they overlap the per-command ones)');
SELECT is(ARRAY(SELECT tablename || ':' || cmd FROM pg_policies WHERE schemaname = 'public' AND permissive = 'PERMISSIVE'
                GROUP BY tablename, cmd HAVING count(*) > 1 ORDER BY 1),
          '{}'::text[], 'at most one permissive policy per table, role and command');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
                WHERE p.prosecdef AND p.pronamespace IN ('platform'::regnamespace, 'public'::regnamespace)
                  AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c IN ('search_path=""', 'search_path=pg_catalog, pg_temp'))
                ORDER BY 1),
          '{}'::text[], 'every SECURITY DEFINER function sets search_path = ''''');
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = 'platform'::regnamespace
                  AND (has_function_privilege('anon', p.oid, 'EXECUTE')) ORDER BY 1),
          '{}'::text[], 'anon (and PUBLIC) can execute nothing in schema platform');
SELECT ok(has_function_privilege('authenticated', 'platform.my_tenant_ids(text)', 'EXECUTE')
          AND NOT has_function_privilege('authenticated', 'platform.migrate()', 'EXECUTE')
          AND NOT has_function_privilege('authenticated', 'platform.generate_demo_data(text, integer)', 'EXECUTE'),
          'authenticated executes the RLS helpers, not the administrative functions');
-- Every column a policy reads (other than low-cardinality status/role flags) leads an index.
SELECT is(ARRAY(
    SELECT DISTINCT p.tablename || '.' || a.attname
    FROM pg_policies p JOIN pg_attribute a ON a.attrelid = ('public.' || p.tablename)::regclass AND a.attnum > 0 AND NOT a.attisdropped
    WHERE p.schemaname = 'public'
      AND (coalesce(p.qual, '') || ' ' || coalesce(p.with_check, '')) ~ ('(^|[^.a-z_])' || a.attname || '([^a-z_]|$)')
      AND a.attname NOT IN ('status', 'role')
      AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indkey[0] = a.attnum)
    ORDER BY 1), '{}'::text[], 'every column a policy reads has an index leading with it');
SELECT is(ARRAY(SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'v'
                  AND NOT coalesce('security_invoker=true' = ANY (c.reloptions), false)),
          '{}'::text[], 'views in public (if any) are security_invoker');
SELECT is(ARRAY(SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
                  AND (has_sequence_privilege('anon', c.oid, 'USAGE') OR has_sequence_privilege('authenticated', c.oid, 'USAGE'))),
          '{}'::text[], 'no sequence is usable by anon or authenticated');

SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
                JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'platform'
                WHERE p.pronamespace = 'public'::regnamespace AND has_function_privilege('anon', p.oid, 'EXECUTE') ORDER BY 1),
          '{}'::text[], 'anon can execute none of the extension''s API functions in public');
SELECT ok(has_function_privilege('authenticated', 'cosine_distance(vector, vector)', 'EXECUTE'),
          'other extensions'' functions (pgvector) stay executable by the API roles');
-- The role ranks live in two places on purpose: the roles rows (reference data, shown to users)
-- and platform.role_rank()'s CASE, which must stay IMMUTABLE SQL so that the planner inlines it
-- into every policy (it cannot read a table). This ties them: a change to one fails here.
SELECT set_eq($$SELECT key, rank FROM public.roles$$,
              $$SELECT k, platform.role_rank(k) FROM unnest(ARRAY['owner', 'admin', 'editor', 'member', 'viewer']) k$$,
              'platform.role_rank() agrees with every row of roles, and roles has exactly its five keys');
SELECT * FROM finish();
ROLLBACK;
