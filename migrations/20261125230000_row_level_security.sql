-- 20261125230000_row_level_security.sql
-- Row-level security: who may select, insert, update and delete what (README, "Access matrix").
--
-- * RLS is enabled on every table and partition (previous migrations), so anything not allowed
--   here is denied. Partitions of activities are not granted to anyone: they are read through
--   the parent, whose policies apply.
-- * Privileges: PUBLIC, anon and authenticated start from nothing; authenticated gets, per table,
--   only the commands (and for writes, the columns) the matrix allows. Columns maintained by the
--   platform (progress, credits_used, profile_completeness_score, ...) are not writable, and
--   mentors.calendar_token_encrypted is not readable. anon gets nothing. service_role keeps ALL
--   and bypasses RLS, as on Supabase.
-- * Policies are TO authenticated, one per command (never FOR ALL), so there is at most one
--   permissive policy per table, role and command. Identity is (SELECT auth.uid()) and membership
--   comes from the STABLE SECURITY DEFINER helpers in schema platform, called as
--   `col = ANY (ARRAY(SELECT platform.my_...()))` so that each runs once per query.
-- * WITH CHECK repeats the USING condition on the new row, so an UPDATE cannot move a row to a
--   tenant, provider or company the caller does not control (SQLSTATE 42501).

-- Every column a policy reads has an index leading with it; the schema migration's indexes cover
-- all of them but this one (comments_target_idx leads with target_type).
CREATE INDEX comments_target_id_idx ON public.comments (target_id);

-- The helper functions policies call.
GRANT EXECUTE ON FUNCTION
    platform.role_rank(text), platform.check_role(text), platform.my_tenant_ids(text), platform.my_provider_ids(text),
    platform.my_provider_tenant_ids(text), platform.my_company_ids(text), platform.my_mentor_ids(),
    platform.my_mentor_session_ids(), platform.is_platform_admin(text), platform.can_edit_target(text, uuid)
    TO authenticated, service_role;

-- Start from nothing (Supabase grants ALL on new tables in public to anon and authenticated by
-- default), then grant per table below.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, anon, authenticated;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, anon, authenticated;
-- (Functions are not revoked wholesale: on a plain database public also holds pgvector's and
-- pgcrypto's functions, which every role must keep. The extension revokes PUBLIC from its own.)
GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;
GRANT ALL ON ALL TABLES IN SCHEMA public TO service_role;
REVOKE ALL ON public.activities_2026q1, public.activities_2026q2, public.activities_2026q3, public.activities_2026q4,
              public.activities_2027q1, public.activities_default FROM service_role;

-------------------------------------------------------------------------------------------------
-- tenants: Members read their tenants; owners/admins edit name and settings.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.tenants TO authenticated;
GRANT UPDATE (name, settings) ON public.tenants TO authenticated;
CREATE POLICY tenants_select ON public.tenants FOR SELECT TO authenticated
    USING (id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY tenants_update ON public.tenants FOR UPDATE TO authenticated
    USING (id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))))
    WITH CHECK (id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))));

-------------------------------------------------------------------------------------------------
-- users: Users read themselves and the members of their tenants; they create and edit only their own profile.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.users TO authenticated;
GRANT INSERT (id, email, full_name, avatar_url) ON public.users TO authenticated;
GRANT UPDATE (email, full_name, avatar_url) ON public.users TO authenticated;
CREATE POLICY users_select ON public.users FOR SELECT TO authenticated
    USING (id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.tenant_users tu WHERE tu.user_id = users.id AND tu.tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))));
CREATE POLICY users_insert ON public.users FOR INSERT TO authenticated
    WITH CHECK (id = (SELECT auth.uid()));
CREATE POLICY users_update ON public.users FOR UPDATE TO authenticated
    USING (id = (SELECT auth.uid()))
    WITH CHECK (id = (SELECT auth.uid()));

-------------------------------------------------------------------------------------------------
-- roles: The role vocabulary is readable by every signed-in user.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.roles TO authenticated;
CREATE POLICY roles_select ON public.roles FOR SELECT TO authenticated
    USING (true);

-------------------------------------------------------------------------------------------------
-- tenant_users: Members read their tenants memberships (and their own anywhere); owners/admins manage them, only owners grant owner; users may leave.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.tenant_users TO authenticated;
GRANT INSERT (tenant_id, user_id, role, status) ON public.tenant_users TO authenticated;
GRANT UPDATE (role, status) ON public.tenant_users TO authenticated;
GRANT DELETE ON public.tenant_users TO authenticated;
CREATE POLICY tenant_users_select ON public.tenant_users FOR SELECT TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())) OR user_id = (SELECT auth.uid())));
CREATE POLICY tenant_users_insert ON public.tenant_users FOR INSERT TO authenticated
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) AND (role <> 'owner' OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('owner'))))));
CREATE POLICY tenant_users_update ON public.tenant_users FOR UPDATE TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))))
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) AND (role <> 'owner' OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('owner'))))));
CREATE POLICY tenant_users_delete ON public.tenant_users FOR DELETE TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR user_id = (SELECT auth.uid())));

