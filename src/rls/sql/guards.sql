-- Rules that row-level security policies cannot express, as triggers and API functions.
-- The caller's role inside a SECURITY DEFINER function is the `role` setting (PostgREST's
-- SET LOCAL ROLE); current_user is the function's owner there.

-- AFTER INSERT ON companies: the signed-in user who creates a company becomes its owner.
CREATE FUNCTION platform.add_company_creator() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF pg_catalog.current_setting('role') = 'authenticated' AND auth.uid() IS NOT NULL THEN
        INSERT INTO public.company_staff (company_id, user_id, tenant_id, role)
        VALUES (NEW.id, auth.uid(), NEW.tenant_id, 'owner')
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.add_company_creator() IS
    'Trigger function: makes the authenticated user who created a company its owner (company_staff).';

-- BEFORE UPDATE OF status ON programme_signups: an API caller who is not an editor of the
-- programme's provider (i.e. the applying company's staff) may only withdraw a pending
-- application (pending -> archived); enrolment and suspension are the provider's decision.
CREATE FUNCTION platform.guard_programme_signup_status() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status
       AND pg_catalog.current_setting('role') = 'authenticated'
       AND NOT (OLD.status = 'pending' AND NEW.status = 'archived')
       AND NOT EXISTS (SELECT 1 FROM public.programmes p
                       WHERE p.id = NEW.programme_id AND p.provider_id IN (SELECT platform.my_provider_ids('editor'))) THEN
        RAISE EXCEPTION 'only the programme''s provider can change an application from % to %', OLD.status, NEW.status
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Company staff may withdraw a pending application (status archived).';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION platform.guard_programme_signup_status() IS
    'Trigger function: only the programme''s provider editors (or the service role) change an application''s status, except a company withdrawing a pending one.';

-- RPC: POST /rpc/accept_provider_invitation {"provider_id": ...}
CREATE FUNCTION public.accept_provider_invitation(provider_id uuid) RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF provider_id IS NULL THEN
        RAISE EXCEPTION 'provider_id must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    UPDATE public.providers_staff ps SET accepted_at = pg_catalog.now()
    WHERE ps.provider_id = accept_provider_invitation.provider_id AND ps.user_id = auth.uid() AND ps.accepted_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no pending invitation to provider % for the current user', provider_id
            USING ERRCODE = 'no_data_found', HINT = 'Invitations are created by the provider''s owners and admins.';
    END IF;
END
$$;
COMMENT ON FUNCTION public.accept_provider_invitation(uuid) IS
    'Accept the current user''s pending invitation to join a provider''s staff (sets providers_staff.accepted_at).';
