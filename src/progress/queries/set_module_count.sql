UPDATE public.courses c
SET module_count = (SELECT pg_catalog.count(*) FROM public.course_modules m WHERE m.course_id = c.id)
WHERE c.id = ANY ($1::uuid[])
  AND c.module_count IS DISTINCT FROM (SELECT pg_catalog.count(*) FROM public.course_modules m WHERE m.course_id = c.id)
