-- Tenant isolation, generically: on the demo data (3 tenants, some users in two), for users of
-- every kind of role, no table shows a row of a tenant the user does not belong to; anon reads
-- nothing; partitions are unreachable directly.
BEGIN;
SELECT plan(9);

SELECT is((platform.generate_demo_data('tiny', 11) ->> 'tenants')::int, 3, 'demo data loaded (3 tenants)');

-- Users of every kind: per tenant the owner (1), admin (2), a provider admin (3) and editor (4),
-- a company owner (first after provider staff), a member (20), a viewer (19), the last user (a
-- mentor), and a user of tenant 2 who is also a member of tenant 1. Plus a suspended member.
CREATE TEMP TABLE sample ON COMMIT DROP AS
SELECT DISTINCT platform.demo_uuid(11, 'user', t * 100000000 + i) AS user_id
FROM generate_series(1, 3) AS t, unnest(ARRAY[1, 2, 3, 4, 9, 15, 19, 20, 21, 38, 40]) AS i
WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = platform.demo_uuid(11, 'user', t * 100000000 + i));
UPDATE tenant_users SET status = 'suspended' WHERE user_id = platform.demo_uuid(11, 'user', 100000020);

CREATE FUNCTION pg_temp.leaks() RETURNS TABLE (who uuid, tbl text, foreign_tenants uuid[])
LANGUAGE plpgsql AS $$
DECLARE
    u uuid; t regclass; vis uuid[]; mine uuid[];
    users uuid[] := ARRAY(SELECT s.user_id FROM sample s);
    tables regclass[] := ARRAY(SELECT c.oid::regclass FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
                               WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition);
BEGIN
    FOREACH u IN ARRAY users LOOP
        mine := ARRAY(SELECT tu.tenant_id FROM public.tenant_users tu WHERE tu.user_id = u);
        PERFORM tests.authenticate_as(u);
        FOREACH t IN ARRAY tables LOOP
            vis := tests.visible_tenants(t);
            -- The platform team (user_roles) reads the system logs of every tenant, by design.
            IF vis IS NOT NULL AND NOT vis <@ mine
               AND NOT (t IN ('public.audit_logs'::regclass, 'public.api_error_logs'::regclass, 'public.impersonation_logs'::regclass)
                        AND EXISTS (SELECT 1 FROM public.user_roles ur WHERE ur.user_id = u)) THEN
                who := u; tbl := t::text; foreign_tenants := ARRAY(SELECT unnest(vis) EXCEPT SELECT unnest(mine));
                RETURN NEXT;
            END IF;
        END LOOP;
        RESET ROLE;
    END LOOP;
END $$;

SELECT ok((SELECT count(*) FROM sample) >= 25, 'the sample has users of every role in all three tenants');
SELECT is(ARRAY(SELECT tbl || ' shows ' || who || ' rows of ' || foreign_tenants::text FROM pg_temp.leaks()), '{}'::text[],
          'no table shows any user a row of a tenant they do not belong to');

-- Not vacuous: the same users do see their own tenants' data.
SELECT tests.authenticate_as(platform.demo_uuid(11, 'user', 100000021));
SELECT ok((SELECT count(*) FROM programmes) > 0 AND (SELECT count(*) FROM events) > 0 AND (SELECT count(*) FROM tags) > 0,
          'a member sees their tenant''s programmes, events and tags');
RESET ROLE;

-- A suspended member loses the tenant's content.
SELECT tests.authenticate_as(platform.demo_uuid(11, 'user', 100000020));
SELECT is((SELECT count(*)::int FROM programmes), 0, 'a suspended member sees no programmes');
RESET ROLE;

-- anon has no privilege on any table or partition, and a query fails.
SELECT is(ARRAY(SELECT c.relname::text FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                  AND (has_table_privilege('anon', c.oid, 'SELECT') OR has_table_privilege('anon', c.oid, 'INSERT')
                       OR has_table_privilege('anon', c.oid, 'UPDATE') OR has_table_privilege('anon', c.oid, 'DELETE'))),
          '{}'::text[], 'anon has no privilege on any table');
SELECT tests.clear_authentication();
SELECT throws_ok('SELECT count(*) FROM programmes', '42501', NULL, 'anon reading programmes is denied');
RESET ROLE;

-- Partitions are reached only through public.activities.
SELECT tests.authenticate_as(platform.demo_uuid(11, 'user', 100000001));
SELECT throws_ok('SELECT count(*) FROM activities_2026q2', '42501', NULL, 'authenticated cannot read a partition directly');
SELECT ok((SELECT count(*) FROM activities) > 0, '... but reads its own activities through the parent');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
