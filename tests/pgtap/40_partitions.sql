-- Partition management of public.activities. Expectations are computed from now(), so the tests
-- hold on any date.
BEGIN;
SELECT plan(20);

INSERT INTO tenants (id, name, slug) VALUES (tests.id('tq'), 'Q', 'part-q');
SELECT tests.create_user('logger@q.example', tests.id('q_user'));
INSERT INTO tenant_users (tenant_id, user_id) VALUES (tests.id('tq'), tests.id('q_user'));

CREATE FUNCTION pg_temp.qname(t timestamptz) RETURNS text LANGUAGE sql AS
$$ SELECT 'activities_' || to_char(t AT TIME ZONE 'UTC', 'YYYY') || 'q' || to_char(t AT TIME ZONE 'UTC', 'Q') $$;

-- A row two years out has no quarter yet: it waits in the default partition.
SELECT lives_ok($$SELECT platform.log_activity(tests.id('tq'), tests.id('q_user'), 'test.future', occurred_at => now() + interval '2 years')$$,
                'log_activity accepts a row for a quarter that has no partition yet');
SELECT is((SELECT tableoid::regclass::text FROM activities WHERE action = 'test.future'), 'activities_default', '... it lands in the default partition');

CREATE TEMP TABLE created AS SELECT * FROM platform.ensure_partitions('public.activities', 4);
SELECT ok((SELECT count(*) FROM created) >= 1, 'ensure_partitions creates what is missing');
SELECT is(ARRAY(SELECT pg_temp.qname(now() + make_interval(months => 3 * k)) FROM generate_series(0, 4) k
                EXCEPT SELECT c.relname::text FROM pg_class c WHERE c.relispartition), '{}'::text[],
          'the current quarter and the 4 after it all have partitions');
SELECT is((SELECT tableoid::regclass::text FROM activities WHERE action = 'test.future'), pg_temp.qname(now() + interval '2 years'),
          'the waiting row was moved into its new quarter');
SELECT is((SELECT rows_moved FROM created WHERE partition = pg_temp.qname(now() + interval '2 years')), 1::bigint, '... as reported');
SELECT is((SELECT count(*)::int FROM activities_default), 0, 'the default partition is empty again');
SELECT is((SELECT count(*)::int FROM platform.ensure_partitions('public.activities', 4)), 0, 'a second call creates nothing (idempotent)');

-- The new partition has the parent's indexes, constraints, triggers and security.
CREATE TEMP TABLE newest AS SELECT (SELECT partition FROM created ORDER BY range_from DESC LIMIT 1)::regclass AS rel;
SELECT is((SELECT count(*)::int FROM pg_index WHERE indrelid = (SELECT rel FROM newest)),
          (SELECT count(*)::int FROM pg_index WHERE indrelid = 'public.activities_2026q1'::regclass), 'same indexes as the migration''s partitions');
SELECT ok((SELECT count(*) FROM pg_constraint WHERE conrelid = (SELECT rel FROM newest) AND contype = 'f') >= 2, 'foreign keys cloned from the parent');
-- (The reference check is a statement trigger of the parent since 20261203110000: it covers every
-- partition a write through the parent lands in, the new one included.)
SELECT throws_ok(format($$INSERT INTO activities (tenant_id, action, target_type, target_id, occurred_at)
                          VALUES (%L, 'test.bad', 'course', %L, %L)$$, tests.id('tq'), tests.id('no-such-course'),
                        (SELECT range_from FROM created ORDER BY range_from DESC LIMIT 1)),
                 '23503', NULL, 'a row routed into the new partition gets the parent''s reference check');
SELECT ok((SELECT relrowsecurity FROM pg_class WHERE oid = (SELECT rel FROM newest)), 'RLS enabled on the new partition');
SELECT ok(NOT has_table_privilege('authenticated', (SELECT rel FROM newest), 'SELECT') AND NOT has_table_privilege('anon', (SELECT rel FROM newest), 'SELECT'),
          'no direct access for anon or authenticated');
SELECT ok(obj_description((SELECT rel FROM newest), 'pg_class') LIKE 'Partition of activities%', 'the partition has a comment');

-- Status, retention.
SELECT ok((SELECT bool_and(range_from < range_to) AND count(*) FILTER (WHERE is_default) = 1 FROM platform.partition_status()),
          'partition_status lists every partition with its range, and the default');
INSERT INTO activities (tenant_id, action, occurred_at) VALUES (tests.id('tq'), 'test.old', '2026-01-15');
CREATE TEMP TABLE retired AS SELECT * FROM platform.detach_old_partitions(1);
SELECT ok((SELECT count(*) FROM retired WHERE partition = 'activities_2026q1' AND action = 'detached') = 1
          OR date_trunc('quarter', now()) <= '2026-01-01', 'retention detaches partitions older than the window');
SELECT is((SELECT count(*)::int FROM activities_2026q1 WHERE action = 'test.old'), 1, 'a detached partition keeps its rows');
SELECT ok(NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = 'activities_2026q1'::regclass), '... and is no longer part of activities');

-- Bad input.
SELECT throws_ok($$SELECT * FROM platform.ensure_partitions('public.activities', -1)$$, '22023', NULL, 'a negative premake is refused');
SELECT throws_ok($$SELECT * FROM platform.ensure_partitions('public.tenants', 4)$$, '42809', NULL, 'a table that is not range-partitioned is refused');

SELECT * FROM finish();
ROLLBACK;
