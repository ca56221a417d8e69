-- Profile completeness: computed on insert and on every change of a counted field or of staff,
-- never writable by clients, tenant weights override the defaults, bad settings are refused.
BEGIN;
SELECT plan(20);

SELECT tests.create_user('founder@c.example', tests.id('c_founder'));
INSERT INTO tenants (id, name, slug) VALUES (tests.id('tc'), 'C', 'comp-c');
INSERT INTO tenant_users (tenant_id, user_id, role) VALUES (tests.id('tc'), tests.id('c_founder'), 'member');

INSERT INTO companies (id, tenant_id, name) VALUES (tests.id('co'), tests.id('tc'), 'Empty Ltd');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('co')), 0::smallint, 'an empty profile scores 0');
UPDATE companies SET funding_stage = 'seed' WHERE id = tests.id('co');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('co')), 15::smallint, 'adding the funding stage adds 15');
UPDATE companies SET description = '   ' WHERE id = tests.id('co');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('co')), 15::smallint, 'a blank description does not count');
UPDATE companies SET description = 'We build robots', challenges = ARRAY['hiring'], postcode = 'M1 1AE' WHERE id = tests.id('co');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('co')), 50::smallint, 'description 15 + challenges 10 + location (postcode) 10 more');
INSERT INTO company_staff (company_id, user_id, role) VALUES (tests.id('co'), tests.id('c_founder'), 'owner');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('co')), 55::smallint, 'staff present adds 5');
DELETE FROM company_staff WHERE company_id = tests.id('co');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('co')), 50::smallint, '... and removing the last staff member takes it away');

SELECT tests.authenticate_as_service_role();
UPDATE companies SET profile_completeness_score = 100 WHERE id = tests.id('co');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('co')), 50::smallint, 'even the service role cannot set the score: it is recomputed');
RESET ROLE;

-- Tenant weights.
UPDATE tenants SET settings = '{"profile_completeness": {"weights": {"funding_stage": 50}}}' WHERE id = tests.id('tc');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('co')), 63::smallint,
          'changing the tenant''s weights rescores its companies (funding 50 of 135 + 35 = 85/135 = 63)');
SELECT throws_ok($$UPDATE tenants SET settings = '{"profile_completeness": {"weights": {"funding": 10}}}' WHERE id = tests.id('tc')$$,
                 '22023', NULL, 'an unknown field in the weights is refused with 22023');
SELECT throws_matching($$UPDATE tenants SET settings = '{"profile_completeness": {"weights": {"stage": -3}}}' WHERE id = tests.id('tc')$$,
                       'profile_completeness\.weights\.stage', 'the error names the bad key');
SELECT is((SELECT settings #>> '{profile_completeness,weights,funding_stage}' FROM tenants WHERE id = tests.id('tc')), '50',
          'a refused update changes nothing');

-- The weights are read once per statement and tenant (a cache in the row trigger): a bulk insert
-- across two tenants scores each row with its own tenant's weights, and an insert after a weights
-- change in the same transaction uses the new ones (the change rescored no company there: the
-- cache, not a rescore, must notice it).
INSERT INTO tenants (id, name, slug) VALUES (tests.id('td'), 'D', 'comp-d'), (tests.id('te'), 'E', 'comp-e');
INSERT INTO companies (tenant_id, name, funding_stage)
SELECT CASE WHEN i % 2 = 0 THEN tests.id('tc') ELSE tests.id('td') END, 'Bulk ' || i, 'seed' FROM generate_series(1, 6) AS i;
SELECT is((SELECT array_agg(DISTINCT profile_completeness_score) FROM companies WHERE name LIKE 'Bulk %' AND tenant_id = tests.id('tc')),
          ARRAY[37::smallint], 'a bulk insert across tenants: the weighted tenant''s rows score 50/135 = 37');
SELECT is((SELECT array_agg(DISTINCT profile_completeness_score) FROM companies WHERE name LIKE 'Bulk %' AND tenant_id = tests.id('td')),
          ARRAY[15::smallint], '... and the other tenant''s rows in the same statement the default 15');
INSERT INTO companies (id, tenant_id, name, funding_stage) VALUES (tests.id('e1'), tests.id('te'), 'Gone Ltd', 'seed');
DELETE FROM companies WHERE id = tests.id('e1');
UPDATE tenants SET settings = '{"profile_completeness": {"weights": {"funding_stage": 50}}}' WHERE id = tests.id('te');
INSERT INTO companies (id, tenant_id, name, funding_stage) VALUES (tests.id('e2'), tests.id('te'), 'Later Ltd', 'seed');
SELECT is((SELECT profile_completeness_score FROM companies WHERE id = tests.id('e2')), 37::smallint,
          'a company inserted after a weights change in the same transaction is scored with the new weights');

-- The trigger reads the row deformed once and re-forms it (src/trigger_tuple.rs, Deformed): an
-- UPDATE of another column keeps an out-of-line (TOASTed) description whole, and the score.
UPDATE companies SET description = (SELECT string_agg(md5(i::text), '') FROM generate_series(1, 4000) i) WHERE id = tests.id('e2');
SELECT is((SELECT pg_column_size(description) > 100000 FROM companies WHERE id = tests.id('e2')), true, '(a 128 kB description, stored out of line)');
CREATE TEMP TABLE e2_before AS SELECT profile_completeness_score AS score FROM companies WHERE id = tests.id('e2');
UPDATE companies SET name = 'Later Still Ltd', profile_completeness_score = 0 WHERE id = tests.id('e2');
SELECT is((SELECT md5(description) || '/' || name || '/' || profile_completeness_score FROM companies WHERE id = tests.id('e2')),
          (SELECT md5(string_agg(md5(i::text), '')) FROM generate_series(1, 4000) i) || '/Later Still Ltd/' || (SELECT score FROM e2_before),
          'updating the name keeps the out-of-line description, and the score is recomputed (the 0 sent is replaced)');

-- The explanation the app shows.
SELECT is((platform.profile_completeness(tests.id('co')) ->> 'score')::int, 63, 'profile_completeness() returns the score');
SELECT ok((platform.profile_completeness(tests.id('co')) -> 'missing') @> '[{"field": "stage", "message": "add your business stage: +11"}]',
          'profile_completeness() says what a missing field would add');
SELECT throws_ok($$SELECT platform.profile_completeness(gen_random_uuid())$$, 'P0002', NULL, 'an unknown company is a clear error');

-- The trigger reads its columns by position with the types it expects: a column whose type was
-- changed under it is a clear error (42804), never a datum read as the wrong type.
ALTER TABLE companies ALTER COLUMN sector TYPE varchar(200);
SELECT throws_ok($$INSERT INTO companies (tenant_id, name, sector) VALUES (tests.id('te'), 'Typed Ltd', 'health')$$, '42804', NULL,
                 'a scored column of another type than the trigger reads is refused with 42804');

SELECT * FROM finish();
ROLLBACK;
