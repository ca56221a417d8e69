-- mentors.calendar_token_encrypted: encrypted with pgcrypto, key outside the table, only the
-- mentor writes and only the service role reads it back.
BEGIN;
SELECT plan(9);

SELECT tests.create_user('mentor@s.example', '0000000c-0000-4000-8000-000000000001');
SELECT tests.create_user('other@s.example', '0000000c-0000-4000-8000-000000000002');
INSERT INTO tenants (id, name, slug) VALUES ('0000000c-0000-4000-8000-00000000000c', 'Secrets', 'secrets');
INSERT INTO mentors (id, tenant_id, user_id) VALUES ('0000000c-0000-4000-8000-000000000101', '0000000c-0000-4000-8000-00000000000c', '0000000c-0000-4000-8000-000000000001');

SELECT set_config('platform.calendar_token_key', '', true);
SELECT throws_ok($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', 'tok')$$, '55000', NULL,
                 'without a key setting, storing a token fails with 55000');
SELECT set_config('platform.calendar_token_key', 'a-test-key-of-32-characters-long', true);

SELECT tests.authenticate_as('0000000c-0000-4000-8000-000000000002');
SELECT throws_ok($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', 'stolen')$$, '42501', NULL,
                 'another user cannot set the mentor''s token');
SELECT tests.authenticate_as('0000000c-0000-4000-8000-000000000001');
SELECT lives_ok($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', 'ya29.secret-calendar-token')$$,
                'the mentor stores their own token');
SELECT throws_ok($$SELECT platform.mentor_calendar_token('0000000c-0000-4000-8000-000000000101')$$, '42501', NULL,
                 'authenticated cannot decrypt (not even the mentor)');
SELECT throws_ok($$SELECT calendar_token_encrypted FROM mentors$$, '42501', NULL, 'authenticated cannot read the encrypted column');
RESET ROLE;

SELECT ok((SELECT position(convert_to('secret-calendar-token', 'UTF8') IN calendar_token_encrypted) = 0 AND length(calendar_token_encrypted) > 40
           FROM mentors WHERE id = '0000000c-0000-4000-8000-000000000101'), 'the stored value is ciphertext, not the token');
SELECT tests.authenticate_as_service_role();
SELECT is(platform.mentor_calendar_token('0000000c-0000-4000-8000-000000000101'), 'ya29.secret-calendar-token', 'the service role decrypts it');
SELECT set_config('platform.calendar_token_key', 'a-different-key-of-32-characters', true);
SELECT throws_ok($$SELECT platform.mentor_calendar_token('0000000c-0000-4000-8000-000000000101')$$, '39000', NULL,
                 'a wrong key cannot decrypt');
RESET ROLE;
SELECT lives_ok($$SELECT platform.set_mentor_calendar_token('0000000c-0000-4000-8000-000000000101', NULL)$$, 'NULL clears the token');

SELECT * FROM finish();
ROLLBACK;
