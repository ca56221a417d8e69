-- 20261203080000_exposed_extension_functions.sql
-- PostgREST offers every function of its exposed schema (public) that the caller may execute as
-- /rpc/<name>. `CREATE EXTENSION platform CASCADE` on a plain database installs pgvector and
-- pgcrypto into public, and their functions are executable by PUBLIC: anon could call
-- /rpc/gen_salt, /rpc/armor, /rpc/gen_random_uuid, ... and they were its whole OpenAPI surface.
-- The recommended layout is Supabase's (both in schema `extensions`, which PostgREST does not
-- expose: README, "Use it in your own database"); for a database where they are in public
-- anyway, their functions are executable by the roles that use them (authenticated and
-- service_role: vector's operators in queries, the For You feed) and no longer by PUBLIC, so
-- anon's surface is empty. (Roles of your own that need them: GRANT EXECUTE as needed.)
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure
        FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
        JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid AND e.extname IN ('vector', 'pgcrypto')
        WHERE p.pronamespace = 'public'::regnamespace
    LOOP
        EXECUTE pg_catalog.format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
        EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION %s TO authenticated, service_role', f);
    END LOOP;
END
$$;
