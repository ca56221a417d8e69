-- 20261126020000_audit_and_outbox.sql
-- The audit trail, domain events and notifications (README, "Audit, outbox, notifications").
--
-- Audited: every business table below, with a statement-level trigger per operation (transition
-- tables; one INSERT ... SELECT into audit_logs per statement). Not audited (opt-out), because
-- they are logs or derived data themselves, or reference data: audit_logs, activities,
-- event_outbox, api_error_logs, impersonation_logs, notifications, provider_summaries,
-- embeddings, user_embeddings, postcodes.

CREATE TRIGGER tenants_audit_insert AFTER INSERT ON public.tenants REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER tenants_audit_update AFTER UPDATE ON public.tenants REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER tenants_audit_delete AFTER DELETE ON public.tenants REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER users_audit_insert AFTER INSERT ON public.users REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER users_audit_update AFTER UPDATE ON public.users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER users_audit_delete AFTER DELETE ON public.users REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER roles_audit_insert AFTER INSERT ON public.roles REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER roles_audit_update AFTER UPDATE ON public.roles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER roles_audit_delete AFTER DELETE ON public.roles REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER tenant_users_audit_insert AFTER INSERT ON public.tenant_users REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tenant_id', 'user_id');
CREATE TRIGGER tenant_users_audit_update AFTER UPDATE ON public.tenant_users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tenant_id', 'user_id');
CREATE TRIGGER tenant_users_audit_delete AFTER DELETE ON public.tenant_users REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tenant_id', 'user_id');
CREATE TRIGGER user_preferences_audit_insert AFTER INSERT ON public.user_preferences REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER user_preferences_audit_update AFTER UPDATE ON public.user_preferences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER user_preferences_audit_delete AFTER DELETE ON public.user_preferences REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER user_saved_items_audit_insert AFTER INSERT ON public.user_saved_items REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER user_saved_items_audit_update AFTER UPDATE ON public.user_saved_items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER user_saved_items_audit_delete AFTER DELETE ON public.user_saved_items REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER user_roles_audit_insert AFTER INSERT ON public.user_roles REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('user_id', 'role');
CREATE TRIGGER user_roles_audit_update AFTER UPDATE ON public.user_roles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('user_id', 'role');
CREATE TRIGGER user_roles_audit_delete AFTER DELETE ON public.user_roles REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('user_id', 'role');
CREATE TRIGGER providers_audit_insert AFTER INSERT ON public.providers REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER providers_audit_update AFTER UPDATE ON public.providers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER providers_audit_delete AFTER DELETE ON public.providers REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER providers_staff_audit_insert AFTER INSERT ON public.providers_staff REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('provider_id', 'user_id');
CREATE TRIGGER providers_staff_audit_update AFTER UPDATE ON public.providers_staff REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('provider_id', 'user_id');
CREATE TRIGGER providers_staff_audit_delete AFTER DELETE ON public.providers_staff REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('provider_id', 'user_id');
CREATE TRIGGER companies_audit_insert AFTER INSERT ON public.companies REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER companies_audit_update AFTER UPDATE ON public.companies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER companies_audit_delete AFTER DELETE ON public.companies REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER company_staff_audit_insert AFTER INSERT ON public.company_staff REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('company_id', 'user_id');
CREATE TRIGGER company_staff_audit_update AFTER UPDATE ON public.company_staff REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('company_id', 'user_id');
CREATE TRIGGER company_staff_audit_delete AFTER DELETE ON public.company_staff REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('company_id', 'user_id');
CREATE TRIGGER places_audit_insert AFTER INSERT ON public.places REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER places_audit_update AFTER UPDATE ON public.places REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER places_audit_delete AFTER DELETE ON public.places REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER programmes_audit_insert AFTER INSERT ON public.programmes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER programmes_audit_update AFTER UPDATE ON public.programmes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER programmes_audit_delete AFTER DELETE ON public.programmes REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER cohorts_audit_insert AFTER INSERT ON public.cohorts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER cohorts_audit_update AFTER UPDATE ON public.cohorts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER cohorts_audit_delete AFTER DELETE ON public.cohorts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER courses_audit_insert AFTER INSERT ON public.courses REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER courses_audit_update AFTER UPDATE ON public.courses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER courses_audit_delete AFTER DELETE ON public.courses REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_pages_audit_insert AFTER INSERT ON public.course_pages REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_pages_audit_update AFTER UPDATE ON public.course_pages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_pages_audit_delete AFTER DELETE ON public.course_pages REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_modules_audit_insert AFTER INSERT ON public.course_modules REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_modules_audit_update AFTER UPDATE ON public.course_modules REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_modules_audit_delete AFTER DELETE ON public.course_modules REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER programme_signups_audit_insert AFTER INSERT ON public.programme_signups REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER programme_signups_audit_update AFTER UPDATE ON public.programme_signups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER programme_signups_audit_delete AFTER DELETE ON public.programme_signups REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_signups_audit_insert AFTER INSERT ON public.course_signups REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_signups_audit_update AFTER UPDATE ON public.course_signups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_signups_audit_delete AFTER DELETE ON public.course_signups REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_engagements_audit_insert AFTER INSERT ON public.course_engagements REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_engagements_audit_update AFTER UPDATE ON public.course_engagements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER course_engagements_audit_delete AFTER DELETE ON public.course_engagements REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER events_audit_insert AFTER INSERT ON public.events REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER events_audit_update AFTER UPDATE ON public.events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER events_audit_delete AFTER DELETE ON public.events REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER event_signups_audit_insert AFTER INSERT ON public.event_signups REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER event_signups_audit_update AFTER UPDATE ON public.event_signups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER event_signups_audit_delete AFTER DELETE ON public.event_signups REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER resources_audit_insert AFTER INSERT ON public.resources REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER resources_audit_update AFTER UPDATE ON public.resources REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER resources_audit_delete AFTER DELETE ON public.resources REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentors_audit_insert AFTER INSERT ON public.mentors REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentors_audit_update AFTER UPDATE ON public.mentors REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentors_audit_delete AFTER DELETE ON public.mentors REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_programmes_audit_insert AFTER INSERT ON public.mentor_programmes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('mentor_id', 'programme_id');
CREATE TRIGGER mentor_programmes_audit_update AFTER UPDATE ON public.mentor_programmes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('mentor_id', 'programme_id');
CREATE TRIGGER mentor_programmes_audit_delete AFTER DELETE ON public.mentor_programmes REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('mentor_id', 'programme_id');
CREATE TRIGGER mentor_availabilities_audit_insert AFTER INSERT ON public.mentor_availabilities REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_availabilities_audit_update AFTER UPDATE ON public.mentor_availabilities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_availabilities_audit_delete AFTER DELETE ON public.mentor_availabilities REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_credits_audit_insert AFTER INSERT ON public.mentor_credits REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_credits_audit_update AFTER UPDATE ON public.mentor_credits REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_credits_audit_delete AFTER DELETE ON public.mentor_credits REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_sessions_audit_insert AFTER INSERT ON public.mentor_sessions REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_sessions_audit_update AFTER UPDATE ON public.mentor_sessions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_sessions_audit_delete AFTER DELETE ON public.mentor_sessions REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_session_signups_audit_insert AFTER INSERT ON public.mentor_session_signups REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('session_id', 'user_id');
CREATE TRIGGER mentor_session_signups_audit_update AFTER UPDATE ON public.mentor_session_signups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('session_id', 'user_id');
CREATE TRIGGER mentor_session_signups_audit_delete AFTER DELETE ON public.mentor_session_signups REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('session_id', 'user_id');
CREATE TRIGGER mentor_pairings_audit_insert AFTER INSERT ON public.mentor_pairings REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_pairings_audit_update AFTER UPDATE ON public.mentor_pairings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER mentor_pairings_audit_delete AFTER DELETE ON public.mentor_pairings REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER tags_audit_insert AFTER INSERT ON public.tags REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER tags_audit_update AFTER UPDATE ON public.tags REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER tags_audit_delete AFTER DELETE ON public.tags REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER tag_links_audit_insert AFTER INSERT ON public.tag_links REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tag_id', 'target_type', 'target_id');
CREATE TRIGGER tag_links_audit_update AFTER UPDATE ON public.tag_links REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tag_id', 'target_type', 'target_id');
CREATE TRIGGER tag_links_audit_delete AFTER DELETE ON public.tag_links REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tag_id', 'target_type', 'target_id');
CREATE TRIGGER comments_audit_insert AFTER INSERT ON public.comments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER comments_audit_update AFTER UPDATE ON public.comments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
CREATE TRIGGER comments_audit_delete AFTER DELETE ON public.comments REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

