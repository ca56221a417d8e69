-- Retrieval benchmark, run inside the server (same session, warm cache). For every eligibility
-- level, k and query vector: the latency of
--   naive      ORDER BY embedding <=> q LIMIT k with the tag filter, pgvector defaults
--   iterative  the same with hnsw.iterative_scan = relaxed_order
--   exact      the exact filtered top-k (sequential distances)
--   for_you    platform.for_you_candidates (the feed's strategy), and
--   feed       public.for_you end to end (re-ranking, reasons), as the service role
-- and the recall@k of each against the exact answer of the same filter. Output: one JSON row per
-- (method, eligibility, k) with latencies in ms.
CREATE TEMP TABLE bench_runs (method text, eligibility text, k int, q int, ms double precision, recall double precision, short boolean, strategy text);

DO $$
DECLARE
    tenant uuid := platform.demo_uuid(1, 'tenant', 1);
    reader uuid := platform.demo_uuid(1, 'user', 100000021);
    sel record; kk int; qi int; qv vector; t0 timestamptz; ms double precision;
    exact_ids uuid[]; got uuid[]; eligible bigint; fy_exact uuid[];
    queries int := current_setting('bench.queries')::int;
    mode text;
    strat text;
BEGIN
    FOR sel IN SELECT * FROM (VALUES ('50%', 'bench_p50'), ('5%', 'bench_p5'), ('0.5%', 'bench_p05'), ('0.05%', 'bench_p005')) AS s (label, tag) LOOP
        SELECT count(*) INTO eligible FROM public.tag_links WHERE tag_id = md5('bench-' || substr(sel.tag, 7))::uuid;
        FOREACH kk IN ARRAY ARRAY[10, 50] LOOP
            FOR qi IN 1 .. queries LOOP
                qv := platform.demo_vector(1, (qi * 7) % 24, 5000000 + qi, 0.5)::vector;
                -- exact (the reference for the naive methods)
                PERFORM set_config('enable_indexscan', 'on', true);
                t0 := clock_timestamp();
                SELECT array_agg(x.content_id) INTO exact_ids FROM (
                    SELECT e.content_id FROM public.embeddings e
                    WHERE e.tenant_id = tenant AND EXISTS (SELECT 1 FROM public.tag_links tl WHERE tl.target_type = e.content_type AND tl.target_id = e.content_id
                                                           AND tl.tag_id = md5('bench-' || substr(sel.tag, 7))::uuid)
                    ORDER BY (e.embedding <=> qv) + 0 LIMIT kk) x;
                ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
                INSERT INTO bench_runs VALUES ('exact', sel.label, kk, qi, ms, 1, coalesce(cardinality(exact_ids), 0) < least(kk, eligible));
                -- naive (pgvector defaults), then the same query with pgvector 0.8's iterative scan
                FOREACH mode IN ARRAY ARRAY['naive', 'iterative'] LOOP
                    PERFORM set_config('hnsw.iterative_scan', CASE mode WHEN 'naive' THEN 'off' ELSE 'relaxed_order' END, true);
                    PERFORM set_config('hnsw.ef_search', '40', true);
                    t0 := clock_timestamp();
                    SELECT array_agg(x.content_id) INTO got FROM (
                        SELECT e.content_id FROM public.embeddings e
                        WHERE e.tenant_id = tenant AND EXISTS (SELECT 1 FROM public.tag_links tl WHERE tl.target_type = e.content_type AND tl.target_id = e.content_id
                                                               AND tl.tag_id = md5('bench-' || substr(sel.tag, 7))::uuid)
                        ORDER BY e.embedding <=> qv LIMIT kk) x;
                    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
                    INSERT INTO bench_runs VALUES (mode, sel.label, kk, qi, ms,
                        (SELECT count(*) FROM unnest(got) g WHERE g = ANY (exact_ids))::double precision / nullif(least(kk, eligible), 0),
                        coalesce(cardinality(got), 0) < least(kk, eligible));
                END LOOP;
                PERFORM set_config('hnsw.iterative_scan', 'off', true);
                -- the feed's retrieval, against its own exact answer (its eligibility also checks status and dates)
                SELECT array_agg(c.content_id) INTO fy_exact
                FROM platform.for_you_candidates(reader, tenant, qv, ARRAY[md5('bench-' || substr(sel.tag, 7))::uuid], kk, 5000, true) c;
                t0 := clock_timestamp();
                SELECT array_agg(c.content_id), min(c.strategy) INTO got, strat
                FROM platform.for_you_candidates(reader, tenant, qv, ARRAY[md5('bench-' || substr(sel.tag, 7))::uuid], kk) c;
                ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
                INSERT INTO bench_runs VALUES ('for_you', sel.label, kk, qi, ms,
                    (SELECT count(*) FROM unnest(got) g WHERE g = ANY (fy_exact))::double precision / nullif(coalesce(cardinality(fy_exact), 0), 0),
                    coalesce(cardinality(got), 0) < coalesce(cardinality(fy_exact), 0), strat);
                -- the whole feed (retrieval at 3k, re-ranking, reasons)
                t0 := clock_timestamp();
                PERFORM count(*) FROM public.for_you(reader, tenant, kk, ARRAY[sel.tag]);
                ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
                INSERT INTO bench_runs VALUES ('feed', sel.label, kk, qi, ms, NULL, NULL);
            END LOOP;
        END LOOP;
    END LOOP;
END
$$;

SELECT json_build_object(
    'method', method, 'eligibility', eligibility, 'k', k, 'queries', count(*),
    'p50_ms', round(percentile_cont(0.50) WITHIN GROUP (ORDER BY ms)::numeric, 2),
    'p95_ms', round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 2),
    'p99_ms', round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 2),
    'recall_mean', round(avg(recall)::numeric, 3),
    'recall_p5', round(percentile_cont(0.05) WITHIN GROUP (ORDER BY recall)::numeric, 3),
    'recall_min', round(min(recall)::numeric, 3),
    'short_results', count(*) FILTER (WHERE short),
    'strategies', (SELECT string_agg(x.s || ' ' || x.n, ', ' ORDER BY x.n DESC)
                   FROM (SELECT b2.strategy AS s, count(*) AS n FROM bench_runs b2
                         WHERE b2.method = bench_runs.method AND b2.eligibility = bench_runs.eligibility AND b2.k = bench_runs.k
                           AND b2.strategy IS NOT NULL GROUP BY b2.strategy) x))
FROM bench_runs
GROUP BY method, eligibility, k
ORDER BY k, array_position(ARRAY['50%', '5%', '0.5%', '0.05%'], eligibility), array_position(ARRAY['naive', 'iterative', 'exact', 'for_you', 'feed'], method);