-------------------------------------------------------------------------------------------------
-- user_preferences: Each user manages their own preferences, in tenants they belong to.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.user_preferences TO authenticated;
GRANT INSERT (tenant_id, user_id, topics, learning_style, preferences) ON public.user_preferences TO authenticated;
GRANT UPDATE (topics, learning_style, preferences) ON public.user_preferences TO authenticated;
GRANT DELETE ON public.user_preferences TO authenticated;
CREATE POLICY user_preferences_select ON public.user_preferences FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()));
CREATE POLICY user_preferences_insert ON public.user_preferences FOR INSERT TO authenticated
    WITH CHECK ((user_id = (SELECT auth.uid()) AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))));
CREATE POLICY user_preferences_update ON public.user_preferences FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK ((user_id = (SELECT auth.uid()) AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))));
CREATE POLICY user_preferences_delete ON public.user_preferences FOR DELETE TO authenticated
    USING (user_id = (SELECT auth.uid()));

-------------------------------------------------------------------------------------------------
-- user_embeddings: Each user reads (and may delete) their own taste vector; it is computed by platform.refresh_user_embedding.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.user_embeddings TO authenticated;
GRANT DELETE ON public.user_embeddings TO authenticated;
CREATE POLICY user_embeddings_select ON public.user_embeddings FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()));
CREATE POLICY user_embeddings_delete ON public.user_embeddings FOR DELETE TO authenticated
    USING (user_id = (SELECT auth.uid()));

-------------------------------------------------------------------------------------------------
-- user_saved_items: Each user manages their own bookmarks, in tenants they belong to.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.user_saved_items TO authenticated;
GRANT INSERT (tenant_id, user_id, item_type, item_id, note) ON public.user_saved_items TO authenticated;
GRANT UPDATE (note) ON public.user_saved_items TO authenticated;
GRANT DELETE ON public.user_saved_items TO authenticated;
CREATE POLICY user_saved_items_select ON public.user_saved_items FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()));
CREATE POLICY user_saved_items_insert ON public.user_saved_items FOR INSERT TO authenticated
    WITH CHECK ((user_id = (SELECT auth.uid()) AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))));
CREATE POLICY user_saved_items_update ON public.user_saved_items FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY user_saved_items_delete ON public.user_saved_items FOR DELETE TO authenticated
    USING (user_id = (SELECT auth.uid()));

-------------------------------------------------------------------------------------------------
-- user_roles: Platform roles: users see their own; the platform team sees all. Granted by the service role.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.user_roles TO authenticated;
CREATE POLICY user_roles_select ON public.user_roles FOR SELECT TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR (SELECT platform.is_platform_admin())));

-------------------------------------------------------------------------------------------------
-- providers: Members read their tenants providers; tenant owners/admins create and delete them; provider owners/admins edit their own.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.providers TO authenticated;
GRANT INSERT (id, tenant_id, name, slug, description, website_url, logo_url, status) ON public.providers TO authenticated;
GRANT UPDATE (name, slug, description, website_url, logo_url, status) ON public.providers TO authenticated;
GRANT DELETE ON public.providers TO authenticated;
CREATE POLICY providers_select ON public.providers FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY providers_insert ON public.providers FOR INSERT TO authenticated
    WITH CHECK (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))));
CREATE POLICY providers_update ON public.providers FOR UPDATE TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR id = ANY (ARRAY(SELECT platform.my_provider_ids('admin')))))
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR id = ANY (ARRAY(SELECT platform.my_provider_ids('admin')))));
CREATE POLICY providers_delete ON public.providers FOR DELETE TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))));

-------------------------------------------------------------------------------------------------
-- providers_staff: Staff see their colleagues, users their own invitations; provider owners/admins and tenant owners/admins manage staff; staff may leave.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.providers_staff TO authenticated;
GRANT INSERT (provider_id, user_id, tenant_id, role, invited_by, invited_at) ON public.providers_staff TO authenticated;
GRANT UPDATE (role, invited_at) ON public.providers_staff TO authenticated;
GRANT DELETE ON public.providers_staff TO authenticated;
CREATE POLICY providers_staff_select ON public.providers_staff FOR SELECT TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR provider_id = ANY (ARRAY(SELECT platform.my_provider_ids())) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY providers_staff_insert ON public.providers_staff FOR INSERT TO authenticated
    WITH CHECK ((provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY providers_staff_update ON public.providers_staff FOR UPDATE TO authenticated
    USING ((provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))))
    WITH CHECK ((provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY providers_staff_delete ON public.providers_staff FOR DELETE TO authenticated
    USING ((provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR user_id = (SELECT auth.uid())));

-------------------------------------------------------------------------------------------------
-- companies: Members read their tenants companies and may create one (becoming its owner); company staff edit the profile; company owners/admins and tenant owners/admins delete.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.companies TO authenticated;
GRANT INSERT (id, tenant_id, name, description, website_url, logo_url, sector, company_size, stage, funding_stage, funding_raised, challenges, location, postcode, status) ON public.companies TO authenticated;
GRANT UPDATE (name, description, website_url, logo_url, sector, company_size, stage, funding_stage, funding_raised, challenges, location, postcode, status) ON public.companies TO authenticated;
GRANT DELETE ON public.companies TO authenticated;
CREATE POLICY companies_select ON public.companies FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY companies_insert ON public.companies FOR INSERT TO authenticated
    WITH CHECK (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('member'))));
