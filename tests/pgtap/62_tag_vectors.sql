-- platform.tag_vectors (migration 20261204000000, src/foryou/sql/tag_vectors.sql): the
-- tag-ordered half-precision copy of the content vectors follows every write of tag_links and
-- embeddings, members read only their tenants' rows, and the exact path that reads it returns
-- exactly the brute-force answer, also where half precision cannot order the items.
BEGIN;
SELECT plan(37);

INSERT INTO auth.users (id) VALUES (md5('tv-reader')::uuid), (md5('tv-other')::uuid);
INSERT INTO users (id) VALUES (md5('tv-reader')::uuid), (md5('tv-other')::uuid);
INSERT INTO tenants (id, name, slug) VALUES (md5('tv-a')::uuid, 'TV A', 'tv-a'), (md5('tv-b')::uuid, 'TV B', 'tv-b');
INSERT INTO tenant_users (tenant_id, user_id) VALUES (md5('tv-a')::uuid, md5('tv-reader')::uuid), (md5('tv-b')::uuid, md5('tv-other')::uuid);
INSERT INTO providers (id, tenant_id, name, slug) VALUES (md5('tv-pa')::uuid, md5('tv-a')::uuid, 'PA', 'pa');
INSERT INTO tags (id, tenant_id, name) VALUES (md5('tv-t1')::uuid, md5('tv-a')::uuid, 't1'), (md5('tv-dense')::uuid, md5('tv-a')::uuid, 'dense'),
                                             (md5('tv-t2')::uuid, md5('tv-a')::uuid, 't2');
-- 2 000 published resources: 1..800 spread over 8 topics and tagged t1; 801..2000 packed within
-- ~0.000002 in cosine distance from any query of their topic (closer than half precision tells) and tagged dense.
INSERT INTO resources (id, tenant_id, provider_id, title, resource_type, url, status)
SELECT platform.demo_uuid(62, 'r', i), md5('tv-a')::uuid, md5('tv-pa')::uuid, 'Item ' || i, 'link', 'https://x.example/' || i, 'published'
FROM generate_series(1, 2000) i;
-- Items 1..400 get their embedding first and the link after; 401..800 the other way round.
INSERT INTO embeddings (tenant_id, content_type, content_id, embedding, input_hash)
SELECT md5('tv-a')::uuid, 'resource', platform.demo_uuid(62, 'r', i), platform.demo_vector(62, i % 8, i, 0.8), repeat('0', 64)
FROM generate_series(1, 400) i;
INSERT INTO tag_links (tag_id, target_type, target_id, tenant_id)
SELECT md5('tv-t1')::uuid, 'resource', platform.demo_uuid(62, 'r', i), md5('tv-a')::uuid FROM generate_series(1, 800) i;
INSERT INTO embeddings (tenant_id, content_type, content_id, embedding, input_hash)
SELECT md5('tv-a')::uuid, 'resource', platform.demo_uuid(62, 'r', i), platform.demo_vector(62, i % 8, i, 0.8), repeat('0', 64)
FROM generate_series(401, 800) i;
INSERT INTO embeddings (tenant_id, content_type, content_id, embedding, input_hash)
SELECT md5('tv-a')::uuid, 'resource', platform.demo_uuid(62, 'r', i), platform.demo_vector(62, 3, i, 0.00001), repeat('0', 64)
FROM generate_series(801, 2000) i;
INSERT INTO tag_links (tag_id, target_type, target_id, tenant_id)
SELECT md5('tv-dense')::uuid, 'resource', platform.demo_uuid(62, 'r', i), md5('tv-a')::uuid FROM generate_series(801, 2000) i;

SELECT is((SELECT count(*)::int FROM platform.tag_vectors WHERE tag_id = md5('tv-t1')::uuid), 800,
          'every link gets its copy, whether the link or the embedding came first');
