-- Retrieval benchmark, run inside the server (same session, warm cache). For every eligibility
-- level, k and query vector: the latency of
--   naive      ORDER BY embedding <=> q LIMIT k with the tag filter, pgvector defaults
--   iterative  the same with hnsw.iterative_scan = relaxed_order
--   exact      the exact filtered top-k (sequential distances)
--   for_you    platform.for_you_candidates (the feed's strategy), and
--   feed       public.for_you end to end (re-ranking, reasons), as the service role
-- and the recall@k of each against the exact answer of the same filter (for for_you also the
-- distance of its k-th item over the exact k-th: at 1M clustered items the top-k lie within ~1 %
-- of each other, and a "miss" is usually a near-tie). Output: one JSON row per (method,
-- eligibility, k) with latencies in ms.
--
-- The cell "anti" is the adversarial one: a tag on the 12 % of items farthest from topic 0, with
-- query vectors of topic 0 (bench/sql/setup.sql).
--
-- Per (eligibility, k), three passes over the query vectors: (1) the exact answers (timed as
-- "exact") and for_you's own exact answers; (2) every other method once, untimed, to warm the
-- caches the exact scans just churned (at 1M items they read ~4 GB of vectors, as much as
-- shared_buffers); (3) the timed calls. Timing a method right after an exact scan measured cache
-- misses, not the method.
CREATE TEMP TABLE bench_runs (method text, eligibility text, k int, q int, ms double precision, recall double precision, short boolean, strategy text,
                              kth_ratio double precision);
CREATE TEMP TABLE bench_refs (q int, exact_ids uuid[], fy_exact uuid[], fy_kth double precision);

CREATE FUNCTION pg_temp.naive(tenant uuid, tag uuid, qv vector, kk int, mode text) RETURNS uuid[] LANGUAGE plpgsql AS $$
DECLARE got uuid[];
BEGIN
    PERFORM set_config('hnsw.iterative_scan', CASE mode WHEN 'naive' THEN 'off' ELSE 'relaxed_order' END, true);
    PERFORM set_config('hnsw.ef_search', '40', true);
    SELECT array_agg(x.content_id) INTO got FROM (
        SELECT e.content_id FROM public.embeddings e
        WHERE e.tenant_id = tenant AND EXISTS (SELECT 1 FROM public.tag_links tl WHERE tl.target_type = e.content_type AND tl.target_id = e.content_id
                                               AND tl.tag_id = tag)
        ORDER BY e.embedding <=> qv LIMIT kk) x;
    PERFORM set_config('hnsw.iterative_scan', 'off', true);
    RETURN got;
END $$;

DO $$
DECLARE
    tenant uuid := platform.demo_uuid(1, 'tenant', 1);
    reader uuid := platform.demo_uuid(1, 'user', 100000021);
    sel record; kk int; qi int; qv vector; t0 timestamptz; ms double precision;
    exact_ids uuid[]; got uuid[]; eligible bigint; fy_exact uuid[]; tag uuid;
    queries int := current_setting('bench.queries')::int;
    mode text;
    strat text;
    pass int;
    kth double precision; got_kth double precision;
BEGIN
    FOR sel IN SELECT * FROM (VALUES ('50%', 'bench_p50'), ('5%', 'bench_p5'), ('0.5%', 'bench_p05'), ('0.05%', 'bench_p005'),
                                     ('anti', 'bench_anti')) AS s (label, tag) LOOP
        tag := md5('bench-' || substr(sel.tag, 7))::uuid;
        SELECT count(*) INTO eligible FROM public.tag_links WHERE tag_id = tag;
        FOREACH kk IN ARRAY ARRAY[10, 50] LOOP
            -- pass 1: the references
            TRUNCATE bench_refs;
            FOR qi IN 1 .. queries LOOP
                qv := platform.demo_vector(1, CASE sel.label WHEN 'anti' THEN 0 ELSE (qi * 7) % 24 END, 5000000 + qi, 0.5)::vector;
                t0 := clock_timestamp();
                SELECT array_agg(x.content_id) INTO exact_ids FROM (
                    SELECT e.content_id FROM public.embeddings e
                    WHERE e.tenant_id = tenant AND EXISTS (SELECT 1 FROM public.tag_links tl WHERE tl.target_type = e.content_type AND tl.target_id = e.content_id
                                                           AND tl.tag_id = tag)
                    ORDER BY (e.embedding <=> qv) + 0 LIMIT kk) x;
                ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
                INSERT INTO bench_runs VALUES ('exact', sel.label, kk, qi, ms, 1, coalesce(cardinality(exact_ids), 0) < least(kk, eligible));
                -- the feed's retrieval is compared with its own exact answer (its eligibility also checks status and dates)
                SELECT array_agg(c.content_id), max(c.distance) INTO fy_exact, kth
                FROM platform.for_you_candidates(reader, tenant, qv, ARRAY[tag], kk, 5000, true) c;
                INSERT INTO bench_refs VALUES (qi, exact_ids, fy_exact, kth);
            END LOOP;
            -- pass 2 (warm-up, untimed) and pass 3 (timed)
            FOR pass IN 2 .. 3 LOOP
                FOR qi IN 1 .. queries LOOP
                    qv := platform.demo_vector(1, CASE sel.label WHEN 'anti' THEN 0 ELSE (qi * 7) % 24 END, 5000000 + qi, 0.5)::vector;
                    SELECT r.exact_ids, r.fy_exact, r.fy_kth INTO exact_ids, fy_exact, kth FROM bench_refs r WHERE r.q = qi;
                    FOREACH mode IN ARRAY ARRAY['naive', 'iterative'] LOOP
                        t0 := clock_timestamp();
                        got := pg_temp.naive(tenant, tag, qv, kk, mode);
                        ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
                        IF pass = 3 THEN
                            INSERT INTO bench_runs VALUES (mode, sel.label, kk, qi, ms,
                                (SELECT count(*) FROM unnest(got) g WHERE g = ANY (exact_ids))::double precision / nullif(least(kk, eligible), 0),
                                coalesce(cardinality(got), 0) < least(kk, eligible));
                        END IF;
                    END LOOP;
                    t0 := clock_timestamp();
                    SELECT array_agg(c.content_id), min(c.strategy), max(c.distance) INTO got, strat, got_kth
                    FROM platform.for_you_candidates(reader, tenant, qv, ARRAY[tag], kk) c;
                    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
                    IF pass = 3 THEN
                        INSERT INTO bench_runs VALUES ('for_you', sel.label, kk, qi, ms,
                            (SELECT count(*) FROM unnest(got) g WHERE g = ANY (fy_exact))::double precision / nullif(coalesce(cardinality(fy_exact), 0), 0),
                            coalesce(cardinality(got), 0) < coalesce(cardinality(fy_exact), 0), strat, got_kth / nullif(kth, 0));
                    END IF;
                    -- the whole feed (retrieval of 2k, re-ranking, reasons)
                    t0 := clock_timestamp();
                    PERFORM count(*) FROM public.for_you(reader, tenant, kk, ARRAY[sel.tag]);
                    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
                    IF pass = 3 THEN
                        INSERT INTO bench_runs VALUES ('feed', sel.label, kk, qi, ms, NULL, NULL);
                    END IF;
                END LOOP;
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
    'kth_distance_ratio', round(avg(kth_ratio)::numeric, 4),
    'strategies', (SELECT string_agg(x.s || ' ' || x.n, ', ' ORDER BY x.n DESC)
                   FROM (SELECT b2.strategy AS s, count(*) AS n FROM bench_runs b2
                         WHERE b2.method = bench_runs.method AND b2.eligibility = bench_runs.eligibility AND b2.k = bench_runs.k
                           AND b2.strategy IS NOT NULL GROUP BY b2.strategy) x))
FROM bench_runs
GROUP BY method, eligibility, k
ORDER BY k, array_position(ARRAY['50%', '5%', '0.5%', '0.05%', 'anti'], eligibility), array_position(ARRAY['naive', 'iterative', 'exact', 'for_you', 'feed'], method);
