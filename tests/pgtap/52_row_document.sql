-- platform.row_document(row): the audit trail's documents (src/audit/row_document.rs) are exactly
-- to_jsonb(row), type by type, NULLs, special values, time zones and dropped columns included,
-- and the audit trail is written with them.
BEGIN;
SELECT plan(11);

CREATE TYPE pg_temp.mood AS ENUM ('sad', 'ok');
CREATE DOMAIN pg_temp.posint AS integer CHECK (VALUE > 0);
CREATE TYPE pg_temp.pair AS (a int, b text);
CREATE TEMP TABLE alltypes (
    b boolean, i2 smallint, i4 integer, i8 bigint, f4 real, f8 double precision, n numeric, n2 numeric(14, 2),
    t text, vc varchar(10), bc char(5), nm name, u uuid, m pg_temp.mood, d date, ts timestamp, tz timestamptz,
    j json, jb jsonb, ta text[], ia int[], na numeric[], ua uuid[], ma pg_temp.mood[], ea text[], nda int[], tza timestamptz[],
    dom pg_temp.posint, p pg_temp.pair, pa pg_temp.pair[], iv interval, ip inet, by bytea, v vector(3), dropme int,
    ja jsonb[], bits bit(3), ch "char", oi oid, big text, fa float8[]);
ALTER TABLE alltypes DROP COLUMN dropme;
INSERT INTO alltypes VALUES
 (true, 1, -2, 9000000000, 1.5, -2.25e-7, 123.4500, 12.5, E'he said "hi"\n\t\\', 'vc', 'ab', 'nm', md5('rd')::uuid, 'ok',
  '2026-01-02', '2026-01-02 03:04:05.123', '2026-01-02 03:04:05+02', '{"x": [1, 2]}', '{"y": {"z": null}}',
  ARRAY['a', NULL, 'c'], ARRAY[1, 2], ARRAY[1.50, NULL], ARRAY[md5('rd2')::uuid], ARRAY['sad'::pg_temp.mood], '{}',
  '{{1,2},{3,4}}', ARRAY['2026-01-01'::timestamptz], 5, ROW(1, 'x'), ARRAY[ROW(2, 'y')::pg_temp.pair], '1 day',
  '10.0.0.1/8', '\xdeadbeef', '[1,2,3]', ARRAY['{"a":1}'::jsonb], B'101', 'x', 42, repeat('long ', 100000), ARRAY[1.5, 'NaN']),
 (false, 0, 0, -1, 'NaN', 'Infinity', 'NaN', 0, '', '', '', '', '00000000-0000-0000-0000-000000000000', 'sad',
  'infinity', '-infinity', 'infinity', 'null', '"str"', '{}', '{}', ARRAY['Infinity'::numeric, '-Infinity'], '{}', '{}',
  ARRAY[NULL]::text[], '{}', '{}', NULL, NULL, '{}', NULL, NULL, NULL, NULL, '{}', NULL, NULL, NULL, NULL, '{}'),
 (NULL, NULL, NULL, NULL, '-Infinity', 1e300, '-Infinity', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, '12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL),
 (NULL, 32767, 2147483647, -9223372036854775808, 3.4e38, 0, 0.000000000001, -0.01, 'é ☃', NULL, NULL, NULL, NULL, NULL,
  '0001-01-01 BC', '2000-02-29', '1999-12-31 23:59:59.999999-08', '[]', '[]', NULL, ARRAY[NULL, NULL]::int[], NULL, NULL,
  NULL, NULL, '[1:2]={7,8}', NULL, NULL, ROW(NULL, NULL), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

SELECT is((SELECT count(*)::int FROM alltypes a WHERE platform.row_document(a)::text IS DISTINCT FROM to_jsonb(a)::text), 0,
          'every row''s document is to_jsonb''s, to the character (40 column types, NULLs, NaN, infinities, a dropped column)');
SELECT is(ARRAY(SELECT x.k FROM alltypes a, jsonb_each(platform.row_document(a)) x (k, v)
                JOIN jsonb_each(to_jsonb(a)) y (k, v) ON y.k = x.k WHERE x.v::text IS DISTINCT FROM y.v::text),
          '{}'::text[], '... value by value');
SELECT is((SELECT count(*)::int FROM alltypes a WHERE platform.row_document(a) = to_jsonb(a)), 4, '... and equal as jsonb');
SET LOCAL TimeZone = 'America/New_York';
SELECT is((SELECT count(*)::int FROM alltypes a WHERE platform.row_document(a)::text IS DISTINCT FROM to_jsonb(a)::text), 0,
          'timestamps with time zone follow the session''s TimeZone, as to_jsonb''s do');
RESET TimeZone;
SELECT is(platform.row_document(ROW(1, 'a', NULL::date)), to_jsonb(ROW(1, 'a', NULL::date)), 'an anonymous ROW(...) too');
SELECT is(platform.row_document(NULL::alltypes), NULL, 'a NULL row gives NULL (STRICT)');
SELECT throws_ok($$SELECT platform.row_document(1)$$, '42804', NULL, 'a scalar is refused with 42804');
-- One call site meeting two row types (a plan per type, rebuilt when the type changes).
SELECT is((SELECT count(*)::int FROM (SELECT platform.row_document(r) = to_jsonb(r) AS same
                                      FROM (SELECT CASE WHEN i % 2 = 0 THEN ROW(i, 'x')::pg_temp.pair END AS r FROM generate_series(1, 4) i) s
                                      WHERE r IS NOT NULL) z WHERE same), 2, 'rows of a composite type, NULLs between them');

-- The audit trail writes these documents: a company's INSERT, UPDATE (changed columns) and DELETE.
INSERT INTO tenants (id, name, slug) VALUES (md5('rd-t')::uuid, 'RD', 'rd');
INSERT INTO companies (id, tenant_id, name, stage, challenges, funding_raised)
VALUES (md5('rd-c')::uuid, md5('rd-t')::uuid, 'Row Doc Ltd', 'growth', ARRAY['hiring', 'funding'], 1250.50);
SELECT is((SELECT new_values FROM audit_logs WHERE table_name = 'companies' AND record_id = md5('rd-c')::uuid::text AND operation = 'INSERT'),
          (SELECT to_jsonb(c) FROM companies c WHERE c.id = md5('rd-c')::uuid), 'an INSERT''s audit document is to_jsonb of the row');
UPDATE companies SET challenges = ARRAY['hiring'], funding_raised = NULL WHERE id = md5('rd-c')::uuid;
SELECT is((SELECT new_values - 'profile_completeness_score' FROM audit_logs
           WHERE table_name = 'companies' AND record_id = md5('rd-c')::uuid::text AND operation = 'UPDATE'),
          '{"challenges": ["hiring"], "funding_raised": null}'::jsonb, 'an UPDATE''s: the changed columns');
DELETE FROM companies WHERE id = md5('rd-c')::uuid;
SELECT is((SELECT old_values ->> 'name' FROM audit_logs WHERE table_name = 'companies' AND record_id = md5('rd-c')::uuid::text AND operation = 'DELETE'),
          'Row Doc Ltd', 'a DELETE''s: the old row');

SELECT * FROM finish();
ROLLBACK;
