-- Current counts for locked signups: completed modules (an engagement with completed_at), whether
-- the user engaged at all, the course's module count, and whether the course was completed before.
-- One pass over each signup's engagements gives both counts (two sub-selects read them twice).
SELECT s.id,
       a.completed,
       a.engaged,
       c.module_count::bigint AS total,
       s.completed_at IS NOT NULL AS already_completed
FROM public.course_signups s
JOIN public.courses c ON c.id = s.course_id
CROSS JOIN LATERAL (SELECT pg_catalog.count(*) FILTER (WHERE e.completed_at IS NOT NULL) AS completed,
                           pg_catalog.count(*) > 0 AS engaged
                    FROM public.course_engagements e
                    WHERE e.user_id = s.user_id AND e.course_id = s.course_id) AS a
WHERE s.id = ANY ($1::uuid[])
