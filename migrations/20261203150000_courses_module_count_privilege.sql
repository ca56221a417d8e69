-- 20261203150000_courses_module_count_privilege.sql
-- courses.module_count is derived: the course_modules rollup (platform.course_modules_rollup)
-- keeps it equal to the course's number of modules, and every signup's progress is a share of it.
-- It arrived (20261126000000_domain_logic) after the table-wide INSERT / UPDATE grants of
-- 20261125230000_row_level_security, so an editor could write it: with module_count = 1, one
-- completed module made every learner of a nine-module course 100 % done and completed. The API
-- role gets the other columns only (42501 for module_count), as for every other derived column
-- (course_signups' progress, companies' completeness, mentor_credits' usage).
REVOKE INSERT, UPDATE ON public.courses FROM authenticated;
GRANT INSERT (id, tenant_id, provider_id, programme_id, title, description, order_index, unlocks_at, estimated_minutes,
              status, published_at, created_at, updated_at)
    ON public.courses TO authenticated;
GRANT UPDATE (id, tenant_id, provider_id, programme_id, title, description, order_index, unlocks_at, estimated_minutes,
              status, published_at, created_at, updated_at)
    ON public.courses TO authenticated;