SELECT ok((SELECT bool_and(tv.embedding = l2_normalize(e.embedding)::halfvec AND tv.tenant_id = md5('tv-a')::uuid)
           FROM platform.tag_vectors tv JOIN embeddings e ON e.content_type = tv.target_type AND e.content_id = tv.target_id),
          'the copy is the l2-normalised embedding at half precision, with the link''s tenant');
UPDATE embeddings SET embedding = platform.demo_vector(62, 7, 5, 0.8) WHERE content_id = platform.demo_uuid(62, 'r', 5);
SELECT ok((SELECT tv.embedding = l2_normalize(platform.demo_vector(62, 7, 5, 0.8)::vector)::halfvec FROM platform.tag_vectors tv
           WHERE tv.target_id = platform.demo_uuid(62, 'r', 5)), 'a changed embedding changes its copies');
INSERT INTO tag_links (tag_id, target_type, target_id, tenant_id)
VALUES (md5('tv-t2')::uuid, 'resource', platform.demo_uuid(62, 'r', 6), md5('tv-a')::uuid),
       (md5('tv-t2')::uuid, 'resource', platform.demo_uuid(62, 'r', 7), md5('tv-a')::uuid);
DELETE FROM tag_links WHERE tag_id = md5('tv-t2')::uuid AND target_id = platform.demo_uuid(62, 'r', 6);
SELECT is(ARRAY(SELECT target_id FROM platform.tag_vectors WHERE tag_id = md5('tv-t2')::uuid), ARRAY[platform.demo_uuid(62, 'r', 7)],
          'a deleted link takes its copy along');
DELETE FROM embeddings WHERE content_id = platform.demo_uuid(62, 'r', 7);
SELECT is((SELECT count(*)::int FROM platform.tag_vectors WHERE target_id = platform.demo_uuid(62, 'r', 7)), 0,
          'so does a deleted embedding (every tag''s copy)');
-- A link moved to an item without an embedding: its copy goes (and the deferred foreign key holds).
INSERT INTO resources (id, tenant_id, provider_id, title, resource_type, url, status)
VALUES (md5('tv-bare')::uuid, md5('tv-a')::uuid, md5('tv-pa')::uuid, 'No vector', 'link', 'https://x.example/bare', 'published');
UPDATE tag_links SET target_id = md5('tv-bare')::uuid WHERE tag_id = md5('tv-t1')::uuid AND target_id = platform.demo_uuid(62, 'r', 8);
SELECT lives_ok($$SET CONSTRAINTS ALL IMMEDIATE$$, 'a link moved to an item without an embedding leaves no dangling copy');
SET CONSTRAINTS ALL DEFERRED;
SELECT is((SELECT count(*)::int FROM platform.tag_vectors WHERE target_id IN (md5('tv-bare')::uuid, platform.demo_uuid(62, 'r', 8))), 0,
          '... neither under its old target nor under the new one');
SELECT is(platform.refresh_tag_vectors(md5('tv-a')::uuid),
          (SELECT count(*) FROM tag_links tl JOIN embeddings e ON e.content_type = tl.target_type AND e.content_id = tl.target_id
           WHERE tl.tenant_id = md5('tv-a')::uuid), 'refresh_tag_vectors rebuilds a tenant''s copy: one row per link with an embedding');

-- Brute force: every item is a published resource, so the feed's exact answer is the tag's items by distance.
CREATE FUNCTION pg_temp.brute(tag uuid, qv vector, k int) RETURNS uuid[] LANGUAGE sql AS $$
    SELECT array_agg(x.content_id) FROM (
        SELECT e.content_id FROM tag_links tl JOIN embeddings e ON e.content_type = tl.target_type AND e.content_id = tl.target_id
        WHERE tl.tag_id = tag ORDER BY e.embedding <=> qv, e.content_id LIMIT k) x $$;
CREATE FUNCTION pg_temp.feed_exact(tag uuid, qv vector, k int) RETURNS uuid[] LANGUAGE sql AS $$
    SELECT array_agg(c.content_id ORDER BY c.distance, c.content_id)
    FROM platform.for_you_candidates(md5('tv-reader')::uuid, md5('tv-a')::uuid, qv, ARRAY[tag], k, 50000, true) c $$;
