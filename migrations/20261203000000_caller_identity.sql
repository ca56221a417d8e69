-- 20261203000000_caller_identity.sql
-- Who the caller is is decided in one place, platform.caller_role() (src/rls/sql/caller.sql),
-- from the effective role's attributes and memberships, never from its name. for_you and
-- for_you_candidates run with the caller's rights and call these checks, so the API roles may
-- execute them. anon executes none of the extension's functions.
GRANT EXECUTE ON FUNCTION
    platform.caller_role(), platform.caller_is_privileged(), platform.assert_tenant_member(uuid),
    platform.assert_feed_access(uuid, uuid)
    TO authenticated, service_role;
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA platform FROM anon;
REVOKE EXECUTE ON FUNCTION public.accept_provider_invitation(uuid), public.start_impersonation(uuid, text, uuid),
    public.stop_impersonation(uuid), public.unread_notification_count(), public.for_you(uuid, uuid, integer, text[])
    FROM anon;
-- The Supabase-compatible auth functions the first migration creates on a plain database get a
-- fixed search_path like every other function (Supabase's own, when present, are left alone:
-- they are recognised by comment). They stay executable by anon, as on Supabase: they return
-- only the caller's own claims.
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['auth.uid()', 'auth.role()', 'auth.jwt()'] LOOP
        IF pg_catalog.obj_description(pg_catalog.to_regprocedure(f), 'pg_proc') ~ '^(The caller''s user id from the JWT|The caller''s JWT role claim|All JWT claims of the caller)' THEN
            EXECUTE pg_catalog.format('ALTER FUNCTION %s SET search_path = ''''', f);
        END IF;
    END LOOP;
END
$$;
