-- mentors.calendar_token_encrypted: the mentor's calendar API token, encrypted with pgcrypto's
-- pgp_sym_encrypt. The key is the setting platform.calendar_token_key, kept outside every table
-- (ALTER DATABASE ... SET, ALTER SYSTEM, or set per session by the server from its secret store),
-- so a dump of the data alone never reveals a token. Only the service role may decrypt.
--
-- pgcrypto lives in public on a plain database and in `extensions` on Supabase, so its schema is
-- looked up in the catalog; the key and token are always bound parameters.

CREATE FUNCTION platform.calendar_token_key() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
DECLARE
    k text := pg_catalog.current_setting('platform.calendar_token_key', true);
BEGIN
    IF k IS NULL OR pg_catalog.length(k) < 16 THEN
        RAISE EXCEPTION 'platform.calendar_token_key is not set (or shorter than 16 characters)'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Set it outside the tables, e.g. ALTER DATABASE mydb SET platform.calendar_token_key = ''<secret>'', or per session from the server''s secret store.';
    END IF;
    RETURN k;
END
$$;
COMMENT ON FUNCTION platform.calendar_token_key() IS
    'The symmetric key for mentors.calendar_token_encrypted, from the setting platform.calendar_token_key (error 55000 when unset).';

CREATE FUNCTION platform.pgcrypto_schema() RETURNS text
LANGUAGE sql STABLE
SET search_path = ''
AS $$
    SELECT n.nspname::text FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pgcrypto'
$$;
COMMENT ON FUNCTION platform.pgcrypto_schema() IS 'Schema pgcrypto is installed in (public, or extensions on Supabase).';

-- Store (or clear, with NULL) a mentor's calendar token. The mentor themself, or the service role.
CREATE FUNCTION platform.set_mentor_calendar_token(mentor_id uuid, token text) RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    owner_id  uuid;
    encrypted bytea;
BEGIN
    SELECT m.user_id INTO owner_id FROM public.mentors m WHERE m.id = set_mentor_calendar_token.mentor_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mentor % does not exist', mentor_id USING ERRCODE = 'no_data_found';
    END IF;
    -- In a SECURITY DEFINER function current_user is the owner; the caller's role is the `role`
    -- setting (PostgREST's SET LOCAL ROLE). 'none' is a direct login (an administrator in psql):
    -- EXECUTE is granted to no login role but the owner's.
    IF pg_catalog.current_setting('role') NOT IN ('service_role', 'none') AND owner_id IS DISTINCT FROM auth.uid() THEN
        RAISE EXCEPTION 'only the mentor or the service role may set a calendar token' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF token IS NOT NULL THEN
        EXECUTE pg_catalog.format('SELECT %I.pgp_sym_encrypt($1, $2, ''cipher-algo=aes256'')', platform.pgcrypto_schema())
            INTO encrypted USING token, platform.calendar_token_key();
    END IF;
    UPDATE public.mentors m SET calendar_token_encrypted = encrypted WHERE m.id = set_mentor_calendar_token.mentor_id;
END
$$;
COMMENT ON FUNCTION platform.set_mentor_calendar_token(uuid, text) IS
    'Encrypts and stores a mentor''s calendar token (NULL clears it). Callable by the mentor (auth.uid()) and the service role.';

-- Decrypt a mentor's calendar token: for the server-side calendar sync (service role) only.
CREATE FUNCTION platform.mentor_calendar_token(mentor_id uuid) RETURNS text
LANGUAGE plpgsql STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    encrypted bytea;
    token     text;
BEGIN
    SELECT m.calendar_token_encrypted INTO encrypted FROM public.mentors m WHERE m.id = mentor_calendar_token.mentor_id;
    IF encrypted IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE pg_catalog.format('SELECT %I.pgp_sym_decrypt($1, $2)', platform.pgcrypto_schema())
        INTO token USING encrypted, platform.calendar_token_key();
    RETURN token;
END
$$;
COMMENT ON FUNCTION platform.mentor_calendar_token(uuid) IS
    'Decrypts a mentor''s calendar token. EXECUTE is granted to service_role only.';
