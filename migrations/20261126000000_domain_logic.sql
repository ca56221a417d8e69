-- 20261126000000_domain_logic.sql
-- The domain logic of the design card, implemented in Rust in the extension and attached here:
-- profile completeness (src/completeness), course progress rollups (src/progress), and mentor
-- credit consumption (src/credits).

-------------------------------------------------------------------------------------------------
-- Profile completeness: companies.profile_completeness_score is computed, never written by clients.
-------------------------------------------------------------------------------------------------
CREATE TRIGGER tenants_10_settings_check BEFORE INSERT OR UPDATE OF settings ON public.tenants
    FOR EACH ROW EXECUTE FUNCTION platform.tenants_settings_check();
CREATE TRIGGER tenants_settings_rescore AFTER UPDATE OF settings ON public.tenants
    FOR EACH ROW EXECUTE FUNCTION platform.tenants_settings_rescore();
-- Sorts before companies_set_updated_at, so a changed score also stamps updated_at.
CREATE TRIGGER companies_10_completeness BEFORE INSERT OR UPDATE ON public.companies
    FOR EACH ROW EXECUTE FUNCTION platform.companies_completeness();
CREATE TRIGGER company_staff_completeness AFTER INSERT OR DELETE OR UPDATE OF status, company_id ON public.company_staff
    FOR EACH ROW EXECUTE FUNCTION platform.company_staff_completeness();

-- Score the companies that exist already.
UPDATE public.companies SET profile_completeness_score = profile_completeness_score;

-------------------------------------------------------------------------------------------------
-- Course progress: counters that make reading progress O(1).
-------------------------------------------------------------------------------------------------
ALTER TABLE public.courses
    ADD COLUMN module_count integer NOT NULL DEFAULT 0 CONSTRAINT courses_module_count_check CHECK (module_count >= 0);
COMMENT ON COLUMN public.courses.module_count IS 'Number of modules on the course''s pages (maintained by trigger).';
ALTER TABLE public.course_signups
    ADD COLUMN completed_modules integer NOT NULL DEFAULT 0 CONSTRAINT course_signups_completed_modules_check CHECK (completed_modules >= 0);
COMMENT ON COLUMN public.course_signups.completed_modules IS
    'Modules of the course the user has completed (engagements with completed_at; maintained by trigger).';

UPDATE public.courses c SET module_count = (SELECT count(*) FROM public.course_modules m WHERE m.course_id = c.id);
UPDATE public.course_signups s
SET completed_modules = x.done,
    progress_percent = platform.progress_percent(x.done, x.total),
    started_at = COALESCE(s.started_at, x.first_engaged)
FROM (SELECT s2.id,
             (SELECT count(*) FROM public.course_engagements e
               WHERE e.user_id = s2.user_id AND e.course_id = s2.course_id AND e.completed_at IS NOT NULL) AS done,
             (SELECT min(e.created_at) FROM public.course_engagements e
               WHERE e.user_id = s2.user_id AND e.course_id = s2.course_id) AS first_engaged,
             c.module_count::bigint AS total
      FROM public.course_signups s2 JOIN public.courses c ON c.id = s2.course_id) AS x
WHERE s.id = x.id;

-- Statement-level, with transition tables: a bulk write does one set-based pass.
CREATE TRIGGER course_engagements_rollup_insert AFTER INSERT ON public.course_engagements
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.course_engagements_rollup();
CREATE TRIGGER course_engagements_rollup_update AFTER UPDATE ON public.course_engagements
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.course_engagements_rollup();
CREATE TRIGGER course_engagements_rollup_delete AFTER DELETE ON public.course_engagements
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.course_engagements_rollup();
CREATE TRIGGER course_modules_rollup_insert AFTER INSERT ON public.course_modules
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.course_modules_rollup();
CREATE TRIGGER course_modules_rollup_update AFTER UPDATE ON public.course_modules
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.course_modules_rollup();
CREATE TRIGGER course_modules_rollup_delete AFTER DELETE ON public.course_modules
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.course_modules_rollup();
-- Sorts after course_signups_01_fill_scope.
CREATE TRIGGER course_signups_10_init BEFORE INSERT ON public.course_signups
    FOR EACH ROW EXECUTE FUNCTION platform.course_signups_init();

-------------------------------------------------------------------------------------------------
-- Mentor credits: booking (INSERT INTO mentor_sessions) consumes, cancelling refunds.
-------------------------------------------------------------------------------------------------
-- Ledgers must agree with their sessions before the trigger takes over.
UPDATE public.mentor_credits c
SET credits_used = LEAST(c.credits_granted, COALESCE((SELECT sum(s.credits_consumed) FROM public.mentor_sessions s
                                                      WHERE s.credit_id = c.id AND s.status <> 'cancelled'), 0));
-- AFTER, not BEFORE: row-level security checks a new row after BEFORE triggers, so a BEFORE
-- trigger would answer callers RLS is about to refuse (and tell them a ledger's balance). An
-- AFTER trigger that raises still undoes the whole statement.
CREATE TRIGGER mentor_sessions_credits AFTER INSERT OR UPDATE OR DELETE ON public.mentor_sessions
    FOR EACH ROW EXECUTE FUNCTION platform.mentor_sessions_credits();

-------------------------------------------------------------------------------------------------
-- API functions (they run with the caller's rights: RLS decides what they can see).
-------------------------------------------------------------------------------------------------
GRANT EXECUTE ON FUNCTION platform.profile_completeness(uuid), platform.course_progress(uuid, uuid),
                          platform.progress_percent(bigint, bigint)
    TO authenticated, service_role;
