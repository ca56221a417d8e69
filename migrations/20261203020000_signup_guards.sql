-- 20261203020000_signup_guards.sql
-- Applications and attendance are decided by the provider, never by the applicant:
-- * programme_signups: the guard now covers every column a company could use to enrol itself
--   (status, cohort_id, reviewed_by, reviewed_at, enrolled_at), not only status;
-- * event_signups: attendance (attended, attendance_confirmed_at, status attended / no_show) is
--   recorded by the event's provider editors, not self-certified.
DROP TRIGGER programme_signups_guard_status ON public.programme_signups;
CREATE TRIGGER programme_signups_guard_status BEFORE UPDATE ON public.programme_signups
    FOR EACH ROW EXECUTE FUNCTION platform.guard_programme_signup_status();
CREATE TRIGGER event_signups_guard_attendance BEFORE INSERT OR UPDATE ON public.event_signups
    FOR EACH ROW EXECUTE FUNCTION platform.guard_event_signup();
