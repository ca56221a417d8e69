-- Who is calling: the one place that decides it (docs/access-matrix.md).
--
-- The caller is the *effective* role: the `role` setting (PostgREST's SET LOCAL ROLE, psql's
-- SET ROLE), else the session user (a direct login). Inside a SECURITY DEFINER function
-- current_user is the function's owner, so it cannot be used; the `role` setting and
-- session_user are not changed by SECURITY DEFINER.
--
-- Privilege is decided from what that role *is*, never from its name: a login role that inherits
-- `authenticated` (an analyst's psql account, a pooler's role) is an API caller like
-- `authenticated` itself; a role that is superuser, has BYPASSRLS, or inherits `service_role` is
-- privileged. Any other role (one that holds none of the API roles, e.g. a non-inheriting
-- authenticator before it switches role) is treated like an API caller: the guards deny by default.

-- 'service_role' (privileged), 'authenticated', 'anon', or 'other'.
CREATE FUNCTION platform.caller_role() RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = ''
AS $$
DECLARE
    r name := pg_catalog.current_setting('role');
    found_role text;
BEGIN
    IF r IS NULL OR r = 'none' THEN
        r := SESSION_USER;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles a WHERE a.rolname = r AND (a.rolsuper OR a.rolbypassrls)) THEN
        RETURN 'service_role';
    END IF;
    -- The API roles this role holds the privileges of (USAGE: directly, or inherited), the most
    -- privileged first. Roles that do not exist (a database not yet migrated) are skipped.
    SELECT api.rolname INTO found_role
    FROM pg_catalog.pg_roles api
    WHERE api.rolname IN ('service_role', 'authenticated', 'anon')
      AND pg_catalog.pg_has_role(r, api.oid, 'USAGE')
    ORDER BY CASE api.rolname WHEN 'service_role' THEN 1 WHEN 'authenticated' THEN 2 ELSE 3 END
    LIMIT 1;
    RETURN COALESCE(found_role, 'other');
END
$$;
COMMENT ON FUNCTION platform.caller_role() IS
    'Who the caller is, from the effective role (the role setting, else session_user): service_role when it is superuser, has BYPASSRLS or inherits service_role; else authenticated or anon when it inherits that role; else other. Never decided from the role''s name.';

CREATE FUNCTION platform.caller_is_privileged() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = ''
AS $$
    SELECT platform.caller_role() = 'service_role'
$$;
COMMENT ON FUNCTION platform.caller_is_privileged() IS
    'True when the caller is privileged (superuser, BYPASSRLS, or inherits service_role): see platform.caller_role().';

-- For SECURITY DEFINER helpers that take a tenant id: an API caller must be an active member of
-- that tenant (42501 otherwise); a privileged caller may name any tenant.
CREATE FUNCTION platform.assert_tenant_member(p_tenant uuid) RETURNS void
LANGUAGE plpgsql STABLE
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF p_tenant IS NULL THEN
        RAISE EXCEPTION 'tenant id must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT platform.caller_is_privileged() AND NOT p_tenant = ANY (ARRAY(SELECT platform.my_tenant_ids())) THEN
        RAISE EXCEPTION 'you are not a member of tenant %', p_tenant
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'API callers may only ask about tenants they are an active member of.';
    END IF;
END
$$;
COMMENT ON FUNCTION platform.assert_tenant_member(uuid) IS
    'Raises 42501 unless the caller is privileged or an active member of the tenant (22004 for NULL). Called by the SECURITY DEFINER helpers that take a tenant id.';
