-- The For You feed. Pipeline (reference): a taste vector from the user's activity, preferences
-- or company profile; content vectors (embeddings) filtered by tags, tenant and status; cosine
-- similarity; rank; return.
--
-- These functions run with the CALLER's rights, so row-level security decides what they can see:
-- an authenticated caller never gets a row they could not read directly. They name the vector
-- type and its <=> operator, whose schema differs by layout (public, or extensions on Supabase),
-- so their search_path is set at install time to pg_catalog, <vector's schema>, pg_temp (end of
-- this file); every table is schema-qualified.

-- The canonical text an item's embedding is computed from: title, description, sorted tag names.
CREATE FUNCTION platform.content_canonical_text(content_type text, content_id uuid) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
DECLARE
    body text;
BEGIN
    body := CASE content_type
        WHEN 'programme' THEN (SELECT p.title || E'\n' || COALESCE(p.summary, '') || E'\n' || COALESCE(p.description, '') FROM public.programmes p WHERE p.id = content_id)
        WHEN 'course'    THEN (SELECT c.title || E'\n' || COALESCE(c.description, '') FROM public.courses c WHERE c.id = content_id)
        WHEN 'event'     THEN (SELECT e.title || E'\n' || COALESCE(e.description, '') || E'\n' || e.event_type FROM public.events e WHERE e.id = content_id)
        WHEN 'resource'  THEN (SELECT r.title || E'\n' || COALESCE(r.description, '') || E'\n' || r.resource_type FROM public.resources r WHERE r.id = content_id)
    END;
    IF body IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN body || E'\n' || COALESCE((SELECT pg_catalog.string_agg(t.name, ',' ORDER BY t.name)
                                      FROM public.tag_links tl JOIN public.tags t ON t.id = tl.tag_id
                                      WHERE tl.target_type = content_type AND tl.target_id = content_id), '');
END
$$;
COMMENT ON FUNCTION platform.content_canonical_text(text, uuid) IS
    'The canonical text of a programme, course, event or resource (title, description, sorted tags) that its embedding is computed from; NULL if it does not exist.';

-- Work queue of the external embedding job (Gemini text-embedding-004): content with no
-- embedding, or whose canonical text changed since its embedding was computed.
CREATE FUNCTION platform.stale_embeddings(lim integer DEFAULT 100)
RETURNS TABLE (content_type text, content_id uuid, tenant_id uuid, canonical_text text, input_hash text, has_embedding boolean)
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
    IF lim IS NULL OR lim < 1 OR lim > 10000 THEN
        RAISE EXCEPTION 'lim must be 1 to 10000, not %', lim USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT x.ct, x.id, x.tid, x.txt, platform.content_hash(x.txt), e.content_id IS NOT NULL
    FROM (SELECT c.ct, c.id, c.tid, platform.content_canonical_text(c.ct, c.id) AS txt
          FROM (SELECT 'programme'::text AS ct, p.id, p.tenant_id AS tid FROM public.programmes p WHERE p.status <> 'archived'
                UNION ALL SELECT 'course', c.id, c.tenant_id FROM public.courses c WHERE c.status <> 'archived'
                UNION ALL SELECT 'event', v.id, v.tenant_id FROM public.events v WHERE v.status <> 'archived'
                UNION ALL SELECT 'resource', r.id, r.tenant_id FROM public.resources r WHERE r.status <> 'archived') AS c) AS x
    LEFT JOIN public.embeddings e ON e.content_type = x.ct AND e.content_id = x.id
    WHERE e.content_id IS NULL OR e.input_hash <> platform.content_hash(x.txt)
    ORDER BY e.content_id IS NOT NULL, x.ct, x.id
    LIMIT lim;
END
$$;
COMMENT ON FUNCTION platform.stale_embeddings(integer) IS
    'Content whose embedding is missing or stale (its canonical text hash differs from embeddings.input_hash): the work queue of the embedding job. Missing ones first.';

-- Store an embedding computed by the job; refuses a wrong dimension or a stale input hash.
CREATE FUNCTION platform.upsert_embedding(content_type text, content_id uuid, embedding real[], input_hash text) RETURNS uuid
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    canonical text := platform.content_canonical_text(upsert_embedding.content_type, upsert_embedding.content_id);
    tid uuid;
    new_id uuid;
BEGIN
    PERFORM platform.require_primary('platform.upsert_embedding');  -- 25006 with a hint on a standby
    IF content_type IS NULL OR content_id IS NULL OR embedding IS NULL OR input_hash IS NULL THEN
        RAISE EXCEPTION 'content_type, content_id, embedding and input_hash must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF canonical IS NULL THEN
        RAISE EXCEPTION '% % does not exist', content_type, content_id USING ERRCODE = 'no_data_found';
    END IF;
    IF pg_catalog.cardinality(embedding) <> 768 THEN
        RAISE EXCEPTION 'embedding has % dimensions, expected 768', pg_catalog.cardinality(embedding)
            USING ERRCODE = 'data_exception', HINT = 'Use Gemini text-embedding-004 (768 dimensions).';
    END IF;
    IF input_hash <> platform.content_hash(canonical) THEN
        RAISE EXCEPTION 'stale embedding: % % changed after its text was hashed', content_type, content_id
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Take the current text and hash from platform.stale_embeddings() and embed again.';
    END IF;
    tid := CASE content_type
        WHEN 'programme' THEN (SELECT p.tenant_id FROM public.programmes p WHERE p.id = content_id)
        WHEN 'course' THEN (SELECT c.tenant_id FROM public.courses c WHERE c.id = content_id)
        WHEN 'event' THEN (SELECT e.tenant_id FROM public.events e WHERE e.id = content_id)
        WHEN 'resource' THEN (SELECT r.tenant_id FROM public.resources r WHERE r.id = content_id) END;
    INSERT INTO public.embeddings AS e (tenant_id, content_type, content_id, embedding, input_hash)
    VALUES (tid, upsert_embedding.content_type, upsert_embedding.content_id, upsert_embedding.embedding, upsert_embedding.input_hash)
    ON CONFLICT (content_type, content_id) DO UPDATE
        SET embedding = EXCLUDED.embedding, input_hash = EXCLUDED.input_hash, tenant_id = EXCLUDED.tenant_id
    RETURNING e.id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION platform.upsert_embedding(text, uuid, real[], text) IS
    'Stores a content embedding (768 dimensions) computed from the text whose hash is input_hash; refuses a wrong dimension (22000) or a stale hash (22023).';

-- How often an item was acted on in its tenant recently. SECURITY DEFINER because a member may
-- read only their own activities; it returns only a count, never who did what.
CREATE FUNCTION platform.content_popularity(p_tenant uuid, p_type text, p_id uuid, days integer DEFAULT 90) RETURNS bigint
LANGUAGE plpgsql STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    -- One definition of popularity: the batch form below, for a single item.
    RETURN (SELECT b.activity_count FROM platform.content_popularity_batch(p_tenant, ARRAY[p_type], ARRAY[p_id], days) AS b);
END
$$;
COMMENT ON FUNCTION platform.content_popularity(uuid, text, uuid, integer) IS
    'Number of activities on an item in its tenant over the last days (default 90): the popularity signal of the For You feed. API callers may ask only about their own tenants (42501).';

-- The same for a whole candidate list in one call (the feed scores up to 2k candidates; one
-- SECURITY DEFINER call per candidate cost ~40 us each).
CREATE FUNCTION platform.content_popularity_batch(p_tenant uuid, p_types text[], p_ids uuid[], days integer DEFAULT 90)
RETURNS TABLE (content_type text, content_id uuid, activity_count bigint)
LANGUAGE plpgsql STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    -- A definer function is an API of its own: only the caller's own tenants (42501), bounded input.
    PERFORM platform.assert_tenant_member(p_tenant);
    IF p_types IS NULL OR p_ids IS NULL OR days IS NULL THEN
        RAISE EXCEPTION 'p_types, p_ids and days must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF pg_catalog.cardinality(p_types) <> pg_catalog.cardinality(p_ids) THEN
        RAISE EXCEPTION 'p_types and p_ids must have the same length' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF pg_catalog.cardinality(p_ids) > 10000 THEN
        RAISE EXCEPTION 'at most 10000 items per call, not %', pg_catalog.cardinality(p_ids)
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Split the list; the feed asks for at most 2000.';
    END IF;
    IF days < 1 OR days > 3650 THEN
        RAISE EXCEPTION 'days must be 1 to 3650, not %', days USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT k.t, k.i,
           (SELECT pg_catalog.count(*) FROM public.activities a
            WHERE a.target_type = k.t AND a.target_id = k.i AND a.tenant_id = p_tenant
              AND a.occurred_at > pg_catalog.now() - pg_catalog.make_interval(days => days) AND a.occurred_at <= pg_catalog.now())
    FROM unnest(p_types, p_ids) AS k (t, i);
