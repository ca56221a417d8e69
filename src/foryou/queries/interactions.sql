-- A user's interactions with content in a tenant over the last year, with the item's vector
-- (as real[]), the action and its age in days.
SELECT e.embedding::real[] AS v, x.action, EXTRACT(epoch FROM pg_catalog.now() - x.at)::double precision / 86400 AS age_days
FROM (
    SELECT a.target_type AS t, a.target_id AS id, a.action, a.occurred_at AS at
    FROM public.activities a
    WHERE a.user_id = $1 AND a.tenant_id = $2 AND a.occurred_at > pg_catalog.now() - interval '365 days'
      AND a.target_type IN ('programme', 'course', 'event', 'resource')
    UNION ALL
    SELECT si.item_type, si.item_id, si.item_type || '.saved', si.created_at
    FROM public.user_saved_items si WHERE si.user_id = $1 AND si.tenant_id = $2
    UNION ALL
    SELECT 'course', s.course_id, CASE WHEN s.completed_at IS NULL THEN 'course.enrolled' ELSE 'course.completed' END,
           COALESCE(s.completed_at, s.created_at)
    FROM public.course_signups s WHERE s.user_id = $1 AND s.tenant_id = $2
    UNION ALL
    SELECT 'event', s.event_id, 'event.signed_up', s.created_at
    FROM public.event_signups s WHERE s.user_id = $1 AND s.tenant_id = $2
) AS x
JOIN public.embeddings e ON e.content_type = x.t AND e.content_id = x.id
