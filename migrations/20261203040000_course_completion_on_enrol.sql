-- 20261203040000_course_completion_on_enrol.sql
-- A signup that is complete from the start (re-enrolling after the old signup was deleted, with
-- every module done) gets completed_at from course_signups_init (it used to stay NULL at 100 %);
-- its completion is logged once the row exists, by this statement trigger.
CREATE TRIGGER course_signups_20_completed AFTER INSERT ON public.course_signups
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.course_signups_completed();
