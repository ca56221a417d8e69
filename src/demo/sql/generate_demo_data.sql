-- platform.generate_demo_data(scale, seed): a realistic, deterministic dataset in a freshly migrated
-- database. Every id and every random choice is a pure function of (seed, kind, n) (see
-- src/demo/rng.rs), so the same seed yields the same rows; only wall-clock columns (created_at,
-- and times placed relative to today so that events stay upcoming) move with the day it runs.
--
-- Shape: tenants of Zipf-distributed sizes (tenant t holds a share proportional to 1/t); per
-- tenant providers (the first is the platform operator), programmes -> cohorts / courses -> 3 pages
-- -> 3 modules each, events, resources, companies with staff and profiles of varying completeness,
-- users with every membership role (some in two tenants), mentors with availability, credits and
-- sessions, 24 topic tags (+ 8 sector tags) linked with Zipf frequency, content embeddings
-- clustered by the same topics, user taste vectors and preferences, signups and engagements,
-- saved items, notifications, comments, activities across the quarterly partitions (and a few
-- outside them), and a few rows in each system table.
--
-- Scales (content items = programmes + courses + events + resources): tiny 400 (SQL tests),
-- small 10 000 (make run), medium 100 000, large 1 000 000 (benchmarks).
-- Vector indexes are dropped before the bulk load and rebuilt after it (from their own definitions,
-- pg_get_indexdef; the embeddings' by platform.ensure_vector_indexes): one bulk HNSW build is much
-- faster than as many incremental inserts. The
-- function's SET clauses give the build memory (sized to the scale below) and a parallel worker
-- without touching the session.
--
-- One function per domain: generate_demo_data (last in this file) checks its arguments, loads the
-- global rows, and for each tenant computes a plan (platform.demo_plan: ids and sizes) that
-- demo_people, demo_tags, demo_content, demo_embeddings, demo_companies, demo_mentoring,
-- demo_learning, demo_preferences and demo_activity fill in, in that order (each part's rows
-- refer to the earlier parts'); then it rebuilds the vector indexes and analyzes.
-- The generator's word lists: topics (24, the tags and embedding clusters), sectors, tenant names.
CREATE FUNCTION platform.demo_vocabulary(kind text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = ''
AS $$
    SELECT CASE kind
        WHEN 'topics' THEN ARRAY['fundraising', 'product', 'marketing', 'sales', 'hiring', 'leadership',
            'finance', 'legal', 'operations', 'ai', 'sustainability', 'export',
            'manufacturing', 'healthcare', 'fintech', 'retail', 'design', 'engineering',
            'data', 'cybersecurity', 'community', 'wellbeing', 'procurement', 'growth']
        WHEN 'sectors' THEN ARRAY['technology', 'health', 'education', 'creative', 'food', 'energy',
            'construction', 'professional_services']
        WHEN 'names' THEN ARRAY['Northern Growth Hub', 'Cymru Scale-Up', 'Scale Scotland', 'Midlands Makers',
            'London Launchpad', 'Coastal Ventures', 'Pennine Partners', 'Thames Valley Labs']
    END
$$;
COMMENT ON FUNCTION platform.demo_vocabulary(text) IS 'Demo data: the word lists (topics, sectors, names) the generator draws from.';

-- What each part of a tenant's generation needs: the seed, the tenant's index and id, its id base
-- b (ids are demo_uuid(seed, kind, b + i)), its sizes, and today.
CREATE TYPE platform.demo_plan AS (
    seed integer, t integer, b bigint, n integer, p integer, np integer, nc integer, ne integer, nr integer,
    nu integer, nco integer, nm integer, tid uuid, today timestamptz);
COMMENT ON TYPE platform.demo_plan IS
    'Demo data: one tenant''s generation plan (seed, tenant index and id, id base, sizes: n content items, p providers, np programmes, nc courses, ne events, nr resources, nu users, nco companies, nm mentors; today).';

-- The tenant, its users and memberships, providers and their staff.
CREATE FUNCTION platform.demo_people(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
    topics text[] := platform.demo_vocabulary('topics');
    names text[] := platform.demo_vocabulary('names');
    nt integer := 24;  -- topic tags = embedding clusters
BEGIN
    INSERT INTO public.tenants (id, name, slug, settings)
    VALUES (tid, names[(t - 1) % 8 + 1] || CASE WHEN t > 8 THEN ' ' || t ELSE '' END,
            pg_catalog.lower(pg_catalog.regexp_replace(names[(t - 1) % 8 + 1], '[^A-Za-z0-9]+', '-', 'g'))
                || CASE WHEN seed <> 1 THEN '-s' || seed ELSE '' END || CASE WHEN t > 8 THEN '-' || t ELSE '' END,
            '{}'::jsonb);

    -- Users 1..nu: 1 owner, 2 admin, 3..2+2p provider staff, then 2 staff per company, mentors last.
    INSERT INTO auth.users (id, email)
    SELECT platform.demo_uuid(seed, 'user', b + i), 'user' || i || '@t' || t || '.demo.example'
    FROM pg_catalog.generate_series(1, nu) AS i;
    INSERT INTO public.users (id, email, full_name)
    SELECT platform.demo_uuid(seed, 'user', b + i), 'user' || i || '@t' || t || '.demo.example',
           (ARRAY['Ada', 'Grace', 'Alan', 'Mary', 'Tim', 'Sophie', 'Karen', 'Tom', 'Priya', 'Kwame'])[i % 10 + 1]
               || ' ' || (ARRAY['Lovelace', 'Hopper', 'Turing', 'Somerville', 'Berners-Lee', 'Wilson', 'Jones', 'Kilburn', 'Patel', 'Mensah'])[(i / 10) % 10 + 1]
    FROM pg_catalog.generate_series(1, nu) AS i;
    INSERT INTO public.tenant_users (tenant_id, user_id, role, status)
    SELECT tid, platform.demo_uuid(seed, 'user', b + i),
           CASE WHEN i = 1 THEN 'owner' WHEN i = 2 THEN 'admin' WHEN i <= 2 + 2 * p THEN 'editor'
                WHEN i % 10 = 9 THEN 'viewer' ELSE 'member' END,
           CASE WHEN i % 50 = 49 THEN 'suspended'::public.entity_status ELSE 'active' END
    FROM pg_catalog.generate_series(1, nu) AS i;
    IF t > 1 THEN   -- some users belong to two tenants
        INSERT INTO public.tenant_users (tenant_id, user_id, role)
        SELECT platform.demo_uuid(seed, 'tenant', 1), platform.demo_uuid(seed, 'user', b + i), 'member'
        FROM pg_catalog.generate_series(2 + 2 * p + 1, 2 + 2 * p + greatest(2, nu / 10)) AS i;
    ELSE            -- the platform team lives in tenant 1
        INSERT INTO public.user_roles (user_id, role)
        VALUES (platform.demo_uuid(seed, 'user', b + 1), 'owner'), (platform.demo_uuid(seed, 'user', b + 2), 'admin');
    END IF;

    INSERT INTO public.providers (id, tenant_id, name, slug, description, website_url, status, is_platform_operator)
    SELECT platform.demo_uuid(seed, 'provider', b + i), tid,
           CASE WHEN i = 1 THEN names[(t - 1) % 8 + 1] || ' (operator)' ELSE 'Provider ' || i END,
           CASE WHEN i = 1 THEN 'operator' ELSE 'provider-' || i END,
           'Runs programmes on ' || topics[(i - 1) % nt + 1] || '.', 'https://provider' || i || '.t' || t || '.demo.example',
           'active', i = 1
    FROM pg_catalog.generate_series(1, p) AS i;
    INSERT INTO public.providers_staff (provider_id, user_id, tenant_id, role, invited_by, invited_at, accepted_at)
    SELECT platform.demo_uuid(seed, 'provider', b + i), platform.demo_uuid(seed, 'user', b + u), tid,
           CASE WHEN u % 2 = 1 THEN 'admin' ELSE 'editor' END, platform.demo_uuid(seed, 'user', b + 1),
           v_today - pg_catalog.make_interval(days => 90), CASE WHEN i % 7 = 6 AND u % 2 = 0 THEN NULL ELSE v_today - pg_catalog.make_interval(days => 89) END
    FROM pg_catalog.generate_series(1, p) AS i, LATERAL (VALUES (3 + 2 * (i - 1)), (4 + 2 * (i - 1))) AS s (u);
    INSERT INTO public.providers_staff (provider_id, user_id, tenant_id, role, accepted_at)
    VALUES (platform.demo_uuid(seed, 'provider', b + 1), platform.demo_uuid(seed, 'user', b + 1), tid, 'owner', v_today);

    INSERT INTO public.places (id, tenant_id, name, address_line1, city, postcode, latitude, longitude, capacity)
    SELECT platform.demo_uuid(seed, 'place', b + i), tid, 'Venue ' || i, i || ' High Street',
           (ARRAY['Manchester', 'Cardiff', 'Glasgow', 'Leeds', 'Bristol'])[i], NULL,
           51 + platform.demo_random(seed, 'place-lat', b + i) * 4, -3 + platform.demo_random(seed, 'place-lon', b + i) * 2, 40 + 20 * i
    FROM pg_catalog.generate_series(1, 5) AS i;
END
$$;
COMMENT ON FUNCTION platform.demo_people(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): the tenant, its users and memberships, providers and their staff.';

-- Tags: the 24 topics (embedding clusters) and 8 sectors.
CREATE FUNCTION platform.demo_tags(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
    topics text[] := platform.demo_vocabulary('topics');
    sectors text[] := platform.demo_vocabulary('sectors');
    nt integer := 24;  -- topic tags = embedding clusters
BEGIN
    -- Tags: 24 topics (the embedding clusters, with their centroid as embedding) + 8 sectors.
    INSERT INTO public.tags (id, tenant_id, name, tag_set, description, embedding)
    SELECT platform.demo_uuid(seed, 'tag', b + k), tid, topics[k], 'topic', 'Topic: ' || topics[k],
           platform.demo_vector(seed, k - 1, -k, 0.0)
    FROM pg_catalog.generate_series(1, nt) AS k;
    INSERT INTO public.tags (id, tenant_id, name, tag_set, description)
    SELECT platform.demo_uuid(seed, 'tag', b + 100 + k), tid, sectors[k], 'sector', 'Sector: ' || sectors[k]
    FROM pg_catalog.generate_series(1, 8) AS k;
END
$$;
COMMENT ON FUNCTION platform.demo_tags(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): tags: the 24 topics (embedding clusters) and 8 sectors.';

-- Content: programmes, cohorts, courses with pages and modules, events, resources.
CREATE FUNCTION platform.demo_content(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
    topics text[] := platform.demo_vocabulary('topics');
    nt integer := 24;  -- topic tags = embedding clusters
    nmod constant integer := 9;  -- modules per course: 3 pages of 3
BEGIN
    -- Content. Item i of a kind has topic demo_zipf(seed, 'topic:<kind>', b + i, 24), used for its
    -- title, its primary tag and its embedding cluster alike. Status: 5 % archived, 10 % draft.
    INSERT INTO public.programmes (id, tenant_id, provider_id, title, summary, description, delivery_mode, status, published_at)
    SELECT platform.demo_uuid(seed, 'programme', b + j), tid, platform.demo_uuid(seed, 'provider', b + (j - 1) % p + 1),
           pg_catalog.initcap(topics[z + 1]) || ' Accelerator ' || j, 'A programme on ' || topics[z + 1] || '.',
           'Cohort-based support for companies working on ' || topics[z + 1] || '.',
           CASE WHEN j % 10 < 5 THEN 'cohort' WHEN j % 10 < 8 THEN 'self_paced' ELSE 'hybrid' END,
           s.status, CASE WHEN s.status <> 'draft' THEN v_today - pg_catalog.make_interval(days => j % 200) END
    FROM pg_catalog.generate_series(1, np) AS j,
         LATERAL (SELECT platform.demo_zipf(seed, 'topic:programme', b + j, nt) AS z) AS zz,
         LATERAL (SELECT (CASE WHEN j % 20 = 0 THEN 'archived' WHEN j % 20 IN (1, 2) THEN 'draft' ELSE 'published' END)::public.content_status AS status) AS s;
    -- Cohort and hybrid programmes get two cohorts: one enrolling now, one later.
    INSERT INTO public.cohorts (id, tenant_id, provider_id, programme_id, name, status, capacity,
                                enrollment_opens_at, enrollment_closes_at, delivery_start_date, delivery_end_date)
    SELECT platform.demo_uuid(seed, 'cohort', (b + j) * 10 + k), tid, platform.demo_uuid(seed, 'provider', b + (j - 1) % p + 1),
           platform.demo_uuid(seed, 'programme', b + j), 'Cohort ' || k, 'published', 20,
           v_today + pg_catalog.make_interval(days => 90 * (k - 1) - 30), v_today + pg_catalog.make_interval(days => 90 * (k - 1) + 30),
           (v_today + pg_catalog.make_interval(days => 90 * (k - 1) + 45))::date, (v_today + pg_catalog.make_interval(days => 90 * (k - 1) + 135))::date
    FROM pg_catalog.generate_series(1, np) AS j, pg_catalog.generate_series(1, 2) AS k
    WHERE j % 10 < 5 OR j % 10 >= 8;

    -- module_count is what the modules' rollup will count (nmod below): it then finds every course
    -- right and rewrites none (an UPDATE of every course, with its audit, cost ~5 % of a load).
    INSERT INTO public.courses (id, tenant_id, provider_id, programme_id, title, description, order_index, estimated_minutes, status, published_at,
                                module_count)
    SELECT platform.demo_uuid(seed, 'course', b + i), tid, platform.demo_uuid(seed, 'provider', b + (j - 1) % p + 1),
           platform.demo_uuid(seed, 'programme', b + j), pg_catalog.initcap(topics[z + 1]) || ' essentials ' || i,
           'Learn the essentials of ' || topics[z + 1] || '.', i / np, 30 + (i % 6) * 15, s.status,
           CASE WHEN s.status <> 'draft' THEN v_today - pg_catalog.make_interval(days => i % 200) END, nmod
    FROM pg_catalog.generate_series(1, nc) AS i,
         LATERAL (SELECT (i - 1) % np + 1 AS j, platform.demo_zipf(seed, 'topic:course', b + i, nt) AS z) AS x,
         LATERAL (SELECT (CASE WHEN i % 20 = 0 THEN 'archived' WHEN i % 20 IN (1, 2) THEN 'draft' ELSE 'published' END)::public.content_status AS status) AS s;
    -- Three pages per course (intro, basics, basics/deep-dive) with three modules each: module q
    -- of the course lies on page (q - 1) / 3 + 1 and is required unless q % 3 = 0 (the same rule
    -- as the modules' is_required below). The required ids are known before the modules exist, so
    -- the pages are written once (an UPDATE of every page afterwards, with its audit, cost ~8 % of
    -- a load).
    INSERT INTO public.course_pages (id, tenant_id, provider_id, course_id, parent_page_id, title, path, order_index,
                                     required_completion_module_ids)
    SELECT platform.demo_uuid(seed, 'page', (b + i) * 10 + pg), tid, platform.demo_uuid(seed, 'provider', b + ((i - 1) % np) % p + 1),
           platform.demo_uuid(seed, 'course', b + i),
           CASE WHEN pg = 3 THEN platform.demo_uuid(seed, 'page', (b + i) * 10 + 2) END,
           (ARRAY['Introduction', 'The basics', 'Deep dive'])[pg], (ARRAY['intro', 'basics', 'basics/deep-dive'])[pg], pg,
           ARRAY(SELECT platform.demo_uuid(seed, 'module', (b + i) * 10 + q)
                 FROM pg_catalog.generate_series(3 * pg - 2, 3 * pg) AS q WHERE q % 3 <> 0 ORDER BY q)
    FROM pg_catalog.generate_series(1, nc) AS i, pg_catalog.generate_series(1, 3) AS pg
    ORDER BY i, pg;   -- parents before children
    INSERT INTO public.course_modules (id, tenant_id, provider_id, course_id, page_id, type, title, content, order_index, is_required)
    SELECT platform.demo_uuid(seed, 'module', (b + i) * 10 + q), tid, platform.demo_uuid(seed, 'provider', b + ((i - 1) % np) % p + 1),
           platform.demo_uuid(seed, 'course', b + i), platform.demo_uuid(seed, 'page', (b + i) * 10 + (q - 1) / 3 + 1),
           (ARRAY['text', 'video', 'quiz', 'self_reflection', 'checkbox', 'star_rating', 'resource_link', 'image', 'text'])[q],
           'Module ' || q, pg_catalog.jsonb_build_object('body', 'Content of module ' || q), (q - 1) % 3 + 1, q % 3 <> 0
    FROM pg_catalog.generate_series(1, nc) AS i, pg_catalog.generate_series(1, nmod) AS q;

    INSERT INTO public.events (id, tenant_id, provider_id, programme_id, cohort_id, place_id, title, description,
                               event_type, status, starts_at, ends_at, online_url, capacity, published_at)
    SELECT platform.demo_uuid(seed, 'event', b + i), tid, platform.demo_uuid(seed, 'provider', b + x.prov),
           CASE WHEN x.j IS NOT NULL THEN platform.demo_uuid(seed, 'programme', b + x.j) END,
           CASE WHEN x.j IS NOT NULL AND (x.j % 10 < 5 OR x.j % 10 >= 8) AND i % 2 = 0
                THEN platform.demo_uuid(seed, 'cohort', (b + x.j) * 10 + 1) END,
           CASE WHEN x.etype NOT IN ('webinar', 'office_hours') AND i % 2 = 0 THEN platform.demo_uuid(seed, 'place', b + i % 5 + 1) END,
           pg_catalog.initcap(pg_catalog.replace(x.etype, '_', ' ')) || ': ' || topics[x.z + 1] || ' ' || i,
           'A ' || pg_catalog.replace(x.etype, '_', ' ') || ' about ' || topics[x.z + 1] || '.', x.etype, s.status,
           v_today + pg_catalog.make_interval(days => i % 120 - 30, hours => 18),
           v_today + pg_catalog.make_interval(days => i % 120 - 30, hours => 20),
           CASE WHEN x.etype IN ('webinar', 'office_hours') THEN 'https://meet.demo.example/e' || i END, 30 + i % 5 * 10,
           CASE WHEN s.status <> 'draft' THEN v_today - pg_catalog.make_interval(days => 40) END
    FROM pg_catalog.generate_series(1, ne) AS i,
         LATERAL (SELECT CASE WHEN i % 5 < 2 THEN (i - 1) % np + 1 END AS j,
                         platform.demo_zipf(seed, 'topic:event', b + i, nt) AS z,
                         (ARRAY['workshop', 'webinar', 'networking', 'demo_day', 'office_hours', 'conference', 'other'])[i % 7 + 1] AS etype) AS x0,
         LATERAL (SELECT x0.j, x0.z, x0.etype, CASE WHEN x0.j IS NOT NULL THEN (x0.j - 1) % p + 1 ELSE (i - 1) % p + 1 END AS prov) AS x,
         LATERAL (SELECT (CASE WHEN i % 20 = 0 THEN 'archived' WHEN i % 20 IN (1, 2) THEN 'draft' ELSE 'published' END)::public.content_status AS status) AS s;

    INSERT INTO public.resources (id, tenant_id, provider_id, title, description, resource_type, url, body, status, published_at)
    SELECT platform.demo_uuid(seed, 'resource', b + i), tid, platform.demo_uuid(seed, 'provider', b + (i - 1) % p + 1),
           pg_catalog.initcap(topics[z + 1]) || ' ' || rt || ' ' || i, 'A ' || rt || ' on ' || topics[z + 1] || '.', rt,
           CASE WHEN rt <> 'article' THEN 'https://resources.demo.example/' || t || '/' || i END,
           CASE WHEN rt = 'article' THEN 'An article on ' || topics[z + 1] || '.' END, s.status,
           CASE WHEN s.status <> 'draft' THEN v_today - pg_catalog.make_interval(days => i % 300) END
    FROM pg_catalog.generate_series(1, nr) AS i,
         LATERAL (SELECT platform.demo_zipf(seed, 'topic:resource', b + i, nt) AS z,
                         (ARRAY['link', 'article', 'video', 'pdf', 'template', 'tool', 'course'])[i % 7 + 1] AS rt) AS x,
         LATERAL (SELECT (CASE WHEN i % 20 = 0 THEN 'archived' WHEN i % 20 IN (1, 2) THEN 'draft' ELSE 'published' END)::public.content_status AS status) AS s;
END
$$;
COMMENT ON FUNCTION platform.demo_content(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): content: programmes, cohorts, courses with pages and modules, events, resources.';

-- Embeddings and tag links of all content.
CREATE FUNCTION platform.demo_embeddings(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
    nt integer := 24;  -- topic tags = embedding clusters
BEGIN
    -- Embeddings and tag links of all content: the primary tag is the item's topic (its
    -- embedding cluster); half the items get a second, independently Zipf-drawn topic tag.
    INSERT INTO public.embeddings (tenant_id, content_type, content_id, embedding, input_hash)
    SELECT tid, c.kind, platform.demo_uuid(seed, c.kind, b + i),
           platform.demo_vector(seed, platform.demo_zipf(seed, 'topic:' || c.kind, b + i, nt), c.code * 1000000000000 + b + i, 0.8),
           pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(c.kind || ':' || (b + i), 'UTF8')), 'hex')
    FROM (VALUES ('programme', 1, np), ('course', 2, nc), ('event', 3, ne), ('resource', 4, nr)) AS c (kind, code, cnt),
         LATERAL pg_catalog.generate_series(1, c.cnt) AS i;
    INSERT INTO public.tag_links (tag_id, target_type, target_id, tenant_id)
    SELECT DISTINCT platform.demo_uuid(seed, 'tag', b + z.k + 1), c.kind, platform.demo_uuid(seed, c.kind, b + i), tid
    FROM (VALUES ('programme', np), ('course', nc), ('event', ne), ('resource', nr)) AS c (kind, cnt),
         LATERAL pg_catalog.generate_series(1, c.cnt) AS i,
         LATERAL (SELECT platform.demo_zipf(seed, 'topic:' || c.kind, b + i, nt) AS k
                  UNION ALL
                  SELECT platform.demo_zipf(seed, 'topic2:' || c.kind, b + i, nt)
                  WHERE platform.demo_random(seed, 'second-tag:' || c.kind, b + i) < 0.5) AS z;
END
$$;
COMMENT ON FUNCTION platform.demo_embeddings(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): embeddings and tag links of all content.';

-- Companies, their staff and their programme signups.
CREATE FUNCTION platform.demo_companies(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
    topics text[] := platform.demo_vocabulary('topics');
    sectors text[] := platform.demo_vocabulary('sectors');
    nt integer := 24;  -- topic tags = embedding clusters
BEGIN
    -- Companies: profile fields present with a per-company probability, so completeness varies.
    INSERT INTO public.companies (id, tenant_id, name, description, website_url, logo_url, sector, company_size, stage,
                                  funding_stage, funding_raised, challenges, location, postcode, status)
    SELECT platform.demo_uuid(seed, 'company', b + c), tid, 'Company ' || c || ' Ltd',
           CASE WHEN f[1] THEN 'We build things for ' || sectors[c % 8 + 1] || '.' END,
           CASE WHEN f[2] THEN 'https://company' || c || '.t' || t || '.demo.example' END,
           CASE WHEN f[3] THEN 'https://logos.demo.example/' || c || '.png' END,
           CASE WHEN f[4] THEN sectors[c % 8 + 1] END,
           CASE WHEN f[5] THEN (ARRAY['micro', 'small', 'medium', 'large'])[c % 4 + 1] END,
           CASE WHEN f[6] THEN (ARRAY['idea', 'pre_revenue', 'early_revenue', 'growth', 'scale', 'established'])[c % 6 + 1] END,
           CASE WHEN f[7] THEN (ARRAY['bootstrapped', 'grant', 'angel', 'pre_seed', 'seed', 'series_a'])[c % 6 + 1] END,
           CASE WHEN f[8] THEN (c % 20) * 50000 END,
           CASE WHEN f[9] THEN ARRAY[topics[c % nt + 1], topics[(c * 7) % nt + 1]] ELSE '{}' END,
           CASE WHEN f[10] THEN (ARRAY['Manchester', 'Cardiff', 'Glasgow', 'Leeds', 'Bristol'])[c % 5 + 1] END,
           CASE WHEN f[11] THEN (SELECT pc.postcode FROM public.postcodes pc WHERE pc.id = platform.demo_uuid(seed, 'postcode', c % 40)) END,
           CASE WHEN c % 25 = 24 THEN 'archived'::public.entity_status ELSE 'active' END
    FROM pg_catalog.generate_series(1, nco) AS c,
         LATERAL (SELECT 0.2 + 0.8 * platform.demo_random(seed, 'company-profile', b + c) AS q) AS qq,
         LATERAL (SELECT pg_catalog.array_agg(platform.demo_random(seed, 'company-field', (b + c) * 100 + k) < qq.q ORDER BY k) AS f
                  FROM pg_catalog.generate_series(1, 11) AS k) AS pr;
    -- Two staff per company: an owner, and an admin/member.
    INSERT INTO public.company_staff (company_id, user_id, tenant_id, role, job_title)
    SELECT platform.demo_uuid(seed, 'company', b + c), platform.demo_uuid(seed, 'user', b + 2 + 2 * p + c + (k - 1) * nco), tid,
           CASE WHEN k = 1 THEN 'owner' WHEN c % 2 = 0 THEN 'admin' ELSE 'member' END,
           CASE WHEN k = 1 THEN 'Founder' ELSE 'Operations lead' END
    FROM pg_catalog.generate_series(1, nco) AS c, pg_catalog.generate_series(1, 2) AS k;

    -- Programme signups: every company applies to two programmes (cohort 1 where there is one).
    INSERT INTO public.programme_signups (tenant_id, company_id, programme_id, cohort_id, status, application,
                                          applied_by, applied_at, reviewed_by, reviewed_at, enrolled_at)
    SELECT tid, platform.demo_uuid(seed, 'company', b + c), platform.demo_uuid(seed, 'programme', b + j),
           CASE WHEN j % 10 < 5 OR j % 10 >= 8 THEN platform.demo_uuid(seed, 'cohort', (b + j) * 10 + 1) END,
           st, pg_catalog.jsonb_build_object('motivation', 'Grow our ' || topics[j % nt + 1]),
           platform.demo_uuid(seed, 'user', b + 2 + 2 * p + c), v_today - pg_catalog.make_interval(days => 60 + c % 30),
           CASE WHEN st <> 'pending' THEN platform.demo_uuid(seed, 'user', b + 3 + 2 * ((j - 1) % p)) END,
           CASE WHEN st <> 'pending' THEN v_today - pg_catalog.make_interval(days => 30) END,
           CASE WHEN st = 'active' THEN v_today - pg_catalog.make_interval(days => 29) END
    FROM pg_catalog.generate_series(1, nco) AS c, pg_catalog.generate_series(0, 1) AS k,
         LATERAL (SELECT (c * 7 + k * 3) % np + 1 AS j,
                         (CASE WHEN (c + k) % 10 < 6 THEN 'active' WHEN (c + k) % 10 < 9 THEN 'pending' ELSE 'archived' END)::public.entity_status AS st) AS x;
END
$$;
COMMENT ON FUNCTION platform.demo_companies(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): companies, their staff and their programme signups.';

-- Mentors, their programmes, availability and expertise; credit ledgers and sessions.
CREATE FUNCTION platform.demo_mentoring(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
    topics text[] := platform.demo_vocabulary('topics');
    sectors text[] := platform.demo_vocabulary('sectors');
    nt integer := 24;  -- topic tags = embedding clusters
BEGIN
    -- Mentors (the last users of the tenant), their programmes, availability and expertise tags.
    INSERT INTO public.mentors (id, tenant_id, user_id, headline, bio, expertise_areas, industries, linkedin_url, status)
    SELECT platform.demo_uuid(seed, 'mentor', b + m), tid, platform.demo_uuid(seed, 'user', b + nu - m + 1),
           'Mentor for ' || topics[z1 + 1] || ' and ' || topics[z2 + 1], 'Twenty years of ' || topics[z1 + 1] || '.',
           ARRAY[topics[z1 + 1], topics[z2 + 1]], ARRAY[sectors[m % 8 + 1]], 'https://linkedin.demo.example/m' || m, 'active'
    FROM pg_catalog.generate_series(1, nm) AS m,
         LATERAL (SELECT platform.demo_zipf(seed, 'topic:mentor', b + m, nt) AS z1,
                         (platform.demo_zipf(seed, 'topic:mentor', b + m, nt) + 1 + m % 5) % nt AS z2) AS z;
    INSERT INTO public.tag_links (tag_id, target_type, target_id, tenant_id)
    SELECT DISTINCT platform.demo_uuid(seed, 'tag', b + z.k + 1), 'mentor', platform.demo_uuid(seed, 'mentor', b + m), tid
    FROM pg_catalog.generate_series(1, nm) AS m,
         LATERAL (SELECT platform.demo_zipf(seed, 'topic:mentor', b + m, nt) AS k
                  UNION ALL SELECT (platform.demo_zipf(seed, 'topic:mentor', b + m, nt) + 1 + m % 5) % nt) AS z;
    INSERT INTO public.mentor_programmes (mentor_id, programme_id, tenant_id, provider_id, contract_reference, hourly_rate, rate_currency)
    SELECT DISTINCT ON (m, j) platform.demo_uuid(seed, 'mentor', b + m), platform.demo_uuid(seed, 'programme', b + j), tid,
           platform.demo_uuid(seed, 'provider', b + (j - 1) % p + 1), 'MC-' || t || '-' || m || '-' || j, 60 + (m % 5) * 10, 'GBP'
    FROM pg_catalog.generate_series(1, nm) AS m, pg_catalog.generate_series(0, 1) AS k,
         LATERAL (SELECT (m * 3 + k) % np + 1 AS j) AS x;
    INSERT INTO public.mentor_availabilities (tenant_id, mentor_id, day_of_week, specific_date, starts_at_time, ends_at_time)
    SELECT tid, platform.demo_uuid(seed, 'mentor', b + m), d.dow, d.day, d.s, d.e
    FROM pg_catalog.generate_series(1, nm) AS m,
         LATERAL (VALUES ((m % 5 + 1)::smallint, NULL::date, '10:00'::time, '12:00'::time),
                         (((m + 2) % 5 + 1)::smallint, NULL, '14:00', '16:00'),
                         (NULL, (v_today + pg_catalog.make_interval(days => 7 + m % 7))::date, '09:00', '10:00')) AS d (dow, day, s, e);

    -- Credit ledgers for enrolled (active) signups; even companies have booked two sessions
    -- (one completed, one upcoming), every sixth also cancelled one (refunded, not counted).
    INSERT INTO public.mentor_credits (id, tenant_id, company_id, programme_id, credits_granted, credits_used, status, valid_from, expires_at)
    SELECT platform.demo_uuid(seed, 'credit', (b + c) * 10 + k), tid, ps.company_id, ps.programme_id, 4 + c % 5,
           0, 'active', v_today - pg_catalog.make_interval(days => 30),
           v_today + pg_catalog.make_interval(days => 335)
    FROM pg_catalog.generate_series(1, nco) AS c CROSS JOIN pg_catalog.generate_series(0, 1) AS k
    JOIN public.programme_signups ps ON ps.company_id = platform.demo_uuid(seed, 'company', b + c)
                                   AND ps.programme_id = platform.demo_uuid(seed, 'programme', b + (c * 7 + k * 3) % np + 1)
    WHERE ps.status = 'active';
    -- A session's mentor must be contracted on the ledger's programme.
    INSERT INTO public.mentor_programmes (mentor_id, programme_id, tenant_id, provider_id, contract_reference, hourly_rate)
    SELECT DISTINCT platform.demo_uuid(seed, 'mentor', b + (c + sn) % nm + 1), mc.programme_id, tid, pr.provider_id,
           'MC-' || t || '-session', 80
    FROM pg_catalog.generate_series(1, nco) AS c CROSS JOIN pg_catalog.generate_series(0, 1) AS k
    CROSS JOIN pg_catalog.generate_series(1, 3) AS sn
    JOIN public.mentor_credits mc ON mc.id = platform.demo_uuid(seed, 'credit', (b + c) * 10 + k)
    JOIN public.programmes pr ON pr.id = mc.programme_id
    WHERE c % 2 = 0
    ON CONFLICT (mentor_id, programme_id) DO NOTHING;
    -- Booking consumes credits through the mentor_sessions trigger; cancelled ones consume none.
    INSERT INTO public.mentor_sessions (id, tenant_id, mentor_id, credit_id, credits_consumed, status, starts_at, ends_at,
                                        external_calendar_id, meeting_url, booked_by, cancelled_at)
    SELECT platform.demo_uuid(seed, 'session', ((b + c) * 10 + k) * 10 + s.n), tid,
           platform.demo_uuid(seed, 'mentor', b + (c + s.n) % nm + 1), mc.id, 1, s.st,
           v_today + pg_catalog.make_interval(days => s.day, hours => 10), v_today + pg_catalog.make_interval(days => s.day, hours => 11),
           'cal-' || c || '-' || k || '-' || s.n, 'https://meet.demo.example/s' || c || k || s.n,
           platform.demo_uuid(seed, 'user', b + 2 + 2 * p + c),
           CASE WHEN s.st = 'cancelled' THEN v_today - pg_catalog.make_interval(days => 3) END
    FROM pg_catalog.generate_series(1, nco) AS c CROSS JOIN pg_catalog.generate_series(0, 1) AS k
    JOIN public.mentor_credits mc ON mc.id = platform.demo_uuid(seed, 'credit', (b + c) * 10 + k)
    CROSS JOIN LATERAL (VALUES (1, 'completed'::public.booking_status, -14), (2, 'confirmed', 14), (3, 'cancelled', 7)) AS s (n, st, day)
    WHERE c % 2 = 0 AND (s.n < 3 OR c % 6 = 0);
    INSERT INTO public.mentor_session_signups (session_id, user_id, tenant_id, role)
    SELECT ms.id, platform.demo_uuid(seed, 'user', b + 2 + 2 * p + c + (r.k - 1) * nco), tid, r.role
    FROM pg_catalog.generate_series(1, nco) AS c CROSS JOIN pg_catalog.generate_series(0, 1) AS k
    CROSS JOIN pg_catalog.generate_series(1, 3) AS sn
    JOIN public.mentor_sessions ms ON ms.id = platform.demo_uuid(seed, 'session', ((b + c) * 10 + k) * 10 + sn)
    CROSS JOIN LATERAL (VALUES (1, 'mentee'), (2, 'observer')) AS r (k, role)
    WHERE r.k = 1 OR sn = 1;
    INSERT INTO public.mentor_pairings (tenant_id, mentor_id, company_id, programme_id, status, started_on)
    SELECT tid, platform.demo_uuid(seed, 'mentor', b + c % nm + 1), platform.demo_uuid(seed, 'company', b + c),
           platform.demo_uuid(seed, 'programme', b + (c * 7) % np + 1), 'active', (v_today - pg_catalog.make_interval(days => 20))::date
    FROM pg_catalog.generate_series(1, nco) AS c
    WHERE c % 3 = 0;
END
$$;
COMMENT ON FUNCTION platform.demo_mentoring(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): mentors, their programmes, availability and expertise; credit ledgers and sessions.';

-- Course signups and engagements (progress comes from the rollup triggers), event signups.
CREATE FUNCTION platform.demo_learning(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
BEGIN
    -- Learners: two in three users take three courses; user u has completed the first
    -- (u + j) % 10 of a course's nine modules and has one more in progress.
    -- Progress, started_at and completed_at are computed by the rollup triggers from the
    -- engagements below.
    INSERT INTO public.course_signups (tenant_id, user_id, course_id, status)
    SELECT tid, platform.demo_uuid(seed, 'user', b + u), platform.demo_uuid(seed, 'course', b + x.i), 'confirmed'
    FROM pg_catalog.generate_series(1, nu) AS u, pg_catalog.generate_series(0, 2) AS j,
         LATERAL (SELECT (u * 13 + j * 7) % nc + 1 AS i, (u + j) % 10 AS done) AS x
    WHERE u % 3 <> 0
    ON CONFLICT (user_id, course_id) DO NOTHING;
    INSERT INTO public.course_engagements (tenant_id, user_id, course_id, module_id, response, completed_at)
    SELECT tid, platform.demo_uuid(seed, 'user', b + u), platform.demo_uuid(seed, 'course', b + x.i),
           platform.demo_uuid(seed, 'module', (b + x.i) * 10 + q), pg_catalog.jsonb_build_object('answer', 'response ' || q),
           CASE WHEN q <= x.done THEN v_today - pg_catalog.make_interval(days => 10 - q) END
    FROM pg_catalog.generate_series(1, nu) AS u, pg_catalog.generate_series(0, 2) AS j,
         LATERAL (SELECT (u * 13 + j * 7) % nc + 1 AS i, (u + j) % 10 AS done) AS x,
         LATERAL pg_catalog.generate_series(1, least(x.done + 1, 9)) AS q
    WHERE u % 3 <> 0
    ON CONFLICT (user_id, module_id) DO NOTHING;

    -- Event signups: every other user registers for two events; past ones mostly attended.
    INSERT INTO public.event_signups (tenant_id, event_id, user_id, status, attendance_mode, attended, attendance_confirmed_at)
    SELECT tid, platform.demo_uuid(seed, 'event', b + e), platform.demo_uuid(seed, 'user', b + u),
           CASE WHEN past AND u % 10 < 7 THEN 'attended'::public.signup_status WHEN past THEN 'no_show' ELSE 'confirmed' END,
           CASE WHEN e % 7 + 1 IN (2, 5) THEN 'online' ELSE 'in_person' END,
           past AND u % 10 < 7, CASE WHEN past AND u % 10 < 7 THEN v_today - pg_catalog.make_interval(days => 1) END
    FROM pg_catalog.generate_series(1, nu) AS u, pg_catalog.generate_series(0, 1) AS j,
         LATERAL (SELECT (u * 11 + j * 5) % ne + 1 AS e) AS x,
         LATERAL (SELECT x.e % 120 < 30 AS past) AS y
    WHERE u % 2 = 0
    ON CONFLICT (event_id, user_id) DO NOTHING;
END
$$;
COMMENT ON FUNCTION platform.demo_learning(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): course signups and engagements (progress comes from the rollup triggers), event signups.';

-- Preferences, taste vectors, saved items, notifications, comments.
CREATE FUNCTION platform.demo_preferences(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
    topics text[] := platform.demo_vocabulary('topics');
    names text[] := platform.demo_vocabulary('names');
    nt integer := 24;  -- topic tags = embedding clusters
BEGIN
    -- Preferences (80 % of users) and taste vectors (70 %), from the user's own Zipf topic.
    INSERT INTO public.user_preferences (tenant_id, user_id, topics, learning_style)
    SELECT tid, platform.demo_uuid(seed, 'user', b + u),
           ARRAY(SELECT DISTINCT topics[z + 1] FROM pg_catalog.unnest(ARRAY[
               platform.demo_zipf(seed, 'topic:user', b + u, nt), platform.demo_zipf(seed, 'topic2:user', b + u, nt)]) AS z),
           (ARRAY['video', 'reading', 'hands-on', 'mixed'])[u % 4 + 1]
    FROM pg_catalog.generate_series(1, nu) AS u
    WHERE u % 5 <> 4;
    INSERT INTO public.user_embeddings (tenant_id, user_id, embedding)
    SELECT tid, platform.demo_uuid(seed, 'user', b + u),
           platform.demo_vector(seed, platform.demo_zipf(seed, 'topic:user', b + u, nt), 9000000000000 + b + u, 0.5)
    FROM pg_catalog.generate_series(1, nu) AS u
    WHERE u % 10 < 7;

    INSERT INTO public.user_saved_items (tenant_id, user_id, item_type, item_id)
    SELECT tid, platform.demo_uuid(seed, 'user', b + u), s.kind, platform.demo_uuid(seed, s.kind, b + s.i)
    FROM pg_catalog.generate_series(1, nu) AS u,
         LATERAL (VALUES ('programme', u % np + 1), ('resource', u % nr + 1)) AS s (kind, i)
    WHERE u % 5 = 0;

    INSERT INTO public.notifications (tenant_id, user_id, type, title, body, action_url, source_type, source_id, read_at)
    SELECT tid, platform.demo_uuid(seed, 'user', b + u), nn.type, nn.title, nn.body, nn.url, nn.st, nn.sid, nn.read_at
    FROM pg_catalog.generate_series(1, nu) AS u,
         LATERAL (VALUES ('welcome', 'Welcome to ' || names[(t - 1) % 8 + 1], 'Find programmes, courses and events.', '/', NULL, NULL::uuid, v_today),
                         ('course.reminder', 'Keep going', 'Pick up where you left off.', '/courses',
                          'course', platform.demo_uuid(seed, 'course', b + (u * 13) % nc + 1), NULL::timestamptz)) AS nn (type, title, body, url, st, sid, read_at);

    INSERT INTO public.comments (id, tenant_id, user_id, target_type, target_id, parent_comment_id, body)
    SELECT platform.demo_uuid(seed, 'comment', (b + r) * 10 + k), tid, platform.demo_uuid(seed, 'user', b + (r + k) % nu + 1),
           'resource', platform.demo_uuid(seed, 'resource', b + r),
           CASE WHEN k = 3 THEN platform.demo_uuid(seed, 'comment', (b + r) * 10 + 1) END,
           (ARRAY['Really useful, thanks.', 'Is there a template for this?', 'Yes: see the templates section.'])[k]
    FROM pg_catalog.generate_series(1, nr) AS r, pg_catalog.generate_series(1, 3) AS k
    WHERE r % 20 = 7
    ORDER BY r, k;
END
$$;
COMMENT ON FUNCTION platform.demo_preferences(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): preferences, taste vectors, saved items, notifications, comments.';

-- Activities across the quarterly partitions, provider summaries and a few system-table rows.
CREATE FUNCTION platform.demo_activity(tp platform.demo_plan) RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    seed integer := tp.seed; t integer := tp.t; b bigint := tp.b; tid uuid := tp.tid; v_today timestamptz := tp.today;
    n integer := tp.n; p integer := tp.p; np integer := tp.np; nc integer := tp.nc; ne integer := tp.ne; nr integer := tp.nr;
    nu integer := tp.nu; nco integer := tp.nco; nm integer := tp.nm;
BEGIN
    -- Activities: six per user between 2026-01-01 and 2027-03-31 (the quarterly partitions), and
    -- a few outside that range (they land in activities_default).
    INSERT INTO public.activities (occurred_at, tenant_id, user_id, action, target_type, target_id, metadata)
    SELECT CASE WHEN a = 6 AND u % 40 = 0 THEN '2027-06-15 12:00+00'::timestamptz
                ELSE '2026-01-01 00:00+00'::timestamptz + pg_catalog.make_interval(secs => platform.demo_random(seed, 'activity-time', (b + u) * 10 + a) * 455 * 86400) END,
           tid, platform.demo_uuid(seed, 'user', b + u), x.kind || '.' || x.verb, x.kind,
           platform.demo_uuid(seed, x.kind, b + x.i), pg_catalog.jsonb_build_object('source', 'demo')
    FROM pg_catalog.generate_series(1, nu) AS u, pg_catalog.generate_series(1, 6) AS a,
         LATERAL (SELECT (ARRAY['programme', 'course', 'event', 'resource'])[a % 4 + 1] AS kind,
                         (ARRAY['viewed', 'viewed', 'clicked', 'shared'])[(u + a) % 4 + 1] AS verb,
                         (u * 17 + a * 31) AS seq) AS x0,
         LATERAL (SELECT x0.kind, x0.verb, x0.seq % (CASE x0.kind WHEN 'programme' THEN np WHEN 'course' THEN nc
                                                                   WHEN 'event' THEN ne ELSE nr END) + 1 AS i) AS x;

    INSERT INTO public.provider_summaries (tenant_id, provider_id, date, programme_signups, enrolments, course_signups,
                                           course_completions, event_signups, event_attendance, mentor_sessions, activity_count)
    SELECT tid, platform.demo_uuid(seed, 'provider', b + i), (v_today - pg_catalog.make_interval(days => d))::date,
           (i + d) % 4, (i + d) % 3, (i * d) % 9, (i + d) % 2, (i * 3 + d) % 7, (i + d) % 5, d % 2, 20 + (i * d) % 30
    FROM pg_catalog.generate_series(1, p) AS i, pg_catalog.generate_series(1, 3) AS d;

    -- System tables: a few representative rows (their triggers and functions add real ones).
    INSERT INTO public.audit_logs (tenant_id, table_name, record_id, operation, old_values, new_values, actor_id, actor_role)
    SELECT tid, 'programmes', platform.demo_uuid(seed, 'programme', b + i)::text, 'UPDATE',
           pg_catalog.jsonb_build_object('status', 'draft'), pg_catalog.jsonb_build_object('status', 'published'),
           platform.demo_uuid(seed, 'user', b + 3), 'authenticated'
    FROM pg_catalog.generate_series(1, 3) AS i;
    INSERT INTO public.api_error_logs (tenant_id, user_id, request_id, error_code, error_key, origin_tag, message, http_status, path)
    SELECT tid, platform.demo_uuid(seed, 'user', b + i), 'req-' || t || '-' || i, '23505', 'signup.duplicate', 'web.signup',
           'You have already applied to this programme.', 409, '/rest/v1/programme_signups'
    FROM pg_catalog.generate_series(1, 2) AS i;
    INSERT INTO public.event_outbox (tenant_id, topic, payload, attempts, published_at)
    SELECT tid, 'programme_signup.created', pg_catalog.jsonb_build_object('n', i), CASE WHEN i = 1 THEN 1 ELSE 0 END,
           CASE WHEN i = 1 THEN v_today END
    FROM pg_catalog.generate_series(1, 3) AS i;
END
$$;
COMMENT ON FUNCTION platform.demo_activity(platform.demo_plan) IS 'Demo data, one part of a tenant (called by platform.generate_demo_data): activities across the quarterly partitions, provider summaries and a few system-table rows.';

-- The summary's "phases": adds the seconds since t0 (to 0.1 s) to a phase's total.
CREATE FUNCTION platform.demo_add_seconds(phases jsonb, phase text, t0 timestamptz) RETURNS jsonb
LANGUAGE sql VOLATILE
SET search_path = ''
AS $$
    SELECT phases || pg_catalog.jsonb_build_object(phase, COALESCE((phases ->> phase)::numeric, 0)
                     + pg_catalog.round(EXTRACT(epoch FROM pg_catalog.clock_timestamp() - t0)::numeric, 1))
$$;
COMMENT ON FUNCTION platform.demo_add_seconds(jsonb, text, timestamptz) IS 'Demo data (platform.generate_demo_data''s summary): adds the seconds since t0, to 0.1 s, to the phase''s total in phases.';

CREATE FUNCTION platform.generate_demo_data(scale text DEFAULT 'small', seed integer DEFAULT 1)
RETURNS jsonb
LANGUAGE plpgsql
SET search_path = ''
SET maintenance_work_mem = '1GB'
SET max_parallel_maintenance_workers = 2
-- Its statements and the triggers they fire are estimated far above jit_above_cost (each INSERT
-- of 100 000 rows, the rollups' UPDATEs): compiling cost more than it saved.
SET jit = off
AS $$
DECLARE
    v_total   integer;
    v_tenants integer;
    v_h       double precision;
    v_today   timestamptz := pg_catalog.date_trunc('day', pg_catalog.now());
    v_started timestamptz := pg_catalog.clock_timestamp();
    vector_indexes text[];
    idx text;
    t integer; b bigint;          -- tenant index, id base of the tenant
    n integer; p integer; np integer; nc integer; ne integer; nr integer; nu integer; nco integer; nm integer;
    tid uuid;
    plan platform.demo_plan;
    part text;
    t0 timestamptz;
    phases jsonb := '{}';
BEGIN
    CASE scale
        WHEN 'tiny'   THEN v_total := 400;     v_tenants := 3;
        WHEN 'small'  THEN v_total := 10000;   v_tenants := 3;
        WHEN 'medium' THEN v_total := 100000;  v_tenants := 5;
        WHEN 'large'  THEN v_total := 1000000; v_tenants := 8;
        ELSE RAISE EXCEPTION 'unknown demo scale %', pg_catalog.quote_literal(scale)
                 USING ERRCODE = 'invalid_parameter_value', HINT = 'Use tiny, small, medium or large.';
    END CASE;
    IF seed IS NULL THEN
        RAISE EXCEPTION 'seed must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF EXISTS (SELECT FROM public.tenants WHERE id = platform.demo_uuid(seed, 'tenant', 1)) THEN
        RAISE EXCEPTION 'demo data for seed % is already loaded', seed
            USING ERRCODE = 'unique_violation', HINT = 'Use another seed, or a fresh database.';
    END IF;
    SELECT sum(1.0 / i) INTO v_h FROM pg_catalog.generate_series(1, v_tenants) AS i;

    -- (The embeddings' own come back through platform.ensure_vector_indexes, in the per-tenant layout.)
    SELECT pg_catalog.array_agg(pg_catalog.pg_get_indexdef(i.indexrelid)) INTO vector_indexes
    FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid JOIN pg_catalog.pg_am am ON am.oid = c.relam
    WHERE am.amname IN ('hnsw', 'ivfflat')
      AND i.indrelid IN ('public.user_embeddings'::regclass, 'public.tags'::regclass);
    FOR idx IN SELECT i.indexrelid::regclass::text
               FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid JOIN pg_catalog.pg_am am ON am.oid = c.relam
               WHERE am.amname IN ('hnsw', 'ivfflat')
                 AND i.indrelid IN ('public.embeddings'::regclass, 'public.user_embeddings'::regclass, 'public.tags'::regclass) LOOP
        EXECUTE 'DROP INDEX ' || idx;
    END LOOP;

    -- Global rows: postcodes, and the platform team's auth users come with tenant 1 below.
    INSERT INTO public.postcodes (id, postcode, latitude, longitude, region, admin_district, constituencies)
    SELECT platform.demo_uuid(seed, 'postcode', i),
           o.code || ' ' || (i % 9 + 1) || pg_catalog.chr(65 + i % 26) || pg_catalog.chr(65 + (i * 7) % 26),
           o.lat + platform.demo_random(seed, 'lat', i) / 10, o.lon + platform.demo_random(seed, 'lon', i) / 10,
           o.region, o.district, ARRAY[o.district || ' Central']
    FROM pg_catalog.generate_series(0, 39) AS i
    JOIN (VALUES (0, 'SW1A', 51.50, -0.14, 'London', 'Westminster'), (1, 'EC1A', 51.52, -0.10, 'London', 'City of London'),
                 (2, 'M1', 53.48, -2.24, 'North West', 'Manchester'), (3, 'B1', 52.48, -1.90, 'West Midlands', 'Birmingham'),
                 (4, 'LS1', 53.80, -1.55, 'Yorkshire and The Humber', 'Leeds'), (5, 'G1', 55.86, -4.25, 'Scotland', 'Glasgow City'),
                 (6, 'EH1', 55.95, -3.19, 'Scotland', 'City of Edinburgh'), (7, 'CF10', 51.48, -3.18, 'Wales', 'Cardiff'),
                 (8, 'BS1', 51.45, -2.59, 'South West', 'Bristol'), (9, 'NE1', 54.97, -1.61, 'North East', 'Newcastle upon Tyne'))
         AS o (k, code, lat, lon, region, district) ON o.k = i % 10
    ON CONFLICT (postcode) DO NOTHING;

    FOR t IN 1 .. v_tenants LOOP
        b   := t::bigint * 100000000;
        n   := pg_catalog.round(v_total / t / v_h);
        p   := greatest(2, n / 400);
        np  := greatest(4, pg_catalog.round(n * 0.10)::integer);
        nc  := greatest(4, pg_catalog.round(n * 0.30)::integer);
        ne  := greatest(4, pg_catalog.round(n * 0.30)::integer);
        nr  := greatest(4, n - np - nc - ne);
        nu  := greatest(40, n / 5);
        nco := greatest(6, n / 20);
        nm  := greatest(4, n / 100);
        tid := platform.demo_uuid(seed, 'tenant', t);

        plan := ROW(seed, t, b, n, p, np, nc, ne, nr, nu, nco, nm, tid, v_today)::platform.demo_plan;
        -- Each part's seconds, summed over the tenants (the summary's "phases": where the time goes).
        FOREACH part IN ARRAY ARRAY['people', 'tags', 'content', 'embeddings', 'companies', 'mentoring', 'learning',
                                    'preferences', 'activity'] LOOP
            t0 := pg_catalog.clock_timestamp();
            EXECUTE 'SELECT platform.demo_' || part || '($1)' USING plan;
            phases := platform.demo_add_seconds(phases, part, t0);
        END LOOP;
    END LOOP;

    INSERT INTO public.impersonation_logs (tenant_id, actor_id, target_user_id, action, reason)
    VALUES (platform.demo_uuid(seed, 'tenant', 1), platform.demo_uuid(seed, 'user', 100000001), platform.demo_uuid(seed, 'user', 100000010), 'start', 'Support ticket 42'),
           (platform.demo_uuid(seed, 'tenant', 1), platform.demo_uuid(seed, 'user', 100000001), platform.demo_uuid(seed, 'user', 100000010), 'stop', NULL);

    -- platform.tag_vectors, written by its triggers statement by statement, in no order: its
    -- primary key's pages were split in halves (3.3 vectors per page, a build packs 4), and the
    -- For You exact path reads a tag's vectors page by page (at 1M items its bare read of 44 152
    -- vectors: 39.8 ms loosely packed, 28.8 packed). Packed again here: 1.7 s at medium. (Turning
    -- the triggers off and writing the copy once at the end in key order packed it as well, with
    -- no measurable gain in load time.)
    t0 := pg_catalog.clock_timestamp();
    REINDEX INDEX platform.tag_vectors_pkey;
    phases := platform.demo_add_seconds(phases, 'tag_vectors_reindex', t0);

    -- pgvector builds the HNSW graph in memory only while it fits in maintenance_work_mem (about
    -- 4 kB per 768-d element at m = 16); past that it continues on disk, many times slower (the
    -- large scale did not finish in 39 min with 1 GB). So size it to the data: 5 kB per item,
    -- 1 GB minimum, 8 GB maximum (large: ~4.9 GB, shared between the leader and its worker).
    PERFORM pg_catalog.set_config('maintenance_work_mem',
                                  LEAST(GREATEST(v_total::bigint * 5 / 1024, 1024), 8192)::text || 'MB', true);
    t0 := pg_catalog.clock_timestamp();
    FOREACH idx IN ARRAY COALESCE(vector_indexes, '{}') LOOP
        EXECUTE idx;
    END LOOP;
    -- The content vectors: an own HNSW index per big tenant and one shared index for the rest
    -- (src/foryou/sql/vector_indexes.sql). Several smaller graphs also build faster than one big one.
    PERFORM pg_catalog.count(*) FROM platform.ensure_vector_indexes();
    phases := platform.demo_add_seconds(phases, 'vector_indexes', t0);
    -- And the big tags' own graphs over their half-precision vectors (same file).
    t0 := pg_catalog.clock_timestamp();
    PERFORM pg_catalog.count(*) FROM platform.ensure_tag_vector_indexes();
    phases := platform.demo_add_seconds(phases, 'tag_vector_indexes', t0);

    -- Fresh statistics, so the first queries on the new data get good plans (autovacuum would
    -- analyze only later).
    t0 := pg_catalog.clock_timestamp();
    ANALYZE public.tenants, public.users, public.tenant_users, public.providers, public.providers_staff,
            public.companies, public.company_staff, public.programmes, public.cohorts, public.courses,
            public.course_pages, public.course_modules, public.programme_signups, public.course_signups,
            public.course_engagements, public.events, public.event_signups, public.resources, public.mentors,
            public.mentor_credits, public.mentor_sessions, public.tags, public.tag_links, public.embeddings,
            public.user_embeddings, public.user_preferences, public.user_saved_items, public.notifications,
            public.comments, public.activities;
    phases := platform.demo_add_seconds(phases, 'analyze', t0);

    RETURN pg_catalog.jsonb_build_object(
        'scale', scale, 'seed', seed, 'tenants', v_tenants,
        'content_items', (SELECT pg_catalog.count(*) FROM public.embeddings e
                          WHERE e.tenant_id IN (SELECT platform.demo_uuid(seed, 'tenant', i) FROM pg_catalog.generate_series(1, v_tenants) AS i)),
        'seconds', pg_catalog.round(EXTRACT(epoch FROM pg_catalog.clock_timestamp() - v_started)::numeric, 1),
        'phases', phases);
END
$$;
COMMENT ON FUNCTION platform.generate_demo_data(text, integer) IS
    'Loads a deterministic demo dataset (same seed, same rows) into a migrated database: scale tiny (400 content items), small (10k), medium (100k) or large (1M). Returns a summary: scale, seed, tenants, content items, and the seconds in all and per phase (phases: each part summed over the tenants, packing platform.tag_vectors, the vector indexes'' builds, analyze).';
