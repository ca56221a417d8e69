-- Per-tenant vector layout. A feed walk reads the HNSW graph nearest-first and keeps the caller's
-- tenant's items; on one index over every tenant, a tenant holding a third of the items has two of
-- every three tuples the walk reads thrown away (measured at 1M items: 5 448 of 8 908 tuples were
-- other tenants'). pgvector's advice for multi-tenant filtering is one index per tenant, so:
--   * every tenant with at least min_items embeddings gets its own partial HNSW index
--     (embeddings_hnsw_t_<tenant id as 32 hex digits>, WHERE tenant_id = '<id>');
--   * the shared index (embeddings_embedding_hnsw_idx) covers only the others
--     (WHERE tenant_id <> ALL ('{<ids with their own>}')), so no item is in two graphs;
--   * the planner picks the index whose predicate the query's "tenant_id = $1" implies (the feed's
--     queries are planned with their parameter values, see for_you_candidates), so nothing in the
--     feed names an index. Correctness never depends on them: without a usable index the same
--     query sorts (the exact path's cost).
-- Measured at 100k items (43 796 in the big tenant, a 2 000-row walk, warm): 49 ms on the shared
-- index, 25 ms on the tenant's own. halfvec(768) expression indexes were tried too and rejected:
-- the same walk took 34 ms on a halfvec partial index (the conversion of every heap vector costs
-- more than the halved reads save at this size), for recall no better.
-- Hysteresis: a tenant keeps its index until it falls below min_items / 2, so a tenant near the
-- line does not flap. At most 100 tenants get their own index: beyond that the planner no longer
-- proves "tenant_id <> ALL (...)" from "tenant_id = $1" (its limit for array predicates).
--
-- The plan is a list of statements: run them in a maintenance window with
-- platform.ensure_vector_indexes() (plain CREATE INDEX: writes to embeddings wait for each build),
-- or on a live database with CREATE INDEX CONCURRENTLY through psql:
--   SELECT statement FROM platform.vector_index_plan(concurrently => true) \gexec
CREATE FUNCTION platform.vector_index_plan(min_items integer DEFAULT 10000, concurrently boolean DEFAULT false,
                                           big_graph integer DEFAULT 100000)
RETURNS TABLE (step integer, tenant_id uuid, items bigint, action text, statement text)
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
DECLARE
    vs text := (SELECT n.nspname FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
                WHERE x.extname = 'vector');
    cc text;
    index_def constant text := 'USING hnsw (embedding %I.vector_cosine_ops) WITH (m = 16, ef_construction = %s)';
    opts text;
    opts_big text;
    shared_pred text;
    shared_exists boolean;
    shared_ids uuid[];
    own uuid[];
    want uuid[];
    c_ids uuid[];
    c_items bigint[];
    r record;
    i integer := 0;
BEGIN
    -- ("concurrently" is a keyword: qualified.)
    cc := CASE WHEN vector_index_plan.concurrently THEN 'CONCURRENTLY ' ELSE '' END;
    IF min_items IS NULL OR vector_index_plan.concurrently IS NULL OR big_graph IS NULL THEN
        RAISE EXCEPTION 'min_items, concurrently and big_graph must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF min_items < 2 OR min_items > 100000000 THEN
        RAISE EXCEPTION 'min_items must be 2 to 100000000, not %', min_items USING ERRCODE = 'invalid_parameter_value',
            HINT = 'A tenant gets its own vector index from this many embeddings on (default 10000).';
    END IF;
    IF big_graph < 2 OR big_graph > 100000000 THEN
        RAISE EXCEPTION 'big_graph must be 2 to 100000000, not %', big_graph USING ERRCODE = 'invalid_parameter_value',
            HINT = 'An index of this many embeddings or more is built with ef_construction 128 (default 100000).';
    END IF;
    -- m = 16 everywhere; ef_construction 64 (pgvector's default) for graphs under big_graph
    -- items (default 100 000), 128 from there on. The build searches each new item's neighbours
    -- among ef_construction candidates; in a big graph of clustered vectors 64 leaves it too
    -- poorly connected for the walk's first batch to find the best items of a dense topic.
    -- Measured on 368 000 vectors of the demo's large tenant distribution (24 topics, isotropic
    -- noise), 20 queries, k = 10: recall@10 at ef_search 400 0.960 -> 0.985, at ef_search 100
    -- 0.835 (one query 0) -> 0.905, for a build of 329 s instead of 193 s. At 44 000 items 64
    -- already reaches 0.99.
    opts := pg_catalog.format(index_def, vs, 64);
    opts_big := pg_catalog.format(index_def, vs, 128);
    -- The tenants that have their own index now (by name and predicate).
    own := ARRAY(SELECT (pg_catalog.regexp_match(pg_catalog.pg_get_expr(x.indpred, x.indrelid),
                                             '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'))[1]::uuid
                 FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class c ON c.oid = x.indexrelid
                 WHERE x.indrelid = 'public.embeddings'::pg_catalog.regclass AND c.relname ~ '^embeddings_hnsw_t_[0-9a-f]{32}$');
    SELECT true, pg_catalog.pg_get_expr(x.indpred, x.indrelid) INTO shared_exists, shared_pred
    FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class c ON c.oid = x.indexrelid
    WHERE x.indrelid = 'public.embeddings'::pg_catalog.regclass AND c.relname = 'embeddings_embedding_hnsw_idx';
    shared_ids := ARRAY(SELECT m[1]::uuid FROM pg_catalog.regexp_matches(COALESCE(shared_pred, ''),
                        '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})', 'g') AS m ORDER BY 1);
    -- Who should have one: min_items or more, or min_items / 2 or more and has one already; the
    -- 100 biggest at most.
    SELECT pg_catalog.array_agg(g.tenant_id), pg_catalog.array_agg(g.n) INTO c_ids, c_items
    FROM (SELECT e.tenant_id, pg_catalog.count(*) AS n FROM public.embeddings e GROUP BY e.tenant_id) AS g;
    want := ARRAY(SELECT w.tenant_id FROM (
                      SELECT v.tenant_id, v.items FROM unnest(c_ids, c_items) AS v (tenant_id, items)
                      WHERE v.items >= min_items OR (v.items >= min_items / 2 AND v.tenant_id = ANY (own))
                      ORDER BY v.items DESC, v.tenant_id LIMIT 100) AS w
                  ORDER BY w.tenant_id);
    -- 1. Own indexes for tenants that should have one.
    FOR r IN SELECT w.t, COALESCE(v.items, 0) AS items FROM unnest(want) AS w (t)
             LEFT JOIN unnest(c_ids, c_items) AS v (tenant_id, items) ON v.tenant_id = w.t
             WHERE w.t <> ALL (own) ORDER BY v.items DESC, w.t LOOP
        i := i + 1;
        step := i; tenant_id := r.t; items := r.items; action := 'create tenant index';
        statement := pg_catalog.format('CREATE INDEX %sIF NOT EXISTS %I ON public.embeddings %s WHERE tenant_id = %L::uuid',
                                       cc, 'embeddings_hnsw_t_' || pg_catalog.replace(r.t::text, '-', ''),
                                       CASE WHEN r.items >= big_graph THEN opts_big ELSE opts END, r.t);
        RETURN NEXT;
    END LOOP;
    -- 2. The shared index, for everyone else: built anew (next to the old one, then swapped) when
    --    the set of tenants it leaves out changes, or when it is missing.
    IF shared_exists IS NULL OR shared_ids IS DISTINCT FROM want THEN
        i := i + 1;
        step := i; tenant_id := NULL; items := (SELECT COALESCE(pg_catalog.sum(v.items), 0)::bigint FROM unnest(c_ids, c_items) AS v (tenant_id, items)
                                                WHERE v.tenant_id <> ALL (want));
        action := 'build shared index';
        statement := pg_catalog.format('CREATE INDEX %sIF NOT EXISTS embeddings_embedding_hnsw_idx_next ON public.embeddings %s%s',
                                       cc, CASE WHEN items >= big_graph THEN opts_big ELSE opts END,
                                       CASE WHEN pg_catalog.cardinality(want) > 0
                                                      THEN pg_catalog.format(' WHERE tenant_id <> ALL (%L::uuid[])', want) ELSE '' END);
        RETURN NEXT;
        IF shared_exists THEN
            i := i + 1;
            step := i; action := 'drop old shared index';
            statement := pg_catalog.format('DROP INDEX %sIF EXISTS public.embeddings_embedding_hnsw_idx', cc);
            RETURN NEXT;
        END IF;
        i := i + 1;
        step := i; action := 'rename shared index';
        statement := 'ALTER INDEX public.embeddings_embedding_hnsw_idx_next RENAME TO embeddings_embedding_hnsw_idx';
        RETURN NEXT;
    END IF;
    -- 3. Own indexes of tenants that no longer need one (the shared index covers them again), or
    --    that are gone.
    FOR r IN SELECT o.t, COALESCE(v.items, 0) AS items FROM unnest(own) AS o (t)
             LEFT JOIN unnest(c_ids, c_items) AS v (tenant_id, items) ON v.tenant_id = o.t
             WHERE o.t <> ALL (want) ORDER BY o.t LOOP
        i := i + 1;
        step := i; tenant_id := r.t; items := r.items; action := 'drop tenant index';
        statement := pg_catalog.format('DROP INDEX %sIF EXISTS public.%I', cc, 'embeddings_hnsw_t_' || pg_catalog.replace(r.t::text, '-', ''));
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION platform.vector_index_plan(integer, boolean, integer) IS
    'The statements that bring the embeddings'' vector indexes to the per-tenant layout: an own HNSW index for every tenant with at least min_items embeddings (kept down to min_items / 2, at most 100 tenants), one shared index for the others; an index of big_graph embeddings or more (default 100000) is built with ef_construction 128, the others with 64 (m = 16). Existing indexes are kept as they are. concurrently => true gives CREATE/DROP INDEX CONCURRENTLY for a live database (run them with psql \gexec). Empty when the layout is current.';

CREATE FUNCTION platform.ensure_vector_indexes(min_items integer DEFAULT 10000, big_graph integer DEFAULT 100000)
RETURNS TABLE (step integer, tenant_id uuid, items bigint, action text, statement text)
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    r record;
BEGIN
    PERFORM platform.require_primary('platform.ensure_vector_indexes');  -- 25006 with a hint on a standby
    -- One at a time: two concurrent runs would build the same indexes twice.
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('platform.ensure_vector_indexes'));
    FOR r IN SELECT * FROM platform.vector_index_plan(min_items, false, big_graph) AS p ORDER BY p.step LOOP
        EXECUTE r.statement;
        IF r.action = 'rename shared index' THEN
            COMMENT ON INDEX public.embeddings_embedding_hnsw_idx IS
                'HNSW index of the embeddings of every tenant without an own index (platform.ensure_vector_indexes).';
        ELSIF r.action = 'create tenant index' THEN
            EXECUTE pg_catalog.format('COMMENT ON INDEX public.%I IS %L', 'embeddings_hnsw_t_' || pg_catalog.replace(r.tenant_id::text, '-', ''),
                                      'HNSW index of tenant ' || r.tenant_id || '''s embeddings (platform.ensure_vector_indexes).');
        END IF;
        step := r.step; tenant_id := r.tenant_id; items := r.items; action := r.action; statement := r.statement;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION platform.ensure_vector_indexes(integer, integer) IS
    'Carries out platform.vector_index_plan(min_items, big_graph => big_graph) in the caller''s transaction (plain CREATE INDEX: writes to embeddings wait for each build) and returns the steps taken. For the owner; run it after bulk loads or in a maintenance window.';

-- Per-tag vector layout, for tags too big for the exact path. The exact path reads a tag's
-- half-precision vectors from platform.tag_vectors, ~1 us per tagged item: a tag of 20 000 items
-- costs ~20 ms, and a walk of the tenant's graph reads ~1 / (the tag's share) tuples per kept
-- item. So every tag with at least min_links links whose items have embeddings gets its own
-- partial HNSW index on platform.tag_vectors (tag_vectors_hnsw_<tag id as 32 hex digits>,
-- WHERE tag_id = '<id>'), over the half-precision copy: a walk there meets only the tag's items,
-- wherever they lie. Measured at 100k items, 20 queries: the 50 % tag (21 892 items), n = 100,
-- ef_search 200: 1.7 ms p50, recall 0.996 (the tenant's graph: ~9 ms). Not a way out for an
-- anti-correlated tag after all: a query far from all of a tag's items is ill-conditioned for a
-- graph (at 1M items, 44 152 tagged, ef_search 1 000: recall 0.4), so for_you_candidates keeps
-- such a tag on the exact path.
-- Builds: 1.6 s for 5 255 items, 7 s for 21 892. The price is on writes: every tag link of a big
-- tag is an HNSW insert (as every embedding already is). Same hysteresis as the tenants' (kept
-- down to min_links / 2); at most 200 tags.
CREATE FUNCTION platform.tag_vector_index_plan(min_links integer DEFAULT 20000, concurrently boolean DEFAULT false)
RETURNS TABLE (step integer, tag_id uuid, links bigint, action text, statement text)
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
DECLARE
    vs text := (SELECT n.nspname FROM pg_catalog.pg_extension x JOIN pg_catalog.pg_namespace n ON n.oid = x.extnamespace
                WHERE x.extname = 'vector');
    cc text;
    own uuid[];
    r record;
    idx text;
    i integer := 0;
BEGIN
    IF min_links IS NULL OR tag_vector_index_plan.concurrently IS NULL THEN
        RAISE EXCEPTION 'min_links and concurrently must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF min_links < 2 OR min_links > 100000000 THEN
        RAISE EXCEPTION 'min_links must be 2 to 100000000, not %', min_links USING ERRCODE = 'invalid_parameter_value',
            HINT = 'A tag gets its own vector index from this many links with embeddings on (default 20000).';
    END IF;
    cc := CASE WHEN tag_vector_index_plan.concurrently THEN 'CONCURRENTLY ' ELSE '' END;
    own := ARRAY(SELECT (pg_catalog.regexp_match(pg_catalog.pg_get_expr(x.indpred, x.indrelid),
                                             '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'))[1]::uuid
                 FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class c ON c.oid = x.indexrelid
                 WHERE x.indrelid = 'platform.tag_vectors'::pg_catalog.regclass AND c.relname ~ '^tag_vectors_hnsw_[0-9a-f]{32}$');
    -- Who should have one: min_links or more, or min_links / 2 or more and has one already; the
    -- 200 biggest at most. Then who has one and should not (or whose tag is gone).
    FOR r IN
        WITH sizes AS (SELECT tv.tag_id AS t, pg_catalog.count(*) AS n FROM platform.tag_vectors tv GROUP BY tv.tag_id),
             want AS (SELECT s.t, s.n FROM sizes s
                      WHERE s.n >= min_links OR (s.n >= min_links / 2 AND s.t = ANY (own))
                      ORDER BY s.n DESC, s.t LIMIT 200)
        SELECT w.t, w.n, true AS create_it FROM want w WHERE w.t <> ALL (own)
        UNION ALL
        SELECT o.t, COALESCE(s.n, 0), false FROM unnest(own) AS o (t) LEFT JOIN sizes s ON s.t = o.t
        WHERE NOT EXISTS (SELECT 1 FROM want w WHERE w.t = o.t)
        ORDER BY 3 DESC, 2 DESC, 1
    LOOP
        i := i + 1;
        step := i; tag_id := r.t; links := r.n;
        idx := 'tag_vectors_hnsw_' || pg_catalog.replace(r.t::text, '-', '');
        IF r.create_it THEN
            action := 'create tag index';
            statement := pg_catalog.format('CREATE INDEX %sIF NOT EXISTS %I ON platform.tag_vectors USING hnsw (embedding %I.halfvec_cosine_ops) '
                                           'WITH (m = 16, ef_construction = %s) WHERE tag_id = %L::uuid',
                                           cc, idx, vs,
                                           CASE WHEN r.n >= 100000 THEN 128 ELSE 64 END, r.t);
        ELSE
            action := 'drop tag index';
            statement := pg_catalog.format('DROP INDEX %sIF EXISTS platform.%I', cc, idx);
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION platform.tag_vector_index_plan(integer, boolean) IS
    'The statements that give every tag with at least min_links links with embeddings (default 20000; kept down to min_links / 2, at most 200 tags) its own HNSW index on platform.tag_vectors (for_you_candidates walks it for tags too big for the exact path), and drop the ones no longer needed. concurrently => true gives CREATE/DROP INDEX CONCURRENTLY for a live database (run them with psql \gexec). Empty when the layout is current.';

CREATE FUNCTION platform.ensure_tag_vector_indexes(min_links integer DEFAULT 20000)
RETURNS TABLE (step integer, tag_id uuid, links bigint, action text, statement text)
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    r record;
    mwm text;                   -- the caller's maintenance_work_mem, once a build began
BEGIN
    PERFORM platform.require_primary('platform.ensure_tag_vector_indexes');  -- 25006 with a hint on a standby
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('platform.ensure_tag_vector_indexes'));
    FOR r IN SELECT * FROM platform.tag_vector_index_plan(min_links, false) AS p ORDER BY p.step LOOP
        -- pgvector builds the graph in memory while it fits in maintenance_work_mem (~3 kB per
        -- half-precision element at m = 16), many times slower on disk past that: sized to the
        -- tag (64 MB to 4 GB), the caller's setting restored after.
        IF r.action = 'create tag index' THEN
            -- CREATE INDEX refuses a table with pending trigger events: rows this transaction
            -- wrote to tag_vectors (the demo generator's) wait on their deferred foreign key to
            -- embeddings. Check them now (a violation would fail the commit anyway); deferred again
            -- after, its declared mode.
            IF mwm IS NULL THEN
                SET CONSTRAINTS platform.tag_vectors_embedding_fkey IMMEDIATE;
                mwm := pg_catalog.current_setting('maintenance_work_mem');
            END IF;
            PERFORM pg_catalog.set_config('maintenance_work_mem', LEAST(GREATEST(r.links * 3 / 1024, 64), 4096)::text || 'MB', true);
        END IF;
        EXECUTE r.statement;
        IF r.action = 'create tag index' THEN
            EXECUTE pg_catalog.format('COMMENT ON INDEX platform.%I IS %L', 'tag_vectors_hnsw_' || pg_catalog.replace(r.tag_id::text, '-', ''),
                                      'HNSW index of tag ' || r.tag_id || '''s vectors (platform.ensure_tag_vector_indexes).');
        END IF;
        step := r.step; tag_id := r.tag_id; links := r.links; action := r.action; statement := r.statement;
        RETURN NEXT;
    END LOOP;
    IF mwm IS NOT NULL THEN
        PERFORM pg_catalog.set_config('maintenance_work_mem', mwm, true);
        SET CONSTRAINTS platform.tag_vectors_embedding_fkey DEFERRED;
    END IF;
END
$$;
COMMENT ON FUNCTION platform.ensure_tag_vector_indexes(integer) IS
    'Carries out platform.tag_vector_index_plan(min_links) in the caller''s transaction (plain CREATE INDEX: writes to tag_vectors wait for each build) and returns the steps taken. For the owner; run it after bulk loads or in a maintenance window.';
