-- Current counts for locked signups: completed modules (an engagement with completed_at), whether
-- the user engaged at all, the course's module count, and whether the course was completed before;
-- and what the signup stores now (the rollup writes only the signups whose values change).
-- One pass over each signup's engagements gives both counts (two sub-selects read them twice).
-- Every row is reached by key (the signup by its primary key, OFFSET 0 keeping the lookup a
-- probe; the course by a sub-select): as a join, a bulk statement at 1M items got a parallel
-- sequential scan of 300 000 courses (118 ms of a 4 901-signup enrolment).
SELECT s.id,
       a.completed,
       a.engaged,
       COALESCE((SELECT c.module_count FROM public.courses c WHERE c.id = s.course_id), 0)::bigint AS total,
       s.completed_at IS NOT NULL AS already_completed,
       s.completed_modules AS stored_completed,
       s.progress_percent AS stored_percent,
       s.started_at IS NULL AS not_started
FROM unnest($1::uuid[]) AS i (id)
CROSS JOIN LATERAL (SELECT s.id, s.user_id, s.course_id, s.completed_at, s.completed_modules,
                           s.progress_percent, s.started_at
                    FROM public.course_signups s WHERE s.id = i.id OFFSET 0) AS s
CROSS JOIN LATERAL (SELECT pg_catalog.count(*) FILTER (WHERE e.completed_at IS NOT NULL) AS completed,
                           pg_catalog.count(*) > 0 AS engaged
                    FROM public.course_engagements e
                    WHERE e.user_id = s.user_id AND e.course_id = s.course_id) AS a
