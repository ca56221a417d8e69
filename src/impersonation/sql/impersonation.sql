-- RPC: POST /rpc/start_impersonation {"target_user_id": ..., "reason": ...}. Platform admins only.
CREATE FUNCTION public.start_impersonation(target_user_id uuid, reason text, tenant_id uuid DEFAULT NULL) RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    new_id uuid;
BEGIN
    IF NOT platform.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins may impersonate users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF target_user_id IS NULL OR NULLIF(pg_catalog.btrim(reason), '') IS NULL THEN
        RAISE EXCEPTION 'target_user_id and a reason are required' USING ERRCODE = 'null_value_not_allowed',
            HINT = 'Say why, e.g. the support ticket.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.users u WHERE u.id = target_user_id) THEN
        RAISE EXCEPTION 'user % does not exist', target_user_id USING ERRCODE = 'no_data_found';
    END IF;
    -- clock_timestamp(), not now(): a start and a stop in one transaction must stay ordered.
    INSERT INTO public.impersonation_logs (tenant_id, actor_id, target_user_id, action, reason, created_at)
    VALUES (start_impersonation.tenant_id, auth.uid(), target_user_id, 'start', reason, pg_catalog.clock_timestamp())
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION public.start_impersonation(uuid, text, uuid) IS
    'RPC (SECURITY DEFINER, for authenticated; checks its caller itself: platform admins only, 42501 otherwise): logs the start of an impersonation of target_user_id, with the reason. Returns the log id.';

CREATE FUNCTION public.stop_impersonation(target_user_id uuid) RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    last_action text;
    ctx uuid;
    new_id uuid;
BEGIN
    IF NOT platform.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins may impersonate users' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT l.action, l.tenant_id INTO last_action, ctx FROM public.impersonation_logs l
    WHERE l.actor_id = auth.uid() AND l.target_user_id = stop_impersonation.target_user_id
    ORDER BY l.created_at DESC LIMIT 1;
    IF last_action IS DISTINCT FROM 'start' THEN
        RAISE EXCEPTION 'you are not impersonating user %', target_user_id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO public.impersonation_logs (tenant_id, actor_id, target_user_id, action, created_at)
    VALUES (ctx, auth.uid(), target_user_id, 'stop', pg_catalog.clock_timestamp())
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION public.stop_impersonation(uuid) IS 'RPC (SECURITY DEFINER, for authenticated; checks its caller itself: platform admins only, 42501 otherwise): logs the end of the caller''s impersonation of target_user_id.';