END
$$;
COMMENT ON FUNCTION platform.content_popularity_batch(uuid, text[], uuid[], integer) IS
    'content_popularity for many items at once (parallel arrays of content types and ids, at most 10000): one row per item with its activity count in the tenant over the last days (1 to 3650, default 90). API callers may ask only about their own tenants (42501).';

-- The share of a tenant's content that carries one of the tags, from planner statistics only
-- (most-common values of tag_links.tag_id and embeddings.tenant_id, and reltuples):
-- microseconds, no scan. NULL when the statistics do not know (a rare tag, a small tenant, never
-- analyzed). SECURITY DEFINER because pg_statistic is readable by superusers only; it
-- returns one number about the tenant's own tags.
CREATE FUNCTION platform.tag_share_estimate(p_tenant uuid, p_tags uuid[]) RETURNS double precision
LANGUAGE plpgsql STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    tag_freq double precision;
    tenant_freq double precision;
    links double precision := (SELECT c.reltuples FROM pg_catalog.pg_class c WHERE c.oid = 'public.tag_links'::pg_catalog.regclass);
    items double precision := (SELECT c.reltuples FROM pg_catalog.pg_class c WHERE c.oid = 'public.embeddings'::pg_catalog.regclass);
BEGIN
    PERFORM platform.assert_tenant_member(p_tenant);
    IF pg_catalog.cardinality(p_tags) > 10000 THEN
        RAISE EXCEPTION 'at most 10000 tags per call, not %', pg_catalog.cardinality(p_tags) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The most-common-values slot (stakind 1) of each column, read from pg_statistic itself: the
    -- pg_stats view decodes every column's statistics and checks privileges row by row (2-11 ms
    -- per call, measured; this reads two rows, ~0.1 ms). pg_statistic is for superusers; where
    -- the extension's owner is not one (Supabase's postgres), the view it is.
    IF NOT pg_catalog.has_table_privilege('pg_catalog.pg_statistic', 'SELECT') THEN
        SELECT pg_catalog.sum(m.f) INTO tag_freq
        FROM pg_catalog.pg_stats s, unnest(s.most_common_vals::text::uuid[], s.most_common_freqs) AS m (v, f)
        WHERE s.schemaname = 'public' AND s.tablename = 'tag_links' AND s.attname = 'tag_id' AND m.v = ANY (p_tags);
        SELECT m.f INTO tenant_freq
        FROM pg_catalog.pg_stats s, unnest(s.most_common_vals::text::uuid[], s.most_common_freqs) AS m (v, f)
        WHERE s.schemaname = 'public' AND s.tablename = 'embeddings' AND s.attname = 'tenant_id' AND m.v = p_tenant;
    ELSE
    SELECT pg_catalog.sum(m.f) INTO tag_freq
    FROM pg_catalog.pg_statistic s
    JOIN pg_catalog.pg_attribute a ON a.attrelid = s.starelid AND a.attnum = s.staattnum,
         unnest(CASE 1 WHEN s.stakind1 THEN s.stavalues1 WHEN s.stakind2 THEN s.stavalues2 WHEN s.stakind3 THEN s.stavalues3
                       WHEN s.stakind4 THEN s.stavalues4 WHEN s.stakind5 THEN s.stavalues5 END::text::uuid[],
                CASE 1 WHEN s.stakind1 THEN s.stanumbers1 WHEN s.stakind2 THEN s.stanumbers2 WHEN s.stakind3 THEN s.stanumbers3
                       WHEN s.stakind4 THEN s.stanumbers4 WHEN s.stakind5 THEN s.stanumbers5 END) AS m (v, f)
    WHERE s.starelid = 'public.tag_links'::pg_catalog.regclass AND a.attname = 'tag_id' AND NOT s.stainherit AND m.v = ANY (p_tags);
    SELECT m.f INTO tenant_freq
    FROM pg_catalog.pg_statistic s
    JOIN pg_catalog.pg_attribute a ON a.attrelid = s.starelid AND a.attnum = s.staattnum,
         unnest(CASE 1 WHEN s.stakind1 THEN s.stavalues1 WHEN s.stakind2 THEN s.stavalues2 WHEN s.stakind3 THEN s.stavalues3
                       WHEN s.stakind4 THEN s.stavalues4 WHEN s.stakind5 THEN s.stavalues5 END::text::uuid[],
                CASE 1 WHEN s.stakind1 THEN s.stanumbers1 WHEN s.stakind2 THEN s.stanumbers2 WHEN s.stakind3 THEN s.stanumbers3
                       WHEN s.stakind4 THEN s.stanumbers4 WHEN s.stakind5 THEN s.stanumbers5 END) AS m (v, f)
    WHERE s.starelid = 'public.embeddings'::pg_catalog.regclass AND a.attname = 'tenant_id' AND NOT s.stainherit AND m.v = p_tenant;
    END IF;
    IF tag_freq IS NULL OR tenant_freq IS NULL OR links <= 0 OR items <= 0 THEN
        RETURN NULL;
    END IF;
    RETURN LEAST(tag_freq * links / (tenant_freq * items), 1.0);
END
$$;
COMMENT ON FUNCTION platform.tag_share_estimate(uuid, uuid[]) IS
    'Estimated share (0..1) of a tenant''s embedded content that carries one of the tags, from planner statistics; NULL when unknown. Used by for_you_candidates to recognise tag filters anti-correlated with the query. API callers may ask only about their own tenants (42501).';

-- An API caller reads only their own feed, in a tenant they are an active member of (42501
-- otherwise); a privileged caller (platform.caller_role()) may ask for anyone's.
CREATE FUNCTION platform.assert_feed_access(p_user uuid, p_tenant uuid) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
    IF p_user IS NULL OR p_tenant IS NULL THEN
        RAISE EXCEPTION 'user_id and tenant_id must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT platform.caller_is_privileged() AND auth.uid() IS DISTINCT FROM p_user THEN
        RAISE EXCEPTION 'you may only read your own feed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM platform.assert_tenant_member(p_tenant);
END
$$;
COMMENT ON FUNCTION platform.assert_feed_access(uuid, uuid) IS
    'Raises 42501 unless the caller is privileged, or is p_user and an active member of p_tenant (22004 for NULLs). Checked by for_you and for_you_candidates.';

-- The taste vector of a user in a tenant, with where it came from: their computed embedding;
-- else the centroid of their preference topics' tags; else of their companies' sector and
-- challenges; else none (the feed falls back to popularity).
CREATE FUNCTION platform.for_you_taste(p_user uuid, p_tenant uuid, OUT taste vector, OUT source text)
LANGUAGE plpgsql STABLE
AS $$
BEGIN
    SELECT ue.embedding INTO taste FROM public.user_embeddings ue WHERE ue.user_id = p_user AND ue.tenant_id = p_tenant;
    IF taste IS NOT NULL THEN
        source := 'activity';
        RETURN;
    END IF;
    SELECT avg(t.embedding) INTO taste
    FROM public.user_preferences up JOIN public.tags t ON t.tenant_id = up.tenant_id AND t.name = ANY (up.topics)
    WHERE up.user_id = p_user AND up.tenant_id = p_tenant AND t.embedding IS NOT NULL;
    IF taste IS NOT NULL THEN
        source := 'preferences';
        RETURN;
    END IF;
    SELECT avg(t.embedding) INTO taste
    FROM public.tags t
    WHERE t.tenant_id = p_tenant AND t.embedding IS NOT NULL
      AND t.name IN (SELECT x FROM public.company_staff cs JOIN public.companies c ON c.id = cs.company_id,
                            LATERAL unnest(c.challenges || c.sector) AS x
                     WHERE cs.user_id = p_user AND c.tenant_id = p_tenant AND cs.status = 'active');
    source := CASE WHEN taste IS NOT NULL THEN 'company' ELSE 'popularity' END;
