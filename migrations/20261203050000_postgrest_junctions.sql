-- 20261203050000_postgrest_junctions.sql
-- Join tables PostgREST (and supabase-js's types) recognise as junctions, so that
-- companies?select=*,users(*), providers?select=*,users(*), programmes?select=*,mentors(*) and
-- mentor_sessions?select=*,users(*) embed many-to-many. PostgREST's rule (SchemaCache.hs,
-- addM2MRels): a table is a junction between the targets of two of its foreign keys when the
-- columns of both keys lie inside its primary key. The composite keys that keep a membership in
-- its parent's tenant, (company_id, tenant_id) and so on, stay: their tenant_id joins the primary
-- key, and the old key stays as a unique constraint, so nothing that was unique stops being so.
--
-- The single-column keys to tenants (and mentor_programmes' key to providers) go: they are implied
-- by the composite keys (the parent row exists in that tenant / of that provider, and deleting a
-- tenant still cascades through the parent), and with tenant_id in the primary key they would
-- make each join table a second junction to tenants, so that tenants?select=*,users(*) and
-- programmes?select=*,providers(*) would become ambiguous (PGRST201).

ALTER TABLE public.company_staff DROP CONSTRAINT company_staff_tenant_id_fkey;
ALTER TABLE public.company_staff DROP CONSTRAINT company_staff_pkey;
ALTER TABLE public.company_staff ADD CONSTRAINT company_staff_pkey PRIMARY KEY (company_id, user_id, tenant_id);
ALTER TABLE public.company_staff ADD CONSTRAINT company_staff_company_id_user_id_key UNIQUE (company_id, user_id);

ALTER TABLE public.providers_staff DROP CONSTRAINT providers_staff_tenant_id_fkey;
ALTER TABLE public.providers_staff DROP CONSTRAINT providers_staff_pkey;
ALTER TABLE public.providers_staff ADD CONSTRAINT providers_staff_pkey PRIMARY KEY (provider_id, user_id, tenant_id);
ALTER TABLE public.providers_staff ADD CONSTRAINT providers_staff_provider_id_user_id_key UNIQUE (provider_id, user_id);

ALTER TABLE public.mentor_programmes DROP CONSTRAINT mentor_programmes_tenant_id_fkey;
ALTER TABLE public.mentor_programmes DROP CONSTRAINT mentor_programmes_provider_id_fkey;
ALTER TABLE public.mentor_programmes DROP CONSTRAINT mentor_programmes_pkey;
ALTER TABLE public.mentor_programmes ADD CONSTRAINT mentor_programmes_pkey PRIMARY KEY (mentor_id, programme_id, provider_id, tenant_id);
ALTER TABLE public.mentor_programmes ADD CONSTRAINT mentor_programmes_mentor_id_programme_id_key UNIQUE (mentor_id, programme_id);

ALTER TABLE public.mentor_session_signups DROP CONSTRAINT mentor_session_signups_tenant_id_fkey;
ALTER TABLE public.mentor_session_signups DROP CONSTRAINT mentor_session_signups_pkey;
ALTER TABLE public.mentor_session_signups ADD CONSTRAINT mentor_session_signups_pkey PRIMARY KEY (session_id, user_id, tenant_id);
ALTER TABLE public.mentor_session_signups ADD CONSTRAINT mentor_session_signups_session_id_user_id_key UNIQUE (session_id, user_id);

COMMENT ON TABLE public.company_staff IS
    'Junction of companies and users: a user''s membership of a company''s staff, with role and status (embeds as companies?select=*,users(*)).';
COMMENT ON TABLE public.providers_staff IS
    'Junction of providers and users: a user''s membership of a provider''s staff (invited, accepted), with role (embeds as providers?select=*,users(*); see the README for the hint its invited_by key needs).';
COMMENT ON TABLE public.mentor_programmes IS
    'Junction of mentors and programmes: a mentor contracted on a programme, with rate and status (embeds as programmes?select=*,mentors(*)).';
COMMENT ON TABLE public.mentor_session_signups IS
    'Junction of mentor sessions and users: the attendees of a session, as mentee or observer (embeds as mentor_sessions?select=*,users(*)).';
