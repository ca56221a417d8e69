-- Logging a course's first completion: the activity and the domain event, in the same transaction
-- as the change that completed it. One definition, used by the engagement rollup (Rust, per
-- statement) and by enrolment (a signup that is complete from the start: re-enrolling after the
-- old signup was deleted, or enrolled by the very engagement that completes the course).

-- The signups (they exist: the rollup logs after storing progress, enrolment after the insert).
CREATE FUNCTION platform.log_course_completions(signup_ids uuid[])
RETURNS void
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    WITH done AS (
        SELECT s.id, s.tenant_id, s.user_id, s.course_id FROM public.course_signups s WHERE s.id = ANY (signup_ids)
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
COMMENT ON FUNCTION platform.log_course_completions(uuid[]) IS
    'Logs first course completions: a course.completed activity and outbox event per signup id.';

-- AFTER INSERT ON course_signups, FOR EACH STATEMENT (transition table new_rows): signups that the
-- BEFORE INSERT trigger found complete already are logged here, once they really exist (an AFTER
-- trigger does not fire for a row that ON CONFLICT DO NOTHING skipped). The engagement rollup then
-- finds them completed and does not log them again.
CREATE FUNCTION platform.course_signups_completed() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows n WHERE n.completed_at IS NOT NULL) THEN
        PERFORM platform.log_course_completions(ARRAY(SELECT n.id FROM new_rows n WHERE n.completed_at IS NOT NULL));
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.course_signups_completed() IS
    'Statement trigger function (AFTER INSERT ON course_signups, transition table new_rows): logs the completion of signups that are complete from the start (re-enrolment, or enrolment by the completing engagement).';