SELECT is((SELECT count(*)::int FROM generate_series(0, 9) qn
           WHERE pg_temp.feed_exact(md5('tv-t1')::uuid, platform.demo_vector(62, qn % 8, 900000 + qn, 0.5)::vector, 10)
                 IS DISTINCT FROM pg_temp.brute(md5('tv-t1')::uuid, platform.demo_vector(62, qn % 8, 900000 + qn, 0.5)::vector, 10)), 0,
          'exact path, 10 queries, k = 10: the brute-force answer, in order');
SELECT is((SELECT count(*)::int FROM generate_series(0, 9) qn
           WHERE pg_temp.feed_exact(md5('tv-t1')::uuid, platform.demo_vector(62, qn % 8, 900000 + qn, 0.5)::vector, 50)
                 IS DISTINCT FROM pg_temp.brute(md5('tv-t1')::uuid, platform.demo_vector(62, qn % 8, 900000 + qn, 0.5)::vector, 50)), 0,
          'exact path, 10 queries, k = 50: the brute-force answer, in order');
-- 1 200 items closer together than half precision resolves: its order is not the true one, and
-- only re-ranking everything within the error bound gets the k nearest.
SELECT ok((SELECT count(DISTINCT x.r) FROM (
               SELECT (row_number() OVER (ORDER BY tv.embedding <=> l2_normalize(platform.demo_vector(62, 3, 900100, 0.5)::vector)::halfvec, tv.target_id)
                       - row_number() OVER (ORDER BY e.embedding <=> platform.demo_vector(62, 3, 900100, 0.5)::vector, tv.target_id)) AS r
               FROM platform.tag_vectors tv JOIN embeddings e ON e.content_type = tv.target_type AND e.content_id = tv.target_id
               WHERE tv.tag_id = md5('tv-dense')::uuid) x) > 100,
          'the dense tag: half-precision order differs from the true order');
SELECT is(pg_temp.feed_exact(md5('tv-dense')::uuid, platform.demo_vector(62, 3, 900100 + qn, 0.5)::vector, 10),
          pg_temp.brute(md5('tv-dense')::uuid, platform.demo_vector(62, 3, 900100 + qn, 0.5)::vector, 10),
          format('the dense tag, query %s, k = 10: still exactly the brute-force answer', qn))
FROM generate_series(0, 2) qn;
SELECT is(pg_temp.feed_exact(md5('tv-dense')::uuid, platform.demo_vector(62, 3, 900100, 0.5)::vector, 50),
          pg_temp.brute(md5('tv-dense')::uuid, platform.demo_vector(62, 3, 900100, 0.5)::vector, 50),
          'the dense tag, k = 50: still exactly the brute-force answer');

-- What the reader already has is left out only when re-ranking (the half-precision read takes as
-- many more): with the 300 nearest items saved, k = 10 is the brute-force 301st..310th.
INSERT INTO user_saved_items (tenant_id, user_id, item_type, item_id)
SELECT md5('tv-a')::uuid, md5('tv-reader')::uuid, 'resource', x
FROM unnest(pg_temp.brute(md5('tv-t1')::uuid, platform.demo_vector(62, 2, 900200, 0.5)::vector, 300)) x;
SELECT is(pg_temp.feed_exact(md5('tv-t1')::uuid, platform.demo_vector(62, 2, 900200, 0.5)::vector, 10),
          (pg_temp.brute(md5('tv-t1')::uuid, platform.demo_vector(62, 2, 900200, 0.5)::vector, 310))[301:310],
          'exact path, the 300 nearest saved: the next 10 by brute force');
SELECT is(pg_temp.feed_exact(md5('tv-t1')::uuid, platform.demo_vector(62, 2, 900200, 0.5)::vector, 50),
          (pg_temp.brute(md5('tv-t1')::uuid, platform.demo_vector(62, 2, 900200, 0.5)::vector, 350))[301:350],
          '... and k = 50: the next 50');