-- Domain events (event_outbox) and notifications, in the same transaction as the change.
CREATE TRIGGER programme_signups_domain_events AFTER INSERT OR UPDATE OF status ON public.programme_signups
    FOR EACH ROW EXECUTE FUNCTION platform.domain_events();
CREATE TRIGGER mentor_sessions_domain_events AFTER INSERT OR UPDATE OF status ON public.mentor_sessions
    FOR EACH ROW EXECUTE FUNCTION platform.domain_events();
CREATE TRIGGER mentor_session_signups_domain_events AFTER INSERT ON public.mentor_session_signups
    FOR EACH ROW EXECUTE FUNCTION platform.domain_events();
CREATE TRIGGER event_signups_domain_events AFTER INSERT OR UPDATE OF status ON public.event_signups
    FOR EACH ROW EXECUTE FUNCTION platform.domain_events();

-- The publisher (a server process as service_role) drives the outbox; the scheduler (service
-- role or the owner) runs retention and summaries. Nothing here is granted to authenticated,
-- except the RPCs below, which check their caller themselves.
GRANT EXECUTE ON FUNCTION
    platform.enqueue_event(text, jsonb, uuid, interval, integer), platform.claim_events(integer, interval),
    platform.ack_event(uuid), platform.fail_event(uuid, text), platform.purge_published_events(interval),
    platform.outbox_status(), platform.outbox_backoff_seconds(integer, double precision, double precision, double precision),
    platform.refresh_provider_summaries(date), platform.purge_api_error_logs(interval)
    TO service_role;
GRANT EXECUTE ON FUNCTION public.start_impersonation(uuid, text, uuid), public.stop_impersonation(uuid),
                          public.unread_notification_count()
    TO authenticated, service_role;
