-- Foundation: the install model, the ledger, the Supabase-compatible auth pieces, the test helpers.
BEGIN;
SELECT plan(31);

-- The extension: code only, in schema platform, requiring vector and pgcrypto.
SELECT has_extension('platform', 'platform extension installed');
SELECT is((SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'platform'),
          'platform', 'extension schema is platform');
SELECT is((SELECT extrelocatable FROM pg_extension WHERE extname = 'platform'), false, 'not relocatable');
-- One deliberate exception: the calendar-token key, which must NOT be dumped with the data.
SELECT is(ARRAY(SELECT d.objid::regclass::text FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                WHERE e.extname = 'platform' AND d.deptype = 'e' AND d.classid = 'pg_class'::regclass
                  AND d.objid <> 'platform.calendar_token_keys'::regclass),
          '{}'::text[], 'the extension owns no tables, views or sequences but the key store: data lives outside it');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
                      WHERE e.extname = 'platform' AND d.deptype = 'e'
                        AND d.classid = 'pg_type'::regclass
                        AND d.objid IN ('public.entity_status'::regtype, 'public.tenants'::regtype)),
          'the enums and row types belong to the schema, not the extension');

-- The ledger.
SELECT has_table('platform', 'schema_migrations', 'ledger table exists');
SELECT is((SELECT count(*)::int FROM platform.migrate()), 0, 'migrate() on a migrated database applies nothing');
SELECT is((SELECT count(*)::int FROM platform.migration_status() WHERE state <> 'applied'), 0,
          'migration_status(): every file applied');
SELECT ok((SELECT bool_and(s.checksum = m.checksum AND m.checksum ~ '^[0-9a-f]{64}$')
           FROM platform.migration_status() s JOIN platform.schema_migrations m USING (version)),
          'ledger checksums are sha256 hex and match the embedded files');
SELECT ok(EXISTS (SELECT 1 FROM platform.schema_migrations WHERE version = '20260210171318'
                  AND name = 'init_platform' AND applied_by = current_user AND applied_at <= now()),
          'first migration recorded with name, applied_by and applied_at');

-- An edited migration is refused with SQLSTATE 55000, and nothing changes.
SAVEPOINT edited;
UPDATE platform.schema_migrations SET checksum = repeat('0', 64) WHERE version = '20260210171318';
SELECT throws_ok('SELECT platform.migrate()', '55000',
                 'migration 20260210171318_init_platform was changed after it was applied',
                 'an edited migration is refused with 55000');
SELECT is((SELECT state FROM platform.migration_status() WHERE version = '20260210171318'),
          'checksum_mismatch', 'migration_status() reports the mismatch');
ROLLBACK TO SAVEPOINT edited;

-- A ledger row this build does not know is refused too.
SAVEPOINT ghost;
INSERT INTO platform.schema_migrations (version, name, checksum) VALUES ('20990101000000', 'from_the_future', repeat('a', 64));
SELECT throws_ok('SELECT platform.migrate()', '55000', NULL, 'a migration unknown to this build is refused');
SELECT is((SELECT state FROM platform.migration_status() WHERE version = '20990101000000'), 'unknown',
          'migration_status() lists it as unknown');
ROLLBACK TO SAVEPOINT ghost;

-- Privileges: nothing in schema platform is executable by the API roles unless granted.
SELECT ok(NOT has_function_privilege('authenticated', 'platform.migrate()', 'EXECUTE'), 'authenticated cannot migrate()');
SELECT ok(NOT has_function_privilege('anon', 'platform.migration_status()', 'EXECUTE'), 'anon cannot read migration_status()');
SELECT ok(NOT has_table_privilege('authenticated', 'platform.schema_migrations', 'SELECT'), 'ledger not readable by authenticated');

-- Supabase-compatible pieces.
SELECT has_role('anon', 'role anon');
SELECT has_role('authenticated', 'role authenticated');
SELECT ok((SELECT rolbypassrls FROM pg_roles WHERE rolname = 'service_role'), 'service_role bypasses RLS');
SELECT has_function('auth', 'uid', 'auth.uid() exists');

SELECT set_config('request.jwt.claims', '{"sub":"00000000-0000-0000-0000-00000000000a","role":"authenticated"}', true);
SELECT is(auth.uid(), '00000000-0000-0000-0000-00000000000a'::uuid, 'auth.uid() reads request.jwt.claims');
SELECT is(auth.role(), 'authenticated', 'auth.role() reads the role claim');
SELECT set_config('request.jwt.claims', '', true);
SELECT set_config('request.jwt.claim.sub', '00000000-0000-0000-0000-00000000000b', true);
SELECT is(auth.uid(), '00000000-0000-0000-0000-00000000000b'::uuid, 'auth.uid() falls back to request.jwt.claim.sub');

-- The test helpers act as PostgREST does.
SELECT tests.create_user('ada@example.com', '00000000-0000-0000-0000-0000000000ad');
SELECT tests.authenticate_as('00000000-0000-0000-0000-0000000000ad');
SELECT is(current_user::text, 'authenticated', 'authenticate_as: role authenticated');
SELECT is(auth.uid(), '00000000-0000-0000-0000-0000000000ad'::uuid, 'authenticate_as: auth.uid() is the user');
SELECT tests.authenticate_as_legacy('00000000-0000-0000-0000-0000000000ad');
SELECT is(auth.uid(), '00000000-0000-0000-0000-0000000000ad'::uuid, 'legacy claim.sub identity works too');
SELECT tests.clear_authentication();
SELECT is(current_user::text, 'anon', 'clear_authentication: anon');
SELECT ok(auth.uid() IS NULL, 'clear_authentication: no identity');
RESET ROLE;

-- updated_at is maintained by trigger, only on real changes.
INSERT INTO public.tenants (id, name, slug, updated_at)
VALUES ('00000000-0000-0000-0000-0000000000f1', 'Acme', 'acme', '2020-01-01');
UPDATE public.tenants SET name = 'Acme' WHERE slug = 'acme';
SELECT is((SELECT updated_at FROM public.tenants WHERE slug = 'acme'), '2020-01-01'::timestamptz,
          'a no-op update keeps updated_at');
UPDATE public.tenants SET name = 'Acme Ltd' WHERE slug = 'acme';
SELECT ok((SELECT updated_at > '2020-01-01' FROM public.tenants WHERE slug = 'acme'), 'a real update stamps updated_at');

SELECT * FROM finish();
ROLLBACK;