DELETE FROM user_saved_items WHERE user_id = md5('tv-reader')::uuid;

-- Big tags get their own HNSW graph over the copy (platform.ensure_tag_vector_indexes); the feed
-- walks it where the exact path costs too much, and keeps to the exact path otherwise.
SELECT is((SELECT array_agg(tag_id ORDER BY tag_id) FROM platform.tag_vector_index_plan(500) WHERE action = 'create tag index'),
          (SELECT array_agg(t ORDER BY t) FROM unnest(ARRAY[md5('tv-t1')::uuid, md5('tv-dense')::uuid]) t),
          'tag_vector_index_plan(500) plans an own index for each tag with 500 links or more');
SELECT is((SELECT count(*)::int FROM platform.ensure_tag_vector_indexes(500)), 2, 'ensure_tag_vector_indexes builds them');
SELECT is((SELECT count(*)::int FROM platform.tag_vector_index_plan(500)), 0, '... after which the plan is empty (idempotent)');
SELECT is((SELECT string_agg(action || ' ' || (tag_id = md5('tv-t1')::uuid), ',') FROM platform.tag_vector_index_plan(2000)), 'drop tag index true',
          'a tag keeps its index down to half the threshold: at 2 000, the dense tag (1 200) keeps it, t1 (~800) not');
CREATE FUNCTION pg_temp.walked(tag uuid, qv vector, k int, threshold int) RETURNS TABLE (ids uuid[], strategy text, exact_distances boolean) LANGUAGE sql AS $$
    SELECT array_agg(c.content_id ORDER BY c.distance, c.content_id), min(c.strategy),
           bool_and(c.distance = (SELECT (e.embedding <=> qv)::double precision FROM embeddings e WHERE e.content_id = c.content_id))
    FROM platform.for_you_candidates(md5('tv-reader')::uuid, md5('tv-a')::uuid, qv, ARRAY[tag], k, threshold) c $$;
SELECT is((SELECT strategy FROM pg_temp.walked(md5('tv-t1')::uuid, platform.demo_vector(62, 2, 900200, 0.5)::vector, 10, 50000)), 'exact',
          'a tag of ~800 items is still exact: its graph would not cost half as much');
SELECT is((SELECT count(*)::int FROM generate_series(0, 9) qn, pg_temp.walked(md5('tv-t1')::uuid, platform.demo_vector(62, qn % 8, 900200 + qn, 0.5)::vector, 10, 100) w
           WHERE w.strategy = 'hnsw_tag' AND cardinality(w.ids) = 10 AND w.exact_distances), 10,
          'past exact_threshold the feed walks the tag''s own graph: k items with their full-precision distances');
SELECT cmp_ok((SELECT avg(x.hits) / 10.0 FROM (
                   SELECT (SELECT count(*) FROM unnest(w.ids) i
                           WHERE i = ANY (pg_temp.brute(md5('tv-t1')::uuid, platform.demo_vector(62, qn % 8, 900200 + qn, 0.5)::vector, 10))) AS hits
                   FROM generate_series(0, 9) qn,
                        pg_temp.walked(md5('tv-t1')::uuid, platform.demo_vector(62, qn % 8, 900200 + qn, 0.5)::vector, 10, 100) w) x),
              '>=', 0.95, '... recall@10 against brute force at least 0.95 (10 queries)');
-- Not for a tag anti-correlated with the query: such a walk is ill-conditioned (recall 0.4 at
-- 1M items, make bench at 990a0c5). The dense tag (topic 3) asked with a topic-0 query: exact.
SELECT is((SELECT w.strategy || ' ' || (w.ids = pg_temp.brute(md5('tv-dense')::uuid, platform.demo_vector(62, 0, 900300, 0.5)::vector, 10))
           FROM pg_temp.walked(md5('tv-dense')::uuid, platform.demo_vector(62, 0, 900300, 0.5)::vector, 10, 100) w),
          'exact_by_cost true', 'a tag anti-correlated with the query takes the exact path even with its own graph (the brute-force answer)');
