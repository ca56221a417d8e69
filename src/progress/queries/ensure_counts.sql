-- The touched pairs that have no signup yet, with what course_signups_init would count for each
-- (the user's engagements in the course: completed ones, any at all; the course's module count),
-- in one statement instead of one query per new signup. The ensure step enrols them with these
-- values (ensure_signups.sql).
SELECT k.tenant_id,
       k.user_id,
       k.course_id,
       a.completed,
       a.engaged,
       COALESCE((SELECT c.module_count FROM public.courses c WHERE c.id = k.course_id), 0)::bigint AS total
FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS k (tenant_id, user_id, course_id)
CROSS JOIN LATERAL (SELECT pg_catalog.count(*) FILTER (WHERE e.completed_at IS NOT NULL) AS completed,
                           pg_catalog.count(*) > 0 AS engaged
                    FROM public.course_engagements e
                    WHERE e.user_id = k.user_id AND e.course_id = k.course_id) AS a
WHERE NOT EXISTS (SELECT 1 FROM public.course_signups s WHERE s.user_id = k.user_id AND s.course_id = k.course_id)
