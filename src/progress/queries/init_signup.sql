-- A new signup's starting point: the user's engagements in the course (someone re-enrolling;
-- the rollup's ensure step counts its signups set-based instead, ensure_counts.sql), counted in
-- one pass (two sub-selects, a count and an EXISTS, probed the index twice: 53-60 ms against
-- 39-42 for the 1 600 signups a 5 000-engagement enrolling insert created when they came here).
SELECT x.completed,
       x.engaged,
       COALESCE((SELECT c.module_count FROM public.courses c WHERE c.id = $2), 0)::bigint AS total,
       pg_catalog.now() AS now
FROM (SELECT pg_catalog.count(*) FILTER (WHERE e.completed_at IS NOT NULL) AS completed,
             pg_catalog.count(*) > 0 AS engaged
      FROM public.course_engagements e
      WHERE e.user_id = $1 AND e.course_id = $2) AS x
