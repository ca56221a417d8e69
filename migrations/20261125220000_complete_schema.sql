-- 20261125220000_complete_schema.sql
-- The rest of the reference schema: 39 tables in 11 groups (tenants, users, roles and tenant_users
-- came with the first migration).
--
-- Conventions (README, "Schema conventions"):
-- * id uuid primary key default gen_random_uuid(); join tables have composite primary keys.
-- * tenant_id NOT NULL REFERENCES tenants ON DELETE CASCADE on every business table.
-- * References between tenant-scoped rows are composite, (parent_id, tenant_id) ->
--   parent (id, tenant_id), so a row can never point into another tenant. Provider-owned content
--   also carries provider_id, and its parent reference includes it, so a cohort, course, page or
--   module always belongs to the same provider as its programme. ON UPDATE CASCADE keeps the copies
--   in step if a parent moves.
-- * Clients may omit tenant_id / provider_id / course_id on child rows: a trigger fills them from
--   the parent (platform.fill_scope_from_parent).
-- * Every foreign key is named and has an index leading with its columns; every table has an index
--   leading with tenant_id.
-- * Closed vocabularies are enums (the reference's four) or CHECK constraints.

-------------------------------------------------------------------------------------------------
-- 1. Tenant & core users (continued)
-------------------------------------------------------------------------------------------------
CREATE TABLE public.user_preferences (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id      uuid NOT NULL CONSTRAINT user_preferences_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id        uuid NOT NULL CONSTRAINT user_preferences_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    topics         text[] NOT NULL DEFAULT '{}',
    learning_style text,
    preferences    jsonb NOT NULL DEFAULT '{}'::jsonb CONSTRAINT user_preferences_preferences_check CHECK (jsonb_typeof(preferences) = 'object'),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_preferences_user_id_tenant_id_key UNIQUE (user_id, tenant_id)
);
CREATE INDEX user_preferences_tenant_id_idx ON public.user_preferences (tenant_id);

CREATE TABLE public.user_embeddings (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid NOT NULL CONSTRAINT user_embeddings_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id     uuid NOT NULL CONSTRAINT user_embeddings_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    embedding   vector(768) NOT NULL,
    model       text NOT NULL DEFAULT 'text-embedding-004',
    computed_at timestamptz NOT NULL DEFAULT now(),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_embeddings_user_id_tenant_id_key UNIQUE (user_id, tenant_id)
);
CREATE INDEX user_embeddings_tenant_id_idx ON public.user_embeddings (tenant_id);

CREATE TABLE public.user_saved_items (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id  uuid NOT NULL CONSTRAINT user_saved_items_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL CONSTRAINT user_saved_items_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    item_type  text NOT NULL CONSTRAINT user_saved_items_item_type_check
               CHECK (item_type IN ('programme', 'course', 'event', 'resource', 'mentor')),
    item_id    uuid NOT NULL,
    note       text,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_saved_items_user_id_item_key UNIQUE (user_id, item_type, item_id)
);
CREATE INDEX user_saved_items_tenant_id_user_id_idx ON public.user_saved_items (tenant_id, user_id);
CREATE INDEX user_saved_items_item_idx ON public.user_saved_items (item_type, item_id);

CREATE TABLE public.user_roles (
    user_id    uuid NOT NULL CONSTRAINT user_roles_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    role       text NOT NULL CONSTRAINT user_roles_role_fkey REFERENCES public.roles (key) ON UPDATE CASCADE,
    granted_by uuid CONSTRAINT user_roles_granted_by_fkey REFERENCES public.users (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role)
);
CREATE INDEX user_roles_role_idx ON public.user_roles (role);
CREATE INDEX user_roles_granted_by_idx ON public.user_roles (granted_by);

-------------------------------------------------------------------------------------------------
-- 2. Providers
-------------------------------------------------------------------------------------------------
CREATE TABLE public.providers (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id            uuid NOT NULL CONSTRAINT providers_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    name                 text NOT NULL CONSTRAINT providers_name_check CHECK (btrim(name) <> ''),
    slug                 text NOT NULL CONSTRAINT providers_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    description          text,
    website_url          text,
    logo_url             text,
    status               public.entity_status NOT NULL DEFAULT 'active',
    is_platform_operator boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT providers_tenant_id_slug_key UNIQUE (tenant_id, slug),
    CONSTRAINT providers_id_tenant_id_key UNIQUE (id, tenant_id)
);
-- The platform operator ("main org") is unique within a tenant.
CREATE UNIQUE INDEX providers_one_operator_per_tenant ON public.providers (tenant_id) WHERE is_platform_operator;

CREATE TABLE public.providers_staff (
    provider_id uuid NOT NULL,
    user_id     uuid NOT NULL CONSTRAINT providers_staff_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    tenant_id   uuid NOT NULL CONSTRAINT providers_staff_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    role        text NOT NULL DEFAULT 'editor' CONSTRAINT providers_staff_role_fkey REFERENCES public.roles (key) ON UPDATE CASCADE,
    invited_by  uuid CONSTRAINT providers_staff_invited_by_fkey REFERENCES public.users (id) ON DELETE SET NULL,
    invited_at  timestamptz,
    accepted_at timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT providers_staff_pkey PRIMARY KEY (provider_id, user_id),
    CONSTRAINT providers_staff_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT providers_staff_accepted_check CHECK (accepted_at IS NULL OR invited_at IS NULL OR accepted_at >= invited_at)
);
CREATE INDEX providers_staff_user_id_idx ON public.providers_staff (user_id, provider_id);
CREATE INDEX providers_staff_tenant_id_idx ON public.providers_staff (tenant_id);
CREATE INDEX providers_staff_provider_id_tenant_id_idx ON public.providers_staff (provider_id, tenant_id);
CREATE INDEX providers_staff_role_idx ON public.providers_staff (role);
CREATE INDEX providers_staff_invited_by_idx ON public.providers_staff (invited_by);

-------------------------------------------------------------------------------------------------
-- 3. Companies
-------------------------------------------------------------------------------------------------
CREATE TABLE public.companies (
    id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id                  uuid NOT NULL CONSTRAINT companies_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    name                       text NOT NULL CONSTRAINT companies_name_check CHECK (btrim(name) <> ''),
    description                text,
    website_url                text,
    logo_url                   text,
    sector                     text,
    company_size               text CONSTRAINT companies_company_size_check
                               CHECK (company_size IN ('micro', 'small', 'medium', 'large')),
    stage                      text CONSTRAINT companies_stage_check
                               CHECK (stage IN ('idea', 'pre_revenue', 'early_revenue', 'growth', 'scale', 'established')),
    funding_stage              text CONSTRAINT companies_funding_stage_check
                               CHECK (funding_stage IN ('bootstrapped', 'grant', 'friends_family', 'angel', 'pre_seed', 'seed', 'series_a', 'series_b_plus')),
    funding_raised             numeric(14, 2) CONSTRAINT companies_funding_raised_check CHECK (funding_raised >= 0),
    challenges                 text[] NOT NULL DEFAULT '{}',
    location                   text,
    postcode                   text,
    status                     public.entity_status NOT NULL DEFAULT 'active',
    profile_completeness_score smallint NOT NULL DEFAULT 0
                               CONSTRAINT companies_profile_completeness_score_check CHECK (profile_completeness_score BETWEEN 0 AND 100),
    created_at                 timestamptz NOT NULL DEFAULT now(),
    updated_at                 timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT companies_id_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE INDEX companies_tenant_id_idx ON public.companies (tenant_id, name);
CREATE INDEX companies_postcode_idx ON public.companies (postcode);

CREATE TABLE public.company_staff (
    company_id uuid NOT NULL,
    user_id    uuid NOT NULL CONSTRAINT company_staff_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    tenant_id  uuid NOT NULL CONSTRAINT company_staff_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    role       text NOT NULL DEFAULT 'member' CONSTRAINT company_staff_role_fkey REFERENCES public.roles (key) ON UPDATE CASCADE,
    job_title  text,
    status     public.entity_status NOT NULL DEFAULT 'active',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT company_staff_pkey PRIMARY KEY (company_id, user_id),
    CONSTRAINT company_staff_company_id_fkey FOREIGN KEY (company_id, tenant_id)
        REFERENCES public.companies (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX company_staff_user_id_idx ON public.company_staff (user_id, company_id);
CREATE INDEX company_staff_tenant_id_idx ON public.company_staff (tenant_id);
CREATE INDEX company_staff_company_id_tenant_id_idx ON public.company_staff (company_id, tenant_id);
CREATE INDEX company_staff_role_idx ON public.company_staff (role);

-------------------------------------------------------------------------------------------------
-- 4. Programmes & courses
-------------------------------------------------------------------------------------------------
CREATE TABLE public.places (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id           uuid NOT NULL CONSTRAINT places_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    name                text NOT NULL CONSTRAINT places_name_check CHECK (btrim(name) <> ''),
    address_line1       text,
    address_line2       text,
    city                text,
    postcode            text,
    latitude            numeric(9, 6) CONSTRAINT places_latitude_check CHECK (latitude BETWEEN -90 AND 90),
    longitude           numeric(9, 6) CONSTRAINT places_longitude_check CHECK (longitude BETWEEN -180 AND 180),
    capacity            integer CONSTRAINT places_capacity_check CHECK (capacity > 0),
    accessibility_notes text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT places_id_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE INDEX places_tenant_id_idx ON public.places (tenant_id);

CREATE TABLE public.programmes (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid NOT NULL CONSTRAINT programmes_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id   uuid NOT NULL,
    title         text NOT NULL CONSTRAINT programmes_title_check CHECK (btrim(title) <> ''),
    summary       text,
    description   text,
    image_url     text,
    delivery_mode text NOT NULL DEFAULT 'cohort'
                  CONSTRAINT programmes_delivery_mode_check CHECK (delivery_mode IN ('cohort', 'self_paced', 'hybrid')),
    status        public.content_status NOT NULL DEFAULT 'draft',
    published_at  timestamptz,
    created_by    uuid CONSTRAINT programmes_created_by_fkey REFERENCES public.users (id) ON DELETE SET NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT programmes_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT programmes_id_tenant_id_key UNIQUE (id, tenant_id),
    CONSTRAINT programmes_id_provider_id_tenant_id_key UNIQUE (id, provider_id, tenant_id)
);
CREATE INDEX programmes_tenant_id_status_idx ON public.programmes (tenant_id, status);
CREATE INDEX programmes_provider_id_idx ON public.programmes (provider_id, tenant_id);
CREATE INDEX programmes_created_by_idx ON public.programmes (created_by);

CREATE TABLE public.cohorts (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id            uuid NOT NULL CONSTRAINT cohorts_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id          uuid NOT NULL,
    programme_id         uuid NOT NULL,
    name                 text NOT NULL CONSTRAINT cohorts_name_check CHECK (btrim(name) <> ''),
    status               public.content_status NOT NULL DEFAULT 'draft',
    capacity             integer CONSTRAINT cohorts_capacity_check CHECK (capacity > 0),
    enrollment_opens_at  timestamptz,
    enrollment_closes_at timestamptz,
    delivery_start_date  date,
    delivery_end_date    date,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cohorts_programme_id_fkey FOREIGN KEY (programme_id, provider_id, tenant_id)
        REFERENCES public.programmes (id, provider_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT cohorts_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT cohorts_enrollment_window_check CHECK (enrollment_closes_at > enrollment_opens_at),
    CONSTRAINT cohorts_delivery_window_check CHECK (delivery_end_date >= delivery_start_date),
    CONSTRAINT cohorts_id_tenant_id_key UNIQUE (id, tenant_id),
    CONSTRAINT cohorts_id_programme_id_key UNIQUE (id, programme_id)
);
CREATE INDEX cohorts_programme_id_idx ON public.cohorts (programme_id, provider_id, tenant_id);
CREATE INDEX cohorts_provider_id_idx ON public.cohorts (provider_id, tenant_id);
CREATE INDEX cohorts_tenant_id_enrollment_idx ON public.cohorts (tenant_id, enrollment_closes_at);

CREATE TABLE public.courses (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id         uuid NOT NULL CONSTRAINT courses_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id       uuid NOT NULL,
    programme_id      uuid NOT NULL,
    title             text NOT NULL CONSTRAINT courses_title_check CHECK (btrim(title) <> ''),
    description       text,
    order_index       integer NOT NULL DEFAULT 0,
    unlocks_at        timestamptz,
    estimated_minutes integer CONSTRAINT courses_estimated_minutes_check CHECK (estimated_minutes > 0),
    status            public.content_status NOT NULL DEFAULT 'draft',
    published_at      timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT courses_programme_id_fkey FOREIGN KEY (programme_id, provider_id, tenant_id)
        REFERENCES public.programmes (id, provider_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT courses_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT courses_id_tenant_id_key UNIQUE (id, tenant_id),
    CONSTRAINT courses_id_provider_id_tenant_id_key UNIQUE (id, provider_id, tenant_id)
);
CREATE INDEX courses_programme_id_idx ON public.courses (programme_id, provider_id, tenant_id, order_index);
CREATE INDEX courses_provider_id_idx ON public.courses (provider_id, tenant_id);
CREATE INDEX courses_tenant_id_status_idx ON public.courses (tenant_id, status);

CREATE TABLE public.course_pages (
    id                             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id                      uuid NOT NULL CONSTRAINT course_pages_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id                    uuid NOT NULL,
    course_id                      uuid NOT NULL,
    parent_page_id                 uuid,
    title                          text NOT NULL CONSTRAINT course_pages_title_check CHECK (btrim(title) <> ''),
    path                           text NOT NULL CONSTRAINT course_pages_path_check CHECK (path ~ '^[a-z0-9-]+(/[a-z0-9-]+)*$'),
    order_index                    integer NOT NULL DEFAULT 0,
    required_completion_module_ids uuid[] NOT NULL DEFAULT '{}',
    created_at                     timestamptz NOT NULL DEFAULT now(),
    updated_at                     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT course_pages_course_id_fkey FOREIGN KEY (course_id, provider_id, tenant_id)
        REFERENCES public.courses (id, provider_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_pages_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_pages_id_scope_key UNIQUE (id, course_id, provider_id, tenant_id),
    -- A parent page must belong to the same course.
    CONSTRAINT course_pages_parent_page_id_fkey FOREIGN KEY (parent_page_id, course_id, provider_id, tenant_id)
        REFERENCES public.course_pages (id, course_id, provider_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_pages_parent_check CHECK (parent_page_id <> id),
    CONSTRAINT course_pages_course_id_path_key UNIQUE (course_id, path)
);
CREATE INDEX course_pages_parent_page_id_idx ON public.course_pages (parent_page_id, course_id, provider_id, tenant_id);
CREATE INDEX course_pages_provider_id_idx ON public.course_pages (provider_id, tenant_id);
CREATE INDEX course_pages_tenant_id_idx ON public.course_pages (tenant_id);
CREATE INDEX course_pages_course_id_idx ON public.course_pages (course_id, provider_id, tenant_id, order_index);

CREATE TABLE public.course_modules (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid NOT NULL CONSTRAINT course_modules_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id uuid NOT NULL,
    course_id   uuid NOT NULL,
    page_id     uuid NOT NULL,
    type        text NOT NULL CONSTRAINT course_modules_type_check CHECK (type IN (
                    'text', 'video', 'image', 'self_reflection', 'quiz', 'checkbox', 'star_rating',
                    'resource_link', 'page_link', 'two_column', 'navigation', 'comments')),
    title       text,
    content     jsonb NOT NULL DEFAULT '{}'::jsonb CONSTRAINT course_modules_content_check CHECK (jsonb_typeof(content) = 'object'),
    order_index integer NOT NULL DEFAULT 0,
    is_required boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT course_modules_page_id_fkey FOREIGN KEY (page_id, course_id, provider_id, tenant_id)
        REFERENCES public.course_pages (id, course_id, provider_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_modules_course_id_fkey FOREIGN KEY (course_id, provider_id, tenant_id)
        REFERENCES public.courses (id, provider_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_modules_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_modules_id_scope_key UNIQUE (id, course_id, tenant_id)
);
CREATE INDEX course_modules_page_id_idx ON public.course_modules (page_id, course_id, provider_id, tenant_id, order_index);
CREATE INDEX course_modules_course_id_idx ON public.course_modules (course_id, provider_id, tenant_id);
CREATE INDEX course_modules_provider_id_idx ON public.course_modules (provider_id, tenant_id);
CREATE INDEX course_modules_tenant_id_idx ON public.course_modules (tenant_id);

CREATE TABLE public.programme_signups (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL CONSTRAINT programme_signups_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    company_id   uuid NOT NULL,
    programme_id uuid NOT NULL,
    cohort_id    uuid,
    status       public.entity_status NOT NULL DEFAULT 'pending',
    application  jsonb NOT NULL DEFAULT '{}'::jsonb CONSTRAINT programme_signups_application_check CHECK (jsonb_typeof(application) = 'object'),
    applied_by   uuid CONSTRAINT programme_signups_applied_by_fkey REFERENCES public.users (id) ON DELETE SET NULL,
    applied_at   timestamptz NOT NULL DEFAULT now(),
    reviewed_by  uuid CONSTRAINT programme_signups_reviewed_by_fkey REFERENCES public.users (id) ON DELETE SET NULL,
    reviewed_at  timestamptz,
    enrolled_at  timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT programme_signups_company_id_fkey FOREIGN KEY (company_id, tenant_id)
        REFERENCES public.companies (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT programme_signups_programme_id_fkey FOREIGN KEY (programme_id, tenant_id)
        REFERENCES public.programmes (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    -- The cohort must be a run of the same programme.
    CONSTRAINT programme_signups_cohort_id_fkey FOREIGN KEY (cohort_id, programme_id)
        REFERENCES public.cohorts (id, programme_id) ON DELETE CASCADE ON UPDATE CASCADE,
    -- NULLS NOT DISTINCT: two signups of a company to the same programme without a cohort collide.
    CONSTRAINT programme_signups_company_id_programme_id_cohort_id_key
        UNIQUE NULLS NOT DISTINCT (company_id, programme_id, cohort_id),
    CONSTRAINT programme_signups_review_check CHECK (reviewed_at IS NULL OR reviewed_at >= applied_at)
);
CREATE INDEX programme_signups_programme_id_idx ON public.programme_signups (programme_id, tenant_id);
CREATE INDEX programme_signups_cohort_id_idx ON public.programme_signups (cohort_id, programme_id);
CREATE INDEX programme_signups_tenant_id_status_idx ON public.programme_signups (tenant_id, status);
CREATE INDEX programme_signups_company_id_tenant_id_idx ON public.programme_signups (company_id, tenant_id);
CREATE INDEX programme_signups_applied_by_idx ON public.programme_signups (applied_by);
CREATE INDEX programme_signups_reviewed_by_idx ON public.programme_signups (reviewed_by);

CREATE TABLE public.course_signups (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id        uuid NOT NULL CONSTRAINT course_signups_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id          uuid NOT NULL CONSTRAINT course_signups_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    course_id        uuid NOT NULL,
    status           public.signup_status NOT NULL DEFAULT 'confirmed',
    progress_percent smallint NOT NULL DEFAULT 0 CONSTRAINT course_signups_progress_percent_check CHECK (progress_percent BETWEEN 0 AND 100),
    started_at       timestamptz,
    completed_at     timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT course_signups_course_id_fkey FOREIGN KEY (course_id, tenant_id)
        REFERENCES public.courses (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_signups_user_id_course_id_key UNIQUE (user_id, course_id),
    CONSTRAINT course_signups_completed_check CHECK (completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at)
);
CREATE INDEX course_signups_course_id_idx ON public.course_signups (course_id, tenant_id);
CREATE INDEX course_signups_tenant_id_idx ON public.course_signups (tenant_id, user_id);

CREATE TABLE public.course_engagements (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL CONSTRAINT course_engagements_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id      uuid NOT NULL CONSTRAINT course_engagements_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    course_id    uuid NOT NULL,
    module_id    uuid NOT NULL,
    response     jsonb,
    completed_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT course_engagements_module_id_fkey FOREIGN KEY (module_id, course_id, tenant_id)
        REFERENCES public.course_modules (id, course_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_engagements_course_id_fkey FOREIGN KEY (course_id, tenant_id)
        REFERENCES public.courses (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT course_engagements_user_id_module_id_key UNIQUE (user_id, module_id)
);
CREATE INDEX course_engagements_module_id_idx ON public.course_engagements (module_id, course_id, tenant_id);
CREATE INDEX course_engagements_course_id_idx ON public.course_engagements (course_id, tenant_id, user_id);
CREATE INDEX course_engagements_user_course_idx ON public.course_engagements (user_id, course_id);
CREATE INDEX course_engagements_tenant_id_idx ON public.course_engagements (tenant_id);

-------------------------------------------------------------------------------------------------
-- 5. Events
-------------------------------------------------------------------------------------------------
CREATE TABLE public.events (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL CONSTRAINT events_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id  uuid NOT NULL,
    programme_id uuid,
    cohort_id    uuid,
    place_id     uuid,
    title        text NOT NULL CONSTRAINT events_title_check CHECK (btrim(title) <> ''),
    description  text,
    event_type   text NOT NULL DEFAULT 'other' CONSTRAINT events_event_type_check CHECK (event_type IN (
                     'workshop', 'webinar', 'networking', 'demo_day', 'office_hours', 'conference', 'other')),
    status       public.content_status NOT NULL DEFAULT 'draft',
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    timezone     text NOT NULL DEFAULT 'Europe/London',
    online_url   text,
    capacity     integer CONSTRAINT events_capacity_check CHECK (capacity > 0),
    published_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT events_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT events_programme_id_fkey FOREIGN KEY (programme_id, provider_id, tenant_id)
        REFERENCES public.programmes (id, provider_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    -- The cohort must be a run of the event's programme. A programme's or cohort's own events go with it.
    CONSTRAINT events_cohort_id_fkey FOREIGN KEY (cohort_id, programme_id)
        REFERENCES public.cohorts (id, programme_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT events_place_id_fkey FOREIGN KEY (place_id, tenant_id)
        REFERENCES public.places (id, tenant_id) ON DELETE SET NULL (place_id) ON UPDATE CASCADE,
    CONSTRAINT events_cohort_needs_programme_check CHECK (cohort_id IS NULL OR programme_id IS NOT NULL),
    CONSTRAINT events_time_check CHECK (ends_at > starts_at),
    CONSTRAINT events_id_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE INDEX events_tenant_id_starts_at_idx ON public.events (tenant_id, starts_at);
CREATE INDEX events_provider_id_idx ON public.events (provider_id, tenant_id);
CREATE INDEX events_programme_id_idx ON public.events (programme_id, provider_id, tenant_id);
CREATE INDEX events_cohort_id_idx ON public.events (cohort_id, programme_id);
CREATE INDEX events_place_id_idx ON public.events (place_id, tenant_id);

CREATE TABLE public.event_signups (
    id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id               uuid NOT NULL CONSTRAINT event_signups_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    event_id                uuid NOT NULL,
    user_id                 uuid NOT NULL CONSTRAINT event_signups_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    status                  public.signup_status NOT NULL DEFAULT 'confirmed',
    attendance_mode         text NOT NULL DEFAULT 'in_person'
                            CONSTRAINT event_signups_attendance_mode_check CHECK (attendance_mode IN ('in_person', 'online')),
    attended                boolean NOT NULL DEFAULT false,
    attendance_confirmed_at timestamptz,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT event_signups_event_id_fkey FOREIGN KEY (event_id, tenant_id)
        REFERENCES public.events (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT event_signups_event_id_user_id_key UNIQUE (event_id, user_id),
    CONSTRAINT event_signups_attendance_check CHECK (attendance_confirmed_at IS NULL OR attended)
);
CREATE INDEX event_signups_user_id_idx ON public.event_signups (user_id);
CREATE INDEX event_signups_event_id_tenant_id_idx ON public.event_signups (event_id, tenant_id);
CREATE INDEX event_signups_tenant_id_idx ON public.event_signups (tenant_id);

-------------------------------------------------------------------------------------------------
-- 6. Resources
-------------------------------------------------------------------------------------------------
CREATE TABLE public.resources (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id     uuid NOT NULL CONSTRAINT resources_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id   uuid NOT NULL,
    title         text NOT NULL CONSTRAINT resources_title_check CHECK (btrim(title) <> ''),
    description   text,
    resource_type text NOT NULL CONSTRAINT resources_resource_type_check CHECK (resource_type IN (
                      'link', 'article', 'video', 'pdf', 'template', 'tool', 'course')),
    url           text,
    body          text,
    status        public.content_status NOT NULL DEFAULT 'draft',
    published_at  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT resources_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT resources_url_or_body_check CHECK (url IS NOT NULL OR body IS NOT NULL),
    CONSTRAINT resources_id_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE INDEX resources_tenant_id_status_idx ON public.resources (tenant_id, status);
CREATE INDEX resources_provider_id_idx ON public.resources (provider_id, tenant_id);

-------------------------------------------------------------------------------------------------
-- 7. Mentorship
-------------------------------------------------------------------------------------------------
CREATE TABLE public.mentors (
    id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id                uuid NOT NULL CONSTRAINT mentors_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id                  uuid NOT NULL CONSTRAINT mentors_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE
                             CONSTRAINT mentors_user_id_key UNIQUE,
    headline                 text,
    bio                      text,
    expertise_areas          text[] NOT NULL DEFAULT '{}',
    industries               text[] NOT NULL DEFAULT '{}',
    linkedin_url             text,
    calendar_token_encrypted bytea,
    status                   public.entity_status NOT NULL DEFAULT 'active',
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mentors_id_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE INDEX mentors_tenant_id_idx ON public.mentors (tenant_id, status);

CREATE TABLE public.mentor_programmes (
    mentor_id          uuid NOT NULL,
    programme_id       uuid NOT NULL,
    tenant_id          uuid NOT NULL CONSTRAINT mentor_programmes_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id        uuid NOT NULL,
    contract_reference text,
    hourly_rate        numeric(10, 2) CONSTRAINT mentor_programmes_hourly_rate_check CHECK (hourly_rate >= 0),
    rate_currency      char(3) NOT NULL DEFAULT 'GBP' CONSTRAINT mentor_programmes_rate_currency_check CHECK (rate_currency ~ '^[A-Z]{3}$'),
    status             public.entity_status NOT NULL DEFAULT 'active',
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mentor_programmes_pkey PRIMARY KEY (mentor_id, programme_id),
    CONSTRAINT mentor_programmes_mentor_id_fkey FOREIGN KEY (mentor_id, tenant_id)
        REFERENCES public.mentors (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_programmes_programme_id_fkey FOREIGN KEY (programme_id, provider_id, tenant_id)
        REFERENCES public.programmes (id, provider_id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_programmes_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX mentor_programmes_mentor_id_tenant_id_idx ON public.mentor_programmes (mentor_id, tenant_id);
CREATE INDEX mentor_programmes_programme_id_idx ON public.mentor_programmes (programme_id, provider_id, tenant_id);
CREATE INDEX mentor_programmes_provider_id_idx ON public.mentor_programmes (provider_id, tenant_id);
CREATE INDEX mentor_programmes_tenant_id_idx ON public.mentor_programmes (tenant_id);

CREATE TABLE public.mentor_availabilities (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id      uuid NOT NULL CONSTRAINT mentor_availabilities_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    mentor_id      uuid NOT NULL,
    day_of_week    smallint CONSTRAINT mentor_availabilities_day_of_week_check CHECK (day_of_week BETWEEN 0 AND 6),
    specific_date  date,
    starts_at_time time NOT NULL,
    ends_at_time   time NOT NULL,
    timezone       text NOT NULL DEFAULT 'Europe/London',
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mentor_availabilities_mentor_id_fkey FOREIGN KEY (mentor_id, tenant_id)
        REFERENCES public.mentors (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_availabilities_time_check CHECK (ends_at_time > starts_at_time),
    -- Either a weekly slot (day_of_week) or a one-off (specific_date), never both or neither.
    CONSTRAINT mentor_availabilities_kind_check CHECK (num_nonnulls(day_of_week, specific_date) = 1)
);
CREATE INDEX mentor_availabilities_mentor_id_idx ON public.mentor_availabilities (mentor_id, tenant_id);
CREATE INDEX mentor_availabilities_tenant_id_idx ON public.mentor_availabilities (tenant_id);

CREATE TABLE public.mentor_credits (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id         uuid NOT NULL CONSTRAINT mentor_credits_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    company_id        uuid NOT NULL,
    programme_id      uuid NOT NULL,
    credits_granted   integer NOT NULL CONSTRAINT mentor_credits_credits_granted_check CHECK (credits_granted >= 0),
    credits_used      integer NOT NULL DEFAULT 0,
    credits_remaining integer GENERATED ALWAYS AS (credits_granted - credits_used) STORED,
    status            public.entity_status NOT NULL DEFAULT 'active',
    valid_from        timestamptz NOT NULL DEFAULT now(),
    expires_at        timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mentor_credits_company_id_fkey FOREIGN KEY (company_id, tenant_id)
        REFERENCES public.companies (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_credits_programme_id_fkey FOREIGN KEY (programme_id, tenant_id)
        REFERENCES public.programmes (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_credits_credits_used_check CHECK (credits_used BETWEEN 0 AND credits_granted),
    CONSTRAINT mentor_credits_validity_check CHECK (expires_at IS NULL OR expires_at > valid_from),
    CONSTRAINT mentor_credits_company_id_programme_id_key UNIQUE (company_id, programme_id),
    CONSTRAINT mentor_credits_id_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE INDEX mentor_credits_programme_id_idx ON public.mentor_credits (programme_id, tenant_id);
CREATE INDEX mentor_credits_company_id_tenant_id_idx ON public.mentor_credits (company_id, tenant_id);
CREATE INDEX mentor_credits_tenant_id_idx ON public.mentor_credits (tenant_id);

CREATE TABLE public.mentor_sessions (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id            uuid NOT NULL CONSTRAINT mentor_sessions_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    mentor_id            uuid NOT NULL,
    credit_id            uuid,
    credits_consumed     integer NOT NULL DEFAULT 1 CONSTRAINT mentor_sessions_credits_consumed_check CHECK (credits_consumed >= 0),
    status               public.booking_status NOT NULL DEFAULT 'pending',
    starts_at            timestamptz NOT NULL,
    ends_at              timestamptz NOT NULL,
    external_calendar_id text,
    meeting_url          text,
    notes                text,
    booked_by            uuid CONSTRAINT mentor_sessions_booked_by_fkey REFERENCES public.users (id) ON DELETE SET NULL,
    cancelled_at         timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mentor_sessions_mentor_id_fkey FOREIGN KEY (mentor_id, tenant_id)
        REFERENCES public.mentors (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_sessions_credit_id_fkey FOREIGN KEY (credit_id, tenant_id)
        REFERENCES public.mentor_credits (id, tenant_id) ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT mentor_sessions_time_check CHECK (ends_at > starts_at),
    CONSTRAINT mentor_sessions_id_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE INDEX mentor_sessions_mentor_id_idx ON public.mentor_sessions (mentor_id, tenant_id, starts_at);
CREATE INDEX mentor_sessions_credit_id_idx ON public.mentor_sessions (credit_id, tenant_id);
CREATE INDEX mentor_sessions_tenant_id_idx ON public.mentor_sessions (tenant_id, starts_at);
CREATE INDEX mentor_sessions_booked_by_idx ON public.mentor_sessions (booked_by);

CREATE TABLE public.mentor_session_signups (
    session_id uuid NOT NULL,
    user_id    uuid NOT NULL CONSTRAINT mentor_session_signups_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    tenant_id  uuid NOT NULL CONSTRAINT mentor_session_signups_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    role       text NOT NULL DEFAULT 'mentee' CONSTRAINT mentor_session_signups_role_check CHECK (role IN ('mentee', 'observer')),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mentor_session_signups_pkey PRIMARY KEY (session_id, user_id),
    CONSTRAINT mentor_session_signups_session_id_fkey FOREIGN KEY (session_id, tenant_id)
        REFERENCES public.mentor_sessions (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX mentor_session_signups_user_id_idx ON public.mentor_session_signups (user_id);
CREATE INDEX mentor_session_signups_session_id_tenant_id_idx ON public.mentor_session_signups (session_id, tenant_id);
CREATE INDEX mentor_session_signups_tenant_id_idx ON public.mentor_session_signups (tenant_id);

CREATE TABLE public.mentor_pairings (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL CONSTRAINT mentor_pairings_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    mentor_id    uuid NOT NULL,
    company_id   uuid NOT NULL,
    programme_id uuid,
    status       public.entity_status NOT NULL DEFAULT 'active',
    started_on   date NOT NULL DEFAULT current_date,
    ended_on     date,
    notes        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT mentor_pairings_mentor_id_fkey FOREIGN KEY (mentor_id, tenant_id)
        REFERENCES public.mentors (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_pairings_company_id_fkey FOREIGN KEY (company_id, tenant_id)
        REFERENCES public.companies (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_pairings_programme_id_fkey FOREIGN KEY (programme_id, tenant_id)
        REFERENCES public.programmes (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT mentor_pairings_mentor_id_company_id_programme_id_key
        UNIQUE NULLS NOT DISTINCT (mentor_id, company_id, programme_id),
    CONSTRAINT mentor_pairings_dates_check CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX mentor_pairings_company_id_idx ON public.mentor_pairings (company_id, tenant_id);
CREATE INDEX mentor_pairings_programme_id_idx ON public.mentor_pairings (programme_id, tenant_id);
CREATE INDEX mentor_pairings_mentor_id_tenant_id_idx ON public.mentor_pairings (mentor_id, tenant_id);
CREATE INDEX mentor_pairings_tenant_id_idx ON public.mentor_pairings (tenant_id);

-------------------------------------------------------------------------------------------------
-- 8. Tags & embeddings
-------------------------------------------------------------------------------------------------
CREATE TABLE public.tags (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid NOT NULL CONSTRAINT tags_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    name        text NOT NULL CONSTRAINT tags_name_check CHECK (btrim(name) <> ''),
    tag_set     text,
    description text,
    embedding   vector(768),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tags_tenant_id_name_key UNIQUE (tenant_id, name),
    CONSTRAINT tags_id_tenant_id_key UNIQUE (id, tenant_id)
);
CREATE INDEX tags_tenant_id_tag_set_idx ON public.tags (tenant_id, tag_set);

CREATE TABLE public.tag_links (
    tag_id      uuid NOT NULL,
    target_type text NOT NULL CONSTRAINT tag_links_target_type_check
                CHECK (target_type IN ('programme', 'course', 'event', 'resource', 'mentor')),
    target_id   uuid NOT NULL,
    tenant_id   uuid NOT NULL CONSTRAINT tag_links_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tag_links_pkey PRIMARY KEY (tag_id, target_type, target_id),
    CONSTRAINT tag_links_tag_id_fkey FOREIGN KEY (tag_id, tenant_id)
        REFERENCES public.tags (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX tag_links_target_idx ON public.tag_links (target_type, target_id, tag_id);
CREATE INDEX tag_links_tag_id_tenant_id_idx ON public.tag_links (tag_id, tenant_id);
CREATE INDEX tag_links_tenant_id_idx ON public.tag_links (tenant_id, target_type);

CREATE TABLE public.embeddings (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL CONSTRAINT embeddings_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    content_type text NOT NULL CONSTRAINT embeddings_content_type_check
                 CHECK (content_type IN ('programme', 'course', 'event', 'resource')),
    content_id   uuid NOT NULL,
    embedding    vector(768) NOT NULL,
    input_hash   text NOT NULL CONSTRAINT embeddings_input_hash_check CHECK (input_hash ~ '^[0-9a-f]{64}$'),
    model        text NOT NULL DEFAULT 'text-embedding-004',
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT embeddings_content_type_content_id_key UNIQUE (content_type, content_id)
);
CREATE INDEX embeddings_tenant_id_content_type_idx ON public.embeddings (tenant_id, content_type);

-- Vector storage: 768 float4 = 3 KB per vector, above the 2 KB TOAST threshold, so by default each
-- vector is moved out of line and every exact (sequential) distance computation pays a TOAST
-- fetch. PLAIN keeps vectors in the heap row (a row still fits a page); see bench/ for the measured
-- effect on exact scans.
ALTER TABLE public.embeddings ALTER COLUMN embedding SET STORAGE PLAIN;
ALTER TABLE public.user_embeddings ALTER COLUMN embedding SET STORAGE PLAIN;
ALTER TABLE public.tags ALTER COLUMN embedding SET STORAGE PLAIN;

-- HNSW cosine indexes. m = 16, ef_construction = 64 are pgvector's defaults: at 768 dimensions they
-- give recall above 0.95 at ef_search 40-100 for unfiltered queries, and build in reasonable time
-- on 2 cores. Filtered queries are handled by for_you's strategy choice, not by a bigger graph.
CREATE INDEX embeddings_embedding_hnsw_idx ON public.embeddings
    USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);
CREATE INDEX user_embeddings_embedding_hnsw_idx ON public.user_embeddings
    USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);
CREATE INDEX tags_embedding_hnsw_idx ON public.tags
    USING hnsw (embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64);

-------------------------------------------------------------------------------------------------
-- 9. Social
-------------------------------------------------------------------------------------------------
CREATE TABLE public.notifications (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid NOT NULL CONSTRAINT notifications_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id     uuid NOT NULL CONSTRAINT notifications_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    type        text NOT NULL CONSTRAINT notifications_type_check CHECK (type ~ '^[a-z][a-z0-9_.]*$'),
    title       text NOT NULL,
    body        text,
    action_url  text,
    source_type text CONSTRAINT notifications_source_type_check CHECK (source_type IN (
                    'programme', 'cohort', 'course', 'event', 'resource', 'mentor', 'mentor_session',
                    'company', 'comment', 'programme_signup', 'course_signup', 'event_signup')),
    source_id   uuid,
    read_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT notifications_source_check CHECK ((source_type IS NULL) = (source_id IS NULL))
);
CREATE INDEX notifications_user_id_created_at_idx ON public.notifications (user_id, created_at DESC);
-- The unread badge: an index-only count over a small partial index.
CREATE INDEX notifications_unread_idx ON public.notifications (user_id, tenant_id) WHERE read_at IS NULL;
CREATE INDEX notifications_tenant_id_idx ON public.notifications (tenant_id);
CREATE INDEX notifications_source_idx ON public.notifications (source_type, source_id);

CREATE TABLE public.comments (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id         uuid NOT NULL CONSTRAINT comments_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id           uuid CONSTRAINT comments_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
    target_type       text NOT NULL DEFAULT 'resource' CONSTRAINT comments_target_type_check CHECK (target_type IN ('resource')),
    target_id         uuid NOT NULL,
    parent_comment_id uuid,
    body              text NOT NULL CONSTRAINT comments_body_check CHECK (btrim(body) <> ''),
    status            public.content_status NOT NULL DEFAULT 'published',
    edited_at         timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT comments_id_tenant_id_key UNIQUE (id, tenant_id),
    CONSTRAINT comments_parent_comment_id_fkey FOREIGN KEY (parent_comment_id, tenant_id)
        REFERENCES public.comments (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT comments_parent_check CHECK (parent_comment_id <> id)
);
CREATE INDEX comments_target_idx ON public.comments (target_type, target_id, created_at);
CREATE INDEX comments_parent_comment_id_idx ON public.comments (parent_comment_id, tenant_id);
CREATE INDEX comments_user_id_idx ON public.comments (user_id);
CREATE INDEX comments_tenant_id_idx ON public.comments (tenant_id);

-------------------------------------------------------------------------------------------------
-- 10. Analytics & system
-------------------------------------------------------------------------------------------------
-- activities: append-only log, RANGE-partitioned by quarter on occurred_at. The primary key must
-- include the partition key. Rows outside every quarter land in activities_default; partition
-- management (creating quarters ahead, moving rows out of the default) is its own module.
CREATE TABLE public.activities (
    id          uuid NOT NULL DEFAULT gen_random_uuid(),
    occurred_at timestamptz NOT NULL DEFAULT now(),
    tenant_id   uuid NOT NULL CONSTRAINT activities_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id     uuid CONSTRAINT activities_user_id_fkey REFERENCES public.users (id) ON DELETE SET NULL,
    action      text NOT NULL CONSTRAINT activities_action_check CHECK (action ~ '^[a-z][a-z0-9_.]*$'),
    target_type text CONSTRAINT activities_target_type_check CHECK (target_type IN (
                    'programme', 'cohort', 'course', 'course_page', 'course_module', 'event', 'resource',
                    'mentor', 'mentor_session', 'company', 'provider', 'comment', 'tag')),
    target_id   uuid,
    metadata    jsonb NOT NULL DEFAULT '{}'::jsonb CONSTRAINT activities_metadata_check CHECK (jsonb_typeof(metadata) = 'object'),
    CONSTRAINT activities_pkey PRIMARY KEY (id, occurred_at),
    CONSTRAINT activities_target_check CHECK ((target_type IS NULL) = (target_id IS NULL))
) PARTITION BY RANGE (occurred_at);
CREATE INDEX activities_tenant_id_occurred_at_idx ON public.activities (tenant_id, occurred_at DESC);
CREATE INDEX activities_user_id_occurred_at_idx ON public.activities (user_id, occurred_at DESC);
CREATE INDEX activities_target_idx ON public.activities (target_type, target_id, occurred_at DESC);

CREATE TABLE public.activities_2026q1 PARTITION OF public.activities FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-04-01 00:00:00+00');
CREATE TABLE public.activities_2026q2 PARTITION OF public.activities FOR VALUES FROM ('2026-04-01 00:00:00+00') TO ('2026-07-01 00:00:00+00');
CREATE TABLE public.activities_2026q3 PARTITION OF public.activities FOR VALUES FROM ('2026-07-01 00:00:00+00') TO ('2026-10-01 00:00:00+00');
CREATE TABLE public.activities_2026q4 PARTITION OF public.activities FOR VALUES FROM ('2026-10-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
CREATE TABLE public.activities_2027q1 PARTITION OF public.activities FOR VALUES FROM ('2027-01-01 00:00:00+00') TO ('2027-04-01 00:00:00+00');
CREATE TABLE public.activities_default PARTITION OF public.activities DEFAULT;

CREATE TABLE public.provider_summaries (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id          uuid NOT NULL CONSTRAINT provider_summaries_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    provider_id        uuid NOT NULL,
    date               date NOT NULL,
    programme_signups  integer NOT NULL DEFAULT 0,
    enrolments         integer NOT NULL DEFAULT 0,
    course_signups     integer NOT NULL DEFAULT 0,
    course_completions integer NOT NULL DEFAULT 0,
    event_signups      integer NOT NULL DEFAULT 0,
    event_attendance   integer NOT NULL DEFAULT 0,
    mentor_sessions    integer NOT NULL DEFAULT 0,
    activity_count     integer NOT NULL DEFAULT 0,
    metrics            jsonb NOT NULL DEFAULT '{}'::jsonb,
    computed_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT provider_summaries_provider_id_fkey FOREIGN KEY (provider_id, tenant_id)
        REFERENCES public.providers (id, tenant_id) ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT provider_summaries_provider_id_date_key UNIQUE (provider_id, date),
    CONSTRAINT provider_summaries_counts_check CHECK (
        programme_signups >= 0 AND enrolments >= 0 AND course_signups >= 0 AND course_completions >= 0
        AND event_signups >= 0 AND event_attendance >= 0 AND mentor_sessions >= 0 AND activity_count >= 0)
);
CREATE INDEX provider_summaries_provider_id_tenant_id_idx ON public.provider_summaries (provider_id, tenant_id);
CREATE INDEX provider_summaries_tenant_id_date_idx ON public.provider_summaries (tenant_id, date);

-- System tables. Their tenant_id is nullable: they also record platform-wide events (global
-- tables, platform admins), and they have no foreign keys to the rows they describe, because a
-- log must outlive what it logs (deleting a tenant must not erase its audit trail).
CREATE TABLE public.audit_logs (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid,
    table_name  text NOT NULL,
    record_id   text NOT NULL,
    operation   text NOT NULL CONSTRAINT audit_logs_operation_check CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    old_values  jsonb,
    new_values  jsonb,
    actor_id    uuid,
    actor_role  text NOT NULL DEFAULT current_user,
    txid        bigint NOT NULL DEFAULT txid_current(),
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_logs_tenant_id_occurred_at_idx ON public.audit_logs (tenant_id, occurred_at DESC);
CREATE INDEX audit_logs_record_idx ON public.audit_logs (table_name, record_id, occurred_at DESC);
CREATE INDEX audit_logs_actor_id_idx ON public.audit_logs (actor_id, occurred_at DESC);

CREATE TABLE public.impersonation_logs (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id      uuid,
    actor_id       uuid NOT NULL,
    target_user_id uuid NOT NULL,
    action         text NOT NULL CONSTRAINT impersonation_logs_action_check CHECK (action IN ('start', 'stop')),
    reason         text,
    metadata       jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT impersonation_logs_reason_check CHECK (action = 'stop' OR btrim(reason) <> '')
);
CREATE INDEX impersonation_logs_actor_id_idx ON public.impersonation_logs (actor_id, created_at DESC);
CREATE INDEX impersonation_logs_target_user_id_idx ON public.impersonation_logs (target_user_id, created_at DESC);
CREATE INDEX impersonation_logs_tenant_id_idx ON public.impersonation_logs (tenant_id, created_at DESC);

CREATE TABLE public.api_error_logs (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id   uuid,
    user_id     uuid,
    request_id  text NOT NULL,
    error_code  text NOT NULL,
    error_key   text,
    origin_tag  text,
    message     text,
    http_status smallint CONSTRAINT api_error_logs_http_status_check CHECK (http_status BETWEEN 100 AND 599),
    path        text,
    details     jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_error_logs_created_at_idx ON public.api_error_logs (created_at);
CREATE INDEX api_error_logs_tenant_id_idx ON public.api_error_logs (tenant_id, created_at DESC);
CREATE INDEX api_error_logs_request_id_idx ON public.api_error_logs (request_id);
CREATE INDEX api_error_logs_error_code_idx ON public.api_error_logs (error_code, created_at DESC);

CREATE TABLE public.event_outbox (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id       uuid CONSTRAINT event_outbox_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    topic           text NOT NULL CONSTRAINT event_outbox_topic_check CHECK (topic ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'),
    payload         jsonb NOT NULL DEFAULT '{}'::jsonb,
    attempts        integer NOT NULL DEFAULT 0 CONSTRAINT event_outbox_attempts_check CHECK (attempts >= 0),
    max_attempts    integer NOT NULL DEFAULT 10 CONSTRAINT event_outbox_max_attempts_check CHECK (max_attempts > 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    published_at    timestamptz,
    dead_at         timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
-- Claimers scan only what is still to deliver, oldest due first.
CREATE INDEX event_outbox_pending_idx ON public.event_outbox (next_attempt_at, created_at)
    WHERE published_at IS NULL AND dead_at IS NULL;
CREATE INDEX event_outbox_tenant_id_idx ON public.event_outbox (tenant_id, created_at);
CREATE INDEX event_outbox_published_at_idx ON public.event_outbox (published_at) WHERE published_at IS NOT NULL;

-------------------------------------------------------------------------------------------------
-- 11. Geography
-------------------------------------------------------------------------------------------------
CREATE TABLE public.postcodes (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    postcode       text NOT NULL CONSTRAINT postcodes_postcode_key UNIQUE
                   CONSTRAINT postcodes_postcode_check CHECK (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
    latitude       numeric(9, 6) CONSTRAINT postcodes_latitude_check CHECK (latitude BETWEEN -90 AND 90),
    longitude      numeric(9, 6) CONSTRAINT postcodes_longitude_check CHECK (longitude BETWEEN -180 AND 180),
    region         text,
    admin_district text,
    constituencies text[] NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX postcodes_region_idx ON public.postcodes (region);

-------------------------------------------------------------------------------------------------
-- Triggers
-------------------------------------------------------------------------------------------------
-- BEFORE triggers fire in name order: 01 fills scope columns from the parent, 02 checks
-- polymorphic references (which needs tenant_id), then updated_at.

CREATE TRIGGER cohorts_set_updated_at BEFORE UPDATE ON public.cohorts
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER comments_set_updated_at BEFORE UPDATE ON public.comments
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER companies_set_updated_at BEFORE UPDATE ON public.companies
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER company_staff_set_updated_at BEFORE UPDATE ON public.company_staff
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER course_engagements_set_updated_at BEFORE UPDATE ON public.course_engagements
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER course_modules_set_updated_at BEFORE UPDATE ON public.course_modules
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER course_pages_set_updated_at BEFORE UPDATE ON public.course_pages
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER course_signups_set_updated_at BEFORE UPDATE ON public.course_signups
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER courses_set_updated_at BEFORE UPDATE ON public.courses
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER embeddings_set_updated_at BEFORE UPDATE ON public.embeddings
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER event_signups_set_updated_at BEFORE UPDATE ON public.event_signups
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER events_set_updated_at BEFORE UPDATE ON public.events
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER mentor_availabilities_set_updated_at BEFORE UPDATE ON public.mentor_availabilities
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER mentor_credits_set_updated_at BEFORE UPDATE ON public.mentor_credits
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER mentor_pairings_set_updated_at BEFORE UPDATE ON public.mentor_pairings
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER mentor_programmes_set_updated_at BEFORE UPDATE ON public.mentor_programmes
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER mentor_sessions_set_updated_at BEFORE UPDATE ON public.mentor_sessions
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER mentors_set_updated_at BEFORE UPDATE ON public.mentors
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER places_set_updated_at BEFORE UPDATE ON public.places
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER postcodes_set_updated_at BEFORE UPDATE ON public.postcodes
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER programme_signups_set_updated_at BEFORE UPDATE ON public.programme_signups
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER programmes_set_updated_at BEFORE UPDATE ON public.programmes
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER providers_set_updated_at BEFORE UPDATE ON public.providers
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER providers_staff_set_updated_at BEFORE UPDATE ON public.providers_staff
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER resources_set_updated_at BEFORE UPDATE ON public.resources
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER tags_set_updated_at BEFORE UPDATE ON public.tags
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER user_embeddings_set_updated_at BEFORE UPDATE ON public.user_embeddings
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();
CREATE TRIGGER user_preferences_set_updated_at BEFORE UPDATE ON public.user_preferences
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

CREATE TRIGGER providers_staff_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.providers_staff
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');
CREATE TRIGGER company_staff_01_fill_scope BEFORE INSERT OR UPDATE OF company_id ON public.company_staff
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('companies', 'company_id', 'tenant_id');
CREATE TRIGGER programmes_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.programmes
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');
CREATE TRIGGER cohorts_01_fill_scope BEFORE INSERT OR UPDATE OF programme_id ON public.cohorts
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('programmes', 'programme_id', 'tenant_id', 'provider_id');
CREATE TRIGGER courses_01_fill_scope BEFORE INSERT OR UPDATE OF programme_id ON public.courses
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('programmes', 'programme_id', 'tenant_id', 'provider_id');
CREATE TRIGGER course_pages_01_fill_scope BEFORE INSERT OR UPDATE OF course_id ON public.course_pages
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('courses', 'course_id', 'tenant_id', 'provider_id');
CREATE TRIGGER course_modules_01_fill_scope BEFORE INSERT OR UPDATE OF page_id ON public.course_modules
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('course_pages', 'page_id', 'tenant_id', 'provider_id', 'course_id');
CREATE TRIGGER programme_signups_01_fill_scope BEFORE INSERT OR UPDATE OF company_id ON public.programme_signups
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('companies', 'company_id', 'tenant_id');
CREATE TRIGGER course_signups_01_fill_scope BEFORE INSERT OR UPDATE OF course_id ON public.course_signups
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('courses', 'course_id', 'tenant_id');
CREATE TRIGGER course_engagements_01_fill_scope BEFORE INSERT OR UPDATE OF module_id ON public.course_engagements
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('course_modules', 'module_id', 'tenant_id', 'course_id');
CREATE TRIGGER events_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.events
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');
CREATE TRIGGER event_signups_01_fill_scope BEFORE INSERT OR UPDATE OF event_id ON public.event_signups
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('events', 'event_id', 'tenant_id');
CREATE TRIGGER resources_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.resources
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');
CREATE TRIGGER mentor_programmes_01_fill_scope BEFORE INSERT OR UPDATE OF programme_id ON public.mentor_programmes
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('programmes', 'programme_id', 'tenant_id', 'provider_id');
CREATE TRIGGER mentor_availabilities_01_fill_scope BEFORE INSERT OR UPDATE OF mentor_id ON public.mentor_availabilities
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('mentors', 'mentor_id', 'tenant_id');
CREATE TRIGGER mentor_credits_01_fill_scope BEFORE INSERT OR UPDATE OF company_id ON public.mentor_credits
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('companies', 'company_id', 'tenant_id');
CREATE TRIGGER mentor_sessions_01_fill_scope BEFORE INSERT OR UPDATE OF mentor_id ON public.mentor_sessions
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('mentors', 'mentor_id', 'tenant_id');
CREATE TRIGGER mentor_session_signups_01_fill_scope BEFORE INSERT OR UPDATE OF session_id ON public.mentor_session_signups
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('mentor_sessions', 'session_id', 'tenant_id');
CREATE TRIGGER mentor_pairings_01_fill_scope BEFORE INSERT OR UPDATE OF mentor_id ON public.mentor_pairings
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('mentors', 'mentor_id', 'tenant_id');
CREATE TRIGGER tag_links_01_fill_scope BEFORE INSERT OR UPDATE OF tag_id ON public.tag_links
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('tags', 'tag_id', 'tenant_id');
CREATE TRIGGER provider_summaries_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.provider_summaries
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');
CREATE TRIGGER comments_01_fill_scope BEFORE INSERT OR UPDATE OF target_id ON public.comments
    FOR EACH ROW EXECUTE FUNCTION platform.fill_scope_from_parent('resources', 'target_id', 'tenant_id');

CREATE TRIGGER user_saved_items_02_check_item BEFORE INSERT OR UPDATE OF item_type, item_id, tenant_id ON public.user_saved_items
    FOR EACH ROW EXECUTE FUNCTION platform.check_polymorphic_ref('item_type', 'item_id');
CREATE TRIGGER tag_links_02_check_target BEFORE INSERT OR UPDATE OF target_type, target_id, tenant_id ON public.tag_links
    FOR EACH ROW EXECUTE FUNCTION platform.check_polymorphic_ref('target_type', 'target_id');
CREATE TRIGGER embeddings_02_check_content BEFORE INSERT OR UPDATE OF content_type, content_id, tenant_id ON public.embeddings
    FOR EACH ROW EXECUTE FUNCTION platform.check_polymorphic_ref('content_type', 'content_id');
CREATE TRIGGER notifications_02_check_source BEFORE INSERT OR UPDATE OF source_type, source_id, tenant_id ON public.notifications
    FOR EACH ROW EXECUTE FUNCTION platform.check_polymorphic_ref('source_type', 'source_id');
CREATE TRIGGER comments_02_check_target BEFORE INSERT OR UPDATE OF target_type, target_id, tenant_id ON public.comments
    FOR EACH ROW EXECUTE FUNCTION platform.check_polymorphic_ref('target_type', 'target_id');
CREATE TRIGGER activities_02_check_target BEFORE INSERT OR UPDATE OF target_type, target_id, tenant_id ON public.activities
    FOR EACH ROW EXECUTE FUNCTION platform.check_polymorphic_ref('target_type', 'target_id');

CREATE TRIGGER programmes_delete_polymorphic_refs AFTER DELETE ON public.programmes
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('programme');
CREATE TRIGGER courses_delete_polymorphic_refs AFTER DELETE ON public.courses
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('course');
CREATE TRIGGER events_delete_polymorphic_refs AFTER DELETE ON public.events
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('event');
CREATE TRIGGER resources_delete_polymorphic_refs AFTER DELETE ON public.resources
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('resource');
CREATE TRIGGER mentors_delete_polymorphic_refs AFTER DELETE ON public.mentors
    REFERENCING OLD TABLE AS deleted_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('mentor');

-------------------------------------------------------------------------------------------------
-- Comments (PostgREST serves them as OpenAPI descriptions)
-------------------------------------------------------------------------------------------------
COMMENT ON TABLE public.activities IS 'Activity log (append-only), RANGE-partitioned by quarter on occurred_at; rows outside every quarter land in activities_default.';
COMMENT ON COLUMN public.activities.id IS 'Primary key.';
COMMENT ON COLUMN public.activities.occurred_at IS 'When it happened (partition key).';
COMMENT ON COLUMN public.activities.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.activities.user_id IS 'Acting user.';
COMMENT ON COLUMN public.activities.action IS 'What happened, dotted lower-case (e.g. course.completed, resource.viewed).';
COMMENT ON COLUMN public.activities.target_type IS 'Type of the row acted on.';
COMMENT ON COLUMN public.activities.target_id IS 'Id of the row acted on (same tenant, checked by trigger).';
COMMENT ON COLUMN public.activities.metadata IS 'Details (JSON object).';
COMMENT ON TABLE public.api_error_logs IS 'Structured API error diagnostics, written by the service role.';
COMMENT ON COLUMN public.api_error_logs.id IS 'Primary key.';
COMMENT ON COLUMN public.api_error_logs.tenant_id IS 'Tenant of the request, if known.';
COMMENT ON COLUMN public.api_error_logs.user_id IS 'Caller, if known.';
COMMENT ON COLUMN public.api_error_logs.request_id IS 'Request id (correlates with server logs).';
COMMENT ON COLUMN public.api_error_logs.error_code IS 'Error code (e.g. SQLSTATE or HTTP code).';
COMMENT ON COLUMN public.api_error_logs.error_key IS 'Stable application error key.';
COMMENT ON COLUMN public.api_error_logs.origin_tag IS 'Where in the app the error arose.';
COMMENT ON COLUMN public.api_error_logs.message IS 'Error message.';
COMMENT ON COLUMN public.api_error_logs.http_status IS 'HTTP status returned.';
COMMENT ON COLUMN public.api_error_logs.path IS 'Request path.';
COMMENT ON COLUMN public.api_error_logs.details IS 'Details (JSON).';
COMMENT ON COLUMN public.api_error_logs.created_at IS 'When the row was created.';
COMMENT ON TABLE public.audit_logs IS 'Change audit of business tables: who changed which row how. Written by trigger only.';
COMMENT ON COLUMN public.audit_logs.id IS 'Primary key.';
COMMENT ON COLUMN public.audit_logs.tenant_id IS 'Tenant of the changed row (NULL for global tables). No foreign key: the audit trail outlives the tenant.';
COMMENT ON COLUMN public.audit_logs.table_name IS 'Table of the changed row.';
COMMENT ON COLUMN public.audit_logs.record_id IS 'Primary key of the changed row (text; JSON object for composite keys).';
COMMENT ON COLUMN public.audit_logs.operation IS 'INSERT, UPDATE or DELETE.';
COMMENT ON COLUMN public.audit_logs.old_values IS 'Row before the change (UPDATE: changed columns only), secrets removed.';
COMMENT ON COLUMN public.audit_logs.new_values IS 'Row after the change (UPDATE: changed columns only), secrets removed.';
COMMENT ON COLUMN public.audit_logs.actor_id IS 'auth.uid() of the caller, if any.';
COMMENT ON COLUMN public.audit_logs.actor_role IS 'Database role that made the change.';
COMMENT ON COLUMN public.audit_logs.txid IS 'Transaction id (groups the changes of one transaction).';
COMMENT ON COLUMN public.audit_logs.occurred_at IS 'When.';
COMMENT ON TABLE public.cohorts IS 'A time-bound run of a programme with enrollment and delivery windows.';
COMMENT ON COLUMN public.cohorts.id IS 'Primary key.';
COMMENT ON COLUMN public.cohorts.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.cohorts.provider_id IS 'The provider (same as the programme''s; filled when omitted).';
COMMENT ON COLUMN public.cohorts.programme_id IS 'The programme.';
COMMENT ON COLUMN public.cohorts.name IS 'Cohort name.';
COMMENT ON COLUMN public.cohorts.status IS 'Publication state.';
COMMENT ON COLUMN public.cohorts.capacity IS 'Maximum companies.';
COMMENT ON COLUMN public.cohorts.enrollment_opens_at IS 'Enrollment opens.';
COMMENT ON COLUMN public.cohorts.enrollment_closes_at IS 'Enrollment closes (after it opens).';
COMMENT ON COLUMN public.cohorts.delivery_start_date IS 'First day of delivery.';
COMMENT ON COLUMN public.cohorts.delivery_end_date IS 'Last day of delivery (not before the first).';
COMMENT ON COLUMN public.cohorts.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.cohorts.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.comments IS 'Threaded comments on a target (currently resources).';
COMMENT ON COLUMN public.comments.id IS 'Primary key.';
COMMENT ON COLUMN public.comments.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.comments.user_id IS 'Author (NULL once the author is deleted).';
COMMENT ON COLUMN public.comments.target_type IS 'Type of the commented row (currently resource).';
COMMENT ON COLUMN public.comments.target_id IS 'Id of the commented row (same tenant, checked by trigger).';
COMMENT ON COLUMN public.comments.parent_comment_id IS 'Comment replied to.';
COMMENT ON COLUMN public.comments.body IS 'Comment text.';
COMMENT ON COLUMN public.comments.status IS 'Moderation state (content_status): published, draft (hidden), archived.';
COMMENT ON COLUMN public.comments.edited_at IS 'When the body was last edited.';
COMMENT ON COLUMN public.comments.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.comments.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.companies IS 'A business taking part in programmes, with its profile (stage, funding, challenges) and an auto-calculated profile_completeness_score.';
COMMENT ON COLUMN public.companies.id IS 'Primary key.';
COMMENT ON COLUMN public.companies.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.companies.name IS 'Company name.';
COMMENT ON COLUMN public.companies.description IS 'What the company does.';
COMMENT ON COLUMN public.companies.website_url IS 'Website.';
COMMENT ON COLUMN public.companies.logo_url IS 'Logo image URL.';
COMMENT ON COLUMN public.companies.sector IS 'Industry sector.';
COMMENT ON COLUMN public.companies.company_size IS 'Size band: micro (<10), small (<50), medium (<250), large.';
COMMENT ON COLUMN public.companies.stage IS 'Business stage: idea, pre_revenue, early_revenue, growth, scale, established.';
COMMENT ON COLUMN public.companies.funding_stage IS 'Funding stage: bootstrapped, grant, friends_family, angel, pre_seed, seed, series_a, series_b_plus.';
COMMENT ON COLUMN public.companies.funding_raised IS 'Total funding raised to date (GBP).';
COMMENT ON COLUMN public.companies.challenges IS 'Current challenges, free-text tags (e.g. fundraising, hiring).';
COMMENT ON COLUMN public.companies.location IS 'Town or region.';
COMMENT ON COLUMN public.companies.postcode IS 'UK postcode (see postcodes).';
COMMENT ON COLUMN public.companies.status IS 'Lifecycle state.';
COMMENT ON COLUMN public.companies.profile_completeness_score IS 'Profile completeness 0-100, maintained by trigger; not writable by clients.';
COMMENT ON COLUMN public.companies.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.companies.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.company_staff IS 'Company membership with a role.';
COMMENT ON COLUMN public.company_staff.company_id IS 'The company.';
COMMENT ON COLUMN public.company_staff.user_id IS 'The staff member.';
COMMENT ON COLUMN public.company_staff.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.company_staff.role IS 'Company role (roles.key).';
COMMENT ON COLUMN public.company_staff.job_title IS 'Job title.';
COMMENT ON COLUMN public.company_staff.status IS 'Membership state.';
COMMENT ON COLUMN public.company_staff.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.company_staff.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.course_engagements IS 'A user''s response to a course module; one per (user, module).';
COMMENT ON COLUMN public.course_engagements.id IS 'Primary key.';
COMMENT ON COLUMN public.course_engagements.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.course_engagements.user_id IS 'The learner.';
COMMENT ON COLUMN public.course_engagements.course_id IS 'The course (filled from the module when omitted).';
COMMENT ON COLUMN public.course_engagements.module_id IS 'The module.';
COMMENT ON COLUMN public.course_engagements.response IS 'The response (JSON: answers, rating, reflection text, ...).';
COMMENT ON COLUMN public.course_engagements.completed_at IS 'When the module was completed; NULL while in progress.';
COMMENT ON COLUMN public.course_engagements.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.course_engagements.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.course_modules IS 'Content blocks on a course page (text, video, quiz, ...).';
COMMENT ON COLUMN public.course_modules.id IS 'Primary key.';
COMMENT ON COLUMN public.course_modules.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.course_modules.provider_id IS 'The provider (filled from the page when omitted).';
COMMENT ON COLUMN public.course_modules.course_id IS 'The course (filled from the page when omitted).';
COMMENT ON COLUMN public.course_modules.page_id IS 'The page.';
COMMENT ON COLUMN public.course_modules.type IS 'Block type: text, video, image, self_reflection, quiz, checkbox, star_rating, resource_link, page_link, two_column, navigation, comments.';
COMMENT ON COLUMN public.course_modules.title IS 'Optional heading.';
COMMENT ON COLUMN public.course_modules.content IS 'Block content (JSON object, shape depends on type).';
COMMENT ON COLUMN public.course_modules.order_index IS 'Position on the page.';
COMMENT ON COLUMN public.course_modules.is_required IS 'Whether completing the course requires this module.';
COMMENT ON COLUMN public.course_modules.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.course_modules.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.course_pages IS 'Hierarchical pages of a course (parent_page_id, path); a page is complete when its required modules are.';
COMMENT ON COLUMN public.course_pages.id IS 'Primary key.';
COMMENT ON COLUMN public.course_pages.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.course_pages.provider_id IS 'The provider (filled from the course when omitted).';
COMMENT ON COLUMN public.course_pages.course_id IS 'The course.';
COMMENT ON COLUMN public.course_pages.parent_page_id IS 'Parent page in the same course; NULL for a top-level page.';
COMMENT ON COLUMN public.course_pages.title IS 'Title.';
COMMENT ON COLUMN public.course_pages.path IS 'Slash-separated path of the page within the course, unique per course (e.g. basics/intro).';
COMMENT ON COLUMN public.course_pages.order_index IS 'Position among its siblings.';
COMMENT ON COLUMN public.course_pages.required_completion_module_ids IS 'Modules that must be completed for the page to count as complete.';
COMMENT ON COLUMN public.course_pages.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.course_pages.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.course_signups IS 'A user''s enrollment in a course, with progress maintained from course_engagements.';
COMMENT ON COLUMN public.course_signups.id IS 'Primary key.';
COMMENT ON COLUMN public.course_signups.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.course_signups.user_id IS 'The learner.';
COMMENT ON COLUMN public.course_signups.course_id IS 'The course.';
COMMENT ON COLUMN public.course_signups.status IS 'Signup state (signup_status).';
COMMENT ON COLUMN public.course_signups.progress_percent IS 'Share of the course''s modules completed, 0-100 (maintained by trigger).';
COMMENT ON COLUMN public.course_signups.started_at IS 'First engagement.';
COMMENT ON COLUMN public.course_signups.completed_at IS 'When the course was completed (set once).';
COMMENT ON COLUMN public.course_signups.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.course_signups.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.courses IS 'A course within a programme, made of pages of modules.';
COMMENT ON COLUMN public.courses.id IS 'Primary key.';
COMMENT ON COLUMN public.courses.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.courses.provider_id IS 'The provider (same as the programme''s; filled when omitted).';
COMMENT ON COLUMN public.courses.programme_id IS 'The programme.';
COMMENT ON COLUMN public.courses.title IS 'Title.';
COMMENT ON COLUMN public.courses.description IS 'Description.';
COMMENT ON COLUMN public.courses.order_index IS 'Position within the programme.';
COMMENT ON COLUMN public.courses.unlocks_at IS 'When the course becomes available.';
COMMENT ON COLUMN public.courses.estimated_minutes IS 'Estimated time to complete.';
COMMENT ON COLUMN public.courses.status IS 'Publication state.';
COMMENT ON COLUMN public.courses.published_at IS 'When it was first published.';
COMMENT ON COLUMN public.courses.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.courses.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.embeddings IS 'Content embeddings (768-d) of programmes, courses, events and resources; input_hash detects staleness.';
COMMENT ON COLUMN public.embeddings.id IS 'Primary key.';
COMMENT ON COLUMN public.embeddings.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.embeddings.content_type IS 'programme, course, event or resource.';
COMMENT ON COLUMN public.embeddings.content_id IS 'Id of the embedded row (same tenant, checked by trigger).';
COMMENT ON COLUMN public.embeddings.embedding IS 'Content vector (768 dimensions, cosine space); HNSW-indexed.';
COMMENT ON COLUMN public.embeddings.input_hash IS 'sha256 (hex) of the canonical text the vector was computed from.';
COMMENT ON COLUMN public.embeddings.model IS 'Embedding model.';
COMMENT ON COLUMN public.embeddings.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.embeddings.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.event_outbox IS 'Durable event queue for async publishing (transactional outbox) with retry tracking.';
COMMENT ON COLUMN public.event_outbox.id IS 'Primary key.';
COMMENT ON COLUMN public.event_outbox.tenant_id IS 'Tenant the event concerns (NULL for platform events).';
COMMENT ON COLUMN public.event_outbox.topic IS 'Event topic, dotted lower-case (e.g. course.completed).';
COMMENT ON COLUMN public.event_outbox.payload IS 'Event payload (JSON).';
COMMENT ON COLUMN public.event_outbox.attempts IS 'Delivery attempts so far.';
COMMENT ON COLUMN public.event_outbox.max_attempts IS 'Attempts before the event is parked (dead letter).';
COMMENT ON COLUMN public.event_outbox.next_attempt_at IS 'When the event is next due (also the lease expiry while claimed).';
COMMENT ON COLUMN public.event_outbox.published_at IS 'When delivery was acknowledged.';
COMMENT ON COLUMN public.event_outbox.dead_at IS 'When the event was parked after max_attempts failures.';
COMMENT ON COLUMN public.event_outbox.last_error IS 'Error of the last failed attempt.';
COMMENT ON COLUMN public.event_outbox.created_at IS 'When the row was created.';
COMMENT ON TABLE public.event_signups IS 'Registration of a user for an event, with attendance.';
COMMENT ON COLUMN public.event_signups.id IS 'Primary key.';
COMMENT ON COLUMN public.event_signups.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.event_signups.event_id IS 'The event.';
COMMENT ON COLUMN public.event_signups.user_id IS 'The attendee.';
COMMENT ON COLUMN public.event_signups.status IS 'Signup state (signup_status).';
COMMENT ON COLUMN public.event_signups.attendance_mode IS 'in_person or online.';
COMMENT ON COLUMN public.event_signups.attended IS 'Whether the user attended.';
COMMENT ON COLUMN public.event_signups.attendance_confirmed_at IS 'When attendance was confirmed.';
COMMENT ON COLUMN public.event_signups.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.event_signups.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.events IS 'An event run by a provider, optionally tied to a programme, cohort and venue.';
COMMENT ON COLUMN public.events.id IS 'Primary key.';
COMMENT ON COLUMN public.events.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.events.provider_id IS 'The provider.';
COMMENT ON COLUMN public.events.programme_id IS 'Optional programme.';
COMMENT ON COLUMN public.events.cohort_id IS 'Optional cohort (of the same programme).';
COMMENT ON COLUMN public.events.place_id IS 'Optional venue.';
COMMENT ON COLUMN public.events.title IS 'Title.';
COMMENT ON COLUMN public.events.description IS 'Description.';
COMMENT ON COLUMN public.events.event_type IS 'workshop, webinar, networking, demo_day, office_hours, conference or other.';
COMMENT ON COLUMN public.events.status IS 'Publication state.';
COMMENT ON COLUMN public.events.starts_at IS 'Start.';
COMMENT ON COLUMN public.events.ends_at IS 'End (after the start).';
COMMENT ON COLUMN public.events.timezone IS 'IANA time zone for display.';
COMMENT ON COLUMN public.events.online_url IS 'Joining link for online attendance.';
COMMENT ON COLUMN public.events.capacity IS 'Maximum attendees.';
COMMENT ON COLUMN public.events.published_at IS 'When it was first published.';
COMMENT ON COLUMN public.events.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.events.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.impersonation_logs IS 'Platform admin impersonation sessions: start and stop, with actor, target and reason.';
COMMENT ON COLUMN public.impersonation_logs.id IS 'Primary key.';
COMMENT ON COLUMN public.impersonation_logs.tenant_id IS 'Tenant context of the impersonation, if any.';
COMMENT ON COLUMN public.impersonation_logs.actor_id IS 'Platform admin who impersonates.';
COMMENT ON COLUMN public.impersonation_logs.target_user_id IS 'User impersonated.';
COMMENT ON COLUMN public.impersonation_logs.action IS 'start or stop.';
COMMENT ON COLUMN public.impersonation_logs.reason IS 'Why (required for start).';
COMMENT ON COLUMN public.impersonation_logs.metadata IS 'Details (JSON object).';
COMMENT ON COLUMN public.impersonation_logs.created_at IS 'When the row was created.';
COMMENT ON TABLE public.mentor_availabilities IS 'Mentor availability slots: weekly (day_of_week) or one-off (specific_date).';
COMMENT ON COLUMN public.mentor_availabilities.id IS 'Primary key.';
COMMENT ON COLUMN public.mentor_availabilities.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.mentor_availabilities.mentor_id IS 'The mentor.';
COMMENT ON COLUMN public.mentor_availabilities.day_of_week IS 'Weekly slot day, 0 = Sunday ... 6 = Saturday; NULL for a one-off.';
COMMENT ON COLUMN public.mentor_availabilities.specific_date IS 'Date of a one-off slot; NULL for a weekly slot.';
COMMENT ON COLUMN public.mentor_availabilities.starts_at_time IS 'Slot start (local time).';
COMMENT ON COLUMN public.mentor_availabilities.ends_at_time IS 'Slot end (local time, after the start).';
COMMENT ON COLUMN public.mentor_availabilities.timezone IS 'IANA time zone of the times.';
COMMENT ON COLUMN public.mentor_availabilities.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.mentor_availabilities.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.mentor_credits IS 'Mentoring credit ledger of a company in a programme: granted, used, remaining (generated).';
COMMENT ON COLUMN public.mentor_credits.id IS 'Primary key.';
COMMENT ON COLUMN public.mentor_credits.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.mentor_credits.company_id IS 'The company.';
COMMENT ON COLUMN public.mentor_credits.programme_id IS 'The programme.';
COMMENT ON COLUMN public.mentor_credits.credits_granted IS 'Credits granted.';
COMMENT ON COLUMN public.mentor_credits.credits_used IS 'Credits consumed by booked sessions (maintained by trigger; 0..credits_granted).';
COMMENT ON COLUMN public.mentor_credits.credits_remaining IS 'credits_granted - credits_used (generated).';
COMMENT ON COLUMN public.mentor_credits.status IS 'Ledger state; only active ledgers can be booked against.';
COMMENT ON COLUMN public.mentor_credits.valid_from IS 'Credits usable from.';
COMMENT ON COLUMN public.mentor_credits.expires_at IS 'Credits expire at (NULL: never).';
COMMENT ON COLUMN public.mentor_credits.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.mentor_credits.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.mentor_pairings IS 'Long-term mentor-company relationship, optionally within a programme.';
COMMENT ON COLUMN public.mentor_pairings.id IS 'Primary key.';
COMMENT ON COLUMN public.mentor_pairings.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.mentor_pairings.mentor_id IS 'The mentor.';
COMMENT ON COLUMN public.mentor_pairings.company_id IS 'The company.';
COMMENT ON COLUMN public.mentor_pairings.programme_id IS 'Optional programme.';
COMMENT ON COLUMN public.mentor_pairings.status IS 'Pairing state.';
COMMENT ON COLUMN public.mentor_pairings.started_on IS 'Start date.';
COMMENT ON COLUMN public.mentor_pairings.ended_on IS 'End date.';
COMMENT ON COLUMN public.mentor_pairings.notes IS 'Notes.';
COMMENT ON COLUMN public.mentor_pairings.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.mentor_pairings.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.mentor_programmes IS 'Mentor assigned to a programme, with contract and rate.';
COMMENT ON COLUMN public.mentor_programmes.mentor_id IS 'The mentor.';
COMMENT ON COLUMN public.mentor_programmes.programme_id IS 'The programme.';
COMMENT ON COLUMN public.mentor_programmes.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.mentor_programmes.provider_id IS 'The programme''s provider (filled when omitted).';
COMMENT ON COLUMN public.mentor_programmes.contract_reference IS 'Contract reference.';
COMMENT ON COLUMN public.mentor_programmes.hourly_rate IS 'Hourly rate.';
COMMENT ON COLUMN public.mentor_programmes.rate_currency IS 'ISO 4217 currency of the rate.';
COMMENT ON COLUMN public.mentor_programmes.status IS 'Assignment state.';
COMMENT ON COLUMN public.mentor_programmes.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.mentor_programmes.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.mentor_session_signups IS 'Attendees of a mentor session: mentees and observers.';
COMMENT ON COLUMN public.mentor_session_signups.session_id IS 'The session.';
COMMENT ON COLUMN public.mentor_session_signups.user_id IS 'The attendee.';
COMMENT ON COLUMN public.mentor_session_signups.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.mentor_session_signups.role IS 'mentee or observer.';
COMMENT ON COLUMN public.mentor_session_signups.created_at IS 'When the row was created.';
COMMENT ON TABLE public.mentor_sessions IS 'A booked mentoring session; booking consumes credits from a mentor_credits ledger.';
COMMENT ON COLUMN public.mentor_sessions.id IS 'Primary key.';
COMMENT ON COLUMN public.mentor_sessions.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.mentor_sessions.mentor_id IS 'The mentor.';
COMMENT ON COLUMN public.mentor_sessions.credit_id IS 'The credit ledger charged.';
COMMENT ON COLUMN public.mentor_sessions.credits_consumed IS 'Credits this session consumes.';
COMMENT ON COLUMN public.mentor_sessions.status IS 'Booking state (booking_status).';
COMMENT ON COLUMN public.mentor_sessions.starts_at IS 'Start.';
COMMENT ON COLUMN public.mentor_sessions.ends_at IS 'End (after the start).';
COMMENT ON COLUMN public.mentor_sessions.external_calendar_id IS 'Event id in the mentor''s external calendar.';
COMMENT ON COLUMN public.mentor_sessions.meeting_url IS 'Video call link.';
COMMENT ON COLUMN public.mentor_sessions.notes IS 'Session notes.';
COMMENT ON COLUMN public.mentor_sessions.booked_by IS 'Who booked it.';
COMMENT ON COLUMN public.mentor_sessions.cancelled_at IS 'When it was cancelled.';
COMMENT ON COLUMN public.mentor_sessions.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.mentor_sessions.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.mentors IS 'Mentor profile of a user (one per user).';
COMMENT ON COLUMN public.mentors.id IS 'Primary key.';
COMMENT ON COLUMN public.mentors.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.mentors.user_id IS 'The mentor''s user (unique).';
COMMENT ON COLUMN public.mentors.headline IS 'One-line pitch.';
COMMENT ON COLUMN public.mentors.bio IS 'Biography.';
COMMENT ON COLUMN public.mentors.expertise_areas IS 'Areas of expertise.';
COMMENT ON COLUMN public.mentors.industries IS 'Industries of experience.';
COMMENT ON COLUMN public.mentors.linkedin_url IS 'LinkedIn profile.';
COMMENT ON COLUMN public.mentors.calendar_token_encrypted IS 'Calendar API token, pgcrypto-encrypted (pgp_sym_encrypt) with a key kept outside the table; never readable by API callers.';
COMMENT ON COLUMN public.mentors.status IS 'Lifecycle state.';
COMMENT ON COLUMN public.mentors.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.mentors.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.notifications IS 'Notification tray of a user.';
COMMENT ON COLUMN public.notifications.id IS 'Primary key.';
COMMENT ON COLUMN public.notifications.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.notifications.user_id IS 'Recipient.';
COMMENT ON COLUMN public.notifications.type IS 'Notification type, dotted lower-case (e.g. mentor_session.booked).';
COMMENT ON COLUMN public.notifications.title IS 'Title.';
COMMENT ON COLUMN public.notifications.body IS 'Body text.';
COMMENT ON COLUMN public.notifications.action_url IS 'Where clicking it leads.';
COMMENT ON COLUMN public.notifications.source_type IS 'Type of the row that caused it (optional).';
COMMENT ON COLUMN public.notifications.source_id IS 'Id of the row that caused it (optional; same tenant, checked on insert).';
COMMENT ON COLUMN public.notifications.read_at IS 'When it was read; NULL while unread.';
COMMENT ON COLUMN public.notifications.created_at IS 'When the row was created.';
COMMENT ON TABLE public.places IS 'Venues for events.';
COMMENT ON COLUMN public.places.id IS 'Primary key.';
COMMENT ON COLUMN public.places.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.places.name IS 'Venue name.';
COMMENT ON COLUMN public.places.address_line1 IS 'Address, first line.';
COMMENT ON COLUMN public.places.address_line2 IS 'Address, second line.';
COMMENT ON COLUMN public.places.city IS 'Town or city.';
COMMENT ON COLUMN public.places.postcode IS 'Postcode.';
COMMENT ON COLUMN public.places.latitude IS 'Latitude in degrees (-90 to 90).';
COMMENT ON COLUMN public.places.longitude IS 'Longitude in degrees (-180 to 180).';
COMMENT ON COLUMN public.places.capacity IS 'Maximum attendees.';
COMMENT ON COLUMN public.places.accessibility_notes IS 'Accessibility information.';
COMMENT ON COLUMN public.places.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.places.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.postcodes IS 'UK postcodes with coordinates and administrative areas.';
COMMENT ON COLUMN public.postcodes.id IS 'Primary key.';
COMMENT ON COLUMN public.postcodes.postcode IS 'Postcode in canonical form (upper case, one space).';
COMMENT ON COLUMN public.postcodes.latitude IS 'Latitude in degrees.';
COMMENT ON COLUMN public.postcodes.longitude IS 'Longitude in degrees.';
COMMENT ON COLUMN public.postcodes.region IS 'Region.';
COMMENT ON COLUMN public.postcodes.admin_district IS 'Local authority district.';
COMMENT ON COLUMN public.postcodes.constituencies IS 'Parliamentary constituencies.';
COMMENT ON COLUMN public.postcodes.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.postcodes.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.programme_signups IS 'A company''s application to / enrollment in a programme (optionally a cohort). status active = enrolled.';
COMMENT ON COLUMN public.programme_signups.id IS 'Primary key.';
COMMENT ON COLUMN public.programme_signups.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.programme_signups.company_id IS 'The company.';
COMMENT ON COLUMN public.programme_signups.programme_id IS 'The programme.';
COMMENT ON COLUMN public.programme_signups.cohort_id IS 'The cohort, a run of the same programme; NULL for self-paced.';
COMMENT ON COLUMN public.programme_signups.status IS 'Application state: pending (applied), active (enrolled), suspended, archived (withdrawn or rejected).';
COMMENT ON COLUMN public.programme_signups.application IS 'Application answers (JSON object).';
COMMENT ON COLUMN public.programme_signups.applied_by IS 'Company staff member who applied.';
COMMENT ON COLUMN public.programme_signups.applied_at IS 'When the company applied.';
COMMENT ON COLUMN public.programme_signups.reviewed_by IS 'Provider staff member who reviewed the application.';
COMMENT ON COLUMN public.programme_signups.reviewed_at IS 'When it was reviewed.';
COMMENT ON COLUMN public.programme_signups.enrolled_at IS 'When the company was enrolled.';
COMMENT ON COLUMN public.programme_signups.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.programme_signups.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.programmes IS 'A programme run by a provider for companies; delivered in cohorts, self-paced, or both.';
COMMENT ON COLUMN public.programmes.id IS 'Primary key.';
COMMENT ON COLUMN public.programmes.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.programmes.provider_id IS 'The provider that runs it.';
COMMENT ON COLUMN public.programmes.title IS 'Title.';
COMMENT ON COLUMN public.programmes.summary IS 'One-line summary.';
COMMENT ON COLUMN public.programmes.description IS 'Full description.';
COMMENT ON COLUMN public.programmes.image_url IS 'Cover image URL.';
COMMENT ON COLUMN public.programmes.delivery_mode IS 'cohort, self_paced or hybrid.';
COMMENT ON COLUMN public.programmes.status IS 'Publication state (content_status).';
COMMENT ON COLUMN public.programmes.published_at IS 'When it was first published.';
COMMENT ON COLUMN public.programmes.created_by IS 'Author.';
COMMENT ON COLUMN public.programmes.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.programmes.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.provider_summaries IS 'Daily aggregates per provider, recomputed idempotently by platform.refresh_provider_summaries(day).';
COMMENT ON COLUMN public.provider_summaries.id IS 'Primary key.';
COMMENT ON COLUMN public.provider_summaries.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.provider_summaries.provider_id IS 'The provider.';
COMMENT ON COLUMN public.provider_summaries.date IS 'The day summarised.';
COMMENT ON COLUMN public.provider_summaries.programme_signups IS 'Programme applications that day.';
COMMENT ON COLUMN public.provider_summaries.enrolments IS 'Programme enrolments that day.';
COMMENT ON COLUMN public.provider_summaries.course_signups IS 'Course signups that day.';
COMMENT ON COLUMN public.provider_summaries.course_completions IS 'Course completions that day.';
COMMENT ON COLUMN public.provider_summaries.event_signups IS 'Event signups that day.';
COMMENT ON COLUMN public.provider_summaries.event_attendance IS 'Event attendances that day.';
COMMENT ON COLUMN public.provider_summaries.mentor_sessions IS 'Mentor sessions booked that day.';
COMMENT ON COLUMN public.provider_summaries.activity_count IS 'Activities on the provider''s content that day.';
COMMENT ON COLUMN public.provider_summaries.metrics IS 'Further metrics (JSON object).';
COMMENT ON COLUMN public.provider_summaries.computed_at IS 'When the row was computed.';
COMMENT ON TABLE public.providers IS 'Content publisher within a tenant: runs programmes, courses, events, resources. is_platform_operator marks the main organisation.';
COMMENT ON COLUMN public.providers.id IS 'Primary key.';
COMMENT ON COLUMN public.providers.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.providers.name IS 'Display name.';
COMMENT ON COLUMN public.providers.slug IS 'URL-safe identifier, unique within the tenant.';
COMMENT ON COLUMN public.providers.description IS 'About the provider.';
COMMENT ON COLUMN public.providers.website_url IS 'Website.';
COMMENT ON COLUMN public.providers.logo_url IS 'Logo image URL.';
COMMENT ON COLUMN public.providers.status IS 'Lifecycle state.';
COMMENT ON COLUMN public.providers.is_platform_operator IS 'True for the tenant''s main organisation (at most one per tenant).';
COMMENT ON COLUMN public.providers.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.providers.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.providers_staff IS 'Provider team membership with a role; invitation flow via invited_at / accepted_at.';
COMMENT ON COLUMN public.providers_staff.provider_id IS 'The provider.';
COMMENT ON COLUMN public.providers_staff.user_id IS 'The staff member.';
COMMENT ON COLUMN public.providers_staff.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.providers_staff.role IS 'Provider role (roles.key): owner, admin, editor, member or viewer.';
COMMENT ON COLUMN public.providers_staff.invited_by IS 'Who sent the invitation.';
COMMENT ON COLUMN public.providers_staff.invited_at IS 'When the invitation was sent.';
COMMENT ON COLUMN public.providers_staff.accepted_at IS 'When the invitation was accepted; NULL while pending.';
COMMENT ON COLUMN public.providers_staff.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.providers_staff.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.resources IS 'Content library item: a link, article, video, pdf, template, tool or course, by url or body.';
COMMENT ON COLUMN public.resources.id IS 'Primary key.';
COMMENT ON COLUMN public.resources.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.resources.provider_id IS 'The provider.';
COMMENT ON COLUMN public.resources.title IS 'Title.';
COMMENT ON COLUMN public.resources.description IS 'Description.';
COMMENT ON COLUMN public.resources.resource_type IS 'link, article, video, pdf, template, tool or course.';
COMMENT ON COLUMN public.resources.url IS 'Location of the resource (or body).';
COMMENT ON COLUMN public.resources.body IS 'Inline content (or url).';
COMMENT ON COLUMN public.resources.status IS 'Publication state.';
COMMENT ON COLUMN public.resources.published_at IS 'When it was first published.';
COMMENT ON COLUMN public.resources.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.resources.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.tag_links IS 'Polymorphic tag assignment to a programme, course, event, resource or mentor.';
COMMENT ON COLUMN public.tag_links.tag_id IS 'The tag.';
COMMENT ON COLUMN public.tag_links.target_type IS 'programme, course, event, resource or mentor.';
COMMENT ON COLUMN public.tag_links.target_id IS 'Id of the tagged row (same tenant, checked by trigger; removed when the target is deleted).';
COMMENT ON COLUMN public.tag_links.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.tag_links.created_at IS 'When the row was created.';
COMMENT ON TABLE public.tags IS 'Tags of a tenant, optionally grouped in a set, with an embedding for cold-start recommendations.';
COMMENT ON COLUMN public.tags.id IS 'Primary key.';
COMMENT ON COLUMN public.tags.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.tags.name IS 'Tag name, unique per tenant.';
COMMENT ON COLUMN public.tags.tag_set IS 'Optional set the tag belongs to (e.g. topic, sector, stage).';
COMMENT ON COLUMN public.tags.description IS 'What the tag means.';
COMMENT ON COLUMN public.tags.embedding IS 'Tag vector (768-d) in the content embedding space; HNSW-indexed.';
COMMENT ON COLUMN public.tags.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.tags.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.user_embeddings IS 'User taste vectors (768-d, Gemini text-embedding-004 space), one per (user, tenant); computed by platform.refresh_user_embedding.';
COMMENT ON COLUMN public.user_embeddings.id IS 'Primary key.';
COMMENT ON COLUMN public.user_embeddings.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.user_embeddings.user_id IS 'The user.';
COMMENT ON COLUMN public.user_embeddings.embedding IS 'Taste vector (768 dimensions, cosine space); HNSW-indexed.';
COMMENT ON COLUMN public.user_embeddings.model IS 'Embedding model the vector lives in.';
COMMENT ON COLUMN public.user_embeddings.computed_at IS 'When the vector was last computed.';
COMMENT ON COLUMN public.user_embeddings.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.user_embeddings.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.user_preferences IS 'A user''s preferences for recommendations in one tenant (topics, learning style). One row per (user, tenant).';
COMMENT ON COLUMN public.user_preferences.id IS 'Primary key.';
COMMENT ON COLUMN public.user_preferences.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.user_preferences.user_id IS 'The user.';
COMMENT ON COLUMN public.user_preferences.topics IS 'Topics of interest: tag names of this tenant; For You filters and cold-starts from them.';
COMMENT ON COLUMN public.user_preferences.learning_style IS 'Preferred learning style (free text, e.g. video, reading, hands-on).';
COMMENT ON COLUMN public.user_preferences.preferences IS 'Other recommendation preferences (JSON object).';
COMMENT ON COLUMN public.user_preferences.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.user_preferences.updated_at IS 'When the row last changed (maintained by trigger).';
COMMENT ON TABLE public.user_roles IS 'Platform role assignments (the platform team only), e.g. admin for impersonation and support. Not tenant-scoped.';
COMMENT ON COLUMN public.user_roles.user_id IS 'The platform team member.';
COMMENT ON COLUMN public.user_roles.role IS 'Platform role (roles.key).';
COMMENT ON COLUMN public.user_roles.granted_by IS 'Who granted the role.';
COMMENT ON COLUMN public.user_roles.created_at IS 'When the row was created.';
COMMENT ON TABLE public.user_saved_items IS 'Bookmarks: a user saved a programme, course, event, resource or mentor. Polymorphic (item_type, item_id), checked by trigger.';
COMMENT ON COLUMN public.user_saved_items.id IS 'Primary key.';
COMMENT ON COLUMN public.user_saved_items.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';
COMMENT ON COLUMN public.user_saved_items.user_id IS 'The user who saved the item.';
COMMENT ON COLUMN public.user_saved_items.item_type IS 'Type of the saved item: programme, course, event, resource or mentor.';
COMMENT ON COLUMN public.user_saved_items.item_id IS 'Id of the saved item in the table item_type names (same tenant, checked by trigger).';
COMMENT ON COLUMN public.user_saved_items.note IS 'Optional private note.';
COMMENT ON COLUMN public.user_saved_items.created_at IS 'When the row was created.';
COMMENT ON TABLE public.activities_2026q1 IS 'Partition of activities: quarter 2026 Q1. Read through public.activities.';
COMMENT ON TABLE public.activities_2026q2 IS 'Partition of activities: quarter 2026 Q2. Read through public.activities.';
COMMENT ON TABLE public.activities_2026q3 IS 'Partition of activities: quarter 2026 Q3. Read through public.activities.';
COMMENT ON TABLE public.activities_2026q4 IS 'Partition of activities: quarter 2026 Q4. Read through public.activities.';
COMMENT ON TABLE public.activities_2027q1 IS 'Partition of activities: quarter 2027 Q1. Read through public.activities.';
COMMENT ON TABLE public.activities_default IS 'Partition of activities: rows outside every quarterly partition. Read through public.activities.';

-------------------------------------------------------------------------------------------------
-- Privileges and row-level security: fail closed. RLS is on for every table and every partition
-- (partitions do not inherit it); the API roles get nothing here, the service role everything on
-- the tables (it bypasses RLS, as Supabase's server-side client does). Access policies and the
-- per-table grants for `authenticated` come with the row-level security migration.
-------------------------------------------------------------------------------------------------
REVOKE ALL ON
    public.activities, public.api_error_logs, public.audit_logs, public.cohorts,
    public.comments, public.companies, public.company_staff, public.course_engagements,
    public.course_modules, public.course_pages, public.course_signups, public.courses,
    public.embeddings, public.event_outbox, public.event_signups, public.events,
    public.impersonation_logs, public.mentor_availabilities, public.mentor_credits, public.mentor_pairings,
    public.mentor_programmes, public.mentor_session_signups, public.mentor_sessions, public.mentors,
    public.notifications, public.places, public.postcodes, public.programme_signups,
    public.programmes, public.provider_summaries, public.providers, public.providers_staff,
    public.resources, public.tag_links, public.tags, public.user_embeddings,
    public.user_preferences, public.user_roles, public.user_saved_items
    FROM PUBLIC, anon, authenticated;
GRANT ALL ON
    public.activities, public.api_error_logs, public.audit_logs, public.cohorts,
    public.comments, public.companies, public.company_staff, public.course_engagements,
    public.course_modules, public.course_pages, public.course_signups, public.courses,
    public.embeddings, public.event_outbox, public.event_signups, public.events,
    public.impersonation_logs, public.mentor_availabilities, public.mentor_credits, public.mentor_pairings,
    public.mentor_programmes, public.mentor_session_signups, public.mentor_sessions, public.mentors,
    public.notifications, public.places, public.postcodes, public.programme_signups,
    public.programmes, public.provider_summaries, public.providers, public.providers_staff,
    public.resources, public.tag_links, public.tags, public.user_embeddings,
    public.user_preferences, public.user_roles, public.user_saved_items
    TO service_role;
-- Partitions are reached through public.activities only.
REVOKE ALL ON public.activities_2026q1, public.activities_2026q2, public.activities_2026q3, public.activities_2026q4, public.activities_2027q1, public.activities_default FROM PUBLIC, anon, authenticated, service_role;
ALTER TABLE public.activities ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.api_error_logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.audit_logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.cohorts ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.companies ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.company_staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.course_engagements ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.course_modules ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.course_pages ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.course_signups ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.courses ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.embeddings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.event_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.event_signups ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.impersonation_logs ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.mentor_availabilities ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.mentor_credits ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.mentor_pairings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.mentor_programmes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.mentor_session_signups ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.mentor_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.mentors ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.places ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.postcodes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.programme_signups ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.programmes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.provider_summaries ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.providers ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.providers_staff ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.resources ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.tag_links ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.tags ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.user_embeddings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.user_preferences ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.user_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.user_saved_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.activities_2026q1 ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.activities_2026q2 ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.activities_2026q3 ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.activities_2026q4 ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.activities_2027q1 ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.activities_default ENABLE ROW LEVEL SECURITY;

-- Calendar tokens: mentors set their own (the function checks auth.uid()); only the service role
-- decrypts. The encrypted column itself is never granted to the API roles.
GRANT EXECUTE ON FUNCTION platform.set_mentor_calendar_token(uuid, text) TO authenticated, service_role;
GRANT EXECUTE ON FUNCTION platform.mentor_calendar_token(uuid) TO service_role;
