-- Rules that row-level security policies cannot express, as triggers and API functions.
-- Who the caller is comes from platform.caller_role() (caller.sql): inside a SECURITY DEFINER
-- function current_user is the function's owner, and a role's name says nothing about what it is.

-- AFTER INSERT ON companies: the signed-in user who creates a company becomes its owner.
CREATE FUNCTION platform.add_company_creator() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF platform.caller_role() = 'authenticated' AND auth.uid() IS NOT NULL THEN
        INSERT INTO public.company_staff (company_id, user_id, tenant_id, role)
        VALUES (NEW.id, auth.uid(), NEW.tenant_id, 'owner')
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.add_company_creator() IS
    'Trigger function: makes the authenticated user who created a company its owner (company_staff).';

-- The same once per statement (AFTER INSERT ... FOR EACH STATEMENT, transition table new_rows):
-- one INSERT ... SELECT for all the companies a statement created, instead of a SECURITY
-- DEFINER call and a caller check per row (a bulk insert of 5 000 companies paid ~15 us per row).
CREATE FUNCTION platform.add_company_creators() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF platform.caller_role() = 'authenticated' AND auth.uid() IS NOT NULL THEN
        INSERT INTO public.company_staff (company_id, user_id, tenant_id, role)
        SELECT n.id, auth.uid(), n.tenant_id, 'owner' FROM new_rows n
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.add_company_creators() IS
    'Statement trigger function (transition table new_rows): makes the authenticated user who created companies their owner (company_staff).';

-- BEFORE UPDATE ON programme_signups: a caller who is neither privileged nor an editor of the
-- programme's provider (i.e. the applying company's staff) may only edit the application and
-- withdraw a pending one (pending -> archived); enrolment, suspension, the cohort and the review
-- columns are the provider's decision (no self-enrolment).
CREATE FUNCTION platform.guard_programme_signup_status() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF platform.caller_is_privileged()
       OR EXISTS (SELECT 1 FROM public.programmes p
                  WHERE p.id = NEW.programme_id AND p.provider_id IN (SELECT platform.my_provider_ids('editor'))) THEN
        RETURN NEW;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT (OLD.status = 'pending' AND NEW.status = 'archived') THEN
        RAISE EXCEPTION 'only the programme''s provider can change an application from % to %', OLD.status, NEW.status
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Company staff may withdraw a pending application (status archived).';
    END IF;
    IF NEW.cohort_id IS DISTINCT FROM OLD.cohort_id OR NEW.reviewed_by IS DISTINCT FROM OLD.reviewed_by
       OR NEW.reviewed_at IS DISTINCT FROM OLD.reviewed_at OR NEW.enrolled_at IS DISTINCT FROM OLD.enrolled_at THEN
        RAISE EXCEPTION 'only the programme''s provider can set the cohort or review an application'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Company staff may edit the application text and withdraw a pending application.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION platform.guard_programme_signup_status() IS
    'Trigger function: only the programme''s provider editors (or a privileged caller) change an application''s status, cohort and review columns, except a company withdrawing a pending one (42501).';

-- BEFORE INSERT OR UPDATE ON event_signups: attendance is recorded by the event's provider
-- editors (or a privileged caller), never self-certified: an attendee registers (pending or
-- confirmed), changes the attendance mode or cancels.
CREATE FUNCTION platform.guard_event_signup() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
    IF platform.caller_is_privileged()
       OR EXISTS (SELECT 1 FROM public.events v
                  WHERE v.id = NEW.event_id AND v.provider_id IN (SELECT platform.my_provider_ids('editor'))) THEN
        RETURN NEW;
    END IF;
    IF (TG_OP = 'INSERT' AND (NEW.status NOT IN ('pending', 'confirmed') OR NEW.attended OR NEW.attendance_confirmed_at IS NOT NULL))
       OR (TG_OP = 'UPDATE' AND (NEW.attended IS DISTINCT FROM OLD.attended
                                 OR NEW.attendance_confirmed_at IS DISTINCT FROM OLD.attendance_confirmed_at
                                 OR (NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ('attended', 'no_show')))) THEN
        RAISE EXCEPTION 'attendance is recorded by the event''s organiser'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Attendees register (pending or confirmed), change attendance_mode or cancel.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION platform.guard_event_signup() IS
    'Trigger function: attendance (attended, attendance_confirmed_at, status attended / no_show) is set only by the event''s provider editors or a privileged caller (42501).';

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
        -- PT404: PostgREST answers HTTP 404 (no_data_found, P0002, would be a 500 there).
        RAISE EXCEPTION 'no pending invitation to provider % for the current user', provider_id
            USING ERRCODE = 'PT404', HINT = 'Invitations are created by the provider''s owners and admins.';
    END IF;
END
$$;
COMMENT ON FUNCTION public.accept_provider_invitation(uuid) IS
    'RPC (SECURITY DEFINER, for authenticated; checks its caller itself: only auth.uid()''s own pending invitation): accept the current user''s pending invitation to join a provider''s staff (sets providers_staff.accepted_at).';
