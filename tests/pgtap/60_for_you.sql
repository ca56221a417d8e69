-- The For You feed on the tiny demo data: authorization, bad input, exclusions, cold start,
-- RLS, never under-filling, and no leaked settings.
BEGIN;
SELECT plan(27);
SELECT is((platform.generate_demo_data('tiny', 21) ->> 'tenants')::int, 3, 'demo data');
CREATE TEMP TABLE ids AS SELECT platform.demo_uuid(21, 'user', 100000022) AS u, platform.demo_uuid(21, 'user', 100000023) AS other,
                                platform.demo_uuid(21, 'tenant', 1) AS t, platform.demo_uuid(21, 'tenant', 2) AS t2;
GRANT SELECT ON ids TO authenticated, service_role;

SELECT tests.authenticate_as((SELECT u FROM ids));
SELECT is((SELECT count(*)::int FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 10)), 10, 'a member gets k items of their own feed');
SELECT ok((SELECT bool_and(reason <> '' AND title IS NOT NULL) FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 10)), 'every item has a title and a reason');
SELECT is((SELECT count(*)::int FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 10) f
           WHERE NOT EXISTS (SELECT 1 FROM programmes x WHERE x.id = f.content_id UNION ALL SELECT 1 FROM courses x WHERE x.id = f.content_id
                             UNION ALL SELECT 1 FROM events x WHERE x.id = f.content_id UNION ALL SELECT 1 FROM resources x WHERE x.id = f.content_id)),
          0, 'only content the caller can read directly is returned');
SELECT throws_ok($$SELECT * FROM public.for_you((SELECT other FROM ids), (SELECT t FROM ids), 10)$$, '42501', NULL, 'another user''s feed is refused (42501)');
SELECT throws_ok($$SELECT * FROM public.for_you((SELECT u FROM ids), (SELECT t2 FROM ids), 10)$$, '42501', NULL, 'a tenant the user is not in is refused');
SELECT throws_ok($$SELECT * FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 0)$$, '22023', NULL, 'k <= 0 is refused (22023)');
SELECT throws_ok($$SELECT * FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 1001)$$, '22023', NULL, 'k > 1000 is refused');
SELECT throws_ok($$SELECT * FROM public.for_you(NULL, (SELECT t FROM ids), 5)$$, '22004', NULL, 'NULL arguments are refused (22004)');
SELECT is(current_setting('hnsw.iterative_scan') || '/' || current_setting('hnsw.ef_search'), 'off/40',
          'the hnsw settings of the session are unchanged after the calls');

-- Exclusions: save the top item, dismiss the second, sign up to the first course: all gone.
RESET ROLE;
CREATE TEMP TABLE top AS SELECT * FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 30);
GRANT SELECT ON top TO authenticated;
SELECT tests.authenticate_as((SELECT u FROM ids));
INSERT INTO user_saved_items (tenant_id, user_id, item_type, item_id)
SELECT (SELECT t FROM ids), (SELECT u FROM ids), content_type, content_id FROM top ORDER BY score DESC LIMIT 1;
SELECT platform.log_activity((SELECT t FROM ids), (SELECT u FROM ids), content_type || '.dismissed', content_type, content_id)
FROM (SELECT * FROM top ORDER BY score DESC OFFSET 1 LIMIT 1) d;
INSERT INTO course_signups (user_id, course_id) SELECT (SELECT u FROM ids), content_id FROM top WHERE content_type = 'course' ORDER BY score DESC LIMIT 1;
SELECT is((SELECT count(*)::int FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 30) f
           WHERE f.content_id IN (SELECT content_id FROM (SELECT * FROM top ORDER BY score DESC LIMIT 2) a
                                  UNION SELECT content_id FROM (SELECT * FROM top WHERE content_type = 'course' ORDER BY score DESC LIMIT 1) b)),
          0, 'saved, dismissed and enrolled items are excluded');
SELECT is((SELECT count(*)::int FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 30) f JOIN events e ON e.id = f.content_id WHERE e.starts_at < now()),
          0, 'past events are never recommended');
RESET ROLE;

-- Never under-fill: with a narrow explicit tag filter, exactly min(k, eligible) items.
CREATE TEMP TABLE eligible AS
SELECT count(*)::int AS n FROM platform.for_you_candidates((SELECT u FROM ids), (SELECT t FROM ids),
    (SELECT embedding FROM user_embeddings WHERE user_id = (SELECT u FROM ids)),
    ARRAY(SELECT id FROM tags WHERE tenant_id = (SELECT t FROM ids) AND name = 'legal'), 1000, 5000, true);
SELECT ok((SELECT n FROM eligible) BETWEEN 1 AND 999, 'the legal tag has a handful of eligible items');
SELECT is((SELECT count(*)::int FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 1000, ARRAY['legal'])), (SELECT n FROM eligible),
          'asking for 1000 returns exactly the eligible ones');
SELECT is((SELECT count(*)::int FROM public.for_you((SELECT u FROM ids), (SELECT t FROM ids), 2, ARRAY['legal'])), LEAST(2, (SELECT n FROM eligible)),
          'asking for 2 returns min(2, eligible)');

-- The index path (forced with exact_threshold 0) applies the same eligibility as the exact scan.
CREATE TEMP TABLE via_index AS
SELECT * FROM platform.for_you_candidates((SELECT u FROM ids), (SELECT t FROM ids),
    (SELECT embedding FROM user_embeddings WHERE user_id = (SELECT u FROM ids)), NULL, 10, 0);
