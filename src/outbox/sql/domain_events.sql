-- Domain events and notifications, written in the same transaction as the change that causes
-- them (AFTER ROW triggers; owner's rights, since API roles cannot write either table).
--   programme_signups: created; status changes (accepted = active) -> company staff notified
--   mentor_sessions:   booked -> the mentor notified; cancelled -> mentor and attendees notified
--   mentor_session_signups: an attendee added -> notified
--   event_signups:     confirmed registration
CREATE FUNCTION platform.domain_events() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    label text;
BEGIN
    IF TG_TABLE_NAME = 'programme_signups' THEN
        IF TG_OP = 'INSERT' THEN
            PERFORM platform.enqueue_event('programme_signup.created',
                pg_catalog.jsonb_build_object('signup_id', NEW.id, 'company_id', NEW.company_id, 'programme_id', NEW.programme_id), NEW.tenant_id);
        ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
            label := CASE NEW.status WHEN 'active' THEN 'accepted' WHEN 'archived' THEN 'closed' ELSE NEW.status::text END;
            PERFORM platform.enqueue_event('programme_signup.' || label,
                pg_catalog.jsonb_build_object('signup_id', NEW.id, 'company_id', NEW.company_id, 'programme_id', NEW.programme_id,
                                              'from', OLD.status, 'to', NEW.status), NEW.tenant_id);
            IF NEW.status = 'active' THEN
                INSERT INTO public.notifications (tenant_id, user_id, type, title, body, action_url, source_type, source_id)
                SELECT NEW.tenant_id, cs.user_id, 'programme_signup.accepted', 'Application accepted',
                       pg_catalog.format('Your application to %s was accepted.', p.title),
                       '/programmes/' || NEW.programme_id, 'programme_signup', NEW.id
                FROM public.company_staff cs JOIN public.programmes p ON p.id = NEW.programme_id
                WHERE cs.company_id = NEW.company_id AND cs.status = 'active';
            END IF;
        END IF;
    ELSIF TG_TABLE_NAME = 'mentor_sessions' THEN
        IF TG_OP = 'INSERT' THEN
            PERFORM platform.enqueue_event('mentor_session.booked',
                pg_catalog.jsonb_build_object('session_id', NEW.id, 'mentor_id', NEW.mentor_id, 'credit_id', NEW.credit_id,
                                              'credits', NEW.credits_consumed, 'starts_at', NEW.starts_at), NEW.tenant_id);
            INSERT INTO public.notifications (tenant_id, user_id, type, title, body, action_url, source_type, source_id)
            SELECT NEW.tenant_id, m.user_id, 'mentor_session.booked', 'New mentoring session',
                   pg_catalog.format('A session was booked for %s.', pg_catalog.to_char(NEW.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')),
                   '/sessions/' || NEW.id, 'mentor_session', NEW.id
            FROM public.mentors m WHERE m.id = NEW.mentor_id;
        ELSIF NEW.status IS DISTINCT FROM OLD.status AND NEW.status = 'cancelled' THEN
            PERFORM platform.enqueue_event('mentor_session.cancelled',
                pg_catalog.jsonb_build_object('session_id', NEW.id, 'mentor_id', NEW.mentor_id, 'credit_id', NEW.credit_id), NEW.tenant_id);
            INSERT INTO public.notifications (tenant_id, user_id, type, title, body, action_url, source_type, source_id)
            SELECT NEW.tenant_id, u.user_id, 'mentor_session.cancelled', 'Session cancelled',
                   pg_catalog.format('The session of %s was cancelled.', pg_catalog.to_char(NEW.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')),
                   '/sessions/' || NEW.id, 'mentor_session', NEW.id
            FROM (SELECT m.user_id FROM public.mentors m WHERE m.id = NEW.mentor_id
                  UNION SELECT ss.user_id FROM public.mentor_session_signups ss WHERE ss.session_id = NEW.id) AS u;
        ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
            PERFORM platform.enqueue_event('mentor_session.' || NEW.status,
                pg_catalog.jsonb_build_object('session_id', NEW.id, 'mentor_id', NEW.mentor_id), NEW.tenant_id);
        END IF;
    ELSIF TG_TABLE_NAME = 'mentor_session_signups' THEN
        INSERT INTO public.notifications (tenant_id, user_id, type, title, body, action_url, source_type, source_id)
        SELECT NEW.tenant_id, NEW.user_id, 'mentor_session.invited', 'You are invited to a mentoring session',
               pg_catalog.format('As %s, %s.', NEW.role, pg_catalog.to_char(s.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"')),
               '/sessions/' || NEW.session_id, 'mentor_session', NEW.session_id
        FROM public.mentor_sessions s WHERE s.id = NEW.session_id;
    ELSIF TG_TABLE_NAME = 'event_signups' THEN
        IF NEW.status = 'confirmed' AND (TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status) THEN
            PERFORM platform.enqueue_event('event_signup.confirmed',
                pg_catalog.jsonb_build_object('signup_id', NEW.id, 'event_id', NEW.event_id, 'user_id', NEW.user_id), NEW.tenant_id);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.domain_events() IS
    'Trigger function (AFTER ROW): enqueues domain events in event_outbox and creates notifications for programme signups, mentor sessions, session attendees and event signups.';

-- Daily aggregates per provider, recomputed from the source tables for any past day; idempotent.
CREATE FUNCTION platform.refresh_provider_summaries(day date) RETURNS integer
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    n integer;
    lo timestamptz := day::timestamptz;
    hi timestamptz := (day + 1)::timestamptz;
BEGIN
    IF day IS NULL THEN
        RAISE EXCEPTION 'day must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    INSERT INTO public.provider_summaries AS s (tenant_id, provider_id, date, programme_signups, enrolments, course_signups,
                                                course_completions, event_signups, event_attendance, mentor_sessions,
                                                activity_count, computed_at)
    SELECT p.tenant_id, p.id, day,
        (SELECT pg_catalog.count(*) FROM public.programme_signups x JOIN public.programmes pr ON pr.id = x.programme_id
          WHERE pr.provider_id = p.id AND x.applied_at >= lo AND x.applied_at < hi),
        (SELECT pg_catalog.count(*) FROM public.programme_signups x JOIN public.programmes pr ON pr.id = x.programme_id
          WHERE pr.provider_id = p.id AND x.enrolled_at >= lo AND x.enrolled_at < hi),
        (SELECT pg_catalog.count(*) FROM public.course_signups x JOIN public.courses c ON c.id = x.course_id
          WHERE c.provider_id = p.id AND x.created_at >= lo AND x.created_at < hi),
        (SELECT pg_catalog.count(*) FROM public.course_signups x JOIN public.courses c ON c.id = x.course_id
          WHERE c.provider_id = p.id AND x.completed_at >= lo AND x.completed_at < hi),
        (SELECT pg_catalog.count(*) FROM public.event_signups x JOIN public.events e ON e.id = x.event_id
          WHERE e.provider_id = p.id AND x.created_at >= lo AND x.created_at < hi),
        (SELECT pg_catalog.count(*) FROM public.event_signups x JOIN public.events e ON e.id = x.event_id
          WHERE e.provider_id = p.id AND x.attended AND x.attendance_confirmed_at >= lo AND x.attendance_confirmed_at < hi),
        (SELECT pg_catalog.count(*) FROM public.mentor_sessions x JOIN public.mentor_credits mc ON mc.id = x.credit_id
          JOIN public.programmes pr ON pr.id = mc.programme_id
          WHERE pr.provider_id = p.id AND x.created_at >= lo AND x.created_at < hi),
        (SELECT pg_catalog.count(*) FROM public.activities a
          WHERE a.tenant_id = p.tenant_id AND a.occurred_at >= lo AND a.occurred_at < hi
            AND ((a.target_type = 'programme' AND a.target_id IN (SELECT x.id FROM public.programmes x WHERE x.provider_id = p.id))
              OR (a.target_type = 'course' AND a.target_id IN (SELECT x.id FROM public.courses x WHERE x.provider_id = p.id))
              OR (a.target_type = 'event' AND a.target_id IN (SELECT x.id FROM public.events x WHERE x.provider_id = p.id))
              OR (a.target_type = 'resource' AND a.target_id IN (SELECT x.id FROM public.resources x WHERE x.provider_id = p.id)))),
        pg_catalog.now()
    FROM public.providers p
    ON CONFLICT (provider_id, date) DO UPDATE
    SET programme_signups = EXCLUDED.programme_signups, enrolments = EXCLUDED.enrolments,
        course_signups = EXCLUDED.course_signups, course_completions = EXCLUDED.course_completions,
        event_signups = EXCLUDED.event_signups, event_attendance = EXCLUDED.event_attendance,
        mentor_sessions = EXCLUDED.mentor_sessions, activity_count = EXCLUDED.activity_count,
        computed_at = EXCLUDED.computed_at;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION platform.refresh_provider_summaries(date) IS
    'Upserts the daily aggregates of every provider for day (UNIQUE(provider_id, date)); idempotent and re-runnable for any past day. Returns the rows written.';

CREATE FUNCTION platform.purge_api_error_logs(older_than interval DEFAULT '90 days') RETURNS bigint
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    n bigint;
BEGIN
    DELETE FROM public.api_error_logs l WHERE l.created_at < pg_catalog.now() - older_than;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION platform.purge_api_error_logs(interval) IS 'Retention: deletes API error logs older than older_than. Returns how many.';

-- RPC: POST /rpc/start_impersonation {"target_user_id": ..., "reason": ...}. Platform admins only.
CREATE FUNCTION public.start_impersonation(target_user_id uuid, reason text, tenant_id uuid DEFAULT NULL) RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    new_id uuid;
BEGIN
    IF NOT platform.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins may impersonate users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF target_user_id IS NULL OR NULLIF(pg_catalog.btrim(reason), '') IS NULL THEN
        RAISE EXCEPTION 'target_user_id and a reason are required' USING ERRCODE = 'null_value_not_allowed',
            HINT = 'Say why, e.g. the support ticket.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = target_user_id) THEN
        RAISE EXCEPTION 'user % does not exist', target_user_id USING ERRCODE = 'no_data_found';
    END IF;
    -- clock_timestamp(), not now(): a start and a stop in one transaction must stay ordered.
    INSERT INTO public.impersonation_logs (tenant_id, actor_id, target_user_id, action, reason, created_at)
    VALUES (start_impersonation.tenant_id, auth.uid(), target_user_id, 'start', reason, pg_catalog.clock_timestamp())
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION public.start_impersonation(uuid, text, uuid) IS
    'RPC (SECURITY DEFINER, for authenticated; checks its caller itself: platform admins only, 42501 otherwise): logs the start of an impersonation of target_user_id, with the reason. Returns the log id.';

CREATE FUNCTION public.stop_impersonation(target_user_id uuid) RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    last_action text;
    ctx uuid;
    new_id uuid;
BEGIN
    IF NOT platform.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins may impersonate users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT l.action, l.tenant_id INTO last_action, ctx FROM public.impersonation_logs l
    WHERE l.actor_id = auth.uid() AND l.target_user_id = stop_impersonation.target_user_id
    ORDER BY l.created_at DESC LIMIT 1;
    IF last_action IS DISTINCT FROM 'start' THEN
        RAISE EXCEPTION 'you are not impersonating user %', target_user_id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO public.impersonation_logs (tenant_id, actor_id, target_user_id, action, created_at)
    VALUES (ctx, auth.uid(), target_user_id, 'stop', pg_catalog.clock_timestamp())
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION public.stop_impersonation(uuid) IS 'RPC (SECURITY DEFINER, for authenticated; checks its caller itself: platform admins only, 42501 otherwise): logs the end of the caller''s impersonation of target_user_id.';

-- RPC: POST /rpc/unread_notification_count. Served by the partial index on unread notifications.
CREATE FUNCTION public.unread_notification_count() RETURNS bigint
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
    RETURN (SELECT pg_catalog.count(*) FROM public.notifications n WHERE n.user_id = auth.uid() AND n.read_at IS NULL);
END
$$;
COMMENT ON FUNCTION public.unread_notification_count() IS 'The caller''s number of unread notifications (RLS applies).';
