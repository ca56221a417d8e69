-- Benchmark fixture on a demo database (seed 1): selectivity tags on tenant 1's content, so that
-- eligibility is 50 %, 5 %, 0.5 % and 0.05 % of its items (chosen by a hash of the id, i.e.
-- independent of the topic clusters), and a reader who is a member with no exclusions.
INSERT INTO public.tags (id, tenant_id, name, tag_set)
SELECT md5('bench-' || s.name)::uuid, platform.demo_uuid(1, 'tenant', 1), 'bench_' || s.name, 'bench'
FROM (VALUES ('p50'), ('p5'), ('p05'), ('p005')) AS s (name)
ON CONFLICT DO NOTHING;
INSERT INTO public.tag_links (tag_id, target_type, target_id, tenant_id)
SELECT md5('bench-' || s.name)::uuid, e.content_type, e.content_id, e.tenant_id
FROM public.embeddings e
JOIN (VALUES ('p50', 2), ('p5', 20), ('p05', 200), ('p005', 2000)) AS s (name, m)
  ON abs(hashtext(e.content_id::text)) % s.m = 0
WHERE e.tenant_id = platform.demo_uuid(1, 'tenant', 1)
ON CONFLICT DO NOTHING;
ANALYZE public.tag_links, public.tags;
-- The adversarial cell: a tag carried only by the 12 % of tenant 1's items farthest from topic 0's
-- centroid, queried with taste vectors of topic 0 (bench/sql/retrieval.sql, cell "anti"): the
-- walk meets the tag's items last, so a strategy that counts rows instead of costs walks far.
INSERT INTO public.tags (id, tenant_id, name, tag_set)
VALUES (md5('bench-anti')::uuid, platform.demo_uuid(1, 'tenant', 1), 'bench_anti', 'bench')
ON CONFLICT DO NOTHING;
INSERT INTO public.tag_links (tag_id, target_type, target_id, tenant_id)
SELECT md5('bench-anti')::uuid, f.content_type, f.content_id, f.tenant_id
FROM (SELECT e.content_type, e.content_id, e.tenant_id FROM public.embeddings e
      WHERE e.tenant_id = platform.demo_uuid(1, 'tenant', 1)
      ORDER BY (e.embedding <=> platform.demo_vector(1, 0, 0, 0.0)::vector) + 0 DESC
      LIMIT (SELECT count(*) * 12 / 100 FROM public.embeddings WHERE tenant_id = platform.demo_uuid(1, 'tenant', 1))) AS f
ON CONFLICT DO NOTHING;
ANALYZE public.tag_links;
-- Those links came as bulk loads into the middle of platform.tag_vectors' primary key, whose
-- pages they split in halves (3.3 vectors per page instead of 4): packed again, as docs/for-you.md
-- advises after a bulk load (REINDEX INDEX CONCURRENTLY online).
REINDEX INDEX platform.tag_vectors_pkey;