SELECT is((SELECT count(*)::int FROM via_index), 10, 'the HNSW path returns n items');
SELECT is((SELECT count(*)::int FROM via_index v WHERE v.content_id NOT IN (
              SELECT c.content_id FROM platform.for_you_candidates((SELECT u FROM ids), (SELECT t FROM ids),
                  (SELECT embedding FROM user_embeddings WHERE user_id = (SELECT u FROM ids)), NULL, 1000, 5000, true) c)),
          0, '... all of them eligible (same filter as the exact scan)');

-- Popularity for the whole candidate list in one call equals the per-item function.
SELECT is((SELECT string_agg(content_type || ':' || activity_count, ',') FROM platform.content_popularity_batch((SELECT t FROM ids),
              ARRAY['event', 'course'], ARRAY[gen_random_uuid(), gen_random_uuid()])), 'event:0,course:0',
          'content_popularity_batch: one row per item, 0 for items nobody acted on');
-- (content_popularity is the batch form for one item, so compare both with the count they stand for.)
SELECT is((SELECT count(*)::int FROM (SELECT DISTINCT a.tenant_id, a.target_type, a.target_id FROM activities a
                                      WHERE a.tenant_id = (SELECT t FROM ids) AND a.target_id IS NOT NULL) x,
                 LATERAL platform.content_popularity_batch(x.tenant_id, ARRAY[x.target_type], ARRAY[x.target_id]) b
           WHERE b.activity_count IS DISTINCT FROM (SELECT count(*) FROM activities a2
                                                    WHERE a2.tenant_id = x.tenant_id AND a2.target_type = x.target_type AND a2.target_id = x.target_id
                                                      AND a2.occurred_at > now() - interval '90 days' AND a2.occurred_at <= now())
              OR b.activity_count IS DISTINCT FROM platform.content_popularity(x.tenant_id, x.target_type, x.target_id)), 0,
          'content_popularity_batch and content_popularity count the activities of the last 90 days for every target');
-- Popularity is what happened: an activity dated in the future (a scheduled import, a wrong
-- clock) does not count until its time comes.
CREATE TEMP TABLE pop_item AS SELECT a.target_type, a.target_id FROM activities a
WHERE a.tenant_id = (SELECT t FROM ids) AND a.target_id IS NOT NULL LIMIT 1;
CREATE TEMP TABLE pop_before AS SELECT platform.content_popularity((SELECT t FROM ids), p.target_type, p.target_id) AS n FROM pop_item p;
INSERT INTO activities (tenant_id, user_id, action, target_type, target_id, occurred_at)
SELECT (SELECT t FROM ids), (SELECT u FROM ids), 'resource.viewed', p.target_type, p.target_id, now() + interval '1 day' FROM pop_item p;
SELECT is((SELECT platform.content_popularity((SELECT t FROM ids), p.target_type, p.target_id) FROM pop_item p), (SELECT n FROM pop_before),
          'content_popularity does not count an activity dated tomorrow');
SELECT throws_ok($$SELECT * FROM platform.content_popularity_batch((SELECT t FROM ids), ARRAY['event'], ARRAY[]::uuid[])$$, '22023', NULL,
                 'content_popularity_batch refuses arrays of different lengths (22023)');

-- The tag share estimate (planner statistics) is close to the real share of the tenant's content.
CREATE TEMP TABLE top_tag AS
SELECT tl.tag_id, count(*)::float8 / (SELECT count(*) FROM embeddings WHERE tenant_id = (SELECT t FROM ids)) AS share
FROM tag_links tl WHERE tl.tenant_id = (SELECT t FROM ids) GROUP BY tl.tag_id ORDER BY count(*) DESC LIMIT 1;
SELECT ok(platform.tag_share_estimate((SELECT t FROM ids), ARRAY[(SELECT tag_id FROM top_tag)]) BETWEEN (SELECT share / 2 FROM top_tag) AND (SELECT share * 2 FROM top_tag),
          'tag_share_estimate is within 2x of the real share of the most used tag');
SELECT is(platform.tag_share_estimate(gen_random_uuid(), ARRAY[(SELECT tag_id FROM top_tag)]), NULL, '... and NULL for a tenant the statistics do not know');

-- Cold start: a member with no taste vector, no preferences and no company still gets k items.
SELECT tests.create_user('cold@fy.example', tests.id('cold'));
INSERT INTO tenant_users (tenant_id, user_id) VALUES ((SELECT t FROM ids), tests.id('cold'));
SELECT tests.authenticate_as(tests.id('cold'));
SELECT is((SELECT count(*)::int FROM public.for_you(tests.id('cold'), (SELECT t FROM ids), 10)), 10, 'cold start returns k items');
SELECT ok((SELECT bool_and(reason IN ('new in your organisation', 'popular in your organisation')) FROM public.for_you(tests.id('cold'), (SELECT t FROM ids), 10)),
          '... ranked by popularity and recency');
RESET ROLE;

-- The service role may ask for anyone's feed; refresh_user_embedding computes a taste vector.
SELECT tests.authenticate_as_service_role();
SELECT is((SELECT count(*)::int FROM public.for_you((SELECT other FROM ids), (SELECT t FROM ids), 5)), 5, 'the service role gets any user''s feed');
RESET ROLE;
SELECT ok(platform.refresh_user_embedding((SELECT u FROM ids), (SELECT t FROM ids))
          AND (SELECT computed_at > now() - interval '1 minute' FROM user_embeddings WHERE user_id = (SELECT u FROM ids) AND tenant_id = (SELECT t FROM ids)),
          'refresh_user_embedding recomputes and stores the taste vector');

SELECT * FROM finish();
ROLLBACK;