CREATE POLICY companies_update ON public.companies FOR UPDATE TO authenticated
    USING ((id = ANY (ARRAY(SELECT platform.my_company_ids('member'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))))
    WITH CHECK ((id = ANY (ARRAY(SELECT platform.my_company_ids('member'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY companies_delete ON public.companies FOR DELETE TO authenticated
    USING ((id = ANY (ARRAY(SELECT platform.my_company_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));

-------------------------------------------------------------------------------------------------
-- company_staff: Company staff see their colleagues; company owners/admins and tenant owners/admins manage staff; staff may leave.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.company_staff TO authenticated;
GRANT INSERT (company_id, user_id, tenant_id, role, job_title, status) ON public.company_staff TO authenticated;
GRANT UPDATE (role, job_title, status) ON public.company_staff TO authenticated;
GRANT DELETE ON public.company_staff TO authenticated;
CREATE POLICY company_staff_select ON public.company_staff FOR SELECT TO authenticated
    USING ((company_id = ANY (ARRAY(SELECT platform.my_company_ids())) OR user_id = (SELECT auth.uid()) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY company_staff_insert ON public.company_staff FOR INSERT TO authenticated
    WITH CHECK ((company_id = ANY (ARRAY(SELECT platform.my_company_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY company_staff_update ON public.company_staff FOR UPDATE TO authenticated
    USING ((company_id = ANY (ARRAY(SELECT platform.my_company_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))))
    WITH CHECK ((company_id = ANY (ARRAY(SELECT platform.my_company_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY company_staff_delete ON public.company_staff FOR DELETE TO authenticated
    USING ((company_id = ANY (ARRAY(SELECT platform.my_company_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR user_id = (SELECT auth.uid())));

-------------------------------------------------------------------------------------------------
-- places: Members read their tenants venues; tenant owners/admins and provider editors manage them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.places TO authenticated;
GRANT INSERT ON public.places TO authenticated;
GRANT UPDATE ON public.places TO authenticated;
GRANT DELETE ON public.places TO authenticated;
CREATE POLICY places_select ON public.places FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY places_insert ON public.places FOR INSERT TO authenticated
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_provider_tenant_ids('editor')))));
CREATE POLICY places_update ON public.places FOR UPDATE TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_provider_tenant_ids('editor')))))
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_provider_tenant_ids('editor')))));
CREATE POLICY places_delete ON public.places FOR DELETE TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_provider_tenant_ids('editor')))));

-------------------------------------------------------------------------------------------------
-- programmes: Members read published programmes of their tenant; their providers staff read all of them; provider editors write them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.programmes TO authenticated;
GRANT INSERT ON public.programmes TO authenticated;
GRANT UPDATE ON public.programmes TO authenticated;
GRANT DELETE ON public.programmes TO authenticated;
CREATE POLICY programmes_select ON public.programmes FOR SELECT TO authenticated
    USING (((status = 'published' AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))) OR provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))));
CREATE POLICY programmes_insert ON public.programmes FOR INSERT TO authenticated
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY programmes_update ON public.programmes FOR UPDATE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY programmes_delete ON public.programmes FOR DELETE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));

-------------------------------------------------------------------------------------------------
-- cohorts: Like programmes; a published cohort is visible only while its programme is.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.cohorts TO authenticated;
GRANT INSERT ON public.cohorts TO authenticated;
GRANT UPDATE ON public.cohorts TO authenticated;
GRANT DELETE ON public.cohorts TO authenticated;
CREATE POLICY cohorts_select ON public.cohorts FOR SELECT TO authenticated
    USING (((status = 'published' AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())) AND EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = cohorts.programme_id AND x.status = 'published')) OR provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))));
CREATE POLICY cohorts_insert ON public.cohorts FOR INSERT TO authenticated
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY cohorts_update ON public.cohorts FOR UPDATE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY cohorts_delete ON public.cohorts FOR DELETE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));

