SELECT (SELECT pg_catalog.count(*) FROM public.course_engagements e
         WHERE e.user_id = $1 AND e.course_id = $2 AND e.completed_at IS NOT NULL) AS completed,
       EXISTS (SELECT 1 FROM public.course_engagements e WHERE e.user_id = $1 AND e.course_id = $2) AS engaged,
       COALESCE((SELECT c.module_count FROM public.courses c WHERE c.id = $2), 0)::bigint AS total,
       pg_catalog.now() AS now