SELECT throws_ok($$SELECT * FROM platform.tag_vector_index_plan(1)$$, '22023', NULL, 'min_links < 2 is refused (22023)');
SELECT throws_ok($$SELECT * FROM platform.tag_vector_index_plan(NULL)$$, '22004', NULL, 'NULL min_links is refused (22004)');

-- 200 packed items (801..1000) among 400 spread ones (1..400) under one tag: for a topic-3 query
-- the rule asks to re-rank all 200, past the first half-precision read (it keeps 3 x (1.5n + 20)
-- = 105 at k = 10) and within the second (8 x = 280): the tag is read once more, and the answer
-- is still exactly the brute-force one.
INSERT INTO tags (id, tenant_id, name) VALUES (md5('tv-semi')::uuid, md5('tv-a')::uuid, 'semi');
INSERT INTO tag_links (tag_id, target_type, target_id, tenant_id)
SELECT md5('tv-semi')::uuid, 'resource', platform.demo_uuid(62, 'r', i), md5('tv-a')::uuid
FROM generate_series(1, 1000) i WHERE i <= 400 OR i > 800;
SELECT is(pg_temp.feed_exact(md5('tv-semi')::uuid, platform.demo_vector(62, 3, 900100 + qn, 0.5)::vector, 10),
          pg_temp.brute(md5('tv-semi')::uuid, platform.demo_vector(62, 3, 900100 + qn, 0.5)::vector, 10),
          format('200 packed items among 400 under one tag, query %s, k = 10: the brute-force answer (the tag read twice)', qn))
FROM generate_series(0, 2) qn;

-- Access: members read their tenants' rows; anon nothing; the rebuild is for the service role.
CREATE TEMP TABLE qv AS SELECT platform.demo_vector(62, 1, 900001, 0.5)::vector AS v;
CREATE TEMP TABLE qvs AS SELECT qn, platform.demo_vector(62, qn % 8, 900200 + qn, 0.5)::vector AS v FROM generate_series(0, 4) qn;
GRANT SELECT ON qv, qvs TO authenticated;
SELECT tests.authenticate_as(md5('tv-reader')::uuid);
SELECT ok((SELECT count(*) FROM platform.tag_vectors) > 0, 'a member reads their tenant''s copy');
SELECT is(ARRAY(SELECT c.content_id FROM platform.for_you_candidates(md5('tv-reader')::uuid, md5('tv-a')::uuid,
                     (SELECT v FROM qv), ARRAY[md5('tv-t1')::uuid], 10) c ORDER BY c.distance, c.content_id),
          pg_temp.brute(md5('tv-t1')::uuid, (SELECT v FROM qv), 10),
          '... and their feed takes the exact path through it under RLS, with the brute-force answer');
SELECT is((SELECT count(*)::int FROM qvs, pg_temp.walked(md5('tv-t1')::uuid, qvs.v, 10, 100) w
           WHERE w.strategy = 'hnsw_tag' AND cardinality(w.ids) = 10), 5, '... and the tag''s graph too');
SELECT throws_ok($$SELECT * FROM platform.ensure_tag_vector_indexes()$$, '42501', NULL, 'the API roles may not change indexes (owner only)');
SELECT tests.authenticate_as(md5('tv-other')::uuid);
SELECT is((SELECT count(*)::int FROM platform.tag_vectors), 0, 'a member of another tenant reads none of it');
SELECT throws_ok($$SELECT platform.refresh_tag_vectors()$$, '42501', NULL, 'refresh_tag_vectors is not for API callers');
SELECT tests.clear_authentication();
SELECT throws_ok($$SELECT count(*) FROM platform.tag_vectors$$, '42501', NULL, 'anon cannot read it');
RESET role;

SELECT * FROM finish();
ROLLBACK;
