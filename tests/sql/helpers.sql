-- Test helpers in the style of supabase-test-helpers: act as PostgREST does. PostgREST switches to
-- the JWT's role and publishes the claims in request.jwt.claims, transaction-locally; these do the
-- same, so they must be called inside the test's transaction.
CREATE SCHEMA IF NOT EXISTS tests;
GRANT USAGE ON SCHEMA tests TO anon, authenticated, service_role;

-- Become `authenticated` with JWT subject p_user_id (as a PostgREST request with a user's token).
CREATE OR REPLACE FUNCTION tests.authenticate_as(p_user_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('role', 'authenticated', true);
    PERFORM set_config('request.jwt.claims',
        json_build_object('sub', p_user_id, 'role', 'authenticated', 'aud', 'authenticated')::text, true);
    PERFORM set_config('request.jwt.claim.sub', '', true);
END $$;

-- The legacy PostgREST (< 9) way: one setting per claim.
CREATE OR REPLACE FUNCTION tests.authenticate_as_legacy(p_user_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('role', 'authenticated', true);
    PERFORM set_config('request.jwt.claims', '', true);
    PERFORM set_config('request.jwt.claim.sub', p_user_id::text, true);
    PERFORM set_config('request.jwt.claim.role', 'authenticated', true);
END $$;

-- Become the service role (Supabase's server-side client; bypasses RLS).
CREATE OR REPLACE FUNCTION tests.authenticate_as_service_role() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('role', 'service_role', true);
    PERFORM set_config('request.jwt.claims', json_build_object('role', 'service_role')::text, true);
    PERFORM set_config('request.jwt.claim.sub', '', true);
END $$;

-- Become `anon` with no identity (a request without a user token).
CREATE OR REPLACE FUNCTION tests.clear_authentication() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('role', 'anon', true);
    PERFORM set_config('request.jwt.claims', '', true);
    PERFORM set_config('request.jwt.claim.sub', '', true);
END $$;

-- Create an auth user plus its public.users profile; returns the id. Run as the test owner.
CREATE OR REPLACE FUNCTION tests.create_user(p_email text, p_id uuid DEFAULT gen_random_uuid()) RETURNS uuid
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO auth.users (id, email) VALUES (p_id, p_email);
    INSERT INTO public.users (id, email, full_name) VALUES (p_id, p_email, split_part(p_email, '@', 1));
    RETURN p_id;
END $$;

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA tests TO anon, authenticated, service_role;

-- A stable uuid for a fixture name, so tests can say tests.id('a_member').
CREATE OR REPLACE FUNCTION tests.id(name text) RETURNS uuid
LANGUAGE sql IMMUTABLE AS $$ SELECT md5(name)::uuid $$;

-- Run a statement as the current role and return how many rows it touched: an UPDATE or DELETE
-- that RLS hides rows from touches 0 rows instead of failing.
CREATE OR REPLACE FUNCTION tests.rows_affected(sql text) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
    EXECUTE sql;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

-- The distinct tenant_ids of `tbl` the current role can see; NULL when it may not read the table.
CREATE OR REPLACE FUNCTION tests.visible_tenants(tbl regclass) RETURNS uuid[]
LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
    EXECUTE format('SELECT coalesce(array_agg(DISTINCT tenant_id), ''{}'') FROM %s', tbl) INTO ids;
    RETURN ids;
EXCEPTION WHEN insufficient_privilege THEN
    RETURN NULL;
END $$;

GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA tests TO anon, authenticated, service_role;