-------------------------------------------------------------------------------------------------
-- courses: Like programmes; a published course is visible only while its programme is.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.courses TO authenticated;
GRANT INSERT ON public.courses TO authenticated;
GRANT UPDATE ON public.courses TO authenticated;
GRANT DELETE ON public.courses TO authenticated;
CREATE POLICY courses_select ON public.courses FOR SELECT TO authenticated
    USING (((status = 'published' AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())) AND EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = courses.programme_id AND x.status = 'published')) OR provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))));
CREATE POLICY courses_insert ON public.courses FOR INSERT TO authenticated
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY courses_update ON public.courses FOR UPDATE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY courses_delete ON public.courses FOR DELETE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));

-------------------------------------------------------------------------------------------------
-- course_pages: Readable with their course; provider editors write them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.course_pages TO authenticated;
GRANT INSERT ON public.course_pages TO authenticated;
GRANT UPDATE ON public.course_pages TO authenticated;
GRANT DELETE ON public.course_pages TO authenticated;
CREATE POLICY course_pages_select ON public.course_pages FOR SELECT TO authenticated
    USING ((EXISTS (SELECT 1 FROM public.courses x WHERE x.id = course_pages.course_id) OR provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))));
CREATE POLICY course_pages_insert ON public.course_pages FOR INSERT TO authenticated
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY course_pages_update ON public.course_pages FOR UPDATE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY course_pages_delete ON public.course_pages FOR DELETE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));

-------------------------------------------------------------------------------------------------
-- course_modules: Readable with their course; provider editors write them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.course_modules TO authenticated;
GRANT INSERT ON public.course_modules TO authenticated;
GRANT UPDATE ON public.course_modules TO authenticated;
GRANT DELETE ON public.course_modules TO authenticated;
CREATE POLICY course_modules_select ON public.course_modules FOR SELECT TO authenticated
    USING ((EXISTS (SELECT 1 FROM public.courses x WHERE x.id = course_modules.course_id) OR provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))));
CREATE POLICY course_modules_insert ON public.course_modules FOR INSERT TO authenticated
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY course_modules_update ON public.course_modules FOR UPDATE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY course_modules_delete ON public.course_modules FOR DELETE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));

-------------------------------------------------------------------------------------------------
-- events: Members read published events of their tenant; their providers staff read all; provider editors write them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.events TO authenticated;
GRANT INSERT ON public.events TO authenticated;
GRANT UPDATE ON public.events TO authenticated;
GRANT DELETE ON public.events TO authenticated;
CREATE POLICY events_select ON public.events FOR SELECT TO authenticated
    USING (((status = 'published' AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))) OR provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))));
CREATE POLICY events_insert ON public.events FOR INSERT TO authenticated
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY events_update ON public.events FOR UPDATE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY events_delete ON public.events FOR DELETE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));

-------------------------------------------------------------------------------------------------
-- resources: Members read published resources of their tenant; their providers staff read all; provider editors write them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.resources TO authenticated;
GRANT INSERT ON public.resources TO authenticated;
GRANT UPDATE ON public.resources TO authenticated;
GRANT DELETE ON public.resources TO authenticated;
CREATE POLICY resources_select ON public.resources FOR SELECT TO authenticated
    USING (((status = 'published' AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))) OR provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))));
CREATE POLICY resources_insert ON public.resources FOR INSERT TO authenticated
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY resources_update ON public.resources FOR UPDATE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY resources_delete ON public.resources FOR DELETE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));

-------------------------------------------------------------------------------------------------
-- programme_signups: Company staff see and make their companys applications (as pending, to published programmes) and may withdraw pending ones; the programmes provider staff see them, and its editors review them (status changes are guarded by trigger).
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.programme_signups TO authenticated;
GRANT INSERT (id, tenant_id, company_id, programme_id, cohort_id, application, applied_by) ON public.programme_signups TO authenticated;
GRANT UPDATE (cohort_id, status, application, reviewed_by, reviewed_at, enrolled_at) ON public.programme_signups TO authenticated;
GRANT DELETE ON public.programme_signups TO authenticated;
CREATE POLICY programme_signups_select ON public.programme_signups FOR SELECT TO authenticated
    USING ((company_id = ANY (ARRAY(SELECT platform.my_company_ids())) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = programme_signups.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids())))));
CREATE POLICY programme_signups_insert ON public.programme_signups FOR INSERT TO authenticated
    WITH CHECK ((company_id = ANY (ARRAY(SELECT platform.my_company_ids('member'))) AND status = 'pending' AND EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = programme_signups.programme_id AND x.status = 'published')));
CREATE POLICY programme_signups_update ON public.programme_signups FOR UPDATE TO authenticated
    USING ((company_id = ANY (ARRAY(SELECT platform.my_company_ids('member'))) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = programme_signups.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))))
    WITH CHECK ((company_id = ANY (ARRAY(SELECT platform.my_company_ids('member'))) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = programme_signups.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))));