END
$$;
COMMENT ON FUNCTION platform.for_you_taste(uuid, uuid) IS
    'Taste vector for the For You feed: user_embeddings, else the centroid of the preference topics'' tags, else of the user''s companies'' sector and challenges tags, else NULL (source popularity).';

-- Retrieval: up to n eligible items nearest to q (exact distances, nearest first).
--   * eligibility: the tenant, published, events not yet started, programmes enrolling now or
--     self-paced, courses of published programmes; tagged with one of tag_ids (if given);
--     excluding what the user already enrolled in, completed, attended, saved or dismissed;
--   * strategy: a bounded count of the driving rows (tag links, or the tenant's embeddings)
--     estimates how many items can be eligible. Up to exact_threshold: an exact scan (recall 1).
--     Above: the HNSW index with pgvector's iterative scan (relaxed order), over-fetching 1.5n,
--     then exact re-sorting; if that comes back short, the exact scan. The hnsw.* settings are
--     the function's own SET clauses, so nothing leaks into the caller's session.
--   * cost: the status/date checks ("eligible") are applied *above* the distance order, fenced
--     by OFFSET 0, so they run only for the candidates actually consumed (about n / 0.7 index
--     probes) instead of for every row the tag filter lets through. Each check is itself fenced
--     by OFFSET 0: otherwise the planner, expecting thousands of calls, turns the EXISTS into
--     hashed subplans that read every published course, event and resource of the database on
--     each call (measured at 100k items: 54 ms -> 7 ms at 50 % eligibility, 20 -> 15 ms at 5 %).
--     The tag filter stays a plain EXISTS: the planner must be free to drive the exact scan
--     from tag_links (a semi-join) when the tag is selective.
CREATE FUNCTION platform.for_you_candidates(p_user uuid, p_tenant uuid, q vector, tag_ids uuid[], n integer,
                                            exact_threshold integer DEFAULT 50000, force_exact boolean DEFAULT false)
RETURNS TABLE (content_type text, content_id uuid, distance double precision, strategy text)
LANGUAGE plpgsql STABLE
SET hnsw.iterative_scan = 'relaxed_order'
SET hnsw.ef_search = 100
SET hnsw.max_scan_tuples = 40000
SET enable_sort = on
SET jit = off
-- An OLTP call: a parallel worker's start (~10 ms here) cost more than the exact path it would
-- share (measured at 100k items, 2 199 tagged items: 31 ms with a worker, 14.5 ms without).
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
    filter text := $f$ e.tenant_id = $1 AND e.content_id <> ALL ($7)$f$;
    -- Added only when there is a tag filter: as "($3 IS NULL OR EXISTS ...)" the planner could not
    -- turn it into a semi-join and checked every embedding of the tenant row by row (measured
    -- ~70 ms at 44 000 items instead of ~0.3 ms at 0.05 % eligibility).
    tag_filter text := $f$
        AND EXISTS (SELECT 1 FROM public.tag_links tl
                    WHERE tl.target_type = e.content_type AND tl.target_id = e.content_id AND tl.tag_id = ANY ($3))$f$;
    eligible text := $f$
        CASE x.content_type
            WHEN 'programme' THEN EXISTS (
                    SELECT 1 FROM public.programmes p
                    WHERE p.id = x.content_id AND p.status = 'published'
                      AND (p.delivery_mode = 'self_paced'
                           OR EXISTS (SELECT 1 FROM public.cohorts co
                                      WHERE co.programme_id = p.id AND co.status = 'published'
                                        AND (co.enrollment_opens_at IS NULL OR co.enrollment_opens_at <= now())
                                        AND (co.enrollment_closes_at IS NULL OR co.enrollment_closes_at > now())
                                      OFFSET 0))
                    OFFSET 0)
            WHEN 'course' THEN EXISTS (SELECT 1 FROM public.courses c JOIN public.programmes p ON p.id = c.programme_id
                                       WHERE c.id = x.content_id AND c.status = 'published' AND p.status = 'published'
                                       OFFSET 0)
            WHEN 'event' THEN EXISTS (SELECT 1 FROM public.events v
                                      WHERE v.id = x.content_id AND v.status = 'published' AND v.starts_at >= now()
                                      OFFSET 0)
            WHEN 'resource' THEN EXISTS (SELECT 1 FROM public.resources r
                                         WHERE r.id = x.content_id AND r.status = 'published'
                                         OFFSET 0)
            ELSE false END$f$;
    estimate bigint;
    -- The exact path's costs in us, measured here (the cost model below): probing an item (its
    -- row's index probe and heap page); reading a tagged item from platform.tag_vectors; re-ranking
    -- one with its full vector and status checks; starting that pass (two more planned statements).
    probe_us CONSTANT double precision := 6;
    copy_us CONSTANT double precision := 1;
    rerank_us CONSTANT double precision := 7;
    copy_start_us CONSTANT double precision := 1500;
    r_first integer;            -- exact path with a tag: items re-ranked first,
    r_big integer;              -- and read by half precision (at most),
    r_read integer;             -- this time
    total integer;
    probed integer;
    upto integer;
    need bigint;
    dn double precision;
    qh halfvec;                 -- q, l2-normalised at half precision
    c_types text[];
    c_ids uuid[];
    c_dh double precision[];
    p_types text[];
    p_ids uuid[];
    p_dists double precision[];
    excluded uuid[];
    h_types text[];
    h_ids uuid[];
    h_dists double precision[];
    m integer;                  -- a walk keeps at least m eligible items,
    w integer;                  -- and stops once the last w kept lie past the answer
    got integer;
    probe_n integer;
    scanned integer;
    tagged integer;
    share double precision;
    r record;
    strategy_label text := 'exact';
    rate double precision;
    projected double precision;
    tag_items_known bigint;     -- the tag's items in the tenant, when counted in full
    tag_items_at_least bigint := 0;  -- ... and as far as counted
    got_at_check integer := 0;  -- got at the previous cost check
    t_items double precision;   -- the tenant's items (cost model)
    idx_share double precision; -- the tenant's share of the index its walk reads
    use_walk boolean := false;
    walk_t0 timestamptz;        -- when the walk's first tuple arrived (its marginal cost per tuple)
    count_t0 timestamptz;       -- (time spent counting the tag's links is not the walk's)
    tag_graph boolean := false; -- the (one) tag has its own HNSW index (vector_indexes.sql)
    tg_ef integer;              -- ... the ef_search its walk uses
    tg_cost double precision;   -- ... and that walk's estimated cost, us
    exact_us double precision;  -- the exact path's estimated cost, us
    near_tagged integer;        -- anti-correlation check: tagged sample items nearer than the
    sampled integer;            -- tenant sample's first quartile, out of how many sampled
BEGIN
    -- Callable by API roles (for_you runs with the caller's rights): it checks what for_you checks,
    -- and bounds what would make it expensive.
    PERFORM platform.assert_feed_access(p_user, p_tenant);
    IF q IS NULL OR n IS NULL OR exact_threshold IS NULL OR force_exact IS NULL THEN
        RAISE EXCEPTION 'q, n, exact_threshold and force_exact must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF n < 1 OR n > 2000 THEN
        RAISE EXCEPTION 'n must be 1 to 2000, not %', n USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF exact_threshold < 0 OR exact_threshold > 100000 THEN
        RAISE EXCEPTION 'exact_threshold must be 0 to 100000, not %', exact_threshold USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF force_exact AND NOT platform.caller_is_privileged() THEN
        RAISE EXCEPTION 'force_exact is for the service role' USING ERRCODE = 'insufficient_privilege',
            HINT = 'It sorts every item of the tenant; API callers get the strategy the cost model picks.';
    END IF;
    -- What the user already has, once per call (instead of probing per candidate): programmes
    -- their companies applied to, courses they signed up to (enrolled or completed), events they
    -- registered for (or attended), saved and dismissed items.
    excluded := ARRAY(
        SELECT ps.programme_id FROM public.programme_signups ps JOIN public.company_staff cs ON cs.company_id = ps.company_id
        WHERE cs.user_id = p_user AND ps.tenant_id = p_tenant AND ps.status IN ('pending', 'active')
        UNION SELECT s.course_id FROM public.course_signups s WHERE s.user_id = p_user AND s.tenant_id = p_tenant
        UNION SELECT s.event_id FROM public.event_signups s WHERE s.user_id = p_user AND s.tenant_id = p_tenant
        UNION SELECT si.item_id FROM public.user_saved_items si WHERE si.user_id = p_user AND si.tenant_id = p_tenant
        UNION SELECT a.target_id FROM public.activities a
              WHERE a.user_id = p_user AND a.tenant_id = p_tenant AND a.action LIKE '%.dismissed' AND a.target_id IS NOT NULL);
    r_first := pg_catalog.ceil(n * 1.5)::integer + 20;
    -- Both walks (the tag's graph, the tenant's) keep m = 1.5n and stop on the last w = n/2 (below).
    m := LEAST(GREATEST(pg_catalog.ceil(n * 1.5)::integer, 20), 10000);
    w := GREATEST(n / 2, 20);
    -- The tenant's items, when it has its own index (vector_indexes.sql).
    t_items := (SELECT c.reltuples FROM pg_catalog.pg_class c
                WHERE c.relnamespace = 'public'::pg_catalog.regnamespace
                  AND c.relname = 'embeddings_hnsw_t_' || pg_catalog.replace(p_tenant::text, '-', ''));
    IF tag_ids IS NOT NULL THEN
        -- The tag's links, counted up to 2 000 (~0.2 ms). Beyond, for a tenant with its own
        -- index, the planner statistics' estimate is as good for the choice below as a count,
        -- which reads every link (~0.1 us each: 2 ms at 20 000, paid by every call of a 50 % tag).
        SELECT pg_catalog.count(*) INTO estimate
        FROM (SELECT 1 FROM public.tag_links tl WHERE tl.tag_id = ANY (tag_ids) AND tl.tenant_id = p_tenant LIMIT 2001) AS b;
        tag_items_at_least := estimate;
        IF estimate > 2000 THEN
            share := platform.tag_share_estimate(p_tenant, tag_ids);
            IF t_items > 0 AND share IS NOT NULL THEN
                estimate := GREATEST(pg_catalog.ceil(share * t_items)::bigint, estimate);
            ELSE
                SELECT pg_catalog.count(*) INTO estimate
                FROM (SELECT 1 FROM public.tag_links tl WHERE tl.tag_id = ANY (tag_ids) AND tl.tenant_id = p_tenant LIMIT exact_threshold + 1) AS b;
                tag_items_at_least := estimate;
                IF estimate <= exact_threshold THEN
                    tag_items_known := estimate;
                END IF;
            END IF;
        ELSE
            tag_items_known := estimate;
        END IF;
    ELSE
        SELECT pg_catalog.count(*) INTO estimate
        FROM (SELECT 1 FROM public.embeddings e WHERE e.tenant_id = p_tenant LIMIT exact_threshold + 1) AS b;
    END IF;

    -- Within exact_threshold both paths are possible: take the cheaper by estimate. Costs in us,
    -- measured here at 100k and 1M items (make bench): the exact path, with a tag, ~1 per
    -- tagged item (its half-precision vector in platform.tag_vectors' index-only scan, the
    -- distance, the top-N sort: a tag of 5 255 in 5 ms) plus ~7 per re-ranked item (an index
    -- probe, the heap fetch of its 3 kB vector, the status checks; ~1.5n + 20 of them) plus
    -- ~1 500 to start (two more planned statements), or for a small tag ~6 per tagged item by
    -- probing alone; without a tag ~6 per item of the tenant; the walk ~3 000 to start plus ~12
    -- per tuple read at 44 000 items (tag probe, status checks, the loop; more in a bigger graph,
    -- below), of which a share is eligible: the tag's share of the tenant's items x the tenant's share of the index
    -- it walks (1 with its own, see vector_indexes.sql) x ~0.7 passing the status checks. It reads
    -- until m = 1.5n are kept and the last w = n/2 are past the answer: ~2n eligible tuples. (A tag
    -- anti-correlated with q breaks the independence this assumes; the walk's own cost check
    -- below hands over to exact then.) With 6 us per tuple the model sent a 5 % tag at k = 10 to
    -- the walk: 26 ms p50 against 13.8 exact.)
    exact_us := CASE WHEN tag_ids IS NULL THEN estimate * probe_us
                     ELSE LEAST(estimate * probe_us, copy_start_us + estimate * copy_us + r_first * rerank_us) END;
    IF NOT force_exact AND estimate <= exact_threshold AND estimate > 0 THEN
        IF t_items > 0 THEN
            idx_share := 1;
        ELSE
            IF tag_ids IS NULL THEN
                t_items := estimate;
            ELSE
                SELECT pg_catalog.count(*) INTO t_items
                FROM (SELECT 1 FROM public.embeddings e WHERE e.tenant_id = p_tenant LIMIT 20001) AS b;
            END IF;
            idx_share := t_items / GREATEST((SELECT c.reltuples FROM pg_catalog.pg_class c
                                             WHERE c.oid = 'public.embeddings_embedding_hnsw_idx'::pg_catalog.regclass), t_items, 1);
        END IF;
        -- A walk's tuple costs more in a bigger graph (more hops, fewer of its pages in the CPU's
        -- caches): ~12 us at 44 000 items, ~27 us at 368 000 (both measured here), i.e. x 1.3
        -- per doubling: 12 us x (graph items / 50 000) ^ 0.4, at least 12.
        use_walk := 3000 + (m + w)
                           / GREATEST(LEAST(estimate / GREATEST(t_items, 1), 1) * idx_share * 0.7, 1e-6)
                           * 12 * GREATEST(pg_catalog.power(t_items / GREATEST(idx_share, 1e-6) / 50000.0, 0.4), 1)
                    < exact_us;
    END IF;

    -- One tag with its own HNSW index on platform.tag_vectors (a big tag: vector_indexes.sql)?
    IF NOT force_exact AND tag_ids IS NOT NULL AND pg_catalog.cardinality(tag_ids) = 1 THEN
        tag_graph := EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                             WHERE c.relnamespace = 'platform'::pg_catalog.regnamespace
                               AND c.relname = 'tag_vectors_hnsw_' || pg_catalog.replace(tag_ids[1]::text, '-', ''));
    END IF;

    -- Before a tag-filtered walk: is the tag anti-correlated with q? The walk would meet its items
    -- last, and find out only after a probe (~10 ms at 100k items) that the exact path is cheaper.
    -- Two samples of 64 rows tell it for ~1 ms: of the tag's items, how many are nearer to q than
    -- the first quartile of the tenant's items? About a quarter when the tag does not depend on
    -- q; under a sixteenth (a quarter of that; for an independent tag 3 or fewer of 64 happens
    -- about once in 55 000 calls) means the tag's items lie away from q: go exact at once. (Measured at
    -- medium, anti cell: 56 ms p95 with the probe against 23 ms for the bare exact query.)
    IF NOT force_exact AND tag_ids IS NOT NULL AND (estimate > exact_threshold OR use_walk OR tag_graph) THEN
        SELECT pg_catalog.count(*) FILTER (
                   WHERE t.d < (SELECT pg_catalog.percentile_disc(0.25) WITHIN GROUP (ORDER BY a.d)
                                FROM (SELECT (e.embedding <=> q)::double precision AS d FROM public.embeddings e
                                      WHERE e.tenant_id = p_tenant ORDER BY e.tenant_id, e.content_type LIMIT 64) AS a)),
               pg_catalog.count(*)
        INTO near_tagged, sampled
        FROM (SELECT tl.target_type, tl.target_id FROM public.tag_links tl
              WHERE tl.tag_id = ANY (tag_ids) AND tl.tenant_id = p_tenant ORDER BY tl.tag_id, tl.tenant_id LIMIT 64) AS s
        -- (Both samples follow an index (the ORDER BY): for a common tag the planner expected a
        -- sequential scan to find 64 rows at once, and read 146 000 rows of other tags first,
        -- ~15 ms at 50 %. Then one index probe per sampled link.)
        CROSS JOIN LATERAL (SELECT (e.embedding <=> q)::double precision AS d FROM public.embeddings e
                            WHERE e.content_type = s.target_type AND e.content_id = s.target_id
                              AND e.tenant_id = p_tenant) AS t;
        IF sampled >= 32 AND near_tagged * 16 < sampled THEN
            strategy_label := 'exact_by_cost';
            use_walk := false;
        END IF;
    END IF;

    -- A big tag's own graph: a walk there meets only the tag's items (recall 0.99 at 50 %, at
    -- 100k and 1M items). It is approximate, so it is taken only where the exact path costs more
    -- than twice as much, or cannot be afforded (more than exact_threshold items). Its cost, us:
    -- ~1 000 to start, ~4 per ef_search candidate, ~12 per tuple read (status checks, the loop;
    -- m / 0.7 of them), and the re-ranking of the m kept with their full vectors (measured at 100k
    -- items: the 50 % tag, n = 100, 1.7 ms for the walk). Not for a tag anti-correlated with q
    -- (the check above): a query far from every item of the tag is ill-conditioned for a graph.
    -- At 100k items (5 255 tagged) ef_search 1 000 still reached recall@50 0.98, but at 1M
    -- (44 152 tagged) the same walk returned 0.39-0.42 mean recall, p5 0 (make bench, large, at
    -- 990a0c5): such a tag takes the exact path, as before.
    -- The walk keeps eligible items by half-precision distance with the stop rule of the
    -- tenant's walk below; the n nearest by full distance among them are the answer. If it comes
    -- back with fewer than n (the scan stops at hnsw.max_scan_tuples), the exact path.
    IF tag_graph AND strategy_label <> 'exact_by_cost' THEN
        tg_ef := LEAST(GREATEST(m * 2, 200), 1000);
        tg_cost := 1000 + tg_ef * 4 + m / 0.7 * 12 + m * rerank_us;
        IF estimate > exact_threshold
           OR tg_cost * 2 < exact_us THEN
            qh := l2_normalize(q)::halfvec;
            PERFORM pg_catalog.set_config('hnsw.ef_search', tg_ef::text, true);
            PERFORM pg_catalog.set_config('enable_sort', 'off', true);
            got := 0;
            FOR r IN EXECUTE
                'SELECT x.content_type, x.content_id, x.d, (' || eligible || ') AS ok FROM (
                    SELECT tv.target_type AS content_type, tv.target_id AS content_id, (tv.embedding <=> $2)::double precision AS d
                    FROM platform.tag_vectors tv
                    WHERE tv.tag_id = $1 AND tv.tenant_id = $3 AND tv.target_id <> ALL ($4)
                    ORDER BY tv.embedding <=> $2 OFFSET 0) AS x
                 LIMIT 40000'
                USING tag_ids[1], qh, p_tenant, excluded
            LOOP
                CONTINUE WHEN NOT r.ok;
                got := got + 1;
                h_types[got] := r.content_type;
                h_ids[got] := r.content_id;
                h_dists[got] := r.d;
                IF got >= m AND got % GREATEST(w / 5, 10) = 0
                   AND (SELECT pg_catalog.min(x.d) FROM unnest(h_dists[got - w + 1 : got]) AS x (d))
                       > (SELECT x.d FROM unnest(h_dists) AS x (d) ORDER BY x.d OFFSET n - 1 LIMIT 1) THEN
                    EXIT;
                END IF;
            END LOOP;
            PERFORM pg_catalog.set_config('enable_sort', 'on', true);
            IF got >= n THEN
                -- Full distances for the kept (their eligibility is known).
                RETURN QUERY
                    SELECT e.content_type, e.content_id, (e.embedding <=> q)::double precision AS d, 'hnsw_tag'::text
                    FROM unnest(h_types, h_ids) AS u (t, i)
                    JOIN public.embeddings e ON e.content_type = u.t AND e.content_id = u.i
                    ORDER BY 3, 2 LIMIT n;
                RETURN;
            END IF;
            h_types := '{}'; h_ids := '{}'; h_dists := '{}';
            strategy_label := 'exact_fallback';
        END IF;
    END IF;

    IF NOT force_exact AND strategy_label NOT IN ('exact_by_cost', 'exact_fallback') AND (estimate > exact_threshold OR use_walk) THEN
        -- Read the tenant's items in the index's (relaxed) order, keep the eligible ones, and
        -- stop once at least m = 1.5n were kept and the last w = max(n/2, 20) kept are all
        -- farther than the current n-th nearest (the scan has moved past the answer; checked
        -- every w/5 kept); the n nearest by exact distance are the result. A large fixed
        -- over-fetch (8n, min 400) cost 4-8x at 50 % eligibility, where 2n already had mean
        -- recall >= 0.97; 1.5n with the finer check keeps it (medium, 50 %: 0.996 at n = 50,
        -- 0.989 at n = 100) and reads ~16 % fewer tuples: the feed's n = 100 walk 763 -> 642,
        -- its k = 50 feed 19.8 -> 15.4 ms p50. (m = 2n, w = n until 0.3.0's last round.)
        --
        -- But when a tag filter is anti-correlated with q (its items live in other regions of the
        -- space), the graph walk meets eligible items in a poor order and 2n is far from enough
        -- (mean recall@10 0.83, min 0.2 on 20 000 items whose tag covers the other clusters; no
        -- stop rule on distances fixes it). So the first probe_n items read double as a probe:
        -- enough to expect ~8 tagged ones at the tag's overall share (planner statistics,
        -- 40..200 items); under a quarter of that, read at least 400 eligible items ('hnsw_wide',
        -- recall 1.0 there). Reading the probe from the same scan costs nothing extra; a separate
        -- probe query was a second graph walk (~10 ms at 1M items).
        IF tag_ids IS NOT NULL THEN
            share := COALESCE(share, 0.5);
            probe_n := LEAST(GREATEST(pg_catalog.ceil(8 / GREATEST(share, 0.001))::integer, 40), 200);
        END IF;
        -- The first batch is searched with ef_search >= 400: with 100, one query of twenty at 50 %
        -- (medium, one HNSW build of several: parallel builds differ) started in a local minimum
        -- and kept 10 items none of which was among the 10 nearest (recall@10 mean 0.93, p5 0.76);
        -- with 400 every query found them (mean 1.0), at the same latency (p50 7.6 against 7.5 ms:
        -- the walk's cost is the tuples it reads, not the first batch).
        PERFORM pg_catalog.set_config('hnsw.ef_search', LEAST(GREATEST(m, 400), 1000)::text, true);
        -- A cursor is planned for all its rows, where sorting every distance looks cheaper than
        -- the index: make the planner follow the index (the function's SET restores it).
        PERFORM pg_catalog.set_config('enable_sort', 'off', true);
        got := 0;
        scanned := 0;
        tagged := 0;
        FOR r IN EXECUTE
            'SELECT x.content_type, x.content_id, x.d, x.tagged, x.tagged AND (' || eligible || ') AS ok FROM (
                SELECT e.content_type, e.content_id, (e.embedding <=> $4)::double precision AS d, '
                    || CASE WHEN tag_ids IS NULL THEN 'true' ELSE
                       '(EXISTS (SELECT 1 FROM public.tag_links tl WHERE tl.target_type = e.content_type
                                 AND tl.target_id = e.content_id AND tl.tag_id = ANY ($3) OFFSET 0))' END || ' AS tagged
                FROM public.embeddings e WHERE ' || filter || '
                ORDER BY e.embedding <=> $4 OFFSET 0) AS x
             LIMIT 40000'
            USING p_tenant, p_user, tag_ids, q, n, m, excluded
        LOOP
            scanned := scanned + 1;
            IF scanned = 1 THEN
                walk_t0 := pg_catalog.clock_timestamp();
            END IF;
            IF r.tagged THEN
                tagged := tagged + 1;
            END IF;
            IF scanned = probe_n AND tagged < share * probe_n / 4 THEN
                m := LEAST(GREATEST(m, 400), 10000);
                strategy_label := 'hnsw_wide';
            END IF;
            -- The cost check, every probe_n tuples of a tag-filtered walk: at the rate eligible
            -- items came so far, reading the m - got still needed costs the tuples still to read,
            -- each at what the walk has so far measured a tuple to cost (clock
            -- time since its first tuple, so the first batch's search is not counted: it is spent
            -- either way), at least 5.5 us (7.8 us measured at 100k items). A constant does not
            -- hold across graph sizes: at 1M items a walk's tuple cost ~27 us, and a 5 % tag with
            -- n = 100 walked 187 ms while its exact path took ~100. Against it the exact path:
            -- ~1 us per item carrying the tag plus the re-ranking (see above); `projected` is the
            -- walk's remaining cost in items the exact path could scan for it. When
            -- the walk is the dearer, stop it and go exact. The tag's items are counted once, up
            -- to exact_threshold, when the statistics do not settle the comparison, and the count's
            -- time is not charged to the walk. (Counting only as far as each check needed recounted
            -- ~20 000 links, ~2 ms, at every check of a slow walk, and that time, read as the
            -- walk's, made it look slower still: the feed's 50 % walk at medium handed over to the
            -- exact path after 9.5 ms and took 40 ms in all, against ~20 walking on.)
            -- This is what keeps an anti-correlated tag (its items far from q: the walk meets
            -- them last) from costing several times the exact path (measured: 311 ms walking
            -- 40 000 tuples to a fallback, vs 37 ms exact).
            --   The rate is the lower of the whole walk's and the last probe_n tuples' (+ 0.5 so
            -- that one empty stretch is not read as "never"): a walk leaving the region where the
            -- tag's items are thins out, and the average over its good start hid that (measured:
            -- 208 ms on the walk against ~30 ms exact, for a query whose first tuples did carry the
            -- tag).
            IF tag_ids IS NOT NULL AND scanned % probe_n = 0 AND got < m THEN
                rate := LEAST(GREATEST(got, 0.5) / scanned, (got - got_at_check + 0.5) / probe_n);
                got_at_check := got;
                projected := ((m - got) / rate
                              * GREATEST(EXTRACT(epoch FROM pg_catalog.clock_timestamp() - walk_t0) * 1e6
                                         / GREATEST(scanned - 1, 1), 5.5)
                              - copy_start_us - r_first * rerank_us) / copy_us;
                -- (Counted only when the statistics' estimate does not already settle it.)
                IF tag_items_known IS NULL AND projected > tag_items_at_least AND projected > estimate * 0.5 THEN
                    count_t0 := pg_catalog.clock_timestamp();
                    SELECT pg_catalog.count(*) INTO tag_items_at_least
                    FROM (SELECT 1 FROM public.tag_links tl WHERE tl.tag_id = ANY (tag_ids) AND tl.tenant_id = p_tenant
                          LIMIT exact_threshold + 1) AS b;
                    IF tag_items_at_least <= exact_threshold THEN
                        tag_items_known := tag_items_at_least;
                    END IF;
                    walk_t0 := walk_t0 + (pg_catalog.clock_timestamp() - count_t0);
                END IF;
                IF tag_items_known IS NOT NULL AND tag_items_known < projected THEN
                    strategy_label := 'exact_by_cost';
                    EXIT;
                END IF;
            END IF;
            CONTINUE WHEN NOT r.ok;
            got := got + 1;
            h_types[got] := r.content_type;
            h_ids[got] := r.content_id;
            h_dists[got] := r.d;
            IF got >= m AND got % GREATEST(w / 5, 10) = 0 AND scanned >= COALESCE(probe_n, 0)
               AND (SELECT pg_catalog.min(x.d) FROM unnest(h_dists[got - w + 1 : got]) AS x (d))
                   > (SELECT x.d FROM unnest(h_dists) AS x (d) ORDER BY x.d OFFSET n - 1 LIMIT 1) THEN
                EXIT;
            END IF;
        END LOOP;
        PERFORM pg_catalog.set_config('enable_sort', 'on', true);
        IF got >= n AND strategy_label <> 'exact_by_cost' THEN
            RETURN QUERY SELECT u.t, u.i, u.d, CASE WHEN strategy_label = 'hnsw_wide' THEN 'hnsw_wide' ELSE 'hnsw' END
                         FROM unnest(h_types, h_ids, h_dists) AS u (t, i, d) ORDER BY u.d LIMIT n;
            RETURN;
        END IF;
        -- Short: the filter was more selective than the index scan could get past. Go exact.
        IF strategy_label <> 'exact_by_cost' THEN
            strategy_label := 'exact_fallback';
        END IF;
    END IF;
    -- Exact, with a tag filter: the tag's items by their half-precision vectors (one index-only
    -- scan of platform.tag_vectors, ~1 us per item), the nearest re-ranked with the full
    -- vectors and checked for eligibility. Still exact: 1 minus the half-precision inner product
    -- of the two l2-normalised vectors is within eps = 0.0012 of the full cosine distance (each
    -- vector a moves by at most 2^-11 |a| when rounded, so the inner product moves by at most
    -- 2^-11 (1 + 2^-11) + 2^-11 ~ 0.00098; float sums add < 0.0001), so once the n-th eligible
    -- full distance D is known, every item whose half-precision distance is <= D + eps has been
    -- re-ranked, and none further can be nearer. (The inner product, not the cosine: the vectors
    -- are normalised already, and the cosine's two norms cost ~5 % of the read, measured at 100k
    -- items: the anti tag's 5 255 vectors 2.84 -> 2.71 ms, the 50 % tag's 22 000 14.2 -> 13.7.)
    -- Re-ranked: first 1.5n + 20 (measured: the rule asks for n / 0.7 + 10..60), then as many as
    -- the rule asks. The read keeps the nearest 3 x that by half precision, enough unless under
    -- ~half of them pass the status checks; if the rule reaches past them, the read is done once
    -- more, keeping 8 x (its first rows are the shorter read's, so what was re-ranked stands); if
    -- it reaches past those too (items packed closer than eps), the probing path below. (The read
    -- is a bounded top-N sort, dearer the more it keeps: the anti tag's 5 255 vectors at 100k
    -- items took 2.6-2.7 ms keeping 340-510, 3.2-3.5 keeping 1 360.) A small tag (under ~300
    -- items at n = 20) is cheaper probed.
    -- What the user already has is read as well (the read takes as many more) and left out when
    -- re-ranking: as "<> ALL" on every scanned row it doubled the read for a reader with 200 such
    -- items (PostgreSQL compares a parameter array element by element).
    IF tag_ids IS NOT NULL
       AND (tag_items_known IS NULL
            OR tag_items_known * probe_us > copy_start_us + tag_items_known * copy_us + r_first * rerank_us) THEN
        r_big := r_first * 8 + COALESCE(pg_catalog.cardinality(excluded), 0);
        r_read := LEAST(r_first * 3 + COALESCE(pg_catalog.cardinality(excluded), 0), r_big);
        qh := l2_normalize(q)::halfvec;
        total := -1;
        probed := 0;
        upto := r_first;
        h_types := '{}'; h_ids := '{}'; h_dists := '{}';
        LOOP
            IF total < 0 THEN
                -- (The subquery's order is the aggregates' order, complete: distance, then id.)
                IF pg_catalog.cardinality(tag_ids) = 1 THEN
                    SELECT pg_catalog.array_agg(h.target_type), pg_catalog.array_agg(h.target_id), pg_catalog.array_agg(h.dh)
                    INTO c_types, c_ids, c_dh
                    FROM (SELECT tv.target_type, tv.target_id, (1 + (tv.embedding <#> qh))::double precision AS dh
                          FROM platform.tag_vectors tv
                          WHERE tv.tag_id = tag_ids[1] AND tv.tenant_id = p_tenant
                          ORDER BY 3, 2 LIMIT r_read) AS h;
                ELSE
                    SELECT pg_catalog.array_agg(h.target_type), pg_catalog.array_agg(h.target_id), pg_catalog.array_agg(h.dh)
                    INTO c_types, c_ids, c_dh
                    FROM (SELECT tv.target_type, tv.target_id, pg_catalog.min((1 + (tv.embedding <#> qh))::double precision) AS dh
                          FROM platform.tag_vectors tv
                          WHERE tv.tag_id = ANY (tag_ids) AND tv.tenant_id = p_tenant
                          GROUP BY tv.target_type, tv.target_id
                          ORDER BY 3, 2 LIMIT r_read) AS h;
                END IF;
                total := COALESCE(pg_catalog.cardinality(c_ids), 0);
                upto := LEAST(upto, total);
            END IF;
            IF upto > probed THEN
                EXECUTE
                    'SELECT COALESCE(pg_catalog.array_agg(x.content_type), ''{}''), COALESCE(pg_catalog.array_agg(x.content_id), ''{}''),
                            COALESCE(pg_catalog.array_agg(x.d), ''{}'')
                     FROM (SELECT e.content_type, e.content_id, (e.embedding <=> $1)::double precision AS d
                           FROM unnest($2::text[], $3::uuid[]) AS u (t, i)
                           JOIN public.embeddings e ON e.content_type = u.t AND e.content_id = u.i
                           WHERE u.i <> ALL ($4) OFFSET 0) AS x
                     WHERE ' || eligible
                    INTO p_types, p_ids, p_dists
                    USING q, c_types[probed + 1 : upto], c_ids[probed + 1 : upto], excluded;
                h_types := h_types || p_types;
                h_ids := h_ids || p_ids;
                h_dists := h_dists || p_dists;
                probed := upto;
            END IF;
            IF pg_catalog.cardinality(h_ids) >= n THEN
                dn := (SELECT x.d FROM unnest(h_dists) AS x (d) ORDER BY x.d OFFSET n - 1 LIMIT 1);
                need := (SELECT pg_catalog.count(*) FROM unnest(c_dh) AS x (d) WHERE x.d <= dn + 0.0012);
                EXIT WHEN need <= probed;
                IF total = r_read AND need >= total THEN
                    -- The rule reaches past what was read: read more, or probe.
                    IF r_read < r_big THEN
                        r_read := r_big;
                        total := -1;
                        upto := need;
                        CONTINUE;
                    END IF;
                    probed := -1;
                    EXIT;
                END IF;
                upto := need;
            ELSIF probed >= total THEN
                -- Fewer than n eligible among all read: all there are, unless the read was cut.
                IF total = r_read THEN
                    IF r_read < r_big THEN
                        r_read := r_big;
                        total := -1;
                        upto := probed + r_first * 2;
                        CONTINUE;
                    END IF;
                    probed := -1;
                END IF;
                EXIT;
            ELSE
                upto := LEAST(probed + r_first * 2, total);
            END IF;
        END LOOP;
        IF probed >= 0 THEN
            RETURN QUERY SELECT u.t, u.i, u.d, strategy_label
                         FROM unnest(h_types, h_ids, h_dists) AS u (t, i, d) ORDER BY u.d, u.i LIMIT n;
            RETURN;
        END IF;
    END IF;
    -- Exact by probing (no tag filter, a small tag, or tagged items packed too closely for the
    -- half-precision pass): "+ 0" keeps the planner from ordering by the HNSW index; the sort is complete, then
    -- the eligibility checks run on the nearest rows until n pass. The distance is computed once
    -- per candidate: the sort key is the selected column (as two expressions, "<=>" in the select
    -- list and "(<=>) + 0" in ORDER BY, it was computed twice). With one tag, the candidates are
    -- its links joined to their embeddings: the primary key (tag_id, target_type, target_id)
    -- makes each item appear once, so the semi-join's de-duplication (a hash of every link) is
    -- not needed (measured at 100k items, 5 255 links: 18.2 ms p50 against 20.1). What the user
    -- already has is left out above the sort too, where only the rows taken meet it: "<> ALL" over a
    -- parameter compares each row with every element (PostgreSQL hashes only a constant list).
    RETURN QUERY EXECUTE
        'SELECT x.content_type, x.content_id, x.d, $6 FROM (
            SELECT e.content_type, e.content_id, (e.embedding <=> $4) + 0 AS d
            FROM ' || CASE WHEN tag_ids IS NULL THEN 'public.embeddings e WHERE e.tenant_id = $1'
                           WHEN pg_catalog.cardinality(tag_ids) = 1
                           THEN 'public.tag_links tl JOIN public.embeddings e
                                 ON e.content_type = tl.target_type AND e.content_id = tl.target_id
                                 WHERE tl.tag_id = $3[1] AND e.tenant_id = $1'
                           ELSE 'public.embeddings e WHERE e.tenant_id = $1' || tag_filter END || '
            ORDER BY d, e.content_id OFFSET 0) AS x
         WHERE x.content_id <> ALL ($7) AND ' || eligible || ' LIMIT $5'
        USING p_tenant, p_user, tag_ids, q, n, strategy_label, excluded;
END
$$;
COMMENT ON FUNCTION platform.for_you_candidates(uuid, uuid, vector, uuid[], integer, integer, boolean) IS
    'For You retrieval: up to n eligible items nearest to q with exact distances; strategy names the path: exact (and exact_by_cost, exact_fallback), hnsw / hnsw_wide (the tenant''s HNSW graph, iterative scan), hnsw_tag (a big tag''s own graph over platform.tag_vectors). The cheaper path by estimate within exact_threshold items, a graph beyond it; exact when a walk comes back short.';

-- The feed. POST /rpc/for_you {"user_id": ..., "tenant_id": ..., "k": 10}
CREATE FUNCTION public.for_you(user_id uuid, tenant_id uuid, k integer DEFAULT 20, tags text[] DEFAULT NULL)
RETURNS TABLE (content_type text, content_id uuid, title text, score double precision, similarity double precision,
               reason text, strategy text)
LANGUAGE plpgsql STABLE
-- The re-ranking query's cost estimate crosses jit_above_cost, and JIT compilation then took
-- ~60 ms per call for a query that runs in a few: off for this OLTP path. No parallel workers
-- either (their start costs more than the few hundred rows they would share).
SET jit = off
SET max_parallel_workers_per_gather = 0
AS $$
DECLARE
    settings jsonb;
    w_sim double precision; w_rec double precision; w_pop double precision; w_div double precision;
    threshold integer;
    taste_vec vector;
    taste_source text;
    topics text[];
    tag_ids uuid[];
    n integer;
BEGIN
    IF user_id IS NULL OR tenant_id IS NULL OR k IS NULL THEN
        RAISE EXCEPTION 'user_id, tenant_id and k must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF k < 1 OR k > 1000 THEN
        RAISE EXCEPTION 'k must be between 1 and 1000, not %', k USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM platform.assert_feed_access(for_you.user_id, for_you.tenant_id);
    SELECT t.settings -> 'for_you' INTO settings FROM public.tenants t WHERE t.id = for_you.tenant_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'tenant % does not exist', for_you.tenant_id USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Ranking weights, tunable per tenant: {"for_you": {"similarity": .., "recency": .., "popularity": .., "diversity": .., "exact_threshold": ..}}
    w_sim := LEAST(GREATEST(COALESCE((settings ->> 'similarity')::double precision, 0.75), 0), 1);
    w_rec := LEAST(GREATEST(COALESCE((settings ->> 'recency')::double precision, 0.10), 0), 1);
    w_pop := LEAST(GREATEST(COALESCE((settings ->> 'popularity')::double precision, 0.15), 0), 1);
    w_div := LEAST(GREATEST(COALESCE((settings ->> 'diversity')::double precision, 0.05), 0), 1);
    threshold := LEAST(GREATEST(COALESCE((settings ->> 'exact_threshold')::integer, 50000), 0), 100000);

    SELECT ft.taste, ft.source INTO taste_vec, taste_source FROM platform.for_you_taste(for_you.user_id, for_you.tenant_id) AS ft;
    SELECT up.topics INTO topics FROM public.user_preferences up WHERE up.user_id = for_you.user_id AND up.tenant_id = for_you.tenant_id;
    -- Tag filter: the explicit tags, else the user's preference topics (when they name tags).
    IF tags IS NOT NULL THEN
        tag_ids := ARRAY(SELECT t.id FROM public.tags t WHERE t.tenant_id = for_you.tenant_id AND t.name = ANY (tags));
    ELSIF topics IS NOT NULL AND pg_catalog.cardinality(topics) > 0 THEN
        tag_ids := ARRAY(SELECT t.id FROM public.tags t WHERE t.tenant_id = for_you.tenant_id AND t.name = ANY (topics));
        IF pg_catalog.cardinality(tag_ids) = 0 THEN
            tag_ids := NULL;
        END IF;
    END IF;

    -- Over-fetch for re-ranking (recency, popularity and diversity may lift an item from below
    -- the k nearest), never below k.
    n := LEAST(GREATEST(k * 2, 20), 2000);
    IF taste_vec IS NULL THEN
        -- Cold start without any signal: a neutral query vector (the tenant's content centroid
        -- would do as well); popularity and recency then decide the order.
        SELECT avg(e.embedding) INTO taste_vec FROM (SELECT e2.embedding FROM public.embeddings e2 WHERE e2.tenant_id = for_you.tenant_id LIMIT 1000) AS e;
        IF taste_vec IS NULL THEN
            RETURN;
        END IF;
        w_sim := 0.05;
        w_pop := GREATEST(w_pop, 0.6);
    END IF;

    RETURN QUERY
    WITH cand AS MATERIALIZED (
        SELECT c.content_type AS ct, c.content_id AS cid, c.distance, c.strategy AS strat
        FROM platform.for_you_candidates(for_you.user_id, for_you.tenant_id, taste_vec, tag_ids, n, threshold) AS c
    ), pop AS (
        SELECT p.content_type AS ct, p.content_id AS cid, p.activity_count AS n
        FROM platform.content_popularity_batch(for_you.tenant_id, ARRAY(SELECT c.ct FROM cand c ORDER BY c.ct, c.cid), ARRAY(SELECT c.cid FROM cand c ORDER BY c.ct, c.cid)) AS p
    ), saved AS MATERIALIZED (
        -- The user's saved items with their vectors, read once ("similar to X you saved").
        SELECT e.embedding,
               CASE si.item_type WHEN 'programme' THEN (SELECT p.title FROM public.programmes p WHERE p.id = si.item_id)
                                 WHEN 'course' THEN (SELECT x.title FROM public.courses x WHERE x.id = si.item_id)
                                 WHEN 'event' THEN (SELECT v.title FROM public.events v WHERE v.id = si.item_id)
                                 ELSE (SELECT r.title FROM public.resources r WHERE r.id = si.item_id) END AS ttl
        FROM public.user_saved_items si
        JOIN public.embeddings e ON e.content_type = si.item_type AND e.content_id = si.item_id
        WHERE si.user_id = for_you.user_id AND si.tenant_id = for_you.tenant_id
    ), enriched AS (
        SELECT c.*,
               CASE c.ct WHEN 'programme' THEN (SELECT p.title FROM public.programmes p WHERE p.id = c.cid)
                         WHEN 'course' THEN (SELECT x.title FROM public.courses x WHERE x.id = c.cid)
                         WHEN 'event' THEN (SELECT v.title FROM public.events v WHERE v.id = c.cid)
                         ELSE (SELECT r.title FROM public.resources r WHERE r.id = c.cid) END AS ttl,
               CASE c.ct WHEN 'event' THEN (SELECT 1.0 / (1.0 + GREATEST(EXTRACT(epoch FROM v.starts_at - now()) / 86400.0, 0) / 14.0)
                                            FROM public.events v WHERE v.id = c.cid)
                         WHEN 'programme' THEN (SELECT pg_catalog.exp(-GREATEST(EXTRACT(epoch FROM now() - COALESCE(p.published_at, p.created_at)) / 86400.0, 0) / 90.0)
                                                FROM public.programmes p WHERE p.id = c.cid)
                         WHEN 'course' THEN (SELECT pg_catalog.exp(-GREATEST(EXTRACT(epoch FROM now() - COALESCE(x.published_at, x.created_at)) / 86400.0, 0) / 90.0)
                                             FROM public.courses x WHERE x.id = c.cid)
                         ELSE (SELECT pg_catalog.exp(-GREATEST(EXTRACT(epoch FROM now() - COALESCE(r.published_at, r.created_at)) / 86400.0, 0) / 90.0)
                               FROM public.resources r WHERE r.id = c.cid) END AS recency,
               COALESCE(pp.n, 0) AS pop,
               tg.matched_tag, tg.first_tag,
               CASE WHEN EXISTS (SELECT 1 FROM saved) THEN
                   (SELECT s.ttl FROM saved s, public.embeddings ce
                    WHERE ce.content_type = c.ct AND ce.content_id = c.cid AND (s.embedding <=> ce.embedding) < 0.35
                    ORDER BY s.embedding <=> ce.embedding LIMIT 1) END AS saved_like
        FROM cand c
        LEFT JOIN pop pp ON pp.ct = c.ct AND pp.cid = c.cid
        CROSS JOIN LATERAL (
            SELECT min(t.name) FILTER (WHERE t.name = ANY (COALESCE(tags, topics))) AS matched_tag, min(t.name) AS first_tag
            FROM public.tag_links tl JOIN public.tags t ON t.id = tl.tag_id
            WHERE tl.target_type = c.ct AND tl.target_id = c.cid) AS tg
    ), scored AS (
        SELECT e.*,
               w_sim * (1 - e.distance) + w_rec * COALESCE(e.recency, 0)
                 + w_pop * (pg_catalog.ln(1 + e.pop) / pg_catalog.ln(1 + GREATEST(MAX(e.pop) OVER (), 1))) AS base_score
        FROM enriched e
    ), diversified AS (
        -- Diversity: each further item of the same (first) topic loses w_div, so one cluster does not fill the feed.
        SELECT s.*, s.base_score - w_div * (pg_catalog.row_number() OVER (PARTITION BY COALESCE(s.first_tag, s.ct) ORDER BY s.base_score DESC) - 1) AS final_score
        FROM scored s
    )
    SELECT d.ct, d.cid, d.ttl, d.final_score, 1 - d.distance,
           CASE WHEN d.matched_tag IS NOT NULL THEN 'matches your interest in ' || d.matched_tag
                WHEN d.saved_like IS NOT NULL THEN 'similar to ' || d.saved_like || ' you saved'
                WHEN d.pop >= 3 THEN 'popular in your organisation'
                WHEN taste_source = 'activity' THEN 'based on your activity'
                WHEN taste_source = 'company' THEN 'relevant to your company profile'
                WHEN taste_source = 'preferences' THEN 'matches your interests'
                ELSE 'new in your organisation' END,
           d.strat
    FROM diversified d
    ORDER BY d.final_score DESC, d.distance, d.cid
    LIMIT k;
END
$$;
COMMENT ON FUNCTION public.for_you(uuid, uuid, integer, text[]) IS
    'The For You feed of user_id in tenant_id: up to k published, eligible programmes, courses, events and resources (never fewer than min(k, eligible)), ranked by taste similarity blended with recency, popularity and diversity (weights in tenants.settings.for_you), each with a human-readable reason. Optional tags filters by tag names (default: the user''s preference topics). Authenticated callers get only their own feed in their tenants (42501 otherwise); the service role may ask for anyone. Runs with the caller''s rights (RLS applies).';

-- These name the vector type and operator: give them a search_path with vector's schema.
DO $$
DECLARE
    vs text := (SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                WHERE e.extname = 'vector');
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['platform.for_you_taste(uuid, uuid)',
                             'platform.for_you_candidates(uuid, uuid, vector, uuid[], integer, integer, boolean)',
                             'public.for_you(uuid, uuid, integer, text[])'] LOOP
        EXECUTE pg_catalog.format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, vs);
    END LOOP;
END
$$;
