-- A course completed for the first time: log the activity and enqueue the domain event, in the
-- same transaction as the engagement that completed it.
WITH done AS (
    SELECT s.id, s.tenant_id, s.user_id, s.course_id FROM public.course_signups s WHERE s.id = ANY ($1::uuid[])
), logged AS (
    INSERT INTO public.activities (tenant_id, user_id, action, target_type, target_id, metadata)
    SELECT d.tenant_id, d.user_id, 'course.completed', 'course', d.course_id, pg_catalog.jsonb_build_object('signup_id', d.id)
    FROM done d
)
INSERT INTO public.event_outbox (tenant_id, topic, payload)
SELECT d.tenant_id, 'course.completed',
       pg_catalog.jsonb_build_object('signup_id', d.id, 'user_id', d.user_id, 'course_id', d.course_id)
FROM done d