CREATE POLICY programme_signups_delete ON public.programme_signups FOR DELETE TO authenticated
    USING (((company_id = ANY (ARRAY(SELECT platform.my_company_ids('member'))) AND status = 'pending') OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = programme_signups.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))));

-------------------------------------------------------------------------------------------------
-- course_signups: Users sign up to readable courses and see their own signups; the courses provider staff see them. Progress columns are maintained by trigger.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.course_signups TO authenticated;
GRANT INSERT (id, tenant_id, user_id, course_id) ON public.course_signups TO authenticated;
GRANT UPDATE (status) ON public.course_signups TO authenticated;
GRANT DELETE ON public.course_signups TO authenticated;
CREATE POLICY course_signups_select ON public.course_signups FOR SELECT TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.courses x WHERE x.id = course_signups.course_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids())))));
CREATE POLICY course_signups_insert ON public.course_signups FOR INSERT TO authenticated
    WITH CHECK ((user_id = (SELECT auth.uid()) AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())) AND EXISTS (SELECT 1 FROM public.courses x WHERE x.id = course_signups.course_id)));
CREATE POLICY course_signups_update ON public.course_signups FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY course_signups_delete ON public.course_signups FOR DELETE TO authenticated
    USING (user_id = (SELECT auth.uid()));

-------------------------------------------------------------------------------------------------
-- course_engagements: Users record their own responses to modules of readable courses; the courses provider staff see them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.course_engagements TO authenticated;
GRANT INSERT (id, tenant_id, user_id, course_id, module_id, response, completed_at) ON public.course_engagements TO authenticated;
GRANT UPDATE (response, completed_at) ON public.course_engagements TO authenticated;
GRANT DELETE ON public.course_engagements TO authenticated;
CREATE POLICY course_engagements_select ON public.course_engagements FOR SELECT TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.courses x WHERE x.id = course_engagements.course_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids())))));
CREATE POLICY course_engagements_insert ON public.course_engagements FOR INSERT TO authenticated
    WITH CHECK ((user_id = (SELECT auth.uid()) AND EXISTS (SELECT 1 FROM public.courses x WHERE x.id = course_engagements.course_id)));
CREATE POLICY course_engagements_update ON public.course_engagements FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY course_engagements_delete ON public.course_engagements FOR DELETE TO authenticated
    USING (user_id = (SELECT auth.uid()));

-------------------------------------------------------------------------------------------------
-- event_signups: Users register for readable events and manage their registration; the events provider staff see them and record attendance.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.event_signups TO authenticated;
GRANT INSERT (id, tenant_id, event_id, user_id, status, attendance_mode) ON public.event_signups TO authenticated;
GRANT UPDATE (status, attendance_mode, attended, attendance_confirmed_at) ON public.event_signups TO authenticated;
GRANT DELETE ON public.event_signups TO authenticated;
CREATE POLICY event_signups_select ON public.event_signups FOR SELECT TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.events x WHERE x.id = event_signups.event_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids())))));
CREATE POLICY event_signups_insert ON public.event_signups FOR INSERT TO authenticated
    WITH CHECK ((user_id = (SELECT auth.uid()) AND EXISTS (SELECT 1 FROM public.events x WHERE x.id = event_signups.event_id)));
CREATE POLICY event_signups_update ON public.event_signups FOR UPDATE TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.events x WHERE x.id = event_signups.event_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))))
    WITH CHECK ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.events x WHERE x.id = event_signups.event_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))));
CREATE POLICY event_signups_delete ON public.event_signups FOR DELETE TO authenticated
    USING (user_id = (SELECT auth.uid()));

-------------------------------------------------------------------------------------------------
-- mentors: Members read their tenants mentors (never the calendar token column); mentors edit their own profile; tenant owners/admins manage mentors.
-------------------------------------------------------------------------------------------------
GRANT SELECT (id, tenant_id, user_id, headline, bio, expertise_areas, industries, linkedin_url, status, created_at, updated_at) ON public.mentors TO authenticated;
GRANT INSERT (id, tenant_id, user_id, headline, bio, expertise_areas, industries, linkedin_url, status) ON public.mentors TO authenticated;
GRANT UPDATE (headline, bio, expertise_areas, industries, linkedin_url, status) ON public.mentors TO authenticated;
GRANT DELETE ON public.mentors TO authenticated;
CREATE POLICY mentors_select ON public.mentors FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY mentors_insert ON public.mentors FOR INSERT TO authenticated
    WITH CHECK (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))));
CREATE POLICY mentors_update ON public.mentors FOR UPDATE TO authenticated
    USING ((id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))))
    WITH CHECK ((id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY mentors_delete ON public.mentors FOR DELETE TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))));

