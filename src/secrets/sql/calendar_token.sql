-- A mentor's calendar API token, encrypted with pgcrypto's pgp_sym_encrypt (AES-256), is kept in
-- platform.mentor_calendar_tokens.calendar_token_encrypted (created by a migration): a table of its
-- own that no API role can read, so that `select=*` on mentors works for every member (it used to
-- be a column of mentors hidden by a column grant, which broke `select=*` and every mentors(*)
-- embed). The key is readable by the extension's owner only and is never part of a dump of the
-- data:
--   * on Supabase (schema `vault` with vault.decrypted_secrets, i.e. supabase_vault installed) it
--     is the Vault secret named 'platform.calendar_token_key';
--   * elsewhere it is the one row of platform.calendar_token_keys, a table created by this
--     extension script. Deliberately so: pg_dump dumps the rows of an extension's own tables only
--     when they are registered with pg_extension_config_dump(), and this one never is. (The
--     opposite of the application's tables, which live outside the extension so that they ARE
--     dumped.) No role but the owner has any privilege on it, and RLS is on with no policy.
-- So a dump holds ciphertext without its key: keep the key in your secret store too, and after a
-- restore (or DROP EXTENSION) give it back with platform.set_calendar_token_key().
-- The key used to be the setting platform.calendar_token_key, which every role can read with
-- current_setting() and which ALTER DATABASE ... SET writes into pg_db_role_setting and dumps;
-- it is no longer read (platform.calendar_token_key() says how to move it).
--
-- pgcrypto lives in public on a plain database and in `extensions` on Supabase, so its schema is
-- looked up in the catalog; the key and token are always bound parameters.

