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
    PERFORM platform.require_primary('platform.refresh_provider_summaries');  -- 25006 with a hint on a standby
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