-------------------------------------------------------------------------------------------------
-- mentor_programmes: Members read mentor assignments; the programmes provider editors manage them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.mentor_programmes TO authenticated;
GRANT INSERT ON public.mentor_programmes TO authenticated;
GRANT UPDATE (contract_reference, hourly_rate, rate_currency, status) ON public.mentor_programmes TO authenticated;
GRANT DELETE ON public.mentor_programmes TO authenticated;
CREATE POLICY mentor_programmes_select ON public.mentor_programmes FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY mentor_programmes_insert ON public.mentor_programmes FOR INSERT TO authenticated
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY mentor_programmes_update ON public.mentor_programmes FOR UPDATE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))
    WITH CHECK (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));
CREATE POLICY mentor_programmes_delete ON public.mentor_programmes FOR DELETE TO authenticated
    USING (provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))));

-------------------------------------------------------------------------------------------------
-- mentor_availabilities: Members read availability; mentors manage their own slots, tenant owners/admins any.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.mentor_availabilities TO authenticated;
GRANT INSERT ON public.mentor_availabilities TO authenticated;
GRANT UPDATE ON public.mentor_availabilities TO authenticated;
GRANT DELETE ON public.mentor_availabilities TO authenticated;
CREATE POLICY mentor_availabilities_select ON public.mentor_availabilities FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY mentor_availabilities_insert ON public.mentor_availabilities FOR INSERT TO authenticated
    WITH CHECK ((mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY mentor_availabilities_update ON public.mentor_availabilities FOR UPDATE TO authenticated
    USING ((mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))))
    WITH CHECK ((mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY mentor_availabilities_delete ON public.mentor_availabilities FOR DELETE TO authenticated
    USING ((mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));

-------------------------------------------------------------------------------------------------
-- mentor_credits: Company staff see their ledgers; the programmes provider staff see them and its editors grant credits. credits_used is maintained by the booking trigger.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.mentor_credits TO authenticated;
GRANT INSERT (id, tenant_id, company_id, programme_id, credits_granted, status, valid_from, expires_at) ON public.mentor_credits TO authenticated;
GRANT UPDATE (credits_granted, status, valid_from, expires_at) ON public.mentor_credits TO authenticated;
GRANT DELETE ON public.mentor_credits TO authenticated;
CREATE POLICY mentor_credits_select ON public.mentor_credits FOR SELECT TO authenticated
    USING ((company_id = ANY (ARRAY(SELECT platform.my_company_ids())) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_credits.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids())))));
CREATE POLICY mentor_credits_insert ON public.mentor_credits FOR INSERT TO authenticated
    WITH CHECK (EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_credits.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor')))));
CREATE POLICY mentor_credits_update ON public.mentor_credits FOR UPDATE TO authenticated
    USING (EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_credits.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor')))))
    WITH CHECK (EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_credits.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor')))));
CREATE POLICY mentor_credits_delete ON public.mentor_credits FOR DELETE TO authenticated
    USING (EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_credits.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor')))));

-------------------------------------------------------------------------------------------------
-- mentor_sessions: Mentors, attendees and the paying companys staff see a session; company members book (insert) against their companys credits; the mentor or the company update it (confirm, complete, cancel).
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.mentor_sessions TO authenticated;
GRANT INSERT (id, tenant_id, mentor_id, credit_id, credits_consumed, status, starts_at, ends_at, meeting_url, notes, booked_by) ON public.mentor_sessions TO authenticated;
GRANT UPDATE (credits_consumed, status, starts_at, ends_at, external_calendar_id, meeting_url, notes, cancelled_at) ON public.mentor_sessions TO authenticated;
CREATE POLICY mentor_sessions_select ON public.mentor_sessions FOR SELECT TO authenticated
    USING (id = ANY (ARRAY(SELECT platform.my_mentor_session_ids())));
CREATE POLICY mentor_sessions_insert ON public.mentor_sessions FOR INSERT TO authenticated
    WITH CHECK (EXISTS (SELECT 1 FROM public.mentor_credits c WHERE c.id = mentor_sessions.credit_id AND c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member')))));
CREATE POLICY mentor_sessions_update ON public.mentor_sessions FOR UPDATE TO authenticated
    USING ((mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR EXISTS (SELECT 1 FROM public.mentor_credits c WHERE c.id = mentor_sessions.credit_id AND c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member'))))))
    WITH CHECK ((mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR EXISTS (SELECT 1 FROM public.mentor_credits c WHERE c.id = mentor_sessions.credit_id AND c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member'))))));

-------------------------------------------------------------------------------------------------
-- mentor_session_signups: Participants see a sessions attendees; the booking companys members add and remove attendees; attendees may leave.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.mentor_session_signups TO authenticated;
GRANT INSERT (session_id, user_id, tenant_id, role) ON public.mentor_session_signups TO authenticated;
GRANT UPDATE (role) ON public.mentor_session_signups TO authenticated;
GRANT DELETE ON public.mentor_session_signups TO authenticated;
CREATE POLICY mentor_session_signups_select ON public.mentor_session_signups FOR SELECT TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR session_id = ANY (ARRAY(SELECT platform.my_mentor_session_ids()))));
CREATE POLICY mentor_session_signups_insert ON public.mentor_session_signups FOR INSERT TO authenticated
    WITH CHECK (EXISTS (SELECT 1 FROM public.mentor_sessions s JOIN public.mentor_credits c ON c.id = s.credit_id WHERE s.id = mentor_session_signups.session_id AND c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member')))));
CREATE POLICY mentor_session_signups_update ON public.mentor_session_signups FOR UPDATE TO authenticated
    USING (EXISTS (SELECT 1 FROM public.mentor_sessions s JOIN public.mentor_credits c ON c.id = s.credit_id WHERE s.id = mentor_session_signups.session_id AND c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member')))))
    WITH CHECK (EXISTS (SELECT 1 FROM public.mentor_sessions s JOIN public.mentor_credits c ON c.id = s.credit_id WHERE s.id = mentor_session_signups.session_id AND c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member')))));
CREATE POLICY mentor_session_signups_delete ON public.mentor_session_signups FOR DELETE TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.mentor_sessions s JOIN public.mentor_credits c ON c.id = s.credit_id WHERE s.id = mentor_session_signups.session_id AND c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member'))))));

-------------------------------------------------------------------------------------------------
-- mentor_pairings: The mentor, the companys staff, the programmes provider staff and tenant owners/admins see a pairing; tenant owners/admins and the programmes provider editors manage them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.mentor_pairings TO authenticated;
GRANT INSERT ON public.mentor_pairings TO authenticated;
GRANT UPDATE (status, started_on, ended_on, notes) ON public.mentor_pairings TO authenticated;
GRANT DELETE ON public.mentor_pairings TO authenticated;
CREATE POLICY mentor_pairings_select ON public.mentor_pairings FOR SELECT TO authenticated
    USING ((mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids())) OR company_id = ANY (ARRAY(SELECT platform.my_company_ids())) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_pairings.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY mentor_pairings_insert ON public.mentor_pairings FOR INSERT TO authenticated
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_pairings.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))));
CREATE POLICY mentor_pairings_update ON public.mentor_pairings FOR UPDATE TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_pairings.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))))
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_pairings.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))));
CREATE POLICY mentor_pairings_delete ON public.mentor_pairings FOR DELETE TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = mentor_pairings.programme_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))));

