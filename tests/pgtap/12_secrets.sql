-- Mentors' calendar tokens (platform.mentor_calendar_tokens): encrypted with pgcrypto, the key where only the extension's
-- owner reads it (platform.calendar_token_keys, or Supabase Vault), never in a setting; only the
-- mentor writes and only the service role reads the token back; rotation re-encrypts them all.
BEGIN;
SELECT plan(25);

SELECT tests.create_user('mentor@s.example', '0000000c-0000-4000-8000-000000000001');
SELECT tests.create_user('other@s.example', '0000000c-0000-4000-8000-000000000002');
INSERT INTO tenants (id, name, slug) VALUES ('0000000c-0000-4000-8000-00000000000c', 'Secrets', 'secrets');
INSERT INTO mentors (id, tenant_id, user_id) VALUES ('0000000c-0000-4000-8000-000000000101', '0000000c-0000-4000-8000-00000000000c', '0000000c-0000-4000-8000-000000000001');

SELECT throws_ok($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', 'tok')$$, '55000', NULL,
                 'without a key, storing a token fails with 55000');
-- The old way, a setting, is not read: every role could read it with current_setting().
SELECT set_config('platform.calendar_token_key', 'a-test-key-of-32-characters-long', true);
SELECT throws_matching($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', 'tok')$$,
                       'no calendar-token key is set', 'a key in the setting platform.calendar_token_key is not used');
SELECT set_config('platform.calendar_token_key', '', true);
SELECT throws_ok($$SELECT platform.set_calendar_token_key('short')$$, '22023', NULL, 'a key under 16 characters is refused');
SELECT is(platform.set_calendar_token_key('a-test-key-of-32-characters-long'), 0::bigint, 'the owner sets the key (no token to re-encrypt yet)');

SELECT tests.authenticate_as('0000000c-0000-4000-8000-000000000002');
SELECT throws_ok($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', 'stolen')$$, '42501', NULL,
                 'another user cannot set the mentor''s token');
SELECT throws_ok($$SELECT key FROM platform.calendar_token_keys$$, '42501', NULL, 'authenticated cannot read the key table');
SELECT throws_ok($$SELECT platform.calendar_token_key()$$, '42501', NULL, 'authenticated cannot call the key function');
SELECT throws_ok($$SELECT platform.set_calendar_token_key('an-attackers-key-of-32-characters')$$, '42501', NULL,
                 'authenticated cannot set or rotate the key');
SELECT is(coalesce(current_setting('platform.calendar_token_key', true), ''), '', 'the key is in no setting a caller can read');
SELECT tests.authenticate_as('0000000c-0000-4000-8000-000000000001');
SELECT lives_ok($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', 'ya29.secret-calendar-token')$$,
                'the mentor stores their own token');
SELECT throws_ok($$SELECT platform.mentor_calendar_token('0000000c-0000-4000-8000-000000000101')$$, '42501', NULL,
                 'authenticated cannot decrypt (not even the mentor)');
SELECT throws_ok($$SELECT calendar_token_encrypted FROM platform.mentor_calendar_tokens$$, '42501', NULL, 'authenticated cannot read the encrypted tokens');
SELECT lives_ok($$SELECT * FROM mentors$$, 'select * on mentors works for members (no secret column in it)');
SELECT tests.authenticate_as_service_role();
SELECT throws_ok($$SELECT key FROM platform.calendar_token_keys$$, '42501', NULL, 'the service role cannot read the key table either');
RESET ROLE;

SELECT ok((SELECT position(convert_to('secret-calendar-token', 'UTF8') IN calendar_token_encrypted) = 0 AND length(calendar_token_encrypted) > 40
           FROM platform.mentor_calendar_tokens WHERE mentor_id = '0000000c-0000-4000-8000-000000000101'), 'the stored value is ciphertext, not the token');
SELECT tests.authenticate_as_service_role();
SELECT is(platform.mentor_calendar_token('0000000c-0000-4000-8000-000000000101'), 'ya29.secret-calendar-token', 'the service role decrypts it');
RESET ROLE;

-- Rotation: every token re-encrypted with the new key in one call; the old key no longer decrypts.
SELECT is(platform.set_calendar_token_key('a-rotated-key-of-32-characters!!'), 1::bigint, 'rotation re-encrypts every stored token (1)');
SELECT tests.authenticate_as_service_role();
SELECT is(platform.mentor_calendar_token('0000000c-0000-4000-8000-000000000101'), 'ya29.secret-calendar-token', '... which decrypts with the new key');
RESET ROLE;
SELECT throws_ok($$SELECT pgp_sym_decrypt((SELECT calendar_token_encrypted FROM platform.mentor_calendar_tokens WHERE mentor_id = '0000000c-0000-4000-8000-000000000101'), 'a-test-key-of-32-characters-long')$$,
                 '39000', NULL, '... and not with the old one');
-- Supabase Vault, when installed (here a stand-in with supabase_vault's names and signatures):
-- the next key change moves the key into it and out of the table.
CREATE SCHEMA vault;
CREATE TABLE vault.secrets (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text UNIQUE, secret text);
CREATE VIEW vault.decrypted_secrets AS SELECT id, name, secret AS decrypted_secret FROM vault.secrets;
CREATE FUNCTION vault.create_secret(new_secret text, new_name text DEFAULT NULL, new_description text DEFAULT '', new_key_id uuid DEFAULT NULL)
RETURNS uuid LANGUAGE sql AS $$ INSERT INTO vault.secrets (name, secret) VALUES (new_name, new_secret) RETURNING id $$;
CREATE FUNCTION vault.update_secret(secret_id uuid, new_secret text DEFAULT NULL, new_name text DEFAULT NULL, new_description text DEFAULT NULL, new_key_id uuid DEFAULT NULL)
RETURNS void LANGUAGE sql AS $$ UPDATE vault.secrets SET secret = COALESCE(new_secret, secret) WHERE id = secret_id $$;
SELECT is(platform.set_calendar_token_key('a-vault-key-of-32-characters!!!!'), 1::bigint,
          'with Vault installed, a key change re-encrypts with the old key from the table');
SELECT is((SELECT count(*)::int FROM platform.calendar_token_keys) || ' ' || (SELECT secret FROM vault.secrets WHERE name = 'platform.calendar_token_key'),
          '0 a-vault-key-of-32-characters!!!!', '... and moves the key into Vault (the table is emptied)');
SELECT tests.authenticate_as_service_role();
SELECT is(platform.mentor_calendar_token('0000000c-0000-4000-8000-000000000101'), 'ya29.secret-calendar-token', '... the token decrypts with the Vault key');
RESET ROLE;
SELECT platform.set_calendar_token_key('a-second-vault-key-32-characters');
SELECT is((SELECT count(*)::int FROM vault.secrets) || ' ' || (SELECT secret FROM vault.secrets), '1 a-second-vault-key-32-characters',
          '... and rotation updates the one Vault secret');
SELECT lives_ok($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', NULL)$$, 'NULL clears the token');
SELECT is((SELECT count(*)::int FROM platform.mentor_calendar_tokens), 0, '... (its row is deleted)');

SELECT * FROM finish();
ROLLBACK;
