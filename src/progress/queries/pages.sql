-- Per-page progress of a user in a course. A page is complete when all its
-- required_completion_module_ids are completed (when it names none: when all its modules are).
SELECT p.id, p.title, p.path,
       (SELECT pg_catalog.count(*) FROM public.course_modules m WHERE m.page_id = p.id) AS modules,
       (SELECT pg_catalog.count(*) FROM public.course_modules m
          JOIN public.course_engagements e ON e.module_id = m.id AND e.user_id = $1 AND e.completed_at IS NOT NULL
         WHERE m.page_id = p.id) AS completed_modules,
       pg_catalog.cardinality(p.required_completion_module_ids)::bigint AS required,
       (SELECT pg_catalog.count(*) FROM public.course_engagements e
         WHERE e.user_id = $1 AND e.module_id = ANY (p.required_completion_module_ids) AND e.completed_at IS NOT NULL) AS completed_required
FROM public.course_pages p
WHERE p.course_id = $2
ORDER BY p.path