-------------------------------------------------------------------------------------------------
-- tags: Members read their tenants tags; tenant owners/admins and provider editors manage them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.tags TO authenticated;
GRANT INSERT (id, tenant_id, name, tag_set, description) ON public.tags TO authenticated;
GRANT UPDATE (name, tag_set, description) ON public.tags TO authenticated;
GRANT DELETE ON public.tags TO authenticated;
CREATE POLICY tags_select ON public.tags FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY tags_insert ON public.tags FOR INSERT TO authenticated
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_provider_tenant_ids('editor')))));
CREATE POLICY tags_update ON public.tags FOR UPDATE TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_provider_tenant_ids('editor')))))
    WITH CHECK ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_provider_tenant_ids('editor')))));
CREATE POLICY tags_delete ON public.tags FOR DELETE TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR tenant_id = ANY (ARRAY(SELECT platform.my_provider_tenant_ids('editor')))));

-------------------------------------------------------------------------------------------------
-- tag_links: Members read their tenants tag links; whoever may edit the target (its providers editors; for mentors the mentor or tenant owners/admins) links and unlinks tags.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.tag_links TO authenticated;
GRANT INSERT (tag_id, target_type, target_id, tenant_id) ON public.tag_links TO authenticated;
GRANT DELETE ON public.tag_links TO authenticated;
CREATE POLICY tag_links_select ON public.tag_links FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
CREATE POLICY tag_links_insert ON public.tag_links FOR INSERT TO authenticated
    WITH CHECK ((SELECT platform.can_edit_target(target_type, target_id)));
CREATE POLICY tag_links_delete ON public.tag_links FOR DELETE TO authenticated
    USING ((SELECT platform.can_edit_target(target_type, target_id)));

-------------------------------------------------------------------------------------------------
-- embeddings: Members read their tenants content vectors; they are written by the embedding job (service role) through platform.upsert_embedding.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.embeddings TO authenticated;
CREATE POLICY embeddings_select ON public.embeddings FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));

-------------------------------------------------------------------------------------------------
-- notifications: Users read, mark read and delete their own notifications; they are created by the platform.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.notifications TO authenticated;
GRANT UPDATE (read_at) ON public.notifications TO authenticated;
GRANT DELETE ON public.notifications TO authenticated;
CREATE POLICY notifications_select ON public.notifications FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()));
CREATE POLICY notifications_update ON public.notifications FOR UPDATE TO authenticated
    USING (user_id = (SELECT auth.uid()))
    WITH CHECK (user_id = (SELECT auth.uid()));
