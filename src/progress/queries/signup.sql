SELECT s.progress_percent, s.completed_modules, s.started_at::text AS started_at, s.completed_at::text AS completed_at,
       c.module_count, c.title
FROM public.courses c
LEFT JOIN public.course_signups s ON s.course_id = c.id AND s.user_id = $1
WHERE c.id = $2
