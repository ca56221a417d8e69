-- Lint-clean for Supabase's database advisor (splinter): every function we create has a fixed
-- search_path (lint 0011); anon executes none of them; the only SECURITY DEFINER functions in an
-- exposed schema that API roles may call are the documented RPCs that check their caller.
BEGIN;
SELECT plan(6);

-- Ours: the platform extension's functions, and every function in public / auth that belongs to
-- no other extension (pgvector's and pgcrypto's are theirs).
CREATE TEMP VIEW ours AS
SELECT p.oid, p.oid::regprocedure::text AS fn, p.prosecdef, p.proconfig, n.nspname
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname IN ('platform', 'public', 'auth')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                  WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e' AND e.extname <> 'platform');

SELECT ok((SELECT count(*) FROM ours WHERE nspname = 'platform') > 80, 'the inventory sees the extension''s functions');
-- Two deliberate exceptions: platform.uuid_v7(), the id default of append-heavy tables, which
-- every audit row and activity calls, and platform.row_document(anyelement), which builds every
-- audited row's document (a SET clause would save and restore the configuration on each call);
-- both are Rust, run no SQL and are not SECURITY DEFINER (src/shared/uuid_v7.rs,
-- src/audit/row_document.rs). Lint 0011 itself skips extension-owned functions.
SELECT is(ARRAY(SELECT fn FROM ours WHERE NOT EXISTS (SELECT 1 FROM unnest(proconfig) c WHERE c LIKE 'search_path=%')
                  AND fn NOT IN ('platform.uuid_v7()', 'platform.row_document(anyelement)') ORDER BY 1),
          '{}'::text[], 'every function has a fixed search_path (advisor lint 0011), uuid_v7 and row_document aside');
SELECT is(ARRAY(SELECT fn FROM ours WHERE nspname <> 'auth' AND has_function_privilege('anon', oid, 'EXECUTE') ORDER BY 1),
          '{}'::text[], 'anon executes none of our functions (auth.uid/role/jwt aside, as on Supabase)');
-- PostgREST's anon surface: every function of the exposed schema anon may execute, whoever's
-- (on this plain layout pgcrypto and vector live in public: migration 20261203080000).
SELECT is(ARRAY(SELECT p.oid::regprocedure::text FROM pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace AND has_function_privilege('anon', p.oid, 'EXECUTE') ORDER BY 1),
          '{}'::text[], 'anon may execute no function in public at all (no /rpc/gen_salt, /rpc/armor, ...)');
SELECT is(ARRAY(SELECT fn FROM ours WHERE nspname = 'public' AND prosecdef
                  AND (has_function_privilege('authenticated', oid, 'EXECUTE') OR has_function_privilege('anon', oid, 'EXECUTE')) ORDER BY 1),
          ARRAY['accept_provider_invitation(uuid)', 'start_impersonation(uuid,text,uuid)', 'stop_impersonation(uuid)'],
          'the SECURITY DEFINER functions API roles may call in public are exactly the three intended RPCs');
SELECT is(ARRAY(SELECT fn FROM ours WHERE nspname = 'public' AND prosecdef
                  AND obj_description(oid, 'pg_proc') NOT LIKE 'RPC (SECURITY DEFINER, for authenticated; checks its caller itself:%' ORDER BY 1),
          '{}'::text[], '... and each is documented as an RPC that checks its caller itself');

SELECT * FROM finish();
ROLLBACK;