CREATE POLICY notifications_delete ON public.notifications FOR DELETE TO authenticated
    USING (user_id = (SELECT auth.uid()));

-------------------------------------------------------------------------------------------------
-- comments: Published comments on readable resources are visible to members, hidden ones to their author and the resources provider staff; members comment as themselves; authors edit and delete their own, the providers editors moderate.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.comments TO authenticated;
GRANT INSERT (id, tenant_id, user_id, target_type, target_id, parent_comment_id, body) ON public.comments TO authenticated;
GRANT UPDATE (body, status, edited_at) ON public.comments TO authenticated;
GRANT DELETE ON public.comments TO authenticated;
CREATE POLICY comments_select ON public.comments FOR SELECT TO authenticated
    USING ((EXISTS (SELECT 1 FROM public.resources x WHERE x.id = comments.target_id) AND (status = 'published' OR user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.resources x WHERE x.id = comments.target_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids()))))));
CREATE POLICY comments_insert ON public.comments FOR INSERT TO authenticated
    WITH CHECK ((user_id = (SELECT auth.uid()) AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('member'))) AND EXISTS (SELECT 1 FROM public.resources x WHERE x.id = comments.target_id)));
CREATE POLICY comments_update ON public.comments FOR UPDATE TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.resources x WHERE x.id = comments.target_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))))
    WITH CHECK ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.resources x WHERE x.id = comments.target_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))));
CREATE POLICY comments_delete ON public.comments FOR DELETE TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR EXISTS (SELECT 1 FROM public.resources x WHERE x.id = comments.target_id AND x.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids('editor'))))));

-------------------------------------------------------------------------------------------------
-- activities: Users log and read their own activity; tenant owners/admins read their tenants.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.activities TO authenticated;
GRANT INSERT (id, occurred_at, tenant_id, user_id, action, target_type, target_id, metadata) ON public.activities TO authenticated;
CREATE POLICY activities_select ON public.activities FOR SELECT TO authenticated
    USING ((user_id = (SELECT auth.uid()) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));
CREATE POLICY activities_insert ON public.activities FOR INSERT TO authenticated
    WITH CHECK ((user_id = (SELECT auth.uid()) AND tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))));

-------------------------------------------------------------------------------------------------
-- provider_summaries: Provider staff read their providers daily summaries, tenant owners/admins all of the tenants.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.provider_summaries TO authenticated;
CREATE POLICY provider_summaries_select ON public.provider_summaries FOR SELECT TO authenticated
    USING ((provider_id = ANY (ARRAY(SELECT platform.my_provider_ids())) OR tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin')))));

-------------------------------------------------------------------------------------------------
-- audit_logs: Tenant owners/admins read their tenants audit trail; the platform team reads all. Nobody writes through the API.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.audit_logs TO authenticated;
CREATE POLICY audit_logs_select ON public.audit_logs FOR SELECT TO authenticated
    USING ((tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids('admin'))) OR (SELECT platform.is_platform_admin())));

-------------------------------------------------------------------------------------------------
-- impersonation_logs: The platform team reads impersonation logs; they are written by the impersonation functions.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.impersonation_logs TO authenticated;
CREATE POLICY impersonation_logs_select ON public.impersonation_logs FOR SELECT TO authenticated
    USING ((SELECT platform.is_platform_admin()));

-------------------------------------------------------------------------------------------------
-- api_error_logs: The platform team reads API error logs; the service role writes them.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.api_error_logs TO authenticated;
CREATE POLICY api_error_logs_select ON public.api_error_logs FOR SELECT TO authenticated
    USING ((SELECT platform.is_platform_admin()));

-------------------------------------------------------------------------------------------------
-- postcodes: Reference data, readable by every signed-in user.
-------------------------------------------------------------------------------------------------
GRANT SELECT ON public.postcodes TO authenticated;
CREATE POLICY postcodes_select ON public.postcodes FOR SELECT TO authenticated
    USING (true);

-------------------------------------------------------------------------------------------------
-- Guards that policies cannot express.
-------------------------------------------------------------------------------------------------
-- A member who creates a company becomes its owner (otherwise nobody could manage it).
CREATE TRIGGER companies_add_creator_as_owner AFTER INSERT ON public.companies
    FOR EACH ROW EXECUTE FUNCTION platform.add_company_creator();
-- Company staff may withdraw a pending application but not enrol themselves: only the
-- programme's provider editors (or the service role) move an application to active/suspended.
CREATE TRIGGER programme_signups_guard_status BEFORE UPDATE OF status ON public.programme_signups
    FOR EACH ROW EXECUTE FUNCTION platform.guard_programme_signup_status();


-- API functions.
GRANT EXECUTE ON FUNCTION public.accept_provider_invitation(uuid) TO authenticated;
