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