CREATE TABLE platform.calendar_token_keys (
    singleton  boolean PRIMARY KEY DEFAULT true CONSTRAINT calendar_token_keys_singleton_check CHECK (singleton),
    key        text NOT NULL CONSTRAINT calendar_token_keys_key_check CHECK (pg_catalog.length(key) >= 16),
    created_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
REVOKE ALL ON platform.calendar_token_keys FROM PUBLIC;
ALTER TABLE platform.calendar_token_keys ENABLE ROW LEVEL SECURITY;
COMMENT ON TABLE platform.calendar_token_keys IS
    'The key of the mentors'' calendar tokens when Supabase Vault is absent: one row, readable by the extension owner only, never dumped (an extension table not registered with pg_extension_config_dump). Set and rotate it with platform.set_calendar_token_key().';
COMMENT ON COLUMN platform.calendar_token_keys.singleton IS 'Always true: the table holds at most one key.';
COMMENT ON COLUMN platform.calendar_token_keys.key IS 'The symmetric key (at least 16 characters).';
COMMENT ON COLUMN platform.calendar_token_keys.created_at IS 'When this key was set.';

-- Whether Supabase Vault holds the key (its view exists).
CREATE FUNCTION platform.calendar_token_key_in_vault() RETURNS boolean
LANGUAGE sql STABLE
SET search_path = ''
AS $$
    SELECT pg_catalog.to_regclass('vault.decrypted_secrets') IS NOT NULL
$$;
COMMENT ON FUNCTION platform.calendar_token_key_in_vault() IS
    'True when Supabase Vault (vault.decrypted_secrets) is present: the calendar-token key is then the Vault secret named platform.calendar_token_key.';

-- The key, or NULL when none is set.
CREATE FUNCTION platform.calendar_token_key_or_null() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
DECLARE
    k text;
BEGIN
    IF platform.calendar_token_key_in_vault() THEN
        EXECUTE 'SELECT s.decrypted_secret FROM vault.decrypted_secrets s WHERE s.name = $1 LIMIT 1'
            INTO k USING 'platform.calendar_token_key';
    END IF;
    -- Without Vault, or with Vault installed after the key was set here (until the next
    -- set_calendar_token_key moves it into Vault).
    IF k IS NULL THEN
        SELECT ck.key INTO k FROM platform.calendar_token_keys ck;
    END IF;
    RETURN k;
END
$$;
COMMENT ON FUNCTION platform.calendar_token_key_or_null() IS
    'The calendar-token key from Supabase Vault, else platform.calendar_token_keys; NULL when none is set. Owner only.';

CREATE FUNCTION platform.calendar_token_key() RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
DECLARE
    k text := platform.calendar_token_key_or_null();
BEGIN
    IF k IS NULL OR pg_catalog.length(k) < 16 THEN
        RAISE EXCEPTION 'no calendar-token key is set'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = CASE WHEN pg_catalog.current_setting('platform.calendar_token_key', true) <> ''
                              THEN 'The key is in the setting platform.calendar_token_key, which every role can read: move it with SELECT platform.set_calendar_token_key(current_setting(''platform.calendar_token_key'')); then ALTER DATABASE ... RESET platform.calendar_token_key.'
                              ELSE 'As the database owner: SELECT platform.set_calendar_token_key(''<a secret of 16+ characters>''); keep a copy in your secret store.' END;
    END IF;
    RETURN k;
END
$$;
COMMENT ON FUNCTION platform.calendar_token_key() IS
    'The symmetric key of platform.mentor_calendar_tokens (Supabase Vault, else platform.calendar_token_keys); 55000 with a hint when unset. Owner only.';

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
    IF NOT platform.caller_is_privileged() AND owner_id IS DISTINCT FROM auth.uid() THEN
        RAISE EXCEPTION 'only the mentor or the service role may set a calendar token' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF token IS NULL THEN
        DELETE FROM platform.mentor_calendar_tokens t WHERE t.mentor_id = set_mentor_calendar_token.mentor_id;
        RETURN;
    END IF;
    -- Not while the key is being rotated (set_calendar_token_key holds this lock exclusively).
    PERFORM pg_catalog.pg_advisory_xact_lock_shared(pg_catalog.hashtext('platform.calendar_token_key'));
    EXECUTE pg_catalog.format('SELECT %I.pgp_sym_encrypt($1, $2, ''cipher-algo=aes256'')', platform.pgcrypto_schema())
        INTO encrypted USING token, platform.calendar_token_key();
    INSERT INTO platform.mentor_calendar_tokens AS t (mentor_id, calendar_token_encrypted)
    VALUES (set_mentor_calendar_token.mentor_id, encrypted)
    ON CONFLICT ON CONSTRAINT mentor_calendar_tokens_pkey
    DO UPDATE SET calendar_token_encrypted = EXCLUDED.calendar_token_encrypted, updated_at = pg_catalog.now();
END
$$;
COMMENT ON FUNCTION platform.set_mentor_calendar_token(uuid, text) IS
    'Encrypts and stores a mentor''s calendar token in platform.mentor_calendar_tokens (NULL clears it). Callable by the mentor (auth.uid()) and the service role.';

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
    SELECT t.calendar_token_encrypted INTO encrypted FROM platform.mentor_calendar_tokens t
    WHERE t.mentor_id = mentor_calendar_token.mentor_id;
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

-- Set or rotate the key, re-encrypting every stored token with the new key in the caller's
-- transaction (all or nothing; bookings that write tokens meanwhile wait on the key's lock).
-- Returns how many tokens were re-encrypted. The extension owner only (no grants).
CREATE FUNCTION platform.set_calendar_token_key(new_key text) RETURNS bigint
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    old_key text;
    crypto text := platform.pgcrypto_schema();
    n bigint := 0;
    tokens bigint;
    vault_id uuid;
BEGIN
    IF new_key IS NULL OR pg_catalog.length(new_key) < 16 THEN
        RAISE EXCEPTION 'the calendar-token key must have at least 16 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use a random secret, e.g. encode(gen_random_bytes(32), ''base64'').';
    END IF;
    -- One rotation at a time, and no token written under the old key meanwhile (writers take
    -- this lock shared before they read the key).
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('platform.calendar_token_key'));
    old_key := platform.calendar_token_key_or_null();
    SELECT pg_catalog.count(*) INTO tokens FROM platform.mentor_calendar_tokens;
    IF tokens > 0 THEN
        IF old_key IS NULL THEN
            RAISE EXCEPTION '% calendar tokens are stored but no key is set to decrypt them', tokens
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'Set the key they were encrypted with first (after a restore: the key from your secret store), then rotate.';
        END IF;
        EXECUTE pg_catalog.format(
            'UPDATE platform.mentor_calendar_tokens t
             SET calendar_token_encrypted = %1$I.pgp_sym_encrypt(%1$I.pgp_sym_decrypt(t.calendar_token_encrypted, $1), $2, ''cipher-algo=aes256''),
                 updated_at = pg_catalog.now()', crypto)
            USING old_key, new_key;
        GET DIAGNOSTICS n = ROW_COUNT;
    END IF;
    IF platform.calendar_token_key_in_vault() THEN
        EXECUTE 'SELECT s.id FROM vault.decrypted_secrets s WHERE s.name = $1 LIMIT 1' INTO vault_id USING 'platform.calendar_token_key';
        IF vault_id IS NULL THEN
            EXECUTE 'SELECT vault.create_secret(new_secret => $1, new_name => $2)' USING new_key, 'platform.calendar_token_key';
        ELSE
            EXECUTE 'SELECT vault.update_secret(secret_id => $1, new_secret => $2)' USING vault_id, new_key;
        END IF;
        -- The key lives in one place: a key set here before Vault was installed moves into it.
        DELETE FROM platform.calendar_token_keys;
    ELSE
        INSERT INTO platform.calendar_token_keys AS ck (singleton, key) VALUES (true, new_key)
        ON CONFLICT (singleton) DO UPDATE SET key = EXCLUDED.key, created_at = pg_catalog.now();
    END IF;
    RETURN n;
END
$$;
COMMENT ON FUNCTION platform.set_calendar_token_key(text) IS
    'Sets or rotates the calendar-token key (Supabase Vault when present, else platform.calendar_token_keys), re-encrypting every stored token in the caller''s transaction; returns how many. 22023 for a key under 16 characters, 55000 when tokens exist but the current key is unknown. Extension owner only.';
