-- The per-tenant vector layout (src/foryou/sql/vector_indexes.sql): big tenants get their own
-- HNSW index, the shared one leaves them out, the planner picks the right one, and the plan is
-- idempotent, has hysteresis, and is for the owner only.
BEGIN;
SELECT plan(21);
SELECT is((platform.generate_demo_data('tiny', 61) ->> 'tenants')::int, 3, 'demo data (3 tenants of 400 items)');
CREATE TEMP TABLE t AS
SELECT e.tenant_id, count(*) AS n, row_number() OVER (ORDER BY count(*) DESC) AS rk FROM embeddings e GROUP BY 1;
CREATE FUNCTION pg_temp.index_for(tenant uuid) RETURNS text LANGUAGE plpgsql AS $$
DECLARE line text; found text;
BEGIN
    -- The feed's walk: a tenant's items nearest-first, planned with the tenant's id as a value.
    PERFORM set_config('enable_sort', 'off', true);
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) SELECT e.content_id FROM public.embeddings e WHERE e.tenant_id = $1
                         ORDER BY e.embedding <=> $2 LIMIT 5' USING tenant, platform.demo_vector(1, 1, 1)::vector LOOP
        found := COALESCE(found, substring(line FROM 'Index Scan using (\S+)'));
    END LOOP;
    PERFORM set_config('enable_sort', 'on', true);
    RETURN found;
END $$;

SELECT is((SELECT string_agg(action, ', ' ORDER BY step) FROM platform.vector_index_plan(100)),
          'create tenant index, create tenant index, build shared index, drop old shared index, rename shared index',
          'the plan: own indexes for the two tenants with >= 100 items, the shared index rebuilt without them');
SELECT is((SELECT array_agg(tenant_id ORDER BY tenant_id) FROM platform.vector_index_plan(100) WHERE action = 'create tenant index'),
          (SELECT array_agg(tenant_id ORDER BY tenant_id) FROM t WHERE n >= 100), 'exactly the tenants with >= 100 items');
-- A big graph is built with ef_construction 128 (its walk's first batch finds a dense topic's
-- best items), a smaller one with pgvector's default 64; big_graph lowered to the biggest tenant.
SELECT matches((SELECT statement FROM platform.vector_index_plan(100, big_graph => (SELECT n FROM t WHERE rk = 1)::int)
                WHERE tenant_id = (SELECT tenant_id FROM t WHERE rk = 1)),
               'WITH \(m = 16, ef_construction = 128\) WHERE tenant_id', 'a tenant of big_graph items or more: ef_construction 128');
SELECT matches((SELECT statement FROM platform.vector_index_plan(100, big_graph => (SELECT n FROM t WHERE rk = 1)::int)
                WHERE tenant_id = (SELECT tenant_id FROM t WHERE rk = 2)),
               'WITH \(m = 16, ef_construction = 64\) WHERE tenant_id', 'a smaller tenant: ef_construction 64');
SELECT is((SELECT count(*)::int FROM platform.vector_index_plan(100) WHERE statement LIKE '%ef_construction = 128%'), 0,
          'with the default big_graph (100 000) every index of the demo is built with 64');
SELECT ok((SELECT bool_and(statement LIKE 'CREATE INDEX CONCURRENTLY %' OR statement LIKE 'DROP INDEX CONCURRENTLY %' OR statement LIKE 'ALTER INDEX %')
           FROM platform.vector_index_plan(100, concurrently => true)), 'concurrently => true plans CONCURRENTLY statements for a live database');
SELECT is((SELECT count(*)::int FROM platform.ensure_vector_indexes(100)), 5, 'ensure_vector_indexes carries the plan out');
SELECT is((SELECT count(*)::int FROM platform.vector_index_plan(100)), 0, 'after which the plan is empty (idempotent)');
SELECT is((SELECT count(*)::int FROM pg_indexes WHERE tablename = 'embeddings' AND indexname LIKE 'embeddings_hnsw_t_%'), 2, 'two own indexes');
SELECT matches((SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = 'public.embeddings_embedding_hnsw_idx'::regclass),
               '<> ALL', 'the shared index leaves the tenants with their own out');
SELECT is(pg_temp.index_for((SELECT tenant_id FROM t WHERE rk = 1)),
          'embeddings_hnsw_t_' || replace((SELECT tenant_id FROM t WHERE rk = 1)::text, '-', ''),
          'the biggest tenant''s walk reads its own index');
SELECT is(pg_temp.index_for((SELECT tenant_id FROM t WHERE rk = 3)), 'embeddings_embedding_hnsw_idx', 'a small tenant''s walk reads the shared index');
SELECT is((SELECT string_agg(action, ', ' ORDER BY step) FROM platform.vector_index_plan((SELECT 2 * n FROM t WHERE rk = 2)::int + 2)),
          'build shared index, drop old shared index, rename shared index, drop tenant index',
          'hysteresis: above half the threshold (the biggest) a tenant keeps its index, below it (the second) gives it up');
SELECT ok((SELECT n FROM t WHERE rk = 1) < (SELECT 2 * n + 2 FROM t WHERE rk = 2), '(the biggest is below that threshold itself)');
SELECT is((SELECT count(*)::int FROM platform.ensure_vector_indexes(1000000)), 5, 'a threshold above every tenant returns to one shared index');
SELECT is((SELECT indpred IS NULL FROM pg_index WHERE indexrelid = 'public.embeddings_embedding_hnsw_idx'::regclass), true, 'which covers everyone again');
SELECT throws_ok($$SELECT * FROM platform.vector_index_plan(NULL)$$, '22004', NULL, 'NULL min_items is refused (22004)');
SELECT throws_ok($$SELECT * FROM platform.vector_index_plan(1)$$, '22023', NULL, 'min_items < 2 is refused (22023)');
SELECT throws_ok($$SELECT * FROM platform.vector_index_plan(100, big_graph => 1)$$, '22023', NULL, 'big_graph < 2 is refused (22023)');
SET LOCAL ROLE service_role;
SELECT throws_ok($$SELECT * FROM platform.ensure_vector_indexes()$$, '42501', NULL, 'the API roles may not change indexes (owner only)');
RESET ROLE;
SELECT * FROM finish();
ROLLBACK;
