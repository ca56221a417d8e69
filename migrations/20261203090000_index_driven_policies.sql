-- 20261203090000_index_driven_policies.sql
-- Policies of the form "mine OR my provider's" as two indexable conditions, so that a member's
-- list, and PostgREST's count of it (Prefer: count=exact), is a BitmapOr of index scans rather than
-- a sequential scan with a correlated EXISTS per row, whose cost estimate also switched on JIT
-- compilation (~300 ms). Measured at the medium demo scale with PostgREST's request SQL
-- (bench/postgrest_plans.py; a member, db-max-rows 1000, Prefer: count=exact): course_signups
-- 550 ms -> 7 ms. Same rows visible as before (tests/pgtap/21_rls_matrix.sql, 20_rls_isolation.sql).
GRANT EXECUTE ON FUNCTION platform.my_provider_course_ids(text), platform.my_provider_event_ids(text)
    TO authenticated, service_role;

ALTER POLICY course_signups_select ON public.course_signups
    USING (user_id = (SELECT auth.uid()) OR course_id = ANY (ARRAY(SELECT platform.my_provider_course_ids())));
ALTER POLICY course_engagements_select ON public.course_engagements
    USING (user_id = (SELECT auth.uid()) OR course_id = ANY (ARRAY(SELECT platform.my_provider_course_ids())));
ALTER POLICY event_signups_select ON public.event_signups
    USING (user_id = (SELECT auth.uid()) OR event_id = ANY (ARRAY(SELECT platform.my_provider_event_ids())));
