-- Membership helpers for row-level security policies.
--
-- Policies call them as `tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids()))`: the planner
-- runs the function once per query (an InitPlan) instead of once per row, and the array compares
-- against the indexed tenant_id/provider_id/company_id column. They are:
--   * SECURITY DEFINER, so they read the membership tables without recursing into those tables'
--     own policies, and with search_path = '' and every name qualified;
--   * STABLE and set-returning (a set is what `= ANY (ARRAY(...))` and `IN (SELECT ...)` consume);
--   * PL/pgSQL, because SQL-language bodies are resolved at CREATE EXTENSION time, before the
--     tables exist (see docs/architecture.md, install model);
--   * executable by authenticated and service_role only (granted by the RLS migration).
-- Roles are ranked owner 50 > admin 40 > editor 30 > member 20 > viewer 10 (public.roles.rank);
-- `min_role` asks for that rank or above.

-- Every function has a fixed search_path (Supabase's database advisor, lint 0011), even this pure
-- CASE that names no objects; the SET clause stops the planner from inlining it, which costs
-- ~1 us per call, and it is called once per membership row inside the helpers below.
CREATE FUNCTION platform.role_rank(role text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = ''
AS $$
    SELECT CASE role WHEN 'owner' THEN 50 WHEN 'admin' THEN 40 WHEN 'editor' THEN 30
                     WHEN 'member' THEN 20 WHEN 'viewer' THEN 10 END
$$;
COMMENT ON FUNCTION platform.role_rank(text) IS
    'Rank of a role key: owner 50, admin 40, editor 30, member 20, viewer 10 (NULL for anything else).';

CREATE FUNCTION platform.check_role(min_role text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = ''
AS $$
DECLARE
    r integer := platform.role_rank(min_role);
BEGIN
    IF r IS NULL THEN
        RAISE EXCEPTION 'unknown role %', pg_catalog.quote_literal(min_role)
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Use owner, admin, editor, member or viewer.';
    END IF;
    RETURN r;
END
$$;
COMMENT ON FUNCTION platform.check_role(text) IS 'role_rank() that raises 22023 for an unknown role.';

-- Tenants in which the caller is an active member with at least min_role.
CREATE FUNCTION platform.my_tenant_ids(min_role text DEFAULT 'viewer') RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
DECLARE
    min_rank integer := platform.check_role(min_role);
BEGIN
    RETURN QUERY
        SELECT tu.tenant_id FROM public.tenant_users tu
        WHERE tu.user_id = auth.uid() AND tu.status = 'active' AND platform.role_rank(tu.role) >= min_rank;
END
$$;
COMMENT ON FUNCTION platform.my_tenant_ids(text) IS
    'RLS helper: ids of the tenants where auth.uid() is an active member with at least min_role (default viewer: any role).';

-- Providers whose staff the caller is (invitation accepted) with at least min_role.
CREATE FUNCTION platform.my_provider_ids(min_role text DEFAULT 'viewer') RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
DECLARE
    min_rank integer := platform.check_role(min_role);
BEGIN
    RETURN QUERY
        SELECT ps.provider_id FROM public.providers_staff ps
        JOIN public.tenant_users tu ON tu.tenant_id = ps.tenant_id AND tu.user_id = ps.user_id AND tu.status = 'active'
        WHERE ps.user_id = auth.uid() AND ps.accepted_at IS NOT NULL AND platform.role_rank(ps.role) >= min_rank;
END
$$;
COMMENT ON FUNCTION platform.my_provider_ids(text) IS
    'RLS helper: ids of the providers where auth.uid() is staff (invitation accepted, active tenant member) with at least min_role.';

-- Tenants in which the caller is staff of some provider with at least min_role (for tenant-level
-- shared objects that providers maintain: places, tags).
CREATE FUNCTION platform.my_provider_tenant_ids(min_role text DEFAULT 'viewer') RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
BEGIN
    RETURN QUERY
        SELECT DISTINCT p.tenant_id FROM public.providers p
        WHERE p.id = ANY (ARRAY(SELECT platform.my_provider_ids(min_role)));
END
$$;
COMMENT ON FUNCTION platform.my_provider_tenant_ids(text) IS
    'RLS helper: ids of the tenants in which auth.uid() is provider staff with at least min_role.';

-- Companies whose active staff the caller is, with at least min_role.
CREATE FUNCTION platform.my_company_ids(min_role text DEFAULT 'viewer') RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
DECLARE
    min_rank integer := platform.check_role(min_role);
BEGIN
    RETURN QUERY
        SELECT cs.company_id FROM public.company_staff cs
        JOIN public.tenant_users tu ON tu.tenant_id = cs.tenant_id AND tu.user_id = cs.user_id AND tu.status = 'active'
        WHERE cs.user_id = auth.uid() AND cs.status = 'active' AND platform.role_rank(cs.role) >= min_rank;
END
$$;
COMMENT ON FUNCTION platform.my_company_ids(text) IS
    'RLS helper: ids of the companies where auth.uid() is active staff (and an active tenant member) with at least min_role.';

-- The caller's mentor profile ids (at most one: mentors.user_id is unique).
CREATE FUNCTION platform.my_mentor_ids() RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
BEGIN
    RETURN QUERY SELECT m.id FROM public.mentors m WHERE m.user_id = auth.uid();
END
$$;
COMMENT ON FUNCTION platform.my_mentor_ids() IS 'RLS helper: the id of auth.uid()''s mentor profile, if any.';

-- Mentor sessions the caller takes part in: as the mentor, as an attendee, or as staff of the
-- company whose credits pay for it.
CREATE FUNCTION platform.my_mentor_session_ids() RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
BEGIN
    RETURN QUERY
        SELECT s.id FROM public.mentor_sessions s WHERE s.mentor_id = ANY (ARRAY(SELECT platform.my_mentor_ids()))
        UNION
        SELECT ss.session_id FROM public.mentor_session_signups ss WHERE ss.user_id = auth.uid()
        UNION
        SELECT s.id FROM public.mentor_sessions s JOIN public.mentor_credits c ON c.id = s.credit_id
        WHERE c.company_id = ANY (ARRAY(SELECT platform.my_company_ids('member')));
END
$$;
COMMENT ON FUNCTION platform.my_mentor_session_ids() IS
    'RLS helper: mentor sessions auth.uid() takes part in (as mentor, attendee, or staff of the paying company).';

-- Whether the caller belongs to the platform team (user_roles), optionally with at least min_role.
CREATE FUNCTION platform.is_platform_admin(min_role text DEFAULT 'admin') RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
DECLARE
    min_rank integer := platform.check_role(min_role);
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.user_roles ur WHERE ur.user_id = auth.uid() AND platform.role_rank(ur.role) >= min_rank);
END
$$;
COMMENT ON FUNCTION platform.is_platform_admin(text) IS
    'RLS helper: true when auth.uid() holds a platform role (user_roles) of at least min_role (default admin).';

-- Whether the caller may edit a polymorphic target (for tag_links): programmes, courses, events
-- and resources belong to their provider's editors; a mentor profile to the mentor and the
-- tenant's owners/admins.
CREATE FUNCTION platform.can_edit_target(target_type text, target_id uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
BEGIN
    RETURN CASE target_type
        WHEN 'programme' THEN EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = target_id AND x.provider_id IN (SELECT platform.my_provider_ids('editor')))
        WHEN 'course'    THEN EXISTS (SELECT 1 FROM public.courses x WHERE x.id = target_id AND x.provider_id IN (SELECT platform.my_provider_ids('editor')))
        WHEN 'event'     THEN EXISTS (SELECT 1 FROM public.events x WHERE x.id = target_id AND x.provider_id IN (SELECT platform.my_provider_ids('editor')))
        WHEN 'resource'  THEN EXISTS (SELECT 1 FROM public.resources x WHERE x.id = target_id AND x.provider_id IN (SELECT platform.my_provider_ids('editor')))
        WHEN 'mentor'    THEN EXISTS (SELECT 1 FROM public.mentors x WHERE x.id = target_id
                                      AND (x.user_id = auth.uid() OR x.tenant_id IN (SELECT platform.my_tenant_ids('admin'))))
        ELSE false
    END;
END
$$;
COMMENT ON FUNCTION platform.can_edit_target(text, uuid) IS
    'RLS helper: whether auth.uid() may edit the (target_type, target_id) row: its provider''s editors, or for a mentor the mentor and tenant owners/admins.';

-- Rows reached through a provider's content, as id sets: policies compare them with the row's own
-- indexed column (`course_id = ANY (ARRAY(SELECT platform.my_provider_course_ids()))`), so that
-- "mine OR my provider's" becomes a BitmapOr of two index scans instead of a correlated EXISTS per
-- row. (Measured at the medium demo scale, 40 000 course signups: a member's count took 5 ms of
-- scan plus ~300 ms of JIT compilation, triggered by the EXISTS version's cost estimate.)
-- A helper's own set is read as "= ANY (ARRAY(SELECT ...))", not "IN (SELECT ...)": the planner
-- takes a set-returning function for 1 000 rows and hash-joined the whole table against it (a
-- sequential scan of 30 000 courses, ~7 ms per call at the medium scale, for one provider's 123
-- courses); an array parameter drives the index on the key.
CREATE FUNCTION platform.my_provider_course_ids(min_role text DEFAULT 'viewer') RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
BEGIN
    RETURN QUERY SELECT c.id FROM public.courses c WHERE c.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids(min_role)));
END
$$;
COMMENT ON FUNCTION platform.my_provider_course_ids(text) IS
    'RLS helper: ids of the courses of the providers where auth.uid() is staff with at least min_role.';

CREATE FUNCTION platform.my_provider_event_ids(min_role text DEFAULT 'viewer') RETURNS SETOF uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER PARALLEL SAFE
SET search_path = ''
AS $$
BEGIN
    RETURN QUERY SELECT v.id FROM public.events v WHERE v.provider_id = ANY (ARRAY(SELECT platform.my_provider_ids(min_role)));
END
$$;
COMMENT ON FUNCTION platform.my_provider_event_ids(text) IS
    'RLS helper: ids of the events of the providers where auth.uid() is staff with at least min_role.';

