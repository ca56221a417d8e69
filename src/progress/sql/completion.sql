-- Logging a course's first completion: the activity and the domain event, in the same transaction
-- as the change that completed it. One definition, used by the engagement rollup (Rust, per
-- statement) and by enrolment (a signup that is complete from the start: re-enrolling after the
-- old signup was deleted, or enrolled by the very engagement that completes the course).

-- Parallel arrays: signup ids, their tenants, users and courses. (Multi-argument unnest is FROM-clause
-- syntax and cannot be schema-qualified; pg_catalog is searched first anyway.)
CREATE FUNCTION platform.log_course_completions(signup_ids uuid[], tenant_ids uuid[], user_ids uuid[], course_ids uuid[])
RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    WITH done AS (
        SELECT d.id, d.tenant_id, d.user_id, d.course_id
        FROM unnest(signup_ids, tenant_ids, user_ids, course_ids) AS d (id, tenant_id, user_id, course_id)
    ), logged AS (
        INSERT INTO public.activities (tenant_id, user_id, action, target_type, target_id, metadata)
        SELECT d.tenant_id, d.user_id, 'course.completed', 'course', d.course_id, pg_catalog.jsonb_build_object('signup_id', d.id)
        FROM done d
    )
    INSERT INTO public.event_outbox (tenant_id, topic, payload)
    SELECT d.tenant_id, 'course.completed',
           pg_catalog.jsonb_build_object('signup_id', d.id, 'user_id', d.user_id, 'course_id', d.course_id)
    FROM done d;
END
$$;
COMMENT ON FUNCTION platform.log_course_completions(uuid[], uuid[], uuid[], uuid[]) IS
    'Logs first course completions: a course.completed activity and outbox event per (signup, tenant, user, course) of the parallel arrays.';

-- AFTER INSERT ON course_signups, FOR EACH STATEMENT (transition table new_rows): signups that the
-- BEFORE INSERT trigger found complete already are logged here, once they really exist (an AFTER
-- trigger does not fire for a row that ON CONFLICT DO NOTHING skipped). The engagement rollup then
-- finds them completed and does not log them again.
CREATE FUNCTION platform.course_signups_completed() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    ids uuid[]; tenants uuid[]; users uuid[]; courses uuid[];
BEGIN
    SELECT pg_catalog.array_agg(n.id ORDER BY n.id), pg_catalog.array_agg(n.tenant_id ORDER BY n.id),
           pg_catalog.array_agg(n.user_id ORDER BY n.id), pg_catalog.array_agg(n.course_id ORDER BY n.id)
    INTO ids, tenants, users, courses
    FROM new_rows n WHERE n.completed_at IS NOT NULL;
    IF ids IS NOT NULL THEN
        PERFORM platform.log_course_completions(ids, tenants, users, courses);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.course_signups_completed() IS
    'Statement trigger function (AFTER INSERT ON course_signups, transition table new_rows): logs the completion of signups that are complete from the start (re-enrolment, or enrolment by the completing engagement).';
