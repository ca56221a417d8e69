-- Current counts for locked signups: completed modules (an engagement with completed_at), whether
-- the user engaged at all, the course's module count, and whether the course was completed before.
SELECT s.id,
       (SELECT pg_catalog.count(*) FROM public.course_engagements e
         WHERE e.user_id = s.user_id AND e.course_id = s.course_id AND e.completed_at IS NOT NULL) AS completed,
       EXISTS (SELECT 1 FROM public.course_engagements e WHERE e.user_id = s.user_id AND e.course_id = s.course_id) AS engaged,
       c.module_count::bigint AS total,
       s.completed_at IS NOT NULL AS already_completed
FROM public.course_signups s
JOIN public.courses c ON c.id = s.course_id
WHERE s.id = ANY ($1::uuid[])
