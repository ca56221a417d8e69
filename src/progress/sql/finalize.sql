-- The rollup triggers write progress columns no API role may write, and read engagements the
-- caller's RLS might hide: they run with the owner's rights and an empty search_path.
ALTER FUNCTION platform.course_engagements_rollup() SECURITY DEFINER SET search_path = '';
ALTER FUNCTION platform.course_modules_rollup() SECURITY DEFINER SET search_path = '';
ALTER FUNCTION platform.course_signups_init() SECURITY DEFINER SET search_path = '';
ALTER FUNCTION platform.progress_percent(bigint, bigint) SET search_path = '';
ALTER FUNCTION platform.course_progress(uuid, uuid) SET search_path = '';
COMMENT ON FUNCTION platform.course_engagements_rollup() IS
    'Statement trigger function on course_engagements (INSERT/UPDATE/DELETE, transition tables): recounts completed modules for each touched (user, course) under the signup row''s lock and sets progress_percent, started_at, completed_at (once; logs course.completed and enqueues it).';
COMMENT ON FUNCTION platform.course_modules_rollup() IS
    'Statement trigger function on course_modules: recounts courses.module_count and the progress of every signup of the touched courses.';
COMMENT ON FUNCTION platform.course_signups_init() IS
    'Trigger function (BEFORE INSERT ON course_signups): initialises progress from existing engagements; clients cannot set it.';
COMMENT ON FUNCTION platform.progress_percent(bigint, bigint) IS
    'ROUND(completed / total * 100) as the reference''s course progress query computes it; 0 when total is 0.';
COMMENT ON FUNCTION platform.course_progress(uuid, uuid) IS
    'A user''s progress in a course with per-page detail (modules, completed, required, complete). Runs with the caller''s rights (RLS applies).';
