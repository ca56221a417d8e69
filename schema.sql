--
-- PostgreSQL database dump
--

--
-- Name: auth; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA auth;

--
-- Name: platform; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA platform;

--
-- Name: SCHEMA platform; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA platform IS 'Internal schema of the platform extension: code (functions, trigger functions) and the migration ledger. Not exposed through PostgREST.';

--
-- Name: platform; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS platform WITH SCHEMA platform;

--
-- Name: EXTENSION platform; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION platform IS 'Multi-tenant programme platform: schema migrations, RLS helpers, triggers and domain logic';

--
-- Name: booking_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.booking_status AS ENUM (
    'pending',
    'confirmed',
    'cancelled',
    'completed'
);

--
-- Name: TYPE booking_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.booking_status IS 'State of a mentor session booking.';

--
-- Name: content_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.content_status AS ENUM (
    'draft',
    'published',
    'archived'
);

--
-- Name: TYPE content_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.content_status IS 'Publication state of programmes, courses, events, resources and comments.';

--
-- Name: entity_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.entity_status AS ENUM (
    'pending',
    'active',
    'suspended',
    'archived'
);

--
-- Name: TYPE entity_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.entity_status IS 'Lifecycle of tenants, providers, companies, memberships and programme signups.';

--
-- Name: signup_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.signup_status AS ENUM (
    'pending',
    'confirmed',
    'cancelled',
    'attended',
    'no_show'
);

--
-- Name: TYPE signup_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TYPE public.signup_status IS 'State of an event or course signup.';

--
-- Name: jwt(); Type: FUNCTION; Schema: auth; Owner: -
--

CREATE FUNCTION auth.jwt() RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path TO ''
    AS $$
            SELECT COALESCE(
                NULLIF(pg_catalog.current_setting('request.jwt.claim', true), ''),
                NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')
            )::jsonb
        $$;

--
-- Name: FUNCTION jwt(); Type: COMMENT; Schema: auth; Owner: -
--

COMMENT ON FUNCTION auth.jwt() IS 'All JWT claims of the caller as jsonb (request.jwt.claims).';

--
-- Name: role(); Type: FUNCTION; Schema: auth; Owner: -
--

CREATE FUNCTION auth.role() RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO ''
    AS $$
            SELECT COALESCE(
                NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'role',
                NULLIF(pg_catalog.current_setting('request.jwt.claim.role', true), '')
            )
        $$;

--
-- Name: FUNCTION role(); Type: COMMENT; Schema: auth; Owner: -
--

COMMENT ON FUNCTION auth.role() IS 'The caller''s JWT role claim (anon, authenticated, service_role).';

--
-- Name: uid(); Type: FUNCTION; Schema: auth; Owner: -
--

CREATE FUNCTION auth.uid() RETURNS uuid
    LANGUAGE sql STABLE
    SET search_path TO ''
    AS $$
            SELECT COALESCE(
                NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub',
                NULLIF(pg_catalog.current_setting('request.jwt.claim.sub', true), '')
            )::uuid
        $$;

--
-- Name: FUNCTION uid(); Type: COMMENT; Schema: auth; Owner: -
--

COMMENT ON FUNCTION auth.uid() IS 'The caller''s user id from the JWT (request.jwt.claims ->> sub, else request.jwt.claim.sub); NULL when anonymous.';

--
-- Name: users; Type: TABLE; Schema: auth; Owner: -
--

CREATE TABLE auth.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE users; Type: COMMENT; Schema: auth; Owner: -
--

COMMENT ON TABLE auth.users IS 'Stand-in for Supabase auth.users (created by platform because it was absent).';

--
-- Name: COLUMN users.id; Type: COMMENT; Schema: auth; Owner: -
--

COMMENT ON COLUMN auth.users.id IS 'User id (the JWT sub claim).';

--
-- Name: COLUMN users.email; Type: COMMENT; Schema: auth; Owner: -
--

COMMENT ON COLUMN auth.users.email IS 'Login e-mail.';

--
-- Name: COLUMN users.created_at; Type: COMMENT; Schema: auth; Owner: -
--

COMMENT ON COLUMN auth.users.created_at IS 'When the account was created.';

--
-- Name: mentor_calendar_tokens; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.mentor_calendar_tokens (
    mentor_id uuid NOT NULL,
    calendar_token_encrypted bytea NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE mentor_calendar_tokens; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON TABLE platform.mentor_calendar_tokens IS 'Mentors'' calendar API tokens, encrypted (pgcrypto, AES-256); readable by no API role. Use platform.set_mentor_calendar_token() and platform.mentor_calendar_token().';

--
-- Name: COLUMN mentor_calendar_tokens.mentor_id; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.mentor_calendar_tokens.mentor_id IS 'The mentor (one token each).';

--
-- Name: COLUMN mentor_calendar_tokens.calendar_token_encrypted; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.mentor_calendar_tokens.calendar_token_encrypted IS 'The token, pgp_sym_encrypt''ed with the key of platform.calendar_token_key().';

--
-- Name: COLUMN mentor_calendar_tokens.updated_at; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.mentor_calendar_tokens.updated_at IS 'When the token was last set or re-encrypted.';

--
-- Name: partition_config; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.partition_config (
    parent regclass NOT NULL,
    premake integer DEFAULT 4 NOT NULL,
    retention_quarters integer,
    drop_retired boolean DEFAULT false NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT partition_config_premake_check CHECK (((premake >= 0) AND (premake <= 40))),
    CONSTRAINT partition_config_retention_check CHECK (((retention_quarters IS NULL) OR (retention_quarters >= 1)))
);

--
-- Name: TABLE partition_config; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON TABLE platform.partition_config IS 'Partition maintenance settings per partitioned parent, applied by platform.run_maintenance() (schedule it daily, e.g. with pg_cron).';

--
-- Name: COLUMN partition_config.parent; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.partition_config.parent IS 'The RANGE-partitioned table (quarterly partitions).';

--
-- Name: COLUMN partition_config.premake; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.partition_config.premake IS 'Quarters after the current one to create ahead of time.';

--
-- Name: COLUMN partition_config.retention_quarters; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.partition_config.retention_quarters IS 'Quarters to keep, counting the current one; older partitions are detached. NULL keeps everything.';

--
-- Name: COLUMN partition_config.drop_retired; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.partition_config.drop_retired IS 'Drop retired partitions instead of only detaching them.';

--
-- Name: COLUMN partition_config.updated_at; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.partition_config.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: schema_migrations; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.schema_migrations (
    version text NOT NULL,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    applied_by text DEFAULT CURRENT_USER NOT NULL,
    execution_ms numeric(12,3) DEFAULT 0 NOT NULL,
    CONSTRAINT schema_migrations_checksum_check CHECK ((checksum ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT schema_migrations_version_check CHECK ((version ~ '^[0-9]{14}$'::text))
);

--
-- Name: TABLE schema_migrations; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON TABLE platform.schema_migrations IS 'Ledger of applied schema migrations (files under migrations/, embedded in the platform extension).';

--
-- Name: COLUMN schema_migrations.version; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.schema_migrations.version IS 'UTC timestamp prefix of the migration file.';

--
-- Name: COLUMN schema_migrations.name; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.schema_migrations.name IS 'File name after the version, without .sql.';

--
-- Name: COLUMN schema_migrations.checksum; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.schema_migrations.checksum IS 'sha256 (hex) of the file as applied; an edited file is refused.';

--
-- Name: COLUMN schema_migrations.applied_at; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.schema_migrations.applied_at IS 'When the file was applied.';

--
-- Name: COLUMN schema_migrations.applied_by; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.schema_migrations.applied_by IS 'Role that applied it (current_user).';

--
-- Name: COLUMN schema_migrations.execution_ms; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.schema_migrations.execution_ms IS 'Time the file took to apply, in milliseconds.';

--
-- Name: tag_vectors; Type: TABLE; Schema: platform; Owner: -
--

CREATE TABLE platform.tag_vectors (
    tag_id uuid NOT NULL,
    target_type text NOT NULL,
    target_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    embedding public.halfvec(768) NOT NULL
)
WITH (autovacuum_vacuum_insert_scale_factor='0.02', autovacuum_vacuum_scale_factor='0.05');

--
-- Name: TABLE tag_vectors; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON TABLE platform.tag_vectors IS 'For You exact path: per tag link, the target''s embedding l2-normalised at half precision, INCLUDEd in the primary key so that a tag''s vectors are one index-only scan. Derived data, written only by the triggers of platform.sync_tag_vectors() (platform.refresh_tag_vectors() rebuilds it); members read their tenants'' rows.';

--
-- Name: COLUMN tag_vectors.tag_id; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.tag_vectors.tag_id IS 'The tag (tag_links.tag_id).';

--
-- Name: COLUMN tag_vectors.target_type; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.tag_vectors.target_type IS 'The tagged item''s type: programme, course, event or resource.';

--
-- Name: COLUMN tag_vectors.target_id; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.tag_vectors.target_id IS 'The tagged item''s id.';

--
-- Name: COLUMN tag_vectors.tenant_id; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.tag_vectors.tenant_id IS 'The tenant of the tag and the item (the RLS column).';

--
-- Name: COLUMN tag_vectors.embedding; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON COLUMN platform.tag_vectors.embedding IS 'The item''s embedding, l2-normalised, as halfvec(768); cosine distances from it are within 0.0012 of the full vector''s.';

--
-- Name: activities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.activities (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid,
    action text NOT NULL,
    target_type text,
    target_id uuid,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT activities_action_check CHECK ((action ~ '^[a-z][a-z0-9_.]*$'::text)),
    CONSTRAINT activities_metadata_check CHECK ((jsonb_typeof(metadata) = 'object'::text)),
    CONSTRAINT activities_target_check CHECK (((target_type IS NULL) = (target_id IS NULL))),
    CONSTRAINT activities_target_type_check CHECK ((target_type = ANY (ARRAY['programme'::text, 'cohort'::text, 'course'::text, 'course_page'::text, 'course_module'::text, 'event'::text, 'resource'::text, 'mentor'::text, 'mentor_session'::text, 'company'::text, 'provider'::text, 'comment'::text, 'tag'::text])))
)
PARTITION BY RANGE (occurred_at);

--
-- Name: TABLE activities; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.activities IS 'Activity log (append-only), RANGE-partitioned by quarter on occurred_at; rows outside every quarter land in activities_default.';

--
-- Name: COLUMN activities.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.activities.id IS 'Primary key.';

--
-- Name: COLUMN activities.occurred_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.activities.occurred_at IS 'When it happened (partition key).';

--
-- Name: COLUMN activities.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.activities.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN activities.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.activities.user_id IS 'Acting user.';

--
-- Name: COLUMN activities.action; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.activities.action IS 'What happened, dotted lower-case (e.g. course.completed, resource.viewed).';

--
-- Name: COLUMN activities.target_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.activities.target_type IS 'Type of the row acted on.';

--
-- Name: COLUMN activities.target_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.activities.target_id IS 'Id of the row acted on (same tenant, checked by trigger).';

--
-- Name: COLUMN activities.metadata; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.activities.metadata IS 'Details (JSON object).';

--
-- Name: activities_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.activities_default (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid,
    action text NOT NULL,
    target_type text,
    target_id uuid,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT activities_action_check CHECK ((action ~ '^[a-z][a-z0-9_.]*$'::text)),
    CONSTRAINT activities_metadata_check CHECK ((jsonb_typeof(metadata) = 'object'::text)),
    CONSTRAINT activities_target_check CHECK (((target_type IS NULL) = (target_id IS NULL))),
    CONSTRAINT activities_target_type_check CHECK ((target_type = ANY (ARRAY['programme'::text, 'cohort'::text, 'course'::text, 'course_page'::text, 'course_module'::text, 'event'::text, 'resource'::text, 'mentor'::text, 'mentor_session'::text, 'company'::text, 'provider'::text, 'comment'::text, 'tag'::text])))
);

--
-- Name: TABLE activities_default; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.activities_default IS 'Partition of activities: rows outside every quarterly partition. Read through public.activities.';

--
-- Name: api_error_logs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_error_logs (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid,
    user_id uuid,
    request_id text NOT NULL,
    error_code text NOT NULL,
    error_key text,
    origin_tag text,
    message text,
    http_status smallint,
    path text,
    details jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT api_error_logs_http_status_check CHECK (((http_status >= 100) AND (http_status <= 599)))
);

--
-- Name: TABLE api_error_logs; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.api_error_logs IS 'Structured API error diagnostics, written by the service role.';

--
-- Name: COLUMN api_error_logs.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.id IS 'Primary key.';

--
-- Name: COLUMN api_error_logs.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.tenant_id IS 'Tenant of the request, if known.';

--
-- Name: COLUMN api_error_logs.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.user_id IS 'Caller, if known.';

--
-- Name: COLUMN api_error_logs.request_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.request_id IS 'Request id (correlates with server logs).';

--
-- Name: COLUMN api_error_logs.error_code; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.error_code IS 'Error code (e.g. SQLSTATE or HTTP code).';

--
-- Name: COLUMN api_error_logs.error_key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.error_key IS 'Stable application error key.';

--
-- Name: COLUMN api_error_logs.origin_tag; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.origin_tag IS 'Where in the app the error arose.';

--
-- Name: COLUMN api_error_logs.message; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.message IS 'Error message.';

--
-- Name: COLUMN api_error_logs.http_status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.http_status IS 'HTTP status returned.';

--
-- Name: COLUMN api_error_logs.path; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.path IS 'Request path.';

--
-- Name: COLUMN api_error_logs.details; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.details IS 'Details (JSON).';

--
-- Name: COLUMN api_error_logs.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.api_error_logs.created_at IS 'When the row was created.';

--
-- Name: audit_logs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_logs (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid,
    table_name text NOT NULL COLLATE pg_catalog."C",
    record_id text NOT NULL COLLATE pg_catalog."C",
    operation text NOT NULL,
    old_values jsonb,
    new_values jsonb,
    actor_id uuid,
    actor_role text DEFAULT CURRENT_USER NOT NULL,
    txid bigint DEFAULT txid_current() NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT audit_logs_operation_check CHECK ((operation = ANY (ARRAY['INSERT'::text, 'UPDATE'::text, 'DELETE'::text])))
);

--
-- Name: TABLE audit_logs; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.audit_logs IS 'Change audit of business tables: who changed which row how. Written by trigger only.';

--
-- Name: COLUMN audit_logs.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.id IS 'Primary key.';

--
-- Name: COLUMN audit_logs.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.tenant_id IS 'Tenant of the changed row (NULL for global tables). No foreign key: the audit trail outlives the tenant.';

--
-- Name: COLUMN audit_logs.table_name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.table_name IS 'Table of the changed row.';

--
-- Name: COLUMN audit_logs.record_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.record_id IS 'Primary key of the changed row (text; JSON object for composite keys).';

--
-- Name: COLUMN audit_logs.operation; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.operation IS 'INSERT, UPDATE or DELETE.';

--
-- Name: COLUMN audit_logs.old_values; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.old_values IS 'Row before the change (UPDATE: changed columns only), secrets removed.';

--
-- Name: COLUMN audit_logs.new_values; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.new_values IS 'Row after the change (UPDATE: changed columns only), secrets removed.';

--
-- Name: COLUMN audit_logs.actor_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.actor_id IS 'auth.uid() of the caller, if any.';

--
-- Name: COLUMN audit_logs.actor_role; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.actor_role IS 'Database role that made the change.';

--
-- Name: COLUMN audit_logs.txid; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.txid IS 'Transaction id (groups the changes of one transaction).';

--
-- Name: COLUMN audit_logs.occurred_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.audit_logs.occurred_at IS 'When.';

--
-- Name: cohorts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cohorts (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    programme_id uuid NOT NULL,
    name text NOT NULL,
    status public.content_status DEFAULT 'draft'::public.content_status NOT NULL,
    capacity integer,
    enrollment_opens_at timestamp with time zone,
    enrollment_closes_at timestamp with time zone,
    delivery_start_date date,
    delivery_end_date date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT cohorts_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT cohorts_delivery_window_check CHECK ((delivery_end_date >= delivery_start_date)),
    CONSTRAINT cohorts_enrollment_window_check CHECK ((enrollment_closes_at > enrollment_opens_at)),
    CONSTRAINT cohorts_name_check CHECK ((btrim(name) <> ''::text))
);

--
-- Name: TABLE cohorts; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.cohorts IS 'A time-bound run of a programme with enrollment and delivery windows.';

--
-- Name: COLUMN cohorts.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.id IS 'Primary key.';

--
-- Name: COLUMN cohorts.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN cohorts.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.provider_id IS 'The provider (same as the programme''s; filled when omitted).';

--
-- Name: COLUMN cohorts.programme_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.programme_id IS 'The programme.';

--
-- Name: COLUMN cohorts.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.name IS 'Cohort name.';

--
-- Name: COLUMN cohorts.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.status IS 'Publication state.';

--
-- Name: COLUMN cohorts.capacity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.capacity IS 'Maximum companies.';

--
-- Name: COLUMN cohorts.enrollment_opens_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.enrollment_opens_at IS 'Enrollment opens.';

--
-- Name: COLUMN cohorts.enrollment_closes_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.enrollment_closes_at IS 'Enrollment closes (after it opens).';

--
-- Name: COLUMN cohorts.delivery_start_date; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.delivery_start_date IS 'First day of delivery.';

--
-- Name: COLUMN cohorts.delivery_end_date; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.delivery_end_date IS 'Last day of delivery (not before the first).';

--
-- Name: COLUMN cohorts.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.created_at IS 'When the row was created.';

--
-- Name: COLUMN cohorts.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.cohorts.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comments (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid,
    target_type text DEFAULT 'resource'::text NOT NULL,
    target_id uuid NOT NULL,
    parent_comment_id uuid,
    body text NOT NULL,
    status public.content_status DEFAULT 'published'::public.content_status NOT NULL,
    edited_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT comments_body_check CHECK ((btrim(body) <> ''::text)),
    CONSTRAINT comments_parent_check CHECK ((parent_comment_id <> id)),
    CONSTRAINT comments_target_type_check CHECK ((target_type = 'resource'::text))
);

--
-- Name: TABLE comments; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.comments IS 'Threaded comments on a target (currently resources).';

--
-- Name: COLUMN comments.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.id IS 'Primary key.';

--
-- Name: COLUMN comments.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN comments.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.user_id IS 'Author (NULL once the author is deleted).';

--
-- Name: COLUMN comments.target_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.target_type IS 'Type of the commented row (currently resource).';

--
-- Name: COLUMN comments.target_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.target_id IS 'Id of the commented row (same tenant, checked by trigger).';

--
-- Name: COLUMN comments.parent_comment_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.parent_comment_id IS 'Comment replied to.';

--
-- Name: COLUMN comments.body; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.body IS 'Comment text.';

--
-- Name: COLUMN comments.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.status IS 'Moderation state (content_status): published, draft (hidden), archived.';

--
-- Name: COLUMN comments.edited_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.edited_at IS 'When the body was last edited.';

--
-- Name: COLUMN comments.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.created_at IS 'When the row was created.';

--
-- Name: COLUMN comments.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.comments.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: companies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.companies (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    website_url text,
    logo_url text,
    sector text,
    company_size text,
    stage text,
    funding_stage text,
    funding_raised numeric(14,2),
    challenges text[] DEFAULT '{}'::text[] NOT NULL,
    location text,
    postcode text,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    profile_completeness_score smallint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT companies_company_size_check CHECK ((company_size = ANY (ARRAY['micro'::text, 'small'::text, 'medium'::text, 'large'::text]))),
    CONSTRAINT companies_funding_raised_check CHECK ((funding_raised >= (0)::numeric)),
    CONSTRAINT companies_funding_stage_check CHECK ((funding_stage = ANY (ARRAY['bootstrapped'::text, 'grant'::text, 'friends_family'::text, 'angel'::text, 'pre_seed'::text, 'seed'::text, 'series_a'::text, 'series_b_plus'::text]))),
    CONSTRAINT companies_name_check CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT companies_profile_completeness_score_check CHECK (((profile_completeness_score >= 0) AND (profile_completeness_score <= 100))),
    CONSTRAINT companies_stage_check CHECK ((stage = ANY (ARRAY['idea'::text, 'pre_revenue'::text, 'early_revenue'::text, 'growth'::text, 'scale'::text, 'established'::text])))
);

--
-- Name: TABLE companies; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.companies IS 'A business taking part in programmes, with its profile (stage, funding, challenges) and an auto-calculated profile_completeness_score.';

--
-- Name: COLUMN companies.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.id IS 'Primary key.';

--
-- Name: COLUMN companies.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN companies.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.name IS 'Company name.';

--
-- Name: COLUMN companies.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.description IS 'What the company does.';

--
-- Name: COLUMN companies.website_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.website_url IS 'Website.';

--
-- Name: COLUMN companies.logo_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.logo_url IS 'Logo image URL.';

--
-- Name: COLUMN companies.sector; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.sector IS 'Industry sector.';

--
-- Name: COLUMN companies.company_size; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.company_size IS 'Size band: micro (<10), small (<50), medium (<250), large.';

--
-- Name: COLUMN companies.stage; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.stage IS 'Business stage: idea, pre_revenue, early_revenue, growth, scale, established.';

--
-- Name: COLUMN companies.funding_stage; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.funding_stage IS 'Funding stage: bootstrapped, grant, friends_family, angel, pre_seed, seed, series_a, series_b_plus.';

--
-- Name: COLUMN companies.funding_raised; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.funding_raised IS 'Total funding raised to date (GBP).';

--
-- Name: COLUMN companies.challenges; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.challenges IS 'Current challenges, free-text tags (e.g. fundraising, hiring).';

--
-- Name: COLUMN companies.location; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.location IS 'Town or region.';

--
-- Name: COLUMN companies.postcode; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.postcode IS 'UK postcode (see postcodes).';

--
-- Name: COLUMN companies.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.status IS 'Lifecycle state.';

--
-- Name: COLUMN companies.profile_completeness_score; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.profile_completeness_score IS 'Profile completeness 0-100, maintained by trigger; not writable by clients.';

--
-- Name: COLUMN companies.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.created_at IS 'When the row was created.';

--
-- Name: COLUMN companies.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.companies.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: company_staff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.company_staff (
    company_id uuid NOT NULL,
    user_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    role text DEFAULT 'member'::text NOT NULL,
    job_title text,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE company_staff; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.company_staff IS 'Junction of companies and users: a user''s membership of a company''s staff, with role and status (embeds as companies?select=*,users(*)).';

--
-- Name: COLUMN company_staff.company_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company_staff.company_id IS 'The company.';

--
-- Name: COLUMN company_staff.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company_staff.user_id IS 'The staff member.';

--
-- Name: COLUMN company_staff.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company_staff.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN company_staff.role; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company_staff.role IS 'Company role (roles.key).';

--
-- Name: COLUMN company_staff.job_title; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company_staff.job_title IS 'Job title.';

--
-- Name: COLUMN company_staff.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company_staff.status IS 'Membership state.';

--
-- Name: COLUMN company_staff.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company_staff.created_at IS 'When the row was created.';

--
-- Name: COLUMN company_staff.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.company_staff.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: course_engagements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.course_engagements (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    course_id uuid NOT NULL,
    module_id uuid NOT NULL,
    response jsonb,
    completed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE course_engagements; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.course_engagements IS 'A user''s response to a course module; one per (user, module).';

--
-- Name: COLUMN course_engagements.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.id IS 'Primary key.';

--
-- Name: COLUMN course_engagements.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN course_engagements.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.user_id IS 'The learner.';

--
-- Name: COLUMN course_engagements.course_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.course_id IS 'The course (filled from the module when omitted).';

--
-- Name: COLUMN course_engagements.module_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.module_id IS 'The module.';

--
-- Name: COLUMN course_engagements.response; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.response IS 'The response (JSON: answers, rating, reflection text, ...).';

--
-- Name: COLUMN course_engagements.completed_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.completed_at IS 'When the module was completed; NULL while in progress.';

--
-- Name: COLUMN course_engagements.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.created_at IS 'When the row was created.';

--
-- Name: COLUMN course_engagements.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_engagements.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: course_modules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.course_modules (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    course_id uuid NOT NULL,
    page_id uuid NOT NULL,
    type text NOT NULL,
    title text,
    content jsonb DEFAULT '{}'::jsonb NOT NULL,
    order_index integer DEFAULT 0 NOT NULL,
    is_required boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT course_modules_content_check CHECK ((jsonb_typeof(content) = 'object'::text)),
    CONSTRAINT course_modules_type_check CHECK ((type = ANY (ARRAY['text'::text, 'video'::text, 'image'::text, 'self_reflection'::text, 'quiz'::text, 'checkbox'::text, 'star_rating'::text, 'resource_link'::text, 'page_link'::text, 'two_column'::text, 'navigation'::text, 'comments'::text])))
);

--
-- Name: TABLE course_modules; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.course_modules IS 'Content blocks on a course page (text, video, quiz, ...).';

--
-- Name: COLUMN course_modules.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.id IS 'Primary key.';

--
-- Name: COLUMN course_modules.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN course_modules.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.provider_id IS 'The provider (filled from the page when omitted).';

--
-- Name: COLUMN course_modules.course_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.course_id IS 'The course (filled from the page when omitted).';

--
-- Name: COLUMN course_modules.page_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.page_id IS 'The page.';

--
-- Name: COLUMN course_modules.type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.type IS 'Block type: text, video, image, self_reflection, quiz, checkbox, star_rating, resource_link, page_link, two_column, navigation, comments.';

--
-- Name: COLUMN course_modules.title; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.title IS 'Optional heading.';

--
-- Name: COLUMN course_modules.content; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.content IS 'Block content (JSON object, shape depends on type).';

--
-- Name: COLUMN course_modules.order_index; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.order_index IS 'Position on the page.';

--
-- Name: COLUMN course_modules.is_required; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.is_required IS 'Whether completing the course requires this module.';

--
-- Name: COLUMN course_modules.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.created_at IS 'When the row was created.';

--
-- Name: COLUMN course_modules.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_modules.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: course_pages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.course_pages (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    course_id uuid NOT NULL,
    parent_page_id uuid,
    title text NOT NULL,
    path text NOT NULL,
    order_index integer DEFAULT 0 NOT NULL,
    required_completion_module_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT course_pages_parent_check CHECK ((parent_page_id <> id)),
    CONSTRAINT course_pages_path_check CHECK ((path ~ '^[a-z0-9-]+(/[a-z0-9-]+)*$'::text)),
    CONSTRAINT course_pages_title_check CHECK ((btrim(title) <> ''::text))
);

--
-- Name: TABLE course_pages; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.course_pages IS 'Hierarchical pages of a course (parent_page_id, path); a page is complete when its required modules are.';

--
-- Name: COLUMN course_pages.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.id IS 'Primary key.';

--
-- Name: COLUMN course_pages.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN course_pages.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.provider_id IS 'The provider (filled from the course when omitted).';

--
-- Name: COLUMN course_pages.course_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.course_id IS 'The course.';

--
-- Name: COLUMN course_pages.parent_page_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.parent_page_id IS 'Parent page in the same course; NULL for a top-level page.';

--
-- Name: COLUMN course_pages.title; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.title IS 'Title.';

--
-- Name: COLUMN course_pages.path; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.path IS 'Slash-separated path of the page within the course, unique per course (e.g. basics/intro).';

--
-- Name: COLUMN course_pages.order_index; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.order_index IS 'Position among its siblings.';

--
-- Name: COLUMN course_pages.required_completion_module_ids; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.required_completion_module_ids IS 'Modules that must be completed for the page to count as complete.';

--
-- Name: COLUMN course_pages.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.created_at IS 'When the row was created.';

--
-- Name: COLUMN course_pages.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_pages.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: course_signups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.course_signups (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    course_id uuid NOT NULL,
    status public.signup_status DEFAULT 'confirmed'::public.signup_status NOT NULL,
    progress_percent smallint DEFAULT 0 NOT NULL,
    started_at timestamp with time zone,
    completed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    completed_modules integer DEFAULT 0 NOT NULL,
    CONSTRAINT course_signups_completed_check CHECK (((completed_at IS NULL) OR (started_at IS NULL) OR (completed_at >= started_at))),
    CONSTRAINT course_signups_completed_modules_check CHECK ((completed_modules >= 0)),
    CONSTRAINT course_signups_progress_percent_check CHECK (((progress_percent >= 0) AND (progress_percent <= 100)))
);

--
-- Name: TABLE course_signups; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.course_signups IS 'A user''s enrollment in a course, with progress maintained from course_engagements.';

--
-- Name: COLUMN course_signups.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.id IS 'Primary key.';

--
-- Name: COLUMN course_signups.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN course_signups.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.user_id IS 'The learner.';

--
-- Name: COLUMN course_signups.course_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.course_id IS 'The course.';

--
-- Name: COLUMN course_signups.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.status IS 'Signup state (signup_status).';

--
-- Name: COLUMN course_signups.progress_percent; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.progress_percent IS 'Share of the course''s modules completed, 0-100 (maintained by trigger).';

--
-- Name: COLUMN course_signups.started_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.started_at IS 'First engagement.';

--
-- Name: COLUMN course_signups.completed_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.completed_at IS 'When the course was completed (set once).';

--
-- Name: COLUMN course_signups.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.created_at IS 'When the row was created.';

--
-- Name: COLUMN course_signups.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: COLUMN course_signups.completed_modules; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.course_signups.completed_modules IS 'Modules of the course the user has completed (engagements with completed_at; maintained by trigger).';

--
-- Name: courses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    programme_id uuid NOT NULL,
    title text NOT NULL,
    description text,
    order_index integer DEFAULT 0 NOT NULL,
    unlocks_at timestamp with time zone,
    estimated_minutes integer,
    status public.content_status DEFAULT 'draft'::public.content_status NOT NULL,
    published_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    module_count integer DEFAULT 0 NOT NULL,
    CONSTRAINT courses_estimated_minutes_check CHECK ((estimated_minutes > 0)),
    CONSTRAINT courses_module_count_check CHECK ((module_count >= 0)),
    CONSTRAINT courses_title_check CHECK ((btrim(title) <> ''::text))
);

--
-- Name: TABLE courses; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.courses IS 'A course within a programme, made of pages of modules.';

--
-- Name: COLUMN courses.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.id IS 'Primary key.';

--
-- Name: COLUMN courses.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN courses.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.provider_id IS 'The provider (same as the programme''s; filled when omitted).';

--
-- Name: COLUMN courses.programme_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.programme_id IS 'The programme.';

--
-- Name: COLUMN courses.title; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.title IS 'Title.';

--
-- Name: COLUMN courses.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.description IS 'Description.';

--
-- Name: COLUMN courses.order_index; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.order_index IS 'Position within the programme.';

--
-- Name: COLUMN courses.unlocks_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.unlocks_at IS 'When the course becomes available.';

--
-- Name: COLUMN courses.estimated_minutes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.estimated_minutes IS 'Estimated time to complete.';

--
-- Name: COLUMN courses.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.status IS 'Publication state.';

--
-- Name: COLUMN courses.published_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.published_at IS 'When it was first published.';

--
-- Name: COLUMN courses.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.created_at IS 'When the row was created.';

--
-- Name: COLUMN courses.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: COLUMN courses.module_count; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.courses.module_count IS 'Number of modules on the course''s pages (maintained by trigger).';

--
-- Name: embeddings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.embeddings (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    content_type text NOT NULL,
    content_id uuid NOT NULL,
    embedding public.vector(768) NOT NULL,
    input_hash text NOT NULL,
    model text DEFAULT 'text-embedding-004'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT embeddings_content_type_check CHECK ((content_type = ANY (ARRAY['programme'::text, 'course'::text, 'event'::text, 'resource'::text]))),
    CONSTRAINT embeddings_input_hash_check CHECK ((input_hash ~ '^[0-9a-f]{64}$'::text))
);
ALTER TABLE ONLY public.embeddings ALTER COLUMN embedding SET STORAGE PLAIN;

--
-- Name: TABLE embeddings; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.embeddings IS 'Content embeddings (768-d) of programmes, courses, events and resources; input_hash detects staleness.';

--
-- Name: COLUMN embeddings.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.id IS 'Primary key.';

--
-- Name: COLUMN embeddings.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN embeddings.content_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.content_type IS 'programme, course, event or resource.';

--
-- Name: COLUMN embeddings.content_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.content_id IS 'Id of the embedded row (same tenant, checked by trigger).';

--
-- Name: COLUMN embeddings.embedding; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.embedding IS 'Content vector (768 dimensions, cosine space); HNSW-indexed.';

--
-- Name: COLUMN embeddings.input_hash; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.input_hash IS 'sha256 (hex) of the canonical text the vector was computed from.';

--
-- Name: COLUMN embeddings.model; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.model IS 'Embedding model.';

--
-- Name: COLUMN embeddings.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.created_at IS 'When the row was created.';

--
-- Name: COLUMN embeddings.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.embeddings.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: event_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_outbox (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid,
    topic text NOT NULL,
    payload jsonb DEFAULT '{}'::jsonb NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    max_attempts integer DEFAULT 10 NOT NULL,
    next_attempt_at timestamp with time zone DEFAULT now() NOT NULL,
    published_at timestamp with time zone,
    dead_at timestamp with time zone,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    lease_token uuid,
    CONSTRAINT event_outbox_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT event_outbox_max_attempts_check CHECK ((max_attempts > 0)),
    CONSTRAINT event_outbox_topic_check CHECK ((topic ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'::text))
);

--
-- Name: TABLE event_outbox; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.event_outbox IS 'Durable event queue for async publishing (transactional outbox) with retry tracking.';

--
-- Name: COLUMN event_outbox.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.id IS 'Primary key.';

--
-- Name: COLUMN event_outbox.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.tenant_id IS 'Tenant the event concerns (NULL for platform events).';

--
-- Name: COLUMN event_outbox.topic; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.topic IS 'Event topic, dotted lower-case (e.g. course.completed).';

--
-- Name: COLUMN event_outbox.payload; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.payload IS 'Event payload (JSON).';

--
-- Name: COLUMN event_outbox.attempts; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.attempts IS 'Delivery attempts so far.';

--
-- Name: COLUMN event_outbox.max_attempts; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.max_attempts IS 'Attempts before the event is parked (dead letter).';

--
-- Name: COLUMN event_outbox.next_attempt_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.next_attempt_at IS 'When the event is next due (also the lease expiry while claimed).';

--
-- Name: COLUMN event_outbox.published_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.published_at IS 'When delivery was acknowledged.';

--
-- Name: COLUMN event_outbox.dead_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.dead_at IS 'When the event was parked after max_attempts failures.';

--
-- Name: COLUMN event_outbox.last_error; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.last_error IS 'Error of the last failed attempt.';

--
-- Name: COLUMN event_outbox.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.created_at IS 'When the row was created.';

--
-- Name: COLUMN event_outbox.lease_token; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_outbox.lease_token IS 'Token of the current claim (claim_events); ack_event and fail_event must present it. NULL when not leased.';

--
-- Name: event_signups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_signups (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    event_id uuid NOT NULL,
    user_id uuid NOT NULL,
    status public.signup_status DEFAULT 'confirmed'::public.signup_status NOT NULL,
    attendance_mode text DEFAULT 'in_person'::text NOT NULL,
    attended boolean DEFAULT false NOT NULL,
    attendance_confirmed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_signups_attendance_check CHECK (((attendance_confirmed_at IS NULL) OR attended)),
    CONSTRAINT event_signups_attendance_mode_check CHECK ((attendance_mode = ANY (ARRAY['in_person'::text, 'online'::text])))
);

--
-- Name: TABLE event_signups; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.event_signups IS 'Registration of a user for an event, with attendance.';

--
-- Name: COLUMN event_signups.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.id IS 'Primary key.';

--
-- Name: COLUMN event_signups.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN event_signups.event_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.event_id IS 'The event.';

--
-- Name: COLUMN event_signups.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.user_id IS 'The attendee.';

--
-- Name: COLUMN event_signups.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.status IS 'Signup state (signup_status).';

--
-- Name: COLUMN event_signups.attendance_mode; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.attendance_mode IS 'in_person or online.';

--
-- Name: COLUMN event_signups.attended; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.attended IS 'Whether the user attended.';

--
-- Name: COLUMN event_signups.attendance_confirmed_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.attendance_confirmed_at IS 'When attendance was confirmed.';

--
-- Name: COLUMN event_signups.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.created_at IS 'When the row was created.';

--
-- Name: COLUMN event_signups.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.event_signups.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    programme_id uuid,
    cohort_id uuid,
    place_id uuid,
    title text NOT NULL,
    description text,
    event_type text DEFAULT 'other'::text NOT NULL,
    status public.content_status DEFAULT 'draft'::public.content_status NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    timezone text DEFAULT 'Europe/London'::text NOT NULL,
    online_url text,
    capacity integer,
    published_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT events_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT events_cohort_needs_programme_check CHECK (((cohort_id IS NULL) OR (programme_id IS NOT NULL))),
    CONSTRAINT events_event_type_check CHECK ((event_type = ANY (ARRAY['workshop'::text, 'webinar'::text, 'networking'::text, 'demo_day'::text, 'office_hours'::text, 'conference'::text, 'other'::text]))),
    CONSTRAINT events_time_check CHECK ((ends_at > starts_at)),
    CONSTRAINT events_title_check CHECK ((btrim(title) <> ''::text))
);

--
-- Name: TABLE events; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.events IS 'An event run by a provider, optionally tied to a programme, cohort and venue.';

--
-- Name: COLUMN events.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.id IS 'Primary key.';

--
-- Name: COLUMN events.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN events.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.provider_id IS 'The provider.';

--
-- Name: COLUMN events.programme_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.programme_id IS 'Optional programme.';

--
-- Name: COLUMN events.cohort_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.cohort_id IS 'Optional cohort (of the same programme).';

--
-- Name: COLUMN events.place_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.place_id IS 'Optional venue.';

--
-- Name: COLUMN events.title; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.title IS 'Title.';

--
-- Name: COLUMN events.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.description IS 'Description.';

--
-- Name: COLUMN events.event_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.event_type IS 'workshop, webinar, networking, demo_day, office_hours, conference or other.';

--
-- Name: COLUMN events.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.status IS 'Publication state.';

--
-- Name: COLUMN events.starts_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.starts_at IS 'Start.';

--
-- Name: COLUMN events.ends_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.ends_at IS 'End (after the start).';

--
-- Name: COLUMN events.timezone; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.timezone IS 'IANA time zone for display.';

--
-- Name: COLUMN events.online_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.online_url IS 'Joining link for online attendance.';

--
-- Name: COLUMN events.capacity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.capacity IS 'Maximum attendees.';

--
-- Name: COLUMN events.published_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.published_at IS 'When it was first published.';

--
-- Name: COLUMN events.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.created_at IS 'When the row was created.';

--
-- Name: COLUMN events.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.events.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: impersonation_logs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.impersonation_logs (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid,
    actor_id uuid NOT NULL,
    target_user_id uuid NOT NULL,
    action text NOT NULL,
    reason text,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT impersonation_logs_action_check CHECK ((action = ANY (ARRAY['start'::text, 'stop'::text]))),
    CONSTRAINT impersonation_logs_reason_check CHECK (((action = 'stop'::text) OR (btrim(reason) <> ''::text)))
);

--
-- Name: TABLE impersonation_logs; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.impersonation_logs IS 'Platform admin impersonation sessions: start and stop, with actor, target and reason.';

--
-- Name: COLUMN impersonation_logs.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.impersonation_logs.id IS 'Primary key.';

--
-- Name: COLUMN impersonation_logs.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.impersonation_logs.tenant_id IS 'Tenant context of the impersonation, if any.';

--
-- Name: COLUMN impersonation_logs.actor_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.impersonation_logs.actor_id IS 'Platform admin who impersonates.';

--
-- Name: COLUMN impersonation_logs.target_user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.impersonation_logs.target_user_id IS 'User impersonated.';

--
-- Name: COLUMN impersonation_logs.action; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.impersonation_logs.action IS 'start or stop.';

--
-- Name: COLUMN impersonation_logs.reason; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.impersonation_logs.reason IS 'Why (required for start).';

--
-- Name: COLUMN impersonation_logs.metadata; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.impersonation_logs.metadata IS 'Details (JSON object).';

--
-- Name: COLUMN impersonation_logs.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.impersonation_logs.created_at IS 'When the row was created.';

--
-- Name: mentor_availabilities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentor_availabilities (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    mentor_id uuid NOT NULL,
    day_of_week smallint,
    specific_date date,
    starts_at_time time without time zone NOT NULL,
    ends_at_time time without time zone NOT NULL,
    timezone text DEFAULT 'Europe/London'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentor_availabilities_day_of_week_check CHECK (((day_of_week >= 0) AND (day_of_week <= 6))),
    CONSTRAINT mentor_availabilities_kind_check CHECK ((num_nonnulls(day_of_week, specific_date) = 1)),
    CONSTRAINT mentor_availabilities_time_check CHECK ((ends_at_time > starts_at_time))
);

--
-- Name: TABLE mentor_availabilities; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mentor_availabilities IS 'Mentor availability slots: weekly (day_of_week) or one-off (specific_date).';

--
-- Name: COLUMN mentor_availabilities.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.id IS 'Primary key.';

--
-- Name: COLUMN mentor_availabilities.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN mentor_availabilities.mentor_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.mentor_id IS 'The mentor.';

--
-- Name: COLUMN mentor_availabilities.day_of_week; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.day_of_week IS 'Weekly slot day, 0 = Sunday ... 6 = Saturday; NULL for a one-off.';

--
-- Name: COLUMN mentor_availabilities.specific_date; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.specific_date IS 'Date of a one-off slot; NULL for a weekly slot.';

--
-- Name: COLUMN mentor_availabilities.starts_at_time; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.starts_at_time IS 'Slot start (local time).';

--
-- Name: COLUMN mentor_availabilities.ends_at_time; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.ends_at_time IS 'Slot end (local time, after the start).';

--
-- Name: COLUMN mentor_availabilities.timezone; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.timezone IS 'IANA time zone of the times.';

--
-- Name: COLUMN mentor_availabilities.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.created_at IS 'When the row was created.';

--
-- Name: COLUMN mentor_availabilities.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_availabilities.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: mentor_credits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentor_credits (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    company_id uuid NOT NULL,
    programme_id uuid NOT NULL,
    credits_granted integer NOT NULL,
    credits_used integer DEFAULT 0 NOT NULL,
    credits_remaining integer GENERATED ALWAYS AS ((credits_granted - credits_used)) STORED,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    valid_from timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentor_credits_credits_granted_check CHECK ((credits_granted >= 0)),
    CONSTRAINT mentor_credits_credits_used_check CHECK (((credits_used >= 0) AND (credits_used <= credits_granted))),
    CONSTRAINT mentor_credits_validity_check CHECK (((expires_at IS NULL) OR (expires_at > valid_from)))
);

--
-- Name: TABLE mentor_credits; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mentor_credits IS 'Mentoring credit ledger of a company in a programme: granted, used, remaining (generated).';

--
-- Name: COLUMN mentor_credits.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.id IS 'Primary key.';

--
-- Name: COLUMN mentor_credits.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN mentor_credits.company_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.company_id IS 'The company.';

--
-- Name: COLUMN mentor_credits.programme_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.programme_id IS 'The programme.';

--
-- Name: COLUMN mentor_credits.credits_granted; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.credits_granted IS 'Credits granted.';

--
-- Name: COLUMN mentor_credits.credits_used; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.credits_used IS 'Credits consumed by booked sessions (maintained by trigger; 0..credits_granted).';

--
-- Name: COLUMN mentor_credits.credits_remaining; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.credits_remaining IS 'credits_granted - credits_used (generated).';

--
-- Name: COLUMN mentor_credits.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.status IS 'Ledger state; only active ledgers can be booked against.';

--
-- Name: COLUMN mentor_credits.valid_from; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.valid_from IS 'Credits usable from.';

--
-- Name: COLUMN mentor_credits.expires_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.expires_at IS 'Credits expire at (NULL: never).';

--
-- Name: COLUMN mentor_credits.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.created_at IS 'When the row was created.';

--
-- Name: COLUMN mentor_credits.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_credits.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: mentor_pairings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentor_pairings (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    mentor_id uuid NOT NULL,
    company_id uuid NOT NULL,
    programme_id uuid,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    started_on date DEFAULT CURRENT_DATE NOT NULL,
    ended_on date,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentor_pairings_dates_check CHECK (((ended_on IS NULL) OR (ended_on >= started_on)))
);

--
-- Name: TABLE mentor_pairings; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mentor_pairings IS 'Long-term mentor-company relationship, optionally within a programme.';

--
-- Name: COLUMN mentor_pairings.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.id IS 'Primary key.';

--
-- Name: COLUMN mentor_pairings.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN mentor_pairings.mentor_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.mentor_id IS 'The mentor.';

--
-- Name: COLUMN mentor_pairings.company_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.company_id IS 'The company.';

--
-- Name: COLUMN mentor_pairings.programme_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.programme_id IS 'Optional programme.';

--
-- Name: COLUMN mentor_pairings.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.status IS 'Pairing state.';

--
-- Name: COLUMN mentor_pairings.started_on; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.started_on IS 'Start date.';

--
-- Name: COLUMN mentor_pairings.ended_on; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.ended_on IS 'End date.';

--
-- Name: COLUMN mentor_pairings.notes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.notes IS 'Notes.';

--
-- Name: COLUMN mentor_pairings.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.created_at IS 'When the row was created.';

--
-- Name: COLUMN mentor_pairings.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_pairings.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: mentor_programmes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentor_programmes (
    mentor_id uuid NOT NULL,
    programme_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    contract_reference text,
    hourly_rate numeric(10,2),
    rate_currency character(3) DEFAULT 'GBP'::bpchar NOT NULL,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentor_programmes_hourly_rate_check CHECK ((hourly_rate >= (0)::numeric)),
    CONSTRAINT mentor_programmes_rate_currency_check CHECK ((rate_currency ~ '^[A-Z]{3}$'::text))
);

--
-- Name: TABLE mentor_programmes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mentor_programmes IS 'Junction of mentors and programmes: a mentor contracted on a programme, with rate and status (embeds as programmes?select=*,mentors(*)).';

--
-- Name: COLUMN mentor_programmes.mentor_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.mentor_id IS 'The mentor.';

--
-- Name: COLUMN mentor_programmes.programme_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.programme_id IS 'The programme.';

--
-- Name: COLUMN mentor_programmes.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN mentor_programmes.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.provider_id IS 'The programme''s provider (filled when omitted).';

--
-- Name: COLUMN mentor_programmes.contract_reference; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.contract_reference IS 'Contract reference.';

--
-- Name: COLUMN mentor_programmes.hourly_rate; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.hourly_rate IS 'Hourly rate.';

--
-- Name: COLUMN mentor_programmes.rate_currency; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.rate_currency IS 'ISO 4217 currency of the rate.';

--
-- Name: COLUMN mentor_programmes.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.status IS 'Assignment state.';

--
-- Name: COLUMN mentor_programmes.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.created_at IS 'When the row was created.';

--
-- Name: COLUMN mentor_programmes.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_programmes.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: mentor_session_signups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentor_session_signups (
    session_id uuid NOT NULL,
    user_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    role text DEFAULT 'mentee'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentor_session_signups_role_check CHECK ((role = ANY (ARRAY['mentee'::text, 'observer'::text])))
);

--
-- Name: TABLE mentor_session_signups; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mentor_session_signups IS 'Junction of mentor sessions and users: the attendees of a session, as mentee or observer (embeds as mentor_sessions?select=*,users(*)).';

--
-- Name: COLUMN mentor_session_signups.session_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_session_signups.session_id IS 'The session.';

--
-- Name: COLUMN mentor_session_signups.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_session_signups.user_id IS 'The attendee.';

--
-- Name: COLUMN mentor_session_signups.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_session_signups.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN mentor_session_signups.role; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_session_signups.role IS 'mentee or observer.';

--
-- Name: COLUMN mentor_session_signups.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_session_signups.created_at IS 'When the row was created.';

--
-- Name: mentor_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentor_sessions (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    mentor_id uuid NOT NULL,
    credit_id uuid,
    credits_consumed integer DEFAULT 1 NOT NULL,
    status public.booking_status DEFAULT 'pending'::public.booking_status NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    external_calendar_id text,
    meeting_url text,
    notes text,
    booked_by uuid,
    cancelled_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT mentor_sessions_credits_consumed_check CHECK ((credits_consumed >= 0)),
    CONSTRAINT mentor_sessions_time_check CHECK ((ends_at > starts_at))
);

--
-- Name: TABLE mentor_sessions; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mentor_sessions IS 'A booked mentoring session; booking consumes credits from a mentor_credits ledger.';

--
-- Name: COLUMN mentor_sessions.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.id IS 'Primary key.';

--
-- Name: COLUMN mentor_sessions.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN mentor_sessions.mentor_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.mentor_id IS 'The mentor.';

--
-- Name: COLUMN mentor_sessions.credit_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.credit_id IS 'The credit ledger charged.';

--
-- Name: COLUMN mentor_sessions.credits_consumed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.credits_consumed IS 'Credits this session consumes (default 1; set by the service role, not by API callers).';

--
-- Name: COLUMN mentor_sessions.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.status IS 'Booking state (booking_status): pending -> confirmed -> completed (the mentor, after the start), or cancelled before the start (the mentor or the paying company). completed and cancelled are final for API callers.';

--
-- Name: COLUMN mentor_sessions.starts_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.starts_at IS 'Start.';

--
-- Name: COLUMN mentor_sessions.ends_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.ends_at IS 'End (after the start).';

--
-- Name: COLUMN mentor_sessions.external_calendar_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.external_calendar_id IS 'Event id in the mentor''s external calendar.';

--
-- Name: COLUMN mentor_sessions.meeting_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.meeting_url IS 'Video call link.';

--
-- Name: COLUMN mentor_sessions.notes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.notes IS 'Session notes.';

--
-- Name: COLUMN mentor_sessions.booked_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.booked_by IS 'Who booked the session (the signed-in user for API bookings).';

--
-- Name: COLUMN mentor_sessions.cancelled_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.cancelled_at IS 'When the session was cancelled (set by the platform).';

--
-- Name: COLUMN mentor_sessions.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.created_at IS 'When the row was created.';

--
-- Name: COLUMN mentor_sessions.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentor_sessions.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: mentors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mentors (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    headline text,
    bio text,
    expertise_areas text[] DEFAULT '{}'::text[] NOT NULL,
    industries text[] DEFAULT '{}'::text[] NOT NULL,
    linkedin_url text,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE mentors; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.mentors IS 'Mentor profile of a user (one per user).';

--
-- Name: COLUMN mentors.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.id IS 'Primary key.';

--
-- Name: COLUMN mentors.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN mentors.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.user_id IS 'The mentor''s user (unique).';

--
-- Name: COLUMN mentors.headline; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.headline IS 'One-line pitch.';

--
-- Name: COLUMN mentors.bio; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.bio IS 'Biography.';

--
-- Name: COLUMN mentors.expertise_areas; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.expertise_areas IS 'Areas of expertise.';

--
-- Name: COLUMN mentors.industries; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.industries IS 'Industries of experience.';

--
-- Name: COLUMN mentors.linkedin_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.linkedin_url IS 'LinkedIn profile.';

--
-- Name: COLUMN mentors.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.status IS 'Lifecycle state.';

--
-- Name: COLUMN mentors.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.created_at IS 'When the row was created.';

--
-- Name: COLUMN mentors.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.mentors.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: notifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifications (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    type text NOT NULL,
    title text NOT NULL,
    body text,
    action_url text,
    source_type text,
    source_id uuid,
    read_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT notifications_source_check CHECK (((source_type IS NULL) = (source_id IS NULL))),
    CONSTRAINT notifications_source_type_check CHECK ((source_type = ANY (ARRAY['programme'::text, 'cohort'::text, 'course'::text, 'event'::text, 'resource'::text, 'mentor'::text, 'mentor_session'::text, 'company'::text, 'comment'::text, 'programme_signup'::text, 'course_signup'::text, 'event_signup'::text]))),
    CONSTRAINT notifications_type_check CHECK ((type ~ '^[a-z][a-z0-9_.]*$'::text))
);

--
-- Name: TABLE notifications; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.notifications IS 'Notification tray of a user.';

--
-- Name: COLUMN notifications.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.id IS 'Primary key.';

--
-- Name: COLUMN notifications.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN notifications.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.user_id IS 'Recipient.';

--
-- Name: COLUMN notifications.type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.type IS 'Notification type, dotted lower-case (e.g. mentor_session.booked).';

--
-- Name: COLUMN notifications.title; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.title IS 'Title.';

--
-- Name: COLUMN notifications.body; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.body IS 'Body text.';

--
-- Name: COLUMN notifications.action_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.action_url IS 'Where clicking it leads.';

--
-- Name: COLUMN notifications.source_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.source_type IS 'Type of the row that caused it (optional).';

--
-- Name: COLUMN notifications.source_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.source_id IS 'Id of the row that caused it (optional; same tenant, checked on insert).';

--
-- Name: COLUMN notifications.read_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.read_at IS 'When it was read; NULL while unread.';

--
-- Name: COLUMN notifications.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.notifications.created_at IS 'When the row was created.';

--
-- Name: places; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.places (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    address_line1 text,
    address_line2 text,
    city text,
    postcode text,
    latitude numeric(9,6),
    longitude numeric(9,6),
    capacity integer,
    accessibility_notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT places_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT places_latitude_check CHECK (((latitude >= ('-90'::integer)::numeric) AND (latitude <= (90)::numeric))),
    CONSTRAINT places_longitude_check CHECK (((longitude >= ('-180'::integer)::numeric) AND (longitude <= (180)::numeric))),
    CONSTRAINT places_name_check CHECK ((btrim(name) <> ''::text))
);

--
-- Name: TABLE places; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.places IS 'Venues for events.';

--
-- Name: COLUMN places.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.id IS 'Primary key.';

--
-- Name: COLUMN places.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN places.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.name IS 'Venue name.';

--
-- Name: COLUMN places.address_line1; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.address_line1 IS 'Address, first line.';

--
-- Name: COLUMN places.address_line2; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.address_line2 IS 'Address, second line.';

--
-- Name: COLUMN places.city; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.city IS 'Town or city.';

--
-- Name: COLUMN places.postcode; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.postcode IS 'Postcode.';

--
-- Name: COLUMN places.latitude; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.latitude IS 'Latitude in degrees (-90 to 90).';

--
-- Name: COLUMN places.longitude; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.longitude IS 'Longitude in degrees (-180 to 180).';

--
-- Name: COLUMN places.capacity; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.capacity IS 'Maximum attendees.';

--
-- Name: COLUMN places.accessibility_notes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.accessibility_notes IS 'Accessibility information.';

--
-- Name: COLUMN places.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.created_at IS 'When the row was created.';

--
-- Name: COLUMN places.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.places.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: postcodes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.postcodes (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    postcode text NOT NULL,
    latitude numeric(9,6),
    longitude numeric(9,6),
    region text,
    admin_district text,
    constituencies text[] DEFAULT '{}'::text[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT postcodes_latitude_check CHECK (((latitude >= ('-90'::integer)::numeric) AND (latitude <= (90)::numeric))),
    CONSTRAINT postcodes_longitude_check CHECK (((longitude >= ('-180'::integer)::numeric) AND (longitude <= (180)::numeric))),
    CONSTRAINT postcodes_postcode_check CHECK ((postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'::text))
);

--
-- Name: TABLE postcodes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.postcodes IS 'UK postcodes with coordinates and administrative areas.';

--
-- Name: COLUMN postcodes.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.id IS 'Primary key.';

--
-- Name: COLUMN postcodes.postcode; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.postcode IS 'Postcode in canonical form (upper case, one space).';

--
-- Name: COLUMN postcodes.latitude; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.latitude IS 'Latitude in degrees.';

--
-- Name: COLUMN postcodes.longitude; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.longitude IS 'Longitude in degrees.';

--
-- Name: COLUMN postcodes.region; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.region IS 'Region.';

--
-- Name: COLUMN postcodes.admin_district; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.admin_district IS 'Local authority district.';

--
-- Name: COLUMN postcodes.constituencies; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.constituencies IS 'Parliamentary constituencies.';

--
-- Name: COLUMN postcodes.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.created_at IS 'When the row was created.';

--
-- Name: COLUMN postcodes.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.postcodes.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: programme_signups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programme_signups (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    company_id uuid NOT NULL,
    programme_id uuid NOT NULL,
    cohort_id uuid,
    status public.entity_status DEFAULT 'pending'::public.entity_status NOT NULL,
    application jsonb DEFAULT '{}'::jsonb NOT NULL,
    applied_by uuid,
    applied_at timestamp with time zone DEFAULT now() NOT NULL,
    reviewed_by uuid,
    reviewed_at timestamp with time zone,
    enrolled_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT programme_signups_application_check CHECK ((jsonb_typeof(application) = 'object'::text)),
    CONSTRAINT programme_signups_review_check CHECK (((reviewed_at IS NULL) OR (reviewed_at >= applied_at)))
);

--
-- Name: TABLE programme_signups; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.programme_signups IS 'A company''s application to / enrollment in a programme (optionally a cohort). status active = enrolled.';

--
-- Name: COLUMN programme_signups.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.id IS 'Primary key.';

--
-- Name: COLUMN programme_signups.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN programme_signups.company_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.company_id IS 'The company.';

--
-- Name: COLUMN programme_signups.programme_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.programme_id IS 'The programme.';

--
-- Name: COLUMN programme_signups.cohort_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.cohort_id IS 'The cohort, a run of the same programme; NULL for self-paced.';

--
-- Name: COLUMN programme_signups.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.status IS 'Application state: pending (applied), active (enrolled), suspended, archived (withdrawn or rejected).';

--
-- Name: COLUMN programme_signups.application; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.application IS 'Application answers (JSON object).';

--
-- Name: COLUMN programme_signups.applied_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.applied_by IS 'Company staff member who applied.';

--
-- Name: COLUMN programme_signups.applied_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.applied_at IS 'When the company applied.';

--
-- Name: COLUMN programme_signups.reviewed_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.reviewed_by IS 'Provider staff member who reviewed the application.';

--
-- Name: COLUMN programme_signups.reviewed_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.reviewed_at IS 'When it was reviewed.';

--
-- Name: COLUMN programme_signups.enrolled_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.enrolled_at IS 'When the company was enrolled.';

--
-- Name: COLUMN programme_signups.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.created_at IS 'When the row was created.';

--
-- Name: COLUMN programme_signups.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programme_signups.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: programmes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    title text NOT NULL,
    summary text,
    description text,
    image_url text,
    delivery_mode text DEFAULT 'cohort'::text NOT NULL,
    status public.content_status DEFAULT 'draft'::public.content_status NOT NULL,
    published_at timestamp with time zone,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT programmes_delivery_mode_check CHECK ((delivery_mode = ANY (ARRAY['cohort'::text, 'self_paced'::text, 'hybrid'::text]))),
    CONSTRAINT programmes_title_check CHECK ((btrim(title) <> ''::text))
);

--
-- Name: TABLE programmes; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.programmes IS 'A programme run by a provider for companies; delivered in cohorts, self-paced, or both.';

--
-- Name: COLUMN programmes.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.id IS 'Primary key.';

--
-- Name: COLUMN programmes.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN programmes.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.provider_id IS 'The provider that runs it.';

--
-- Name: COLUMN programmes.title; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.title IS 'Title.';

--
-- Name: COLUMN programmes.summary; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.summary IS 'One-line summary.';

--
-- Name: COLUMN programmes.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.description IS 'Full description.';

--
-- Name: COLUMN programmes.image_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.image_url IS 'Cover image URL.';

--
-- Name: COLUMN programmes.delivery_mode; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.delivery_mode IS 'cohort, self_paced or hybrid.';

--
-- Name: COLUMN programmes.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.status IS 'Publication state (content_status).';

--
-- Name: COLUMN programmes.published_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.published_at IS 'When it was first published.';

--
-- Name: COLUMN programmes.created_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.created_by IS 'Author.';

--
-- Name: COLUMN programmes.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.created_at IS 'When the row was created.';

--
-- Name: COLUMN programmes.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.programmes.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: provider_summaries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.provider_summaries (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    date date NOT NULL,
    programme_signups integer DEFAULT 0 NOT NULL,
    enrolments integer DEFAULT 0 NOT NULL,
    course_signups integer DEFAULT 0 NOT NULL,
    course_completions integer DEFAULT 0 NOT NULL,
    event_signups integer DEFAULT 0 NOT NULL,
    event_attendance integer DEFAULT 0 NOT NULL,
    mentor_sessions integer DEFAULT 0 NOT NULL,
    activity_count integer DEFAULT 0 NOT NULL,
    metrics jsonb DEFAULT '{}'::jsonb NOT NULL,
    computed_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT provider_summaries_counts_check CHECK (((programme_signups >= 0) AND (enrolments >= 0) AND (course_signups >= 0) AND (course_completions >= 0) AND (event_signups >= 0) AND (event_attendance >= 0) AND (mentor_sessions >= 0) AND (activity_count >= 0)))
);

--
-- Name: TABLE provider_summaries; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.provider_summaries IS 'Daily aggregates per provider, recomputed idempotently by platform.refresh_provider_summaries(day).';

--
-- Name: COLUMN provider_summaries.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.id IS 'Primary key.';

--
-- Name: COLUMN provider_summaries.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN provider_summaries.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.provider_id IS 'The provider.';

--
-- Name: COLUMN provider_summaries.date; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.date IS 'The day summarised.';

--
-- Name: COLUMN provider_summaries.programme_signups; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.programme_signups IS 'Programme applications that day.';

--
-- Name: COLUMN provider_summaries.enrolments; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.enrolments IS 'Programme enrolments that day.';

--
-- Name: COLUMN provider_summaries.course_signups; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.course_signups IS 'Course signups that day.';

--
-- Name: COLUMN provider_summaries.course_completions; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.course_completions IS 'Course completions that day.';

--
-- Name: COLUMN provider_summaries.event_signups; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.event_signups IS 'Event signups that day.';

--
-- Name: COLUMN provider_summaries.event_attendance; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.event_attendance IS 'Event attendances that day.';

--
-- Name: COLUMN provider_summaries.mentor_sessions; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.mentor_sessions IS 'Mentor sessions booked that day.';

--
-- Name: COLUMN provider_summaries.activity_count; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.activity_count IS 'Activities on the provider''s content that day.';

--
-- Name: COLUMN provider_summaries.metrics; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.metrics IS 'Further metrics (JSON object).';

--
-- Name: COLUMN provider_summaries.computed_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.provider_summaries.computed_at IS 'When the row was computed.';

--
-- Name: providers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.providers (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    description text,
    website_url text,
    logo_url text,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    is_platform_operator boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT providers_name_check CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT providers_slug_check CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text))
);

--
-- Name: TABLE providers; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.providers IS 'Content publisher within a tenant: runs programmes, courses, events, resources. is_platform_operator marks the main organisation.';

--
-- Name: COLUMN providers.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.id IS 'Primary key.';

--
-- Name: COLUMN providers.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN providers.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.name IS 'Display name.';

--
-- Name: COLUMN providers.slug; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.slug IS 'URL-safe identifier, unique within the tenant.';

--
-- Name: COLUMN providers.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.description IS 'About the provider.';

--
-- Name: COLUMN providers.website_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.website_url IS 'Website.';

--
-- Name: COLUMN providers.logo_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.logo_url IS 'Logo image URL.';

--
-- Name: COLUMN providers.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.status IS 'Lifecycle state.';

--
-- Name: COLUMN providers.is_platform_operator; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.is_platform_operator IS 'True for the tenant''s main organisation (at most one per tenant).';

--
-- Name: COLUMN providers.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.created_at IS 'When the row was created.';

--
-- Name: COLUMN providers.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: providers_staff; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.providers_staff (
    provider_id uuid NOT NULL,
    user_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    role text DEFAULT 'editor'::text NOT NULL,
    invited_by uuid,
    invited_at timestamp with time zone,
    accepted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT providers_staff_accepted_check CHECK (((accepted_at IS NULL) OR (invited_at IS NULL) OR (accepted_at >= invited_at)))
);

--
-- Name: TABLE providers_staff; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.providers_staff IS 'Junction of providers and users: a user''s membership of a provider''s staff (invited, accepted), with role (embeds as providers?select=*,users(*); see the README for the hint its invited_by key needs).';

--
-- Name: COLUMN providers_staff.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.provider_id IS 'The provider.';

--
-- Name: COLUMN providers_staff.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.user_id IS 'The staff member.';

--
-- Name: COLUMN providers_staff.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN providers_staff.role; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.role IS 'Provider role (roles.key): owner, admin, editor, member or viewer.';

--
-- Name: COLUMN providers_staff.invited_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.invited_by IS 'Who sent the invitation.';

--
-- Name: COLUMN providers_staff.invited_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.invited_at IS 'When the invitation was sent.';

--
-- Name: COLUMN providers_staff.accepted_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.accepted_at IS 'When the invitation was accepted; NULL while pending.';

--
-- Name: COLUMN providers_staff.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.created_at IS 'When the row was created.';

--
-- Name: COLUMN providers_staff.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.providers_staff.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: resources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resources (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    provider_id uuid NOT NULL,
    title text NOT NULL,
    description text,
    resource_type text NOT NULL,
    url text,
    body text,
    status public.content_status DEFAULT 'draft'::public.content_status NOT NULL,
    published_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT resources_resource_type_check CHECK ((resource_type = ANY (ARRAY['link'::text, 'article'::text, 'video'::text, 'pdf'::text, 'template'::text, 'tool'::text, 'course'::text]))),
    CONSTRAINT resources_title_check CHECK ((btrim(title) <> ''::text)),
    CONSTRAINT resources_url_or_body_check CHECK (((url IS NOT NULL) OR (body IS NOT NULL)))
);

--
-- Name: TABLE resources; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.resources IS 'Content library item: a link, article, video, pdf, template, tool or course, by url or body.';

--
-- Name: COLUMN resources.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.id IS 'Primary key.';

--
-- Name: COLUMN resources.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN resources.provider_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.provider_id IS 'The provider.';

--
-- Name: COLUMN resources.title; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.title IS 'Title.';

--
-- Name: COLUMN resources.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.description IS 'Description.';

--
-- Name: COLUMN resources.resource_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.resource_type IS 'link, article, video, pdf, template, tool or course.';

--
-- Name: COLUMN resources.url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.url IS 'Location of the resource (or body).';

--
-- Name: COLUMN resources.body; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.body IS 'Inline content (or url).';

--
-- Name: COLUMN resources.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.status IS 'Publication state.';

--
-- Name: COLUMN resources.published_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.published_at IS 'When it was first published.';

--
-- Name: COLUMN resources.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.created_at IS 'When the row was created.';

--
-- Name: COLUMN resources.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.resources.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.roles (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    description text,
    rank smallint NOT NULL,
    CONSTRAINT roles_key_check CHECK ((key = ANY (ARRAY['owner'::text, 'admin'::text, 'editor'::text, 'member'::text, 'viewer'::text])))
);

--
-- Name: TABLE roles; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.roles IS 'Unified roles: owner, admin, editor, member, viewer. Membership tables reference roles.key.';

--
-- Name: COLUMN roles.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.roles.id IS 'Primary key.';

--
-- Name: COLUMN roles.key; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.roles.key IS 'Stable role key referenced by membership tables (owner, admin, editor, member, viewer).';

--
-- Name: COLUMN roles.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.roles.name IS 'Display name.';

--
-- Name: COLUMN roles.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.roles.description IS 'What the role may do.';

--
-- Name: COLUMN roles.rank; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.roles.rank IS 'Privilege order: a higher rank includes the rights of every lower one.';

--
-- Name: tag_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tag_links (
    tag_id uuid NOT NULL,
    target_type text NOT NULL,
    target_id uuid NOT NULL,
    tenant_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tag_links_target_type_check CHECK ((target_type = ANY (ARRAY['programme'::text, 'course'::text, 'event'::text, 'resource'::text, 'mentor'::text])))
);

--
-- Name: TABLE tag_links; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.tag_links IS 'Polymorphic tag assignment to a programme, course, event, resource or mentor.';

--
-- Name: COLUMN tag_links.tag_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tag_links.tag_id IS 'The tag.';

--
-- Name: COLUMN tag_links.target_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tag_links.target_type IS 'programme, course, event, resource or mentor.';

--
-- Name: COLUMN tag_links.target_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tag_links.target_id IS 'Id of the tagged row (same tenant, checked by trigger; removed when the target is deleted).';

--
-- Name: COLUMN tag_links.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tag_links.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN tag_links.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tag_links.created_at IS 'When the row was created.';

--
-- Name: tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tags (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    name text NOT NULL,
    tag_set text,
    description text,
    embedding public.vector(768),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tags_name_check CHECK ((btrim(name) <> ''::text))
);
ALTER TABLE ONLY public.tags ALTER COLUMN embedding SET STORAGE PLAIN;

--
-- Name: TABLE tags; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.tags IS 'Tags of a tenant, optionally grouped in a set, with an embedding for cold-start recommendations.';

--
-- Name: COLUMN tags.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tags.id IS 'Primary key.';

--
-- Name: COLUMN tags.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tags.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN tags.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tags.name IS 'Tag name, unique per tenant.';

--
-- Name: COLUMN tags.tag_set; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tags.tag_set IS 'Optional set the tag belongs to (e.g. topic, sector, stage).';

--
-- Name: COLUMN tags.description; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tags.description IS 'What the tag means.';

--
-- Name: COLUMN tags.embedding; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tags.embedding IS 'Tag vector (768-d) in the content embedding space; HNSW-indexed.';

--
-- Name: COLUMN tags.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tags.created_at IS 'When the row was created.';

--
-- Name: COLUMN tags.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tags.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: tenant_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenant_users (
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role text DEFAULT 'member'::text NOT NULL,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE tenant_users; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.tenant_users IS 'Membership of a user in a tenant, with the user''s tenant role.';

--
-- Name: COLUMN tenant_users.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenant_users.tenant_id IS 'The tenant.';

--
-- Name: COLUMN tenant_users.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenant_users.user_id IS 'The member.';

--
-- Name: COLUMN tenant_users.role; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenant_users.role IS 'Tenant role (roles.key): owner, admin, editor, member or viewer.';

--
-- Name: COLUMN tenant_users.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenant_users.status IS 'Membership state; only active memberships grant access.';

--
-- Name: COLUMN tenant_users.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenant_users.created_at IS 'When the row was created.';

--
-- Name: COLUMN tenant_users.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenant_users.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: tenants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tenants (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    status public.entity_status DEFAULT 'active'::public.entity_status NOT NULL,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tenants_name_check CHECK ((btrim(name) <> ''::text)),
    CONSTRAINT tenants_settings_check CHECK ((jsonb_typeof(settings) = 'object'::text)),
    CONSTRAINT tenants_slug_check CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text))
);

--
-- Name: TABLE tenants; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.tenants IS 'A customer of the platform: the unit of data isolation. Every business row carries a tenant_id.';

--
-- Name: COLUMN tenants.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenants.id IS 'Primary key.';

--
-- Name: COLUMN tenants.name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenants.name IS 'Display name.';

--
-- Name: COLUMN tenants.slug; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenants.slug IS 'URL-safe unique identifier (lower-case words joined by hyphens).';

--
-- Name: COLUMN tenants.status; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenants.status IS 'Lifecycle state.';

--
-- Name: COLUMN tenants.settings; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenants.settings IS 'Per-tenant settings (JSON object): e.g. profile completeness weights, For You ranking weights.';

--
-- Name: COLUMN tenants.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenants.created_at IS 'When the row was created.';

--
-- Name: COLUMN tenants.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.tenants.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: user_embeddings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_embeddings (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    embedding public.vector(768) NOT NULL,
    model text DEFAULT 'text-embedding-004'::text NOT NULL,
    computed_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE ONLY public.user_embeddings ALTER COLUMN embedding SET STORAGE PLAIN;

--
-- Name: TABLE user_embeddings; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.user_embeddings IS 'User taste vectors (768-d, Gemini text-embedding-004 space), one per (user, tenant); computed by platform.refresh_user_embedding.';

--
-- Name: COLUMN user_embeddings.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_embeddings.id IS 'Primary key.';

--
-- Name: COLUMN user_embeddings.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_embeddings.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN user_embeddings.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_embeddings.user_id IS 'The user.';

--
-- Name: COLUMN user_embeddings.embedding; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_embeddings.embedding IS 'Taste vector (768 dimensions, cosine space); HNSW-indexed.';

--
-- Name: COLUMN user_embeddings.model; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_embeddings.model IS 'Embedding model the vector lives in.';

--
-- Name: COLUMN user_embeddings.computed_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_embeddings.computed_at IS 'When the vector was last computed.';

--
-- Name: COLUMN user_embeddings.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_embeddings.created_at IS 'When the row was created.';

--
-- Name: COLUMN user_embeddings.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_embeddings.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: user_preferences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_preferences (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    topics text[] DEFAULT '{}'::text[] NOT NULL,
    learning_style text,
    preferences jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_preferences_preferences_check CHECK ((jsonb_typeof(preferences) = 'object'::text))
);

--
-- Name: TABLE user_preferences; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.user_preferences IS 'A user''s preferences for recommendations in one tenant (topics, learning style). One row per (user, tenant).';

--
-- Name: COLUMN user_preferences.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_preferences.id IS 'Primary key.';

--
-- Name: COLUMN user_preferences.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_preferences.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN user_preferences.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_preferences.user_id IS 'The user.';

--
-- Name: COLUMN user_preferences.topics; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_preferences.topics IS 'Topics of interest: tag names of this tenant; For You filters and cold-starts from them.';

--
-- Name: COLUMN user_preferences.learning_style; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_preferences.learning_style IS 'Preferred learning style (free text, e.g. video, reading, hands-on).';

--
-- Name: COLUMN user_preferences.preferences; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_preferences.preferences IS 'Other recommendation preferences (JSON object).';

--
-- Name: COLUMN user_preferences.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_preferences.created_at IS 'When the row was created.';

--
-- Name: COLUMN user_preferences.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_preferences.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: user_roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_roles (
    user_id uuid NOT NULL,
    role text NOT NULL,
    granted_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE user_roles; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.user_roles IS 'Platform role assignments (the platform team only), e.g. admin for impersonation and support. Not tenant-scoped.';

--
-- Name: COLUMN user_roles.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_roles.user_id IS 'The platform team member.';

--
-- Name: COLUMN user_roles.role; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_roles.role IS 'Platform role (roles.key).';

--
-- Name: COLUMN user_roles.granted_by; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_roles.granted_by IS 'Who granted the role.';

--
-- Name: COLUMN user_roles.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_roles.created_at IS 'When the row was created.';

--
-- Name: user_saved_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_saved_items (
    id uuid DEFAULT platform.uuid_v7() NOT NULL,
    tenant_id uuid NOT NULL,
    user_id uuid NOT NULL,
    item_type text NOT NULL,
    item_id uuid NOT NULL,
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT user_saved_items_item_type_check CHECK ((item_type = ANY (ARRAY['programme'::text, 'course'::text, 'event'::text, 'resource'::text, 'mentor'::text])))
);

--
-- Name: TABLE user_saved_items; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.user_saved_items IS 'Bookmarks: a user saved a programme, course, event, resource or mentor. Polymorphic (item_type, item_id), checked by trigger.';

--
-- Name: COLUMN user_saved_items.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_saved_items.id IS 'Primary key.';

--
-- Name: COLUMN user_saved_items.tenant_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_saved_items.tenant_id IS 'Owning tenant: the row-level isolation key (filled from the parent row when omitted).';

--
-- Name: COLUMN user_saved_items.user_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_saved_items.user_id IS 'The user who saved the item.';

--
-- Name: COLUMN user_saved_items.item_type; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_saved_items.item_type IS 'Type of the saved item: programme, course, event, resource or mentor.';

--
-- Name: COLUMN user_saved_items.item_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_saved_items.item_id IS 'Id of the saved item in the table item_type names (same tenant, checked by trigger).';

--
-- Name: COLUMN user_saved_items.note; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_saved_items.note IS 'Optional private note.';

--
-- Name: COLUMN user_saved_items.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.user_saved_items.created_at IS 'When the row was created.';

--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    email text,
    full_name text,
    avatar_url text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);

--
-- Name: TABLE users; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.users IS 'Application profile of an authenticated user; id = auth.users.id. Users join tenants through tenant_users.';

--
-- Name: COLUMN users.id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.id IS 'Same as auth.users.id; the row is deleted with the auth user.';

--
-- Name: COLUMN users.email; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.email IS 'Contact e-mail (copied from auth at sign-up).';

--
-- Name: COLUMN users.full_name; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.full_name IS 'Display name.';

--
-- Name: COLUMN users.avatar_url; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.avatar_url IS 'Avatar image URL.';

--
-- Name: COLUMN users.created_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.created_at IS 'When the row was created.';

--
-- Name: COLUMN users.updated_at; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.users.updated_at IS 'When the row last changed (maintained by trigger).';

--
-- Name: activities_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities ATTACH PARTITION public.activities_default DEFAULT;

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: auth; Owner: -
--

ALTER TABLE ONLY auth.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

--
-- Name: mentor_calendar_tokens mentor_calendar_tokens_pkey; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.mentor_calendar_tokens
    ADD CONSTRAINT mentor_calendar_tokens_pkey PRIMARY KEY (mentor_id);

--
-- Name: partition_config partition_config_pkey; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.partition_config
    ADD CONSTRAINT partition_config_pkey PRIMARY KEY (parent);

--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);

--
-- Name: tag_vectors tag_vectors_pkey; Type: CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.tag_vectors
    ADD CONSTRAINT tag_vectors_pkey PRIMARY KEY (tag_id, target_type, target_id) INCLUDE (tenant_id, embedding);

--
-- Name: activities activities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_pkey PRIMARY KEY (id, occurred_at);

--
-- Name: activities_default activities_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities_default
    ADD CONSTRAINT activities_default_pkey PRIMARY KEY (id, occurred_at);

--
-- Name: api_error_logs api_error_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_error_logs
    ADD CONSTRAINT api_error_logs_pkey PRIMARY KEY (id);

--
-- Name: audit_logs audit_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_logs
    ADD CONSTRAINT audit_logs_pkey PRIMARY KEY (id);

--
-- Name: cohorts cohorts_id_programme_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_id_programme_id_key UNIQUE (id, programme_id);

--
-- Name: cohorts cohorts_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: cohorts cohorts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_pkey PRIMARY KEY (id);

--
-- Name: comments comments_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);

--
-- Name: companies companies_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.companies
    ADD CONSTRAINT companies_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: companies companies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.companies
    ADD CONSTRAINT companies_pkey PRIMARY KEY (id);

--
-- Name: company_staff company_staff_company_id_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company_staff
    ADD CONSTRAINT company_staff_company_id_user_id_key UNIQUE (company_id, user_id);

--
-- Name: company_staff company_staff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company_staff
    ADD CONSTRAINT company_staff_pkey PRIMARY KEY (company_id, user_id, tenant_id);

--
-- Name: course_engagements course_engagements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_engagements
    ADD CONSTRAINT course_engagements_pkey PRIMARY KEY (id);

--
-- Name: course_engagements course_engagements_user_id_module_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_engagements
    ADD CONSTRAINT course_engagements_user_id_module_id_key UNIQUE (user_id, module_id);

--
-- Name: course_modules course_modules_id_scope_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_modules
    ADD CONSTRAINT course_modules_id_scope_key UNIQUE (id, course_id, tenant_id);

--
-- Name: course_modules course_modules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_modules
    ADD CONSTRAINT course_modules_pkey PRIMARY KEY (id);

--
-- Name: course_pages course_pages_course_id_path_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_pages
    ADD CONSTRAINT course_pages_course_id_path_key UNIQUE (course_id, path);

--
-- Name: course_pages course_pages_id_scope_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_pages
    ADD CONSTRAINT course_pages_id_scope_key UNIQUE (id, course_id, provider_id, tenant_id);

--
-- Name: course_pages course_pages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_pages
    ADD CONSTRAINT course_pages_pkey PRIMARY KEY (id);

--
-- Name: course_signups course_signups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_signups
    ADD CONSTRAINT course_signups_pkey PRIMARY KEY (id);

--
-- Name: course_signups course_signups_user_id_course_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_signups
    ADD CONSTRAINT course_signups_user_id_course_id_key UNIQUE (user_id, course_id);

--
-- Name: courses courses_id_provider_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_id_provider_id_tenant_id_key UNIQUE (id, provider_id, tenant_id);

--
-- Name: courses courses_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: courses courses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_pkey PRIMARY KEY (id);

--
-- Name: embeddings embeddings_content_type_content_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.embeddings
    ADD CONSTRAINT embeddings_content_type_content_id_key UNIQUE (content_type, content_id);

--
-- Name: embeddings embeddings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.embeddings
    ADD CONSTRAINT embeddings_pkey PRIMARY KEY (id);

--
-- Name: event_outbox event_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_outbox
    ADD CONSTRAINT event_outbox_pkey PRIMARY KEY (id);

--
-- Name: event_signups event_signups_event_id_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_signups
    ADD CONSTRAINT event_signups_event_id_user_id_key UNIQUE (event_id, user_id);

--
-- Name: event_signups event_signups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_signups
    ADD CONSTRAINT event_signups_pkey PRIMARY KEY (id);

--
-- Name: events events_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);

--
-- Name: impersonation_logs impersonation_logs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.impersonation_logs
    ADD CONSTRAINT impersonation_logs_pkey PRIMARY KEY (id);

--
-- Name: mentor_availabilities mentor_availabilities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_availabilities
    ADD CONSTRAINT mentor_availabilities_pkey PRIMARY KEY (id);

--
-- Name: mentor_credits mentor_credits_company_id_programme_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_credits
    ADD CONSTRAINT mentor_credits_company_id_programme_id_key UNIQUE (company_id, programme_id);

--
-- Name: mentor_credits mentor_credits_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_credits
    ADD CONSTRAINT mentor_credits_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: mentor_credits mentor_credits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_credits
    ADD CONSTRAINT mentor_credits_pkey PRIMARY KEY (id);

--
-- Name: mentor_pairings mentor_pairings_mentor_id_company_id_programme_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_pairings
    ADD CONSTRAINT mentor_pairings_mentor_id_company_id_programme_id_key UNIQUE NULLS NOT DISTINCT (mentor_id, company_id, programme_id);

--
-- Name: mentor_pairings mentor_pairings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_pairings
    ADD CONSTRAINT mentor_pairings_pkey PRIMARY KEY (id);

--
-- Name: mentor_programmes mentor_programmes_mentor_id_programme_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_programmes
    ADD CONSTRAINT mentor_programmes_mentor_id_programme_id_key UNIQUE (mentor_id, programme_id);

--
-- Name: mentor_programmes mentor_programmes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_programmes
    ADD CONSTRAINT mentor_programmes_pkey PRIMARY KEY (mentor_id, programme_id, provider_id, tenant_id);

--
-- Name: mentor_session_signups mentor_session_signups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_session_signups
    ADD CONSTRAINT mentor_session_signups_pkey PRIMARY KEY (session_id, user_id, tenant_id);

--
-- Name: mentor_session_signups mentor_session_signups_session_id_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_session_signups
    ADD CONSTRAINT mentor_session_signups_session_id_user_id_key UNIQUE (session_id, user_id);

--
-- Name: mentor_sessions mentor_sessions_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_sessions
    ADD CONSTRAINT mentor_sessions_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: mentor_sessions mentor_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_sessions
    ADD CONSTRAINT mentor_sessions_pkey PRIMARY KEY (id);

--
-- Name: mentors mentors_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentors
    ADD CONSTRAINT mentors_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: mentors mentors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentors
    ADD CONSTRAINT mentors_pkey PRIMARY KEY (id);

--
-- Name: mentors mentors_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentors
    ADD CONSTRAINT mentors_user_id_key UNIQUE (user_id);

--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);

--
-- Name: places places_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.places
    ADD CONSTRAINT places_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: places places_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.places
    ADD CONSTRAINT places_pkey PRIMARY KEY (id);

--
-- Name: postcodes postcodes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.postcodes
    ADD CONSTRAINT postcodes_pkey PRIMARY KEY (id);

--
-- Name: postcodes postcodes_postcode_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.postcodes
    ADD CONSTRAINT postcodes_postcode_key UNIQUE (postcode);

--
-- Name: programme_signups programme_signups_company_id_programme_id_cohort_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_signups
    ADD CONSTRAINT programme_signups_company_id_programme_id_cohort_id_key UNIQUE NULLS NOT DISTINCT (company_id, programme_id, cohort_id);

--
-- Name: programme_signups programme_signups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_signups
    ADD CONSTRAINT programme_signups_pkey PRIMARY KEY (id);

--
-- Name: programmes programmes_id_provider_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes
    ADD CONSTRAINT programmes_id_provider_id_tenant_id_key UNIQUE (id, provider_id, tenant_id);

--
-- Name: programmes programmes_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes
    ADD CONSTRAINT programmes_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: programmes programmes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes
    ADD CONSTRAINT programmes_pkey PRIMARY KEY (id);

--
-- Name: provider_summaries provider_summaries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provider_summaries
    ADD CONSTRAINT provider_summaries_pkey PRIMARY KEY (id);

--
-- Name: provider_summaries provider_summaries_provider_id_date_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provider_summaries
    ADD CONSTRAINT provider_summaries_provider_id_date_key UNIQUE (provider_id, date);

--
-- Name: providers providers_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers
    ADD CONSTRAINT providers_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: providers providers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers
    ADD CONSTRAINT providers_pkey PRIMARY KEY (id);

--
-- Name: providers_staff providers_staff_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers_staff
    ADD CONSTRAINT providers_staff_pkey PRIMARY KEY (provider_id, user_id, tenant_id);

--
-- Name: providers_staff providers_staff_provider_id_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers_staff
    ADD CONSTRAINT providers_staff_provider_id_user_id_key UNIQUE (provider_id, user_id);

--
-- Name: providers providers_tenant_id_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers
    ADD CONSTRAINT providers_tenant_id_slug_key UNIQUE (tenant_id, slug);

--
-- Name: resources resources_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resources
    ADD CONSTRAINT resources_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: resources resources_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resources
    ADD CONSTRAINT resources_pkey PRIMARY KEY (id);

--
-- Name: roles roles_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_key_key UNIQUE (key);

--
-- Name: roles roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (id);

--
-- Name: roles roles_rank_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_rank_key UNIQUE (rank);

--
-- Name: tag_links tag_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tag_links
    ADD CONSTRAINT tag_links_pkey PRIMARY KEY (tag_id, target_type, target_id);

--
-- Name: tags tags_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_id_tenant_id_key UNIQUE (id, tenant_id);

--
-- Name: tags tags_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

--
-- Name: tags tags_tenant_id_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_tenant_id_name_key UNIQUE (tenant_id, name);

--
-- Name: tenant_users tenant_users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenant_users
    ADD CONSTRAINT tenant_users_pkey PRIMARY KEY (tenant_id, user_id);

--
-- Name: tenants tenants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_pkey PRIMARY KEY (id);

--
-- Name: tenants tenants_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_slug_key UNIQUE (slug);

--
-- Name: user_embeddings user_embeddings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_embeddings
    ADD CONSTRAINT user_embeddings_pkey PRIMARY KEY (id);

--
-- Name: user_embeddings user_embeddings_user_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_embeddings
    ADD CONSTRAINT user_embeddings_user_id_tenant_id_key UNIQUE (user_id, tenant_id);

--
-- Name: user_preferences user_preferences_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_preferences
    ADD CONSTRAINT user_preferences_pkey PRIMARY KEY (id);

--
-- Name: user_preferences user_preferences_user_id_tenant_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_preferences
    ADD CONSTRAINT user_preferences_user_id_tenant_id_key UNIQUE (user_id, tenant_id);

--
-- Name: user_roles user_roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role);

--
-- Name: user_saved_items user_saved_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_saved_items
    ADD CONSTRAINT user_saved_items_pkey PRIMARY KEY (id);

--
-- Name: user_saved_items user_saved_items_user_id_item_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_saved_items
    ADD CONSTRAINT user_saved_items_user_id_item_key UNIQUE (user_id, item_type, item_id);

--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

--
-- Name: tag_vectors_target_idx; Type: INDEX; Schema: platform; Owner: -
--

CREATE INDEX tag_vectors_target_idx ON platform.tag_vectors USING btree (target_type, target_id);

--
-- Name: INDEX tag_vectors_target_idx; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON INDEX platform.tag_vectors_target_idx IS 'Cascades from embeddings (the foreign key on target_type, target_id).';

--
-- Name: tag_vectors_tenant_id_idx; Type: INDEX; Schema: platform; Owner: -
--

CREATE INDEX tag_vectors_tenant_id_idx ON platform.tag_vectors USING btree (tenant_id);

--
-- Name: INDEX tag_vectors_tenant_id_idx; Type: COMMENT; Schema: platform; Owner: -
--

COMMENT ON INDEX platform.tag_vectors_tenant_id_idx IS 'The RLS column, and platform.refresh_tag_vectors(tenant).';

--
-- Name: activities_target_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_target_idx ON ONLY public.activities USING btree (target_type, target_id, occurred_at DESC);

--
-- Name: activities_default_target_type_target_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_default_target_type_target_id_occurred_at_idx ON public.activities_default USING btree (target_type, target_id, occurred_at DESC);

--
-- Name: activities_tenant_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_tenant_id_occurred_at_idx ON ONLY public.activities USING btree (tenant_id, occurred_at DESC);

--
-- Name: activities_default_tenant_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_default_tenant_id_occurred_at_idx ON public.activities_default USING btree (tenant_id, occurred_at DESC);

--
-- Name: activities_user_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_user_id_occurred_at_idx ON ONLY public.activities USING btree (user_id, occurred_at DESC);

--
-- Name: activities_default_user_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_default_user_id_occurred_at_idx ON public.activities_default USING btree (user_id, occurred_at DESC);

--
-- Name: activities_dismissed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_dismissed_idx ON ONLY public.activities USING btree (user_id, tenant_id) INCLUDE (target_id) WHERE (action ~~ '%.dismissed'::text);

--
-- Name: INDEX activities_dismissed_idx; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON INDEX public.activities_dismissed_idx IS 'The dismissals of each user (For You excludes them).';

--
-- Name: activities_default_user_id_tenant_id_target_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_default_user_id_tenant_id_target_id_idx ON public.activities_default USING btree (user_id, tenant_id) INCLUDE (target_id) WHERE (action ~~ '%.dismissed'::text);

--
-- Name: api_error_logs_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_error_logs_created_at_idx ON public.api_error_logs USING btree (created_at);

--
-- Name: api_error_logs_error_code_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_error_logs_error_code_idx ON public.api_error_logs USING btree (error_code, created_at DESC);

--
-- Name: api_error_logs_request_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_error_logs_request_id_idx ON public.api_error_logs USING btree (request_id);

--
-- Name: api_error_logs_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_error_logs_tenant_id_idx ON public.api_error_logs USING btree (tenant_id, created_at DESC);

--
-- Name: audit_logs_actor_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_logs_actor_id_idx ON public.audit_logs USING btree (actor_id, occurred_at DESC) WHERE (actor_id IS NOT NULL);

--
-- Name: INDEX audit_logs_actor_id_idx; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON INDEX public.audit_logs_actor_id_idx IS 'Who changed what, newest first: rows with an actor only (service-role and system writes have none and are not looked up by actor).';

--
-- Name: audit_logs_record_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_logs_record_idx ON public.audit_logs USING btree (table_name, record_id, occurred_at DESC);

--
-- Name: INDEX audit_logs_record_idx; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON INDEX public.audit_logs_record_idx IS 'A record''s history, newest first; table_name and record_id compare byte-wise (COLLATE "C").';

--
-- Name: audit_logs_tenant_id_occurred_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_logs_tenant_id_occurred_at_idx ON public.audit_logs USING btree (tenant_id, occurred_at DESC);

--
-- Name: cohorts_programme_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cohorts_programme_id_idx ON public.cohorts USING btree (programme_id, provider_id, tenant_id);

--
-- Name: cohorts_provider_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cohorts_provider_id_idx ON public.cohorts USING btree (provider_id, tenant_id);

--
-- Name: cohorts_tenant_id_enrollment_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cohorts_tenant_id_enrollment_idx ON public.cohorts USING btree (tenant_id, enrollment_closes_at);

--
-- Name: comments_parent_comment_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_parent_comment_id_idx ON public.comments USING btree (parent_comment_id, tenant_id);

--
-- Name: comments_target_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_target_id_idx ON public.comments USING btree (target_id);

--
-- Name: comments_target_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_target_idx ON public.comments USING btree (target_type, target_id, created_at);

--
-- Name: comments_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_tenant_id_idx ON public.comments USING btree (tenant_id);

--
-- Name: comments_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_user_id_idx ON public.comments USING btree (user_id);

--
-- Name: companies_postcode_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX companies_postcode_idx ON public.companies USING btree (postcode);

--
-- Name: companies_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX companies_tenant_id_idx ON public.companies USING btree (tenant_id, name);

--
-- Name: company_staff_company_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX company_staff_company_id_tenant_id_idx ON public.company_staff USING btree (company_id, tenant_id);

--
-- Name: company_staff_role_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX company_staff_role_idx ON public.company_staff USING btree (role);

--
-- Name: company_staff_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX company_staff_tenant_id_idx ON public.company_staff USING btree (tenant_id);

--
-- Name: company_staff_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX company_staff_user_id_idx ON public.company_staff USING btree (user_id, company_id);

--
-- Name: course_engagements_course_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_engagements_course_id_idx ON public.course_engagements USING btree (course_id, tenant_id, user_id);

--
-- Name: course_engagements_module_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_engagements_module_id_idx ON public.course_engagements USING btree (module_id, course_id, tenant_id);

--
-- Name: course_engagements_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_engagements_tenant_id_idx ON public.course_engagements USING btree (tenant_id);

--
-- Name: course_engagements_user_course_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_engagements_user_course_idx ON public.course_engagements USING btree (user_id, course_id);

--
-- Name: course_modules_course_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_modules_course_id_idx ON public.course_modules USING btree (course_id, provider_id, tenant_id);

--
-- Name: course_modules_page_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_modules_page_id_idx ON public.course_modules USING btree (page_id, course_id, provider_id, tenant_id, order_index);

--
-- Name: course_modules_provider_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_modules_provider_id_idx ON public.course_modules USING btree (provider_id, tenant_id);

--
-- Name: course_modules_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_modules_tenant_id_idx ON public.course_modules USING btree (tenant_id);

--
-- Name: course_pages_course_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_pages_course_id_idx ON public.course_pages USING btree (course_id, provider_id, tenant_id, order_index);

--
-- Name: course_pages_parent_page_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_pages_parent_page_id_idx ON public.course_pages USING btree (parent_page_id, course_id, provider_id, tenant_id);

--
-- Name: course_pages_provider_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_pages_provider_id_idx ON public.course_pages USING btree (provider_id, tenant_id);

--
-- Name: course_pages_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_pages_tenant_id_idx ON public.course_pages USING btree (tenant_id);

--
-- Name: course_signups_course_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_signups_course_id_idx ON public.course_signups USING btree (course_id, tenant_id);

--
-- Name: course_signups_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX course_signups_tenant_id_idx ON public.course_signups USING btree (tenant_id, user_id);

--
-- Name: courses_programme_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_programme_id_idx ON public.courses USING btree (programme_id, provider_id, tenant_id, order_index);

--
-- Name: courses_provider_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_provider_id_idx ON public.courses USING btree (provider_id, tenant_id);

--
-- Name: courses_tenant_id_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX courses_tenant_id_status_idx ON public.courses USING btree (tenant_id, status);

--
-- Name: embeddings_content_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX embeddings_content_id_idx ON public.embeddings USING btree (content_id);

--
-- Name: INDEX embeddings_content_id_idx; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON INDEX public.embeddings_content_id_idx IS 'Lookup of an item''s embedding by content id (the For You exact path''s join from tag_links).';

--
-- Name: embeddings_embedding_hnsw_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX embeddings_embedding_hnsw_idx ON public.embeddings USING hnsw (embedding public.vector_cosine_ops) WITH (m='16', ef_construction='64');

--
-- Name: embeddings_tenant_id_content_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX embeddings_tenant_id_content_type_idx ON public.embeddings USING btree (tenant_id, content_type);

--
-- Name: event_outbox_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_outbox_pending_idx ON public.event_outbox USING btree (next_attempt_at, created_at) WHERE ((published_at IS NULL) AND (dead_at IS NULL));

--
-- Name: event_outbox_published_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_outbox_published_at_idx ON public.event_outbox USING btree (published_at) WHERE (published_at IS NOT NULL);

--
-- Name: event_outbox_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_outbox_tenant_id_idx ON public.event_outbox USING btree (tenant_id, created_at);

--
-- Name: event_signups_event_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_signups_event_id_tenant_id_idx ON public.event_signups USING btree (event_id, tenant_id);

--
-- Name: event_signups_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_signups_tenant_id_idx ON public.event_signups USING btree (tenant_id);

--
-- Name: event_signups_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_signups_user_id_idx ON public.event_signups USING btree (user_id);

--
-- Name: events_cohort_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_cohort_id_idx ON public.events USING btree (cohort_id, programme_id);

--
-- Name: events_place_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_place_id_idx ON public.events USING btree (place_id, tenant_id);

--
-- Name: events_programme_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_programme_id_idx ON public.events USING btree (programme_id, provider_id, tenant_id);

--
-- Name: events_provider_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_provider_id_idx ON public.events USING btree (provider_id, tenant_id);

--
-- Name: events_tenant_id_starts_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_tenant_id_starts_at_idx ON public.events USING btree (tenant_id, starts_at);

--
-- Name: impersonation_logs_actor_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX impersonation_logs_actor_id_idx ON public.impersonation_logs USING btree (actor_id, created_at DESC);

--
-- Name: impersonation_logs_target_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX impersonation_logs_target_user_id_idx ON public.impersonation_logs USING btree (target_user_id, created_at DESC);

--
-- Name: impersonation_logs_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX impersonation_logs_tenant_id_idx ON public.impersonation_logs USING btree (tenant_id, created_at DESC);

--
-- Name: mentor_availabilities_mentor_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_availabilities_mentor_id_idx ON public.mentor_availabilities USING btree (mentor_id, tenant_id);

--
-- Name: mentor_availabilities_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_availabilities_tenant_id_idx ON public.mentor_availabilities USING btree (tenant_id);

--
-- Name: mentor_credits_company_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_credits_company_id_tenant_id_idx ON public.mentor_credits USING btree (company_id, tenant_id);

--
-- Name: mentor_credits_programme_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_credits_programme_id_idx ON public.mentor_credits USING btree (programme_id, tenant_id);

--
-- Name: mentor_credits_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_credits_tenant_id_idx ON public.mentor_credits USING btree (tenant_id);

--
-- Name: mentor_pairings_company_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_pairings_company_id_idx ON public.mentor_pairings USING btree (company_id, tenant_id);

--
-- Name: mentor_pairings_mentor_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_pairings_mentor_id_tenant_id_idx ON public.mentor_pairings USING btree (mentor_id, tenant_id);

--
-- Name: mentor_pairings_programme_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_pairings_programme_id_idx ON public.mentor_pairings USING btree (programme_id, tenant_id);

--
-- Name: mentor_pairings_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_pairings_tenant_id_idx ON public.mentor_pairings USING btree (tenant_id);

--
-- Name: mentor_programmes_mentor_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_programmes_mentor_id_tenant_id_idx ON public.mentor_programmes USING btree (mentor_id, tenant_id);

--
-- Name: mentor_programmes_programme_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_programmes_programme_id_idx ON public.mentor_programmes USING btree (programme_id, provider_id, tenant_id);

--
-- Name: mentor_programmes_provider_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_programmes_provider_id_idx ON public.mentor_programmes USING btree (provider_id, tenant_id);

--
-- Name: mentor_programmes_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_programmes_tenant_id_idx ON public.mentor_programmes USING btree (tenant_id);

--
-- Name: mentor_session_signups_session_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_session_signups_session_id_tenant_id_idx ON public.mentor_session_signups USING btree (session_id, tenant_id);

--
-- Name: mentor_session_signups_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_session_signups_tenant_id_idx ON public.mentor_session_signups USING btree (tenant_id);

--
-- Name: mentor_session_signups_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_session_signups_user_id_idx ON public.mentor_session_signups USING btree (user_id);

--
-- Name: mentor_sessions_booked_by_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_sessions_booked_by_idx ON public.mentor_sessions USING btree (booked_by);

--
-- Name: mentor_sessions_credit_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_sessions_credit_id_idx ON public.mentor_sessions USING btree (credit_id, tenant_id);

--
-- Name: mentor_sessions_mentor_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_sessions_mentor_id_idx ON public.mentor_sessions USING btree (mentor_id, tenant_id, starts_at);

--
-- Name: mentor_sessions_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentor_sessions_tenant_id_idx ON public.mentor_sessions USING btree (tenant_id, starts_at);

--
-- Name: mentors_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mentors_tenant_id_idx ON public.mentors USING btree (tenant_id, status);

--
-- Name: notifications_source_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_source_idx ON public.notifications USING btree (source_type, source_id);

--
-- Name: notifications_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_tenant_id_idx ON public.notifications USING btree (tenant_id);

--
-- Name: notifications_unread_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_unread_idx ON public.notifications USING btree (user_id, tenant_id) WHERE (read_at IS NULL);

--
-- Name: notifications_user_id_created_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX notifications_user_id_created_at_idx ON public.notifications USING btree (user_id, created_at DESC);

--
-- Name: places_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX places_tenant_id_idx ON public.places USING btree (tenant_id);

--
-- Name: postcodes_region_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX postcodes_region_idx ON public.postcodes USING btree (region);

--
-- Name: programme_signups_applied_by_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programme_signups_applied_by_idx ON public.programme_signups USING btree (applied_by);

--
-- Name: programme_signups_cohort_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programme_signups_cohort_id_idx ON public.programme_signups USING btree (cohort_id, programme_id);

--
-- Name: programme_signups_company_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programme_signups_company_id_tenant_id_idx ON public.programme_signups USING btree (company_id, tenant_id);

--
-- Name: programme_signups_programme_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programme_signups_programme_id_idx ON public.programme_signups USING btree (programme_id, tenant_id);

--
-- Name: programme_signups_reviewed_by_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programme_signups_reviewed_by_idx ON public.programme_signups USING btree (reviewed_by);

--
-- Name: programme_signups_tenant_id_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programme_signups_tenant_id_status_idx ON public.programme_signups USING btree (tenant_id, status);

--
-- Name: programmes_created_by_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_created_by_idx ON public.programmes USING btree (created_by);

--
-- Name: programmes_provider_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_provider_id_idx ON public.programmes USING btree (provider_id, tenant_id);

--
-- Name: programmes_tenant_id_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_tenant_id_status_idx ON public.programmes USING btree (tenant_id, status);

--
-- Name: provider_summaries_provider_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provider_summaries_provider_id_tenant_id_idx ON public.provider_summaries USING btree (provider_id, tenant_id);

--
-- Name: provider_summaries_tenant_id_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX provider_summaries_tenant_id_date_idx ON public.provider_summaries USING btree (tenant_id, date);

--
-- Name: providers_one_operator_per_tenant; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX providers_one_operator_per_tenant ON public.providers USING btree (tenant_id) WHERE is_platform_operator;

--
-- Name: providers_staff_invited_by_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX providers_staff_invited_by_idx ON public.providers_staff USING btree (invited_by);

--
-- Name: providers_staff_provider_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX providers_staff_provider_id_tenant_id_idx ON public.providers_staff USING btree (provider_id, tenant_id);

--
-- Name: providers_staff_role_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX providers_staff_role_idx ON public.providers_staff USING btree (role);

--
-- Name: providers_staff_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX providers_staff_tenant_id_idx ON public.providers_staff USING btree (tenant_id);

--
-- Name: providers_staff_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX providers_staff_user_id_idx ON public.providers_staff USING btree (user_id, provider_id);

--
-- Name: resources_provider_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resources_provider_id_idx ON public.resources USING btree (provider_id, tenant_id);

--
-- Name: resources_tenant_id_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resources_tenant_id_status_idx ON public.resources USING btree (tenant_id, status);

--
-- Name: tag_links_tag_id_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tag_links_tag_id_tenant_id_idx ON public.tag_links USING btree (tag_id, tenant_id);

--
-- Name: tag_links_target_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tag_links_target_idx ON public.tag_links USING btree (target_type, target_id, tag_id);

--
-- Name: tag_links_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tag_links_tenant_id_idx ON public.tag_links USING btree (tenant_id, target_type);

--
-- Name: tags_embedding_hnsw_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tags_embedding_hnsw_idx ON public.tags USING hnsw (embedding public.vector_cosine_ops) WITH (m='16', ef_construction='64');

--
-- Name: tags_tenant_id_tag_set_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tags_tenant_id_tag_set_idx ON public.tags USING btree (tenant_id, tag_set);

--
-- Name: tenant_users_role_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tenant_users_role_idx ON public.tenant_users USING btree (role);

--
-- Name: tenant_users_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tenant_users_user_id_idx ON public.tenant_users USING btree (user_id, tenant_id);

--
-- Name: user_embeddings_embedding_hnsw_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_embeddings_embedding_hnsw_idx ON public.user_embeddings USING hnsw (embedding public.vector_cosine_ops) WITH (m='16', ef_construction='64');

--
-- Name: user_embeddings_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_embeddings_tenant_id_idx ON public.user_embeddings USING btree (tenant_id);

--
-- Name: user_preferences_tenant_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_preferences_tenant_id_idx ON public.user_preferences USING btree (tenant_id);

--
-- Name: user_roles_granted_by_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_roles_granted_by_idx ON public.user_roles USING btree (granted_by);

--
-- Name: user_roles_role_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_roles_role_idx ON public.user_roles USING btree (role);

--
-- Name: user_saved_items_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_saved_items_item_idx ON public.user_saved_items USING btree (item_type, item_id);

--
-- Name: user_saved_items_tenant_id_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_saved_items_tenant_id_user_id_idx ON public.user_saved_items USING btree (tenant_id, user_id);

--
-- Name: activities_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.activities_pkey ATTACH PARTITION public.activities_default_pkey;

--
-- Name: activities_default_target_type_target_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.activities_target_idx ATTACH PARTITION public.activities_default_target_type_target_id_occurred_at_idx;

--
-- Name: activities_default_tenant_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.activities_tenant_id_occurred_at_idx ATTACH PARTITION public.activities_default_tenant_id_occurred_at_idx;

--
-- Name: activities_default_user_id_occurred_at_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.activities_user_id_occurred_at_idx ATTACH PARTITION public.activities_default_user_id_occurred_at_idx;

--
-- Name: activities_default_user_id_tenant_id_target_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.activities_dismissed_idx ATTACH PARTITION public.activities_default_user_id_tenant_id_target_id_idx;

--
-- Name: partition_config partition_config_set_updated_at; Type: TRIGGER; Schema: platform; Owner: -
--

CREATE TRIGGER partition_config_set_updated_at BEFORE UPDATE ON platform.partition_config FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: activities activities_check_reference_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER activities_check_reference_insert AFTER INSERT ON public.activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('target_type', 'target_id');

--
-- Name: activities activities_check_reference_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER activities_check_reference_update AFTER UPDATE ON public.activities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('target_type', 'target_id');

--
-- Name: cohorts cohorts_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cohorts_01_fill_scope BEFORE INSERT OR UPDATE OF programme_id ON public.cohorts FOR EACH ROW WHEN (((new.tenant_id IS NULL) OR (new.provider_id IS NULL))) EXECUTE FUNCTION platform.fill_scope_from_parent('programmes', 'programme_id', 'tenant_id', 'provider_id');

--
-- Name: cohorts cohorts_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cohorts_audit_delete AFTER DELETE ON public.cohorts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: cohorts cohorts_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cohorts_audit_insert AFTER INSERT ON public.cohorts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: cohorts cohorts_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cohorts_audit_update AFTER UPDATE ON public.cohorts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: cohorts cohorts_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cohorts_set_updated_at BEFORE UPDATE ON public.cohorts FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: comments comments_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_01_fill_scope BEFORE INSERT OR UPDATE OF target_id ON public.comments FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('resources', 'target_id', 'tenant_id');

--
-- Name: comments comments_05_parent_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_05_parent_scope BEFORE INSERT OR UPDATE OF parent_comment_id, tenant_id ON public.comments FOR EACH ROW EXECUTE FUNCTION platform.check_parent_scope('parent_comment_id', 'tenant_id');

--
-- Name: comments comments_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_audit_delete AFTER DELETE ON public.comments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: comments comments_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_audit_insert AFTER INSERT ON public.comments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: comments comments_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_audit_update AFTER UPDATE ON public.comments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: comments comments_check_reference_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_check_reference_insert AFTER INSERT ON public.comments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('target_type', 'target_id');

--
-- Name: comments comments_check_reference_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_check_reference_update AFTER UPDATE ON public.comments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('target_type', 'target_id');

--
-- Name: comments comments_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_set_updated_at BEFORE UPDATE ON public.comments FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: companies companies_10_completeness; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER companies_10_completeness BEFORE INSERT OR UPDATE ON public.companies FOR EACH ROW EXECUTE FUNCTION platform.companies_completeness();

--
-- Name: companies companies_add_creator_as_owner; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER companies_add_creator_as_owner AFTER INSERT ON public.companies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.add_company_creators();

--
-- Name: companies companies_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER companies_audit_delete AFTER DELETE ON public.companies REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: companies companies_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER companies_audit_insert AFTER INSERT ON public.companies REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: companies companies_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER companies_audit_update AFTER UPDATE ON public.companies REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: companies companies_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER companies_set_updated_at BEFORE UPDATE ON public.companies FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: company_staff company_staff_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER company_staff_01_fill_scope BEFORE INSERT OR UPDATE OF company_id ON public.company_staff FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('companies', 'company_id', 'tenant_id');

--
-- Name: company_staff company_staff_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER company_staff_audit_delete AFTER DELETE ON public.company_staff REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('company_id', 'user_id');

--
-- Name: company_staff company_staff_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER company_staff_audit_insert AFTER INSERT ON public.company_staff REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('company_id', 'user_id');

--
-- Name: company_staff company_staff_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER company_staff_audit_update AFTER UPDATE ON public.company_staff REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('company_id', 'user_id');

--
-- Name: company_staff company_staff_completeness; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER company_staff_completeness AFTER INSERT OR DELETE OR UPDATE OF status, company_id ON public.company_staff FOR EACH ROW EXECUTE FUNCTION platform.company_staff_completeness();

--
-- Name: company_staff company_staff_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER company_staff_set_updated_at BEFORE UPDATE ON public.company_staff FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: course_engagements course_engagements_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_engagements_01_fill_scope BEFORE INSERT OR UPDATE OF module_id ON public.course_engagements FOR EACH ROW WHEN (((new.tenant_id IS NULL) OR (new.course_id IS NULL))) EXECUTE FUNCTION platform.fill_scope_from_parent('course_modules', 'module_id', 'tenant_id', 'course_id');

--
-- Name: course_engagements course_engagements_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_engagements_audit_delete AFTER DELETE ON public.course_engagements REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_engagements course_engagements_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_engagements_audit_insert AFTER INSERT ON public.course_engagements REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_engagements course_engagements_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_engagements_audit_update AFTER UPDATE ON public.course_engagements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_engagements course_engagements_rollup_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_engagements_rollup_delete AFTER DELETE ON public.course_engagements REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.course_engagements_rollup();

--
-- Name: course_engagements course_engagements_rollup_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_engagements_rollup_insert AFTER INSERT ON public.course_engagements REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.course_engagements_rollup();

--
-- Name: course_engagements course_engagements_rollup_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_engagements_rollup_update AFTER UPDATE ON public.course_engagements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.course_engagements_rollup();

--
-- Name: course_engagements course_engagements_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_engagements_set_updated_at BEFORE UPDATE ON public.course_engagements FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: course_modules course_modules_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_modules_01_fill_scope BEFORE INSERT OR UPDATE OF page_id ON public.course_modules FOR EACH ROW WHEN (((new.tenant_id IS NULL) OR (new.provider_id IS NULL) OR (new.course_id IS NULL))) EXECUTE FUNCTION platform.fill_scope_from_parent('course_pages', 'page_id', 'tenant_id', 'provider_id', 'course_id');

--
-- Name: course_modules course_modules_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_modules_audit_delete AFTER DELETE ON public.course_modules REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_modules course_modules_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_modules_audit_insert AFTER INSERT ON public.course_modules REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_modules course_modules_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_modules_audit_update AFTER UPDATE ON public.course_modules REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_modules course_modules_rollup_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_modules_rollup_delete AFTER DELETE ON public.course_modules REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.course_modules_rollup();

--
-- Name: course_modules course_modules_rollup_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_modules_rollup_insert AFTER INSERT ON public.course_modules REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.course_modules_rollup();

--
-- Name: course_modules course_modules_rollup_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_modules_rollup_update AFTER UPDATE ON public.course_modules REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.course_modules_rollup();

--
-- Name: course_modules course_modules_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_modules_set_updated_at BEFORE UPDATE ON public.course_modules FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: course_pages course_pages_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_pages_01_fill_scope BEFORE INSERT OR UPDATE OF course_id ON public.course_pages FOR EACH ROW WHEN (((new.tenant_id IS NULL) OR (new.provider_id IS NULL))) EXECUTE FUNCTION platform.fill_scope_from_parent('courses', 'course_id', 'tenant_id', 'provider_id');

--
-- Name: course_pages course_pages_05_parent_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_pages_05_parent_scope BEFORE INSERT OR UPDATE OF parent_page_id, course_id ON public.course_pages FOR EACH ROW EXECUTE FUNCTION platform.check_parent_scope('parent_page_id', 'course_id');

--
-- Name: course_pages course_pages_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_pages_audit_delete AFTER DELETE ON public.course_pages REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_pages course_pages_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_pages_audit_insert AFTER INSERT ON public.course_pages REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_pages course_pages_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_pages_audit_update AFTER UPDATE ON public.course_pages REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_pages course_pages_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_pages_set_updated_at BEFORE UPDATE ON public.course_pages FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: course_signups course_signups_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_signups_01_fill_scope BEFORE INSERT OR UPDATE OF course_id ON public.course_signups FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('courses', 'course_id', 'tenant_id');

--
-- Name: course_signups course_signups_10_init; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_signups_10_init BEFORE INSERT ON public.course_signups FOR EACH ROW EXECUTE FUNCTION platform.course_signups_init();

--
-- Name: course_signups course_signups_20_completed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_signups_20_completed AFTER INSERT ON public.course_signups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.course_signups_completed();

--
-- Name: course_signups course_signups_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_signups_audit_delete AFTER DELETE ON public.course_signups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_signups course_signups_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_signups_audit_insert AFTER INSERT ON public.course_signups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_signups course_signups_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_signups_audit_update AFTER UPDATE ON public.course_signups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: course_signups course_signups_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER course_signups_set_updated_at BEFORE UPDATE ON public.course_signups FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: courses courses_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER courses_01_fill_scope BEFORE INSERT OR UPDATE OF programme_id ON public.courses FOR EACH ROW WHEN (((new.tenant_id IS NULL) OR (new.provider_id IS NULL))) EXECUTE FUNCTION platform.fill_scope_from_parent('programmes', 'programme_id', 'tenant_id', 'provider_id');

--
-- Name: courses courses_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER courses_audit_delete AFTER DELETE ON public.courses REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: courses courses_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER courses_audit_insert AFTER INSERT ON public.courses REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: courses courses_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER courses_audit_update AFTER UPDATE ON public.courses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: courses courses_delete_polymorphic_refs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER courses_delete_polymorphic_refs AFTER DELETE ON public.courses REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('course');

--
-- Name: courses courses_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER courses_set_updated_at BEFORE UPDATE ON public.courses FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: embeddings embeddings_check_reference_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER embeddings_check_reference_insert AFTER INSERT ON public.embeddings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('content_type', 'content_id');

--
-- Name: embeddings embeddings_check_reference_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER embeddings_check_reference_update AFTER UPDATE ON public.embeddings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('content_type', 'content_id');

--
-- Name: embeddings embeddings_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER embeddings_set_updated_at BEFORE UPDATE ON public.embeddings FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: embeddings embeddings_sync_tag_vectors_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER embeddings_sync_tag_vectors_insert AFTER INSERT ON public.embeddings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.sync_tag_vectors();

--
-- Name: embeddings embeddings_sync_tag_vectors_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER embeddings_sync_tag_vectors_update AFTER UPDATE ON public.embeddings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.sync_tag_vectors();

--
-- Name: event_signups event_signups_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_signups_01_fill_scope BEFORE INSERT OR UPDATE OF event_id ON public.event_signups FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('events', 'event_id', 'tenant_id');

--
-- Name: event_signups event_signups_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_signups_audit_delete AFTER DELETE ON public.event_signups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: event_signups event_signups_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_signups_audit_insert AFTER INSERT ON public.event_signups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: event_signups event_signups_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_signups_audit_update AFTER UPDATE ON public.event_signups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: event_signups event_signups_domain_events; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_signups_domain_events AFTER INSERT OR UPDATE OF status ON public.event_signups FOR EACH ROW EXECUTE FUNCTION platform.domain_events();

--
-- Name: event_signups event_signups_guard_attendance; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_signups_guard_attendance BEFORE INSERT OR UPDATE ON public.event_signups FOR EACH ROW EXECUTE FUNCTION platform.guard_event_signup();

--
-- Name: event_signups event_signups_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER event_signups_set_updated_at BEFORE UPDATE ON public.event_signups FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: events events_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.events FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');

--
-- Name: events events_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_audit_delete AFTER DELETE ON public.events REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: events events_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_audit_insert AFTER INSERT ON public.events REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: events events_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_audit_update AFTER UPDATE ON public.events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: events events_delete_polymorphic_refs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_delete_polymorphic_refs AFTER DELETE ON public.events REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('event');

--
-- Name: events events_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_set_updated_at BEFORE UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: mentor_availabilities mentor_availabilities_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_availabilities_01_fill_scope BEFORE INSERT OR UPDATE OF mentor_id ON public.mentor_availabilities FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('mentors', 'mentor_id', 'tenant_id');

--
-- Name: mentor_availabilities mentor_availabilities_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_availabilities_audit_delete AFTER DELETE ON public.mentor_availabilities REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_availabilities mentor_availabilities_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_availabilities_audit_insert AFTER INSERT ON public.mentor_availabilities REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_availabilities mentor_availabilities_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_availabilities_audit_update AFTER UPDATE ON public.mentor_availabilities REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_availabilities mentor_availabilities_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_availabilities_set_updated_at BEFORE UPDATE ON public.mentor_availabilities FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: mentor_credits mentor_credits_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_credits_01_fill_scope BEFORE INSERT OR UPDATE OF company_id ON public.mentor_credits FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('companies', 'company_id', 'tenant_id');

--
-- Name: mentor_credits mentor_credits_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_credits_audit_delete AFTER DELETE ON public.mentor_credits REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_credits mentor_credits_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_credits_audit_insert AFTER INSERT ON public.mentor_credits REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_credits mentor_credits_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_credits_audit_update AFTER UPDATE ON public.mentor_credits REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_credits mentor_credits_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_credits_set_updated_at BEFORE UPDATE ON public.mentor_credits FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: mentor_pairings mentor_pairings_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_pairings_01_fill_scope BEFORE INSERT OR UPDATE OF mentor_id ON public.mentor_pairings FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('mentors', 'mentor_id', 'tenant_id');

--
-- Name: mentor_pairings mentor_pairings_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_pairings_audit_delete AFTER DELETE ON public.mentor_pairings REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_pairings mentor_pairings_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_pairings_audit_insert AFTER INSERT ON public.mentor_pairings REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_pairings mentor_pairings_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_pairings_audit_update AFTER UPDATE ON public.mentor_pairings REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_pairings mentor_pairings_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_pairings_set_updated_at BEFORE UPDATE ON public.mentor_pairings FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: mentor_programmes mentor_programmes_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_programmes_01_fill_scope BEFORE INSERT OR UPDATE OF programme_id ON public.mentor_programmes FOR EACH ROW WHEN (((new.tenant_id IS NULL) OR (new.provider_id IS NULL))) EXECUTE FUNCTION platform.fill_scope_from_parent('programmes', 'programme_id', 'tenant_id', 'provider_id');

--
-- Name: mentor_programmes mentor_programmes_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_programmes_audit_delete AFTER DELETE ON public.mentor_programmes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('mentor_id', 'programme_id');

--
-- Name: mentor_programmes mentor_programmes_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_programmes_audit_insert AFTER INSERT ON public.mentor_programmes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('mentor_id', 'programme_id');

--
-- Name: mentor_programmes mentor_programmes_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_programmes_audit_update AFTER UPDATE ON public.mentor_programmes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('mentor_id', 'programme_id');

--
-- Name: mentor_programmes mentor_programmes_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_programmes_set_updated_at BEFORE UPDATE ON public.mentor_programmes FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: mentor_session_signups mentor_session_signups_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_session_signups_01_fill_scope BEFORE INSERT OR UPDATE OF session_id ON public.mentor_session_signups FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('mentor_sessions', 'session_id', 'tenant_id');

--
-- Name: mentor_session_signups mentor_session_signups_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_session_signups_audit_delete AFTER DELETE ON public.mentor_session_signups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('session_id', 'user_id');

--
-- Name: mentor_session_signups mentor_session_signups_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_session_signups_audit_insert AFTER INSERT ON public.mentor_session_signups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('session_id', 'user_id');

--
-- Name: mentor_session_signups mentor_session_signups_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_session_signups_audit_update AFTER UPDATE ON public.mentor_session_signups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('session_id', 'user_id');

--
-- Name: mentor_session_signups mentor_session_signups_domain_events; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_session_signups_domain_events AFTER INSERT ON public.mentor_session_signups FOR EACH ROW EXECUTE FUNCTION platform.domain_events();

--
-- Name: mentor_sessions mentor_sessions_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_sessions_01_fill_scope BEFORE INSERT OR UPDATE OF mentor_id ON public.mentor_sessions FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('mentors', 'mentor_id', 'tenant_id');

--
-- Name: mentor_sessions mentor_sessions_02_guard_lifecycle; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_sessions_02_guard_lifecycle BEFORE INSERT OR UPDATE ON public.mentor_sessions FOR EACH ROW EXECUTE FUNCTION platform.guard_mentor_session();

--
-- Name: mentor_sessions mentor_sessions_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_sessions_audit_delete AFTER DELETE ON public.mentor_sessions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_sessions mentor_sessions_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_sessions_audit_insert AFTER INSERT ON public.mentor_sessions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_sessions mentor_sessions_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_sessions_audit_update AFTER UPDATE ON public.mentor_sessions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentor_sessions mentor_sessions_credits; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_sessions_credits AFTER INSERT OR DELETE OR UPDATE ON public.mentor_sessions FOR EACH ROW EXECUTE FUNCTION platform.mentor_sessions_credits();

--
-- Name: mentor_sessions mentor_sessions_domain_events; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_sessions_domain_events AFTER INSERT OR UPDATE OF status ON public.mentor_sessions FOR EACH ROW EXECUTE FUNCTION platform.domain_events();

--
-- Name: mentor_sessions mentor_sessions_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentor_sessions_set_updated_at BEFORE UPDATE ON public.mentor_sessions FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: mentors mentors_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentors_audit_delete AFTER DELETE ON public.mentors REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentors mentors_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentors_audit_insert AFTER INSERT ON public.mentors REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentors mentors_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentors_audit_update AFTER UPDATE ON public.mentors REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: mentors mentors_delete_polymorphic_refs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentors_delete_polymorphic_refs AFTER DELETE ON public.mentors REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('mentor');

--
-- Name: mentors mentors_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mentors_set_updated_at BEFORE UPDATE ON public.mentors FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: notifications notifications_check_reference_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER notifications_check_reference_insert AFTER INSERT ON public.notifications REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('source_type', 'source_id');

--
-- Name: notifications notifications_check_reference_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER notifications_check_reference_update AFTER UPDATE ON public.notifications REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('source_type', 'source_id');

--
-- Name: places places_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER places_audit_delete AFTER DELETE ON public.places REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: places places_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER places_audit_insert AFTER INSERT ON public.places REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: places places_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER places_audit_update AFTER UPDATE ON public.places REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: places places_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER places_set_updated_at BEFORE UPDATE ON public.places FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: postcodes postcodes_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER postcodes_set_updated_at BEFORE UPDATE ON public.postcodes FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: programme_signups programme_signups_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programme_signups_01_fill_scope BEFORE INSERT OR UPDATE OF company_id ON public.programme_signups FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('companies', 'company_id', 'tenant_id');

--
-- Name: programme_signups programme_signups_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programme_signups_audit_delete AFTER DELETE ON public.programme_signups REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: programme_signups programme_signups_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programme_signups_audit_insert AFTER INSERT ON public.programme_signups REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: programme_signups programme_signups_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programme_signups_audit_update AFTER UPDATE ON public.programme_signups REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: programme_signups programme_signups_domain_events; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programme_signups_domain_events AFTER INSERT OR UPDATE OF status ON public.programme_signups FOR EACH ROW EXECUTE FUNCTION platform.domain_events();

--
-- Name: programme_signups programme_signups_guard_status; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programme_signups_guard_status BEFORE UPDATE ON public.programme_signups FOR EACH ROW EXECUTE FUNCTION platform.guard_programme_signup_status();

--
-- Name: programme_signups programme_signups_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programme_signups_set_updated_at BEFORE UPDATE ON public.programme_signups FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: programmes programmes_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programmes_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.programmes FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');

--
-- Name: programmes programmes_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programmes_audit_delete AFTER DELETE ON public.programmes REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: programmes programmes_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programmes_audit_insert AFTER INSERT ON public.programmes REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: programmes programmes_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programmes_audit_update AFTER UPDATE ON public.programmes REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: programmes programmes_delete_polymorphic_refs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programmes_delete_polymorphic_refs AFTER DELETE ON public.programmes REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('programme');

--
-- Name: programmes programmes_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER programmes_set_updated_at BEFORE UPDATE ON public.programmes FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: provider_summaries provider_summaries_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER provider_summaries_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.provider_summaries FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');

--
-- Name: providers providers_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_audit_delete AFTER DELETE ON public.providers REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: providers providers_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_audit_insert AFTER INSERT ON public.providers REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: providers providers_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_audit_update AFTER UPDATE ON public.providers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: providers providers_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_set_updated_at BEFORE UPDATE ON public.providers FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: providers_staff providers_staff_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_staff_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.providers_staff FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');

--
-- Name: providers_staff providers_staff_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_staff_audit_delete AFTER DELETE ON public.providers_staff REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('provider_id', 'user_id');

--
-- Name: providers_staff providers_staff_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_staff_audit_insert AFTER INSERT ON public.providers_staff REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('provider_id', 'user_id');

--
-- Name: providers_staff providers_staff_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_staff_audit_update AFTER UPDATE ON public.providers_staff REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('provider_id', 'user_id');

--
-- Name: providers_staff providers_staff_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER providers_staff_set_updated_at BEFORE UPDATE ON public.providers_staff FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: resources resources_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER resources_01_fill_scope BEFORE INSERT OR UPDATE OF provider_id ON public.resources FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('providers', 'provider_id', 'tenant_id');

--
-- Name: resources resources_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER resources_audit_delete AFTER DELETE ON public.resources REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: resources resources_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER resources_audit_insert AFTER INSERT ON public.resources REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: resources resources_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER resources_audit_update AFTER UPDATE ON public.resources REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: resources resources_delete_polymorphic_refs; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER resources_delete_polymorphic_refs AFTER DELETE ON public.resources REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.delete_polymorphic_refs('resource');

--
-- Name: resources resources_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER resources_set_updated_at BEFORE UPDATE ON public.resources FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: roles roles_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER roles_audit_delete AFTER DELETE ON public.roles REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: roles roles_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER roles_audit_insert AFTER INSERT ON public.roles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: roles roles_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER roles_audit_update AFTER UPDATE ON public.roles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: tag_links tag_links_01_fill_scope; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tag_links_01_fill_scope BEFORE INSERT OR UPDATE OF tag_id ON public.tag_links FOR EACH ROW WHEN ((new.tenant_id IS NULL)) EXECUTE FUNCTION platform.fill_scope_from_parent('tags', 'tag_id', 'tenant_id');

--
-- Name: tag_links tag_links_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tag_links_audit_delete AFTER DELETE ON public.tag_links REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tag_id', 'target_type', 'target_id');

--
-- Name: tag_links tag_links_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tag_links_audit_insert AFTER INSERT ON public.tag_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tag_id', 'target_type', 'target_id');

--
-- Name: tag_links tag_links_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tag_links_audit_update AFTER UPDATE ON public.tag_links REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tag_id', 'target_type', 'target_id');

--
-- Name: tag_links tag_links_check_reference_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tag_links_check_reference_insert AFTER INSERT ON public.tag_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('target_type', 'target_id');

--
-- Name: tag_links tag_links_check_reference_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tag_links_check_reference_update AFTER UPDATE ON public.tag_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('target_type', 'target_id');

--
-- Name: tag_links tag_links_sync_tag_vectors_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tag_links_sync_tag_vectors_insert AFTER INSERT ON public.tag_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.sync_tag_vectors();

--
-- Name: tag_links tag_links_sync_tag_vectors_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tag_links_sync_tag_vectors_update AFTER UPDATE ON public.tag_links REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.sync_tag_vectors();

--
-- Name: tags tags_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tags_audit_delete AFTER DELETE ON public.tags REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: tags tags_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tags_audit_insert AFTER INSERT ON public.tags REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: tags tags_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tags_audit_update AFTER UPDATE ON public.tags REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: tags tags_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tags_set_updated_at BEFORE UPDATE ON public.tags FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: tenant_users tenant_users_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenant_users_audit_delete AFTER DELETE ON public.tenant_users REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tenant_id', 'user_id');

--
-- Name: tenant_users tenant_users_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenant_users_audit_insert AFTER INSERT ON public.tenant_users REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tenant_id', 'user_id');

--
-- Name: tenant_users tenant_users_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenant_users_audit_update AFTER UPDATE ON public.tenant_users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('tenant_id', 'user_id');

--
-- Name: tenant_users tenant_users_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenant_users_set_updated_at BEFORE UPDATE ON public.tenant_users FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: tenants tenants_10_settings_check; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenants_10_settings_check BEFORE INSERT OR UPDATE OF settings ON public.tenants FOR EACH ROW EXECUTE FUNCTION platform.tenants_settings_check();

--
-- Name: tenants tenants_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenants_audit_delete AFTER DELETE ON public.tenants REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: tenants tenants_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenants_audit_insert AFTER INSERT ON public.tenants REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: tenants tenants_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenants_audit_update AFTER UPDATE ON public.tenants REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: tenants tenants_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenants_set_updated_at BEFORE UPDATE ON public.tenants FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: tenants tenants_settings_rescore; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER tenants_settings_rescore AFTER UPDATE OF settings ON public.tenants FOR EACH ROW EXECUTE FUNCTION platform.tenants_settings_rescore();

--
-- Name: user_embeddings user_embeddings_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_embeddings_set_updated_at BEFORE UPDATE ON public.user_embeddings FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: user_preferences user_preferences_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_preferences_audit_delete AFTER DELETE ON public.user_preferences REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: user_preferences user_preferences_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_preferences_audit_insert AFTER INSERT ON public.user_preferences REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: user_preferences user_preferences_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_preferences_audit_update AFTER UPDATE ON public.user_preferences REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: user_preferences user_preferences_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_preferences_set_updated_at BEFORE UPDATE ON public.user_preferences FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: user_roles user_roles_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_roles_audit_delete AFTER DELETE ON public.user_roles REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('user_id', 'role');

--
-- Name: user_roles user_roles_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_roles_audit_insert AFTER INSERT ON public.user_roles REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('user_id', 'role');

--
-- Name: user_roles user_roles_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_roles_audit_update AFTER UPDATE ON public.user_roles REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('user_id', 'role');

--
-- Name: user_saved_items user_saved_items_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_saved_items_audit_delete AFTER DELETE ON public.user_saved_items REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: user_saved_items user_saved_items_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_saved_items_audit_insert AFTER INSERT ON public.user_saved_items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: user_saved_items user_saved_items_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_saved_items_audit_update AFTER UPDATE ON public.user_saved_items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: user_saved_items user_saved_items_check_reference_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_saved_items_check_reference_insert AFTER INSERT ON public.user_saved_items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('item_type', 'item_id');

--
-- Name: user_saved_items user_saved_items_check_reference_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER user_saved_items_check_reference_update AFTER UPDATE ON public.user_saved_items REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs('item_type', 'item_id');

--
-- Name: users users_audit_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER users_audit_delete AFTER DELETE ON public.users REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: users users_audit_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER users_audit_insert AFTER INSERT ON public.users REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: users users_audit_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER users_audit_update AFTER UPDATE ON public.users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');

--
-- Name: users users_set_updated_at; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

--
-- Name: mentor_calendar_tokens mentor_calendar_tokens_mentor_id_fkey; Type: FK CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.mentor_calendar_tokens
    ADD CONSTRAINT mentor_calendar_tokens_mentor_id_fkey FOREIGN KEY (mentor_id) REFERENCES public.mentors(id) ON DELETE CASCADE;

--
-- Name: tag_vectors tag_vectors_embedding_fkey; Type: FK CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.tag_vectors
    ADD CONSTRAINT tag_vectors_embedding_fkey FOREIGN KEY (target_type, target_id) REFERENCES public.embeddings(content_type, content_id) ON UPDATE CASCADE ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;

--
-- Name: tag_vectors tag_vectors_tag_link_fkey; Type: FK CONSTRAINT; Schema: platform; Owner: -
--

ALTER TABLE ONLY platform.tag_vectors
    ADD CONSTRAINT tag_vectors_tag_link_fkey FOREIGN KEY (tag_id, target_type, target_id) REFERENCES public.tag_links(tag_id, target_type, target_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: activities activities_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.activities
    ADD CONSTRAINT activities_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: activities activities_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.activities
    ADD CONSTRAINT activities_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: cohorts cohorts_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_programme_id_fkey FOREIGN KEY (programme_id, provider_id, tenant_id) REFERENCES public.programmes(id, provider_id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: cohorts cohorts_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: cohorts cohorts_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: comments comments_parent_comment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_parent_comment_id_fkey FOREIGN KEY (parent_comment_id) REFERENCES public.comments(id) ON DELETE CASCADE;

--
-- Name: comments comments_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: comments comments_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: companies companies_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.companies
    ADD CONSTRAINT companies_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: company_staff company_staff_company_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company_staff
    ADD CONSTRAINT company_staff_company_id_fkey FOREIGN KEY (company_id, tenant_id) REFERENCES public.companies(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: company_staff company_staff_role_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company_staff
    ADD CONSTRAINT company_staff_role_fkey FOREIGN KEY (role) REFERENCES public.roles(key) ON UPDATE CASCADE;

--
-- Name: company_staff company_staff_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.company_staff
    ADD CONSTRAINT company_staff_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: course_engagements course_engagements_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_engagements
    ADD CONSTRAINT course_engagements_course_id_fkey FOREIGN KEY (course_id, tenant_id) REFERENCES public.courses(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: course_engagements course_engagements_module_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_engagements
    ADD CONSTRAINT course_engagements_module_id_fkey FOREIGN KEY (module_id, course_id, tenant_id) REFERENCES public.course_modules(id, course_id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: course_engagements course_engagements_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_engagements
    ADD CONSTRAINT course_engagements_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: course_engagements course_engagements_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_engagements
    ADD CONSTRAINT course_engagements_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: course_modules course_modules_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_modules
    ADD CONSTRAINT course_modules_course_id_fkey FOREIGN KEY (course_id, provider_id, tenant_id) REFERENCES public.courses(id, provider_id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: course_modules course_modules_page_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_modules
    ADD CONSTRAINT course_modules_page_id_fkey FOREIGN KEY (page_id, course_id, provider_id, tenant_id) REFERENCES public.course_pages(id, course_id, provider_id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: course_modules course_modules_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_modules
    ADD CONSTRAINT course_modules_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: course_modules course_modules_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_modules
    ADD CONSTRAINT course_modules_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: course_pages course_pages_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_pages
    ADD CONSTRAINT course_pages_course_id_fkey FOREIGN KEY (course_id, provider_id, tenant_id) REFERENCES public.courses(id, provider_id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: course_pages course_pages_parent_page_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_pages
    ADD CONSTRAINT course_pages_parent_page_id_fkey FOREIGN KEY (parent_page_id) REFERENCES public.course_pages(id) ON DELETE CASCADE;

--
-- Name: course_pages course_pages_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_pages
    ADD CONSTRAINT course_pages_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: course_pages course_pages_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_pages
    ADD CONSTRAINT course_pages_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: course_signups course_signups_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_signups
    ADD CONSTRAINT course_signups_course_id_fkey FOREIGN KEY (course_id, tenant_id) REFERENCES public.courses(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: course_signups course_signups_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_signups
    ADD CONSTRAINT course_signups_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: course_signups course_signups_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.course_signups
    ADD CONSTRAINT course_signups_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: courses courses_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_programme_id_fkey FOREIGN KEY (programme_id, provider_id, tenant_id) REFERENCES public.programmes(id, provider_id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: courses courses_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: courses courses_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: embeddings embeddings_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.embeddings
    ADD CONSTRAINT embeddings_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: event_outbox event_outbox_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_outbox
    ADD CONSTRAINT event_outbox_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: event_signups event_signups_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_signups
    ADD CONSTRAINT event_signups_event_id_fkey FOREIGN KEY (event_id, tenant_id) REFERENCES public.events(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: event_signups event_signups_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_signups
    ADD CONSTRAINT event_signups_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: event_signups event_signups_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_signups
    ADD CONSTRAINT event_signups_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: events events_cohort_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_cohort_id_fkey FOREIGN KEY (cohort_id, programme_id) REFERENCES public.cohorts(id, programme_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: events events_place_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_place_id_fkey FOREIGN KEY (place_id, tenant_id) REFERENCES public.places(id, tenant_id) ON UPDATE CASCADE ON DELETE SET NULL (place_id);

--
-- Name: events events_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_programme_id_fkey FOREIGN KEY (programme_id, provider_id, tenant_id) REFERENCES public.programmes(id, provider_id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: events events_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: events events_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: mentor_availabilities mentor_availabilities_mentor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_availabilities
    ADD CONSTRAINT mentor_availabilities_mentor_id_fkey FOREIGN KEY (mentor_id, tenant_id) REFERENCES public.mentors(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_availabilities mentor_availabilities_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_availabilities
    ADD CONSTRAINT mentor_availabilities_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: mentor_credits mentor_credits_company_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_credits
    ADD CONSTRAINT mentor_credits_company_id_fkey FOREIGN KEY (company_id, tenant_id) REFERENCES public.companies(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_credits mentor_credits_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_credits
    ADD CONSTRAINT mentor_credits_programme_id_fkey FOREIGN KEY (programme_id, tenant_id) REFERENCES public.programmes(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_credits mentor_credits_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_credits
    ADD CONSTRAINT mentor_credits_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: mentor_pairings mentor_pairings_company_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_pairings
    ADD CONSTRAINT mentor_pairings_company_id_fkey FOREIGN KEY (company_id, tenant_id) REFERENCES public.companies(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_pairings mentor_pairings_mentor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_pairings
    ADD CONSTRAINT mentor_pairings_mentor_id_fkey FOREIGN KEY (mentor_id, tenant_id) REFERENCES public.mentors(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_pairings mentor_pairings_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_pairings
    ADD CONSTRAINT mentor_pairings_programme_id_fkey FOREIGN KEY (programme_id, tenant_id) REFERENCES public.programmes(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_pairings mentor_pairings_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_pairings
    ADD CONSTRAINT mentor_pairings_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: mentor_programmes mentor_programmes_mentor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_programmes
    ADD CONSTRAINT mentor_programmes_mentor_id_fkey FOREIGN KEY (mentor_id, tenant_id) REFERENCES public.mentors(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_programmes mentor_programmes_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_programmes
    ADD CONSTRAINT mentor_programmes_programme_id_fkey FOREIGN KEY (programme_id, provider_id, tenant_id) REFERENCES public.programmes(id, provider_id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_session_signups mentor_session_signups_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_session_signups
    ADD CONSTRAINT mentor_session_signups_session_id_fkey FOREIGN KEY (session_id, tenant_id) REFERENCES public.mentor_sessions(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_session_signups mentor_session_signups_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_session_signups
    ADD CONSTRAINT mentor_session_signups_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: mentor_sessions mentor_sessions_booked_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_sessions
    ADD CONSTRAINT mentor_sessions_booked_by_fkey FOREIGN KEY (booked_by) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: mentor_sessions mentor_sessions_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_sessions
    ADD CONSTRAINT mentor_sessions_credit_id_fkey FOREIGN KEY (credit_id, tenant_id) REFERENCES public.mentor_credits(id, tenant_id) ON UPDATE CASCADE ON DELETE RESTRICT;

--
-- Name: mentor_sessions mentor_sessions_mentor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_sessions
    ADD CONSTRAINT mentor_sessions_mentor_id_fkey FOREIGN KEY (mentor_id, tenant_id) REFERENCES public.mentors(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: mentor_sessions mentor_sessions_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentor_sessions
    ADD CONSTRAINT mentor_sessions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: mentors mentors_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentors
    ADD CONSTRAINT mentors_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: mentors mentors_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mentors
    ADD CONSTRAINT mentors_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: notifications notifications_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: notifications notifications_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifications
    ADD CONSTRAINT notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: places places_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.places
    ADD CONSTRAINT places_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: programme_signups programme_signups_applied_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_signups
    ADD CONSTRAINT programme_signups_applied_by_fkey FOREIGN KEY (applied_by) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: programme_signups programme_signups_cohort_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_signups
    ADD CONSTRAINT programme_signups_cohort_id_fkey FOREIGN KEY (cohort_id, programme_id) REFERENCES public.cohorts(id, programme_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: programme_signups programme_signups_company_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_signups
    ADD CONSTRAINT programme_signups_company_id_fkey FOREIGN KEY (company_id, tenant_id) REFERENCES public.companies(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: programme_signups programme_signups_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_signups
    ADD CONSTRAINT programme_signups_programme_id_fkey FOREIGN KEY (programme_id, tenant_id) REFERENCES public.programmes(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: programme_signups programme_signups_reviewed_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_signups
    ADD CONSTRAINT programme_signups_reviewed_by_fkey FOREIGN KEY (reviewed_by) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: programme_signups programme_signups_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_signups
    ADD CONSTRAINT programme_signups_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: programmes programmes_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes
    ADD CONSTRAINT programmes_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: programmes programmes_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes
    ADD CONSTRAINT programmes_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: programmes programmes_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes
    ADD CONSTRAINT programmes_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: provider_summaries provider_summaries_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provider_summaries
    ADD CONSTRAINT provider_summaries_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: provider_summaries provider_summaries_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.provider_summaries
    ADD CONSTRAINT provider_summaries_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: providers_staff providers_staff_invited_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers_staff
    ADD CONSTRAINT providers_staff_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: providers_staff providers_staff_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers_staff
    ADD CONSTRAINT providers_staff_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: providers_staff providers_staff_role_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers_staff
    ADD CONSTRAINT providers_staff_role_fkey FOREIGN KEY (role) REFERENCES public.roles(key) ON UPDATE CASCADE;

--
-- Name: providers_staff providers_staff_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers_staff
    ADD CONSTRAINT providers_staff_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: providers providers_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.providers
    ADD CONSTRAINT providers_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: resources resources_provider_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resources
    ADD CONSTRAINT resources_provider_id_fkey FOREIGN KEY (provider_id, tenant_id) REFERENCES public.providers(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: resources resources_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resources
    ADD CONSTRAINT resources_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: tag_links tag_links_tag_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tag_links
    ADD CONSTRAINT tag_links_tag_id_fkey FOREIGN KEY (tag_id, tenant_id) REFERENCES public.tags(id, tenant_id) ON UPDATE CASCADE ON DELETE CASCADE;

--
-- Name: tag_links tag_links_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tag_links
    ADD CONSTRAINT tag_links_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: tags tags_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tags
    ADD CONSTRAINT tags_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: tenant_users tenant_users_role_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenant_users
    ADD CONSTRAINT tenant_users_role_fkey FOREIGN KEY (role) REFERENCES public.roles(key) ON UPDATE CASCADE;

--
-- Name: tenant_users tenant_users_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenant_users
    ADD CONSTRAINT tenant_users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: tenant_users tenant_users_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tenant_users
    ADD CONSTRAINT tenant_users_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: user_embeddings user_embeddings_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_embeddings
    ADD CONSTRAINT user_embeddings_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: user_embeddings user_embeddings_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_embeddings
    ADD CONSTRAINT user_embeddings_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: user_preferences user_preferences_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_preferences
    ADD CONSTRAINT user_preferences_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: user_preferences user_preferences_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_preferences
    ADD CONSTRAINT user_preferences_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: user_roles user_roles_granted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_granted_by_fkey FOREIGN KEY (granted_by) REFERENCES public.users(id) ON DELETE SET NULL;

--
-- Name: user_roles user_roles_role_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_role_fkey FOREIGN KEY (role) REFERENCES public.roles(key) ON UPDATE CASCADE;

--
-- Name: user_roles user_roles_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: user_saved_items user_saved_items_tenant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_saved_items
    ADD CONSTRAINT user_saved_items_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(id) ON DELETE CASCADE;

--
-- Name: user_saved_items user_saved_items_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_saved_items
    ADD CONSTRAINT user_saved_items_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;

--
-- Name: users users_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_id_fkey FOREIGN KEY (id) REFERENCES auth.users(id) ON DELETE CASCADE;

--
-- Name: mentor_calendar_tokens; Type: ROW SECURITY; Schema: platform; Owner: -
--

ALTER TABLE platform.mentor_calendar_tokens ENABLE ROW LEVEL SECURITY;

--
-- Name: tag_vectors; Type: ROW SECURITY; Schema: platform; Owner: -
--

ALTER TABLE platform.tag_vectors ENABLE ROW LEVEL SECURITY;

--
-- Name: tag_vectors tag_vectors_select; Type: POLICY; Schema: platform; Owner: -
--

CREATE POLICY tag_vectors_select ON platform.tag_vectors FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: activities; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.activities ENABLE ROW LEVEL SECURITY;

--
-- Name: activities_default; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.activities_default ENABLE ROW LEVEL SECURITY;

--
-- Name: activities activities_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY activities_insert ON public.activities FOR INSERT TO authenticated WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids)))));

--
-- Name: activities activities_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY activities_select ON public.activities FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: api_error_logs; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.api_error_logs ENABLE ROW LEVEL SECURITY;

--
-- Name: api_error_logs api_error_logs_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY api_error_logs_select ON public.api_error_logs FOR SELECT TO authenticated USING (( SELECT platform.is_platform_admin() AS is_platform_admin));

--
-- Name: audit_logs; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.audit_logs ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_logs audit_logs_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY audit_logs_select ON public.audit_logs FOR SELECT TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR ( SELECT platform.is_platform_admin() AS is_platform_admin)));

--
-- Name: cohorts; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.cohorts ENABLE ROW LEVEL SECURITY;

--
-- Name: cohorts cohorts_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cohorts_delete ON public.cohorts FOR DELETE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: cohorts cohorts_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cohorts_insert ON public.cohorts FOR INSERT TO authenticated WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: cohorts cohorts_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cohorts_select ON public.cohorts FOR SELECT TO authenticated USING ((((status = 'published'::public.content_status) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))) AND (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = cohorts.programme_id) AND (x.status = 'published'::public.content_status))))) OR (provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))));

--
-- Name: cohorts cohorts_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cohorts_update ON public.cohorts FOR UPDATE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))) WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: comments; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;

--
-- Name: comments comments_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY comments_delete ON public.comments FOR DELETE TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.resources x
  WHERE ((x.id = comments.target_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))));

--
-- Name: comments comments_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY comments_insert ON public.comments FOR INSERT TO authenticated WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('member'::text) AS my_tenant_ids))) AND (EXISTS ( SELECT 1
   FROM public.resources x
  WHERE (x.id = comments.target_id)))));

--
-- Name: comments comments_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY comments_select ON public.comments FOR SELECT TO authenticated USING (((EXISTS ( SELECT 1
   FROM public.resources x
  WHERE (x.id = comments.target_id))) AND ((status = 'published'::public.content_status) OR (user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.resources x
  WHERE ((x.id = comments.target_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))))))));

--
-- Name: comments comments_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY comments_update ON public.comments FOR UPDATE TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.resources x
  WHERE ((x.id = comments.target_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))))))) WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.resources x
  WHERE ((x.id = comments.target_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))));

--
-- Name: companies; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.companies ENABLE ROW LEVEL SECURITY;

--
-- Name: companies companies_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY companies_delete ON public.companies FOR DELETE TO authenticated USING (((id = ANY (ARRAY( SELECT platform.my_company_ids('admin'::text) AS my_company_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: companies companies_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY companies_insert ON public.companies FOR INSERT TO authenticated WITH CHECK ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('member'::text) AS my_tenant_ids))));

--
-- Name: companies companies_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY companies_select ON public.companies FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: companies companies_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY companies_update ON public.companies FOR UPDATE TO authenticated USING (((id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))))) WITH CHECK (((id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: company_staff; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.company_staff ENABLE ROW LEVEL SECURITY;

--
-- Name: company_staff company_staff_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY company_staff_delete ON public.company_staff FOR DELETE TO authenticated USING (((company_id = ANY (ARRAY( SELECT platform.my_company_ids('admin'::text) AS my_company_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (user_id = ( SELECT auth.uid() AS uid))));

--
-- Name: company_staff company_staff_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY company_staff_insert ON public.company_staff FOR INSERT TO authenticated WITH CHECK (((company_id = ANY (ARRAY( SELECT platform.my_company_ids('admin'::text) AS my_company_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: company_staff company_staff_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY company_staff_select ON public.company_staff FOR SELECT TO authenticated USING (((company_id = ANY (ARRAY( SELECT platform.my_company_ids() AS my_company_ids))) OR (user_id = ( SELECT auth.uid() AS uid)) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: company_staff company_staff_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY company_staff_update ON public.company_staff FOR UPDATE TO authenticated USING (((company_id = ANY (ARRAY( SELECT platform.my_company_ids('admin'::text) AS my_company_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))))) WITH CHECK (((company_id = ANY (ARRAY( SELECT platform.my_company_ids('admin'::text) AS my_company_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: course_engagements; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.course_engagements ENABLE ROW LEVEL SECURITY;

--
-- Name: course_engagements course_engagements_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_engagements_delete ON public.course_engagements FOR DELETE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: course_engagements course_engagements_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_engagements_insert ON public.course_engagements FOR INSERT TO authenticated WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.courses x
  WHERE (x.id = course_engagements.course_id)))));

--
-- Name: course_engagements course_engagements_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_engagements_select ON public.course_engagements FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (course_id = ANY (ARRAY( SELECT platform.my_provider_course_ids() AS my_provider_course_ids)))));

--
-- Name: course_engagements course_engagements_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_engagements_update ON public.course_engagements FOR UPDATE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: course_modules; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.course_modules ENABLE ROW LEVEL SECURITY;

--
-- Name: course_modules course_modules_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_modules_delete ON public.course_modules FOR DELETE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: course_modules course_modules_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_modules_insert ON public.course_modules FOR INSERT TO authenticated WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: course_modules course_modules_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_modules_select ON public.course_modules FOR SELECT TO authenticated USING (((EXISTS ( SELECT 1
   FROM public.courses x
  WHERE (x.id = course_modules.course_id))) OR (provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))));

--
-- Name: course_modules course_modules_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_modules_update ON public.course_modules FOR UPDATE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))) WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: course_pages; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.course_pages ENABLE ROW LEVEL SECURITY;

--
-- Name: course_pages course_pages_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_pages_delete ON public.course_pages FOR DELETE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: course_pages course_pages_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_pages_insert ON public.course_pages FOR INSERT TO authenticated WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: course_pages course_pages_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_pages_select ON public.course_pages FOR SELECT TO authenticated USING (((EXISTS ( SELECT 1
   FROM public.courses x
  WHERE (x.id = course_pages.course_id))) OR (provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))));

--
-- Name: course_pages course_pages_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_pages_update ON public.course_pages FOR UPDATE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))) WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: course_signups; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.course_signups ENABLE ROW LEVEL SECURITY;

--
-- Name: course_signups course_signups_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_signups_delete ON public.course_signups FOR DELETE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: course_signups course_signups_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_signups_insert ON public.course_signups FOR INSERT TO authenticated WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))) AND (EXISTS ( SELECT 1
   FROM public.courses x
  WHERE (x.id = course_signups.course_id)))));

--
-- Name: course_signups course_signups_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_signups_select ON public.course_signups FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (course_id = ANY (ARRAY( SELECT platform.my_provider_course_ids() AS my_provider_course_ids)))));

--
-- Name: course_signups course_signups_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY course_signups_update ON public.course_signups FOR UPDATE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: courses; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.courses ENABLE ROW LEVEL SECURITY;

--
-- Name: courses courses_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY courses_delete ON public.courses FOR DELETE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: courses courses_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY courses_insert ON public.courses FOR INSERT TO authenticated WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: courses courses_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY courses_select ON public.courses FOR SELECT TO authenticated USING ((((status = 'published'::public.content_status) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))) AND (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = courses.programme_id) AND (x.status = 'published'::public.content_status))))) OR (provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))));

--
-- Name: courses courses_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY courses_update ON public.courses FOR UPDATE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))) WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: embeddings; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.embeddings ENABLE ROW LEVEL SECURITY;

--
-- Name: embeddings embeddings_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY embeddings_select ON public.embeddings FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: event_outbox; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.event_outbox ENABLE ROW LEVEL SECURITY;

--
-- Name: event_signups; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.event_signups ENABLE ROW LEVEL SECURITY;

--
-- Name: event_signups event_signups_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY event_signups_delete ON public.event_signups FOR DELETE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: event_signups event_signups_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY event_signups_insert ON public.event_signups FOR INSERT TO authenticated WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (EXISTS ( SELECT 1
   FROM public.events x
  WHERE (x.id = event_signups.event_id)))));

--
-- Name: event_signups event_signups_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY event_signups_select ON public.event_signups FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (event_id = ANY (ARRAY( SELECT platform.my_provider_event_ids() AS my_provider_event_ids)))));

--
-- Name: event_signups event_signups_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY event_signups_update ON public.event_signups FOR UPDATE TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.events x
  WHERE ((x.id = event_signups.event_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))))))) WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.events x
  WHERE ((x.id = event_signups.event_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))));

--
-- Name: events; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;

--
-- Name: events events_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY events_delete ON public.events FOR DELETE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: events events_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY events_insert ON public.events FOR INSERT TO authenticated WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: events events_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY events_select ON public.events FOR SELECT TO authenticated USING ((((status = 'published'::public.content_status) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids)))) OR (provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))));

--
-- Name: events events_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY events_update ON public.events FOR UPDATE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))) WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: impersonation_logs; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.impersonation_logs ENABLE ROW LEVEL SECURITY;

--
-- Name: impersonation_logs impersonation_logs_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY impersonation_logs_select ON public.impersonation_logs FOR SELECT TO authenticated USING (( SELECT platform.is_platform_admin() AS is_platform_admin));

--
-- Name: mentor_availabilities; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.mentor_availabilities ENABLE ROW LEVEL SECURITY;

--
-- Name: mentor_availabilities mentor_availabilities_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_availabilities_delete ON public.mentor_availabilities FOR DELETE TO authenticated USING (((mentor_id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: mentor_availabilities mentor_availabilities_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_availabilities_insert ON public.mentor_availabilities FOR INSERT TO authenticated WITH CHECK (((mentor_id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: mentor_availabilities mentor_availabilities_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_availabilities_select ON public.mentor_availabilities FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: mentor_availabilities mentor_availabilities_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_availabilities_update ON public.mentor_availabilities FOR UPDATE TO authenticated USING (((mentor_id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))))) WITH CHECK (((mentor_id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: mentor_credits; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.mentor_credits ENABLE ROW LEVEL SECURITY;

--
-- Name: mentor_credits mentor_credits_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_credits_delete ON public.mentor_credits FOR DELETE TO authenticated USING ((EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_credits.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))))));

--
-- Name: mentor_credits mentor_credits_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_credits_insert ON public.mentor_credits FOR INSERT TO authenticated WITH CHECK ((EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_credits.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))))));

--
-- Name: mentor_credits mentor_credits_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_credits_select ON public.mentor_credits FOR SELECT TO authenticated USING (((company_id = ANY (ARRAY( SELECT platform.my_company_ids() AS my_company_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_credits.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids))))))));

--
-- Name: mentor_credits mentor_credits_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_credits_update ON public.mentor_credits FOR UPDATE TO authenticated USING ((EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_credits.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))) WITH CHECK ((EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_credits.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))))));

--
-- Name: mentor_pairings; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.mentor_pairings ENABLE ROW LEVEL SECURITY;

--
-- Name: mentor_pairings mentor_pairings_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_pairings_delete ON public.mentor_pairings FOR DELETE TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_pairings.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))));

--
-- Name: mentor_pairings mentor_pairings_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_pairings_insert ON public.mentor_pairings FOR INSERT TO authenticated WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_pairings.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))));

--
-- Name: mentor_pairings mentor_pairings_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_pairings_select ON public.mentor_pairings FOR SELECT TO authenticated USING (((mentor_id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (company_id = ANY (ARRAY( SELECT platform.my_company_ids() AS my_company_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_pairings.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: mentor_pairings mentor_pairings_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_pairings_update ON public.mentor_pairings FOR UPDATE TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_pairings.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))))))) WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = mentor_pairings.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))));

--
-- Name: mentor_programmes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.mentor_programmes ENABLE ROW LEVEL SECURITY;

--
-- Name: mentor_programmes mentor_programmes_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_programmes_delete ON public.mentor_programmes FOR DELETE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: mentor_programmes mentor_programmes_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_programmes_insert ON public.mentor_programmes FOR INSERT TO authenticated WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: mentor_programmes mentor_programmes_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_programmes_select ON public.mentor_programmes FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: mentor_programmes mentor_programmes_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_programmes_update ON public.mentor_programmes FOR UPDATE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))) WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: mentor_session_signups; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.mentor_session_signups ENABLE ROW LEVEL SECURITY;

--
-- Name: mentor_session_signups mentor_session_signups_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_session_signups_delete ON public.mentor_session_signups FOR DELETE TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM (public.mentor_sessions s
     JOIN public.mentor_credits c ON ((c.id = s.credit_id)))
  WHERE ((s.id = mentor_session_signups.session_id) AND (c.company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))))))));

--
-- Name: mentor_session_signups mentor_session_signups_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_session_signups_insert ON public.mentor_session_signups FOR INSERT TO authenticated WITH CHECK ((EXISTS ( SELECT 1
   FROM (public.mentor_sessions s
     JOIN public.mentor_credits c ON ((c.id = s.credit_id)))
  WHERE ((s.id = mentor_session_signups.session_id) AND (c.company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids)))))));

--
-- Name: mentor_session_signups mentor_session_signups_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_session_signups_select ON public.mentor_session_signups FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (session_id = ANY (ARRAY( SELECT platform.my_mentor_session_ids() AS my_mentor_session_ids)))));

--
-- Name: mentor_session_signups mentor_session_signups_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_session_signups_update ON public.mentor_session_signups FOR UPDATE TO authenticated USING ((EXISTS ( SELECT 1
   FROM (public.mentor_sessions s
     JOIN public.mentor_credits c ON ((c.id = s.credit_id)))
  WHERE ((s.id = mentor_session_signups.session_id) AND (c.company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))))))) WITH CHECK ((EXISTS ( SELECT 1
   FROM (public.mentor_sessions s
     JOIN public.mentor_credits c ON ((c.id = s.credit_id)))
  WHERE ((s.id = mentor_session_signups.session_id) AND (c.company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids)))))));

--
-- Name: mentor_sessions; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.mentor_sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: mentor_sessions mentor_sessions_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_sessions_insert ON public.mentor_sessions FOR INSERT TO authenticated WITH CHECK ((EXISTS ( SELECT 1
   FROM public.mentor_credits c
  WHERE ((c.id = mentor_sessions.credit_id) AND (c.company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids)))))));

--
-- Name: mentor_sessions mentor_sessions_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_sessions_select ON public.mentor_sessions FOR SELECT TO authenticated USING ((id = ANY (ARRAY( SELECT platform.my_mentor_session_ids() AS my_mentor_session_ids))));

--
-- Name: mentor_sessions mentor_sessions_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentor_sessions_update ON public.mentor_sessions FOR UPDATE TO authenticated USING (((mentor_id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (EXISTS ( SELECT 1
   FROM public.mentor_credits c
  WHERE ((c.id = mentor_sessions.credit_id) AND (c.company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids)))))))) WITH CHECK (((mentor_id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (EXISTS ( SELECT 1
   FROM public.mentor_credits c
  WHERE ((c.id = mentor_sessions.credit_id) AND (c.company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))))))));

--
-- Name: mentors; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.mentors ENABLE ROW LEVEL SECURITY;

--
-- Name: mentors mentors_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentors_delete ON public.mentors FOR DELETE TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))));

--
-- Name: mentors mentors_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentors_insert ON public.mentors FOR INSERT TO authenticated WITH CHECK ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))));

--
-- Name: mentors mentors_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentors_select ON public.mentors FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: mentors mentors_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mentors_update ON public.mentors FOR UPDATE TO authenticated USING (((id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))))) WITH CHECK (((id = ANY (ARRAY( SELECT platform.my_mentor_ids() AS my_mentor_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: notifications; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.notifications ENABLE ROW LEVEL SECURITY;

--
-- Name: notifications notifications_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY notifications_delete ON public.notifications FOR DELETE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: notifications notifications_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY notifications_select ON public.notifications FOR SELECT TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: notifications notifications_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY notifications_update ON public.notifications FOR UPDATE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: places; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.places ENABLE ROW LEVEL SECURITY;

--
-- Name: places places_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY places_delete ON public.places FOR DELETE TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_provider_tenant_ids('editor'::text) AS my_provider_tenant_ids)))));

--
-- Name: places places_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY places_insert ON public.places FOR INSERT TO authenticated WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_provider_tenant_ids('editor'::text) AS my_provider_tenant_ids)))));

--
-- Name: places places_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY places_select ON public.places FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: places places_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY places_update ON public.places FOR UPDATE TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_provider_tenant_ids('editor'::text) AS my_provider_tenant_ids))))) WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_provider_tenant_ids('editor'::text) AS my_provider_tenant_ids)))));

--
-- Name: postcodes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.postcodes ENABLE ROW LEVEL SECURITY;

--
-- Name: postcodes postcodes_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY postcodes_select ON public.postcodes FOR SELECT TO authenticated USING (true);

--
-- Name: programme_signups; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.programme_signups ENABLE ROW LEVEL SECURITY;

--
-- Name: programme_signups programme_signups_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY programme_signups_delete ON public.programme_signups FOR DELETE TO authenticated USING ((((company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))) AND (status = 'pending'::public.entity_status)) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = programme_signups.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))));

--
-- Name: programme_signups programme_signups_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY programme_signups_insert ON public.programme_signups FOR INSERT TO authenticated WITH CHECK (((company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))) AND (status = 'pending'::public.entity_status) AND (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = programme_signups.programme_id) AND (x.status = 'published'::public.content_status))))));

--
-- Name: programme_signups programme_signups_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY programme_signups_select ON public.programme_signups FOR SELECT TO authenticated USING (((company_id = ANY (ARRAY( SELECT platform.my_company_ids() AS my_company_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = programme_signups.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids))))))));

--
-- Name: programme_signups programme_signups_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY programme_signups_update ON public.programme_signups FOR UPDATE TO authenticated USING (((company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = programme_signups.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))))))) WITH CHECK (((company_id = ANY (ARRAY( SELECT platform.my_company_ids('member'::text) AS my_company_ids))) OR (EXISTS ( SELECT 1
   FROM public.programmes x
  WHERE ((x.id = programme_signups.programme_id) AND (x.provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))))))));

--
-- Name: programmes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.programmes ENABLE ROW LEVEL SECURITY;

--
-- Name: programmes programmes_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY programmes_delete ON public.programmes FOR DELETE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: programmes programmes_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY programmes_insert ON public.programmes FOR INSERT TO authenticated WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: programmes programmes_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY programmes_select ON public.programmes FOR SELECT TO authenticated USING ((((status = 'published'::public.content_status) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids)))) OR (provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))));

--
-- Name: programmes programmes_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY programmes_update ON public.programmes FOR UPDATE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))) WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: provider_summaries; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.provider_summaries ENABLE ROW LEVEL SECURITY;

--
-- Name: provider_summaries provider_summaries_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY provider_summaries_select ON public.provider_summaries FOR SELECT TO authenticated USING (((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: providers; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.providers ENABLE ROW LEVEL SECURITY;

--
-- Name: providers providers_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY providers_delete ON public.providers FOR DELETE TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))));

--
-- Name: providers providers_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY providers_insert ON public.providers FOR INSERT TO authenticated WITH CHECK ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))));

--
-- Name: providers providers_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY providers_select ON public.providers FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: providers_staff; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.providers_staff ENABLE ROW LEVEL SECURITY;

--
-- Name: providers_staff providers_staff_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY providers_staff_delete ON public.providers_staff FOR DELETE TO authenticated USING (((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('admin'::text) AS my_provider_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (user_id = ( SELECT auth.uid() AS uid))));

--
-- Name: providers_staff providers_staff_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY providers_staff_insert ON public.providers_staff FOR INSERT TO authenticated WITH CHECK (((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('admin'::text) AS my_provider_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: providers_staff providers_staff_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY providers_staff_select ON public.providers_staff FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR (provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: providers_staff providers_staff_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY providers_staff_update ON public.providers_staff FOR UPDATE TO authenticated USING (((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('admin'::text) AS my_provider_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))))) WITH CHECK (((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('admin'::text) AS my_provider_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))));

--
-- Name: providers providers_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY providers_update ON public.providers FOR UPDATE TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (id = ANY (ARRAY( SELECT platform.my_provider_ids('admin'::text) AS my_provider_ids))))) WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (id = ANY (ARRAY( SELECT platform.my_provider_ids('admin'::text) AS my_provider_ids)))));

--
-- Name: resources; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.resources ENABLE ROW LEVEL SECURITY;

--
-- Name: resources resources_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY resources_delete ON public.resources FOR DELETE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: resources resources_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY resources_insert ON public.resources FOR INSERT TO authenticated WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: resources resources_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY resources_select ON public.resources FOR SELECT TO authenticated USING ((((status = 'published'::public.content_status) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids)))) OR (provider_id = ANY (ARRAY( SELECT platform.my_provider_ids() AS my_provider_ids)))));

--
-- Name: resources resources_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY resources_update ON public.resources FOR UPDATE TO authenticated USING ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids)))) WITH CHECK ((provider_id = ANY (ARRAY( SELECT platform.my_provider_ids('editor'::text) AS my_provider_ids))));

--
-- Name: roles; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.roles ENABLE ROW LEVEL SECURITY;

--
-- Name: roles roles_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY roles_select ON public.roles FOR SELECT TO authenticated USING (true);

--
-- Name: tag_links; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.tag_links ENABLE ROW LEVEL SECURITY;

--
-- Name: tag_links tag_links_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tag_links_delete ON public.tag_links FOR DELETE TO authenticated USING (( SELECT platform.can_edit_target(tag_links.target_type, tag_links.target_id) AS can_edit_target));

--
-- Name: tag_links tag_links_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tag_links_insert ON public.tag_links FOR INSERT TO authenticated WITH CHECK (( SELECT platform.can_edit_target(tag_links.target_type, tag_links.target_id) AS can_edit_target));

--
-- Name: tag_links tag_links_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tag_links_select ON public.tag_links FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: tags; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.tags ENABLE ROW LEVEL SECURITY;

--
-- Name: tags tags_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tags_delete ON public.tags FOR DELETE TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_provider_tenant_ids('editor'::text) AS my_provider_tenant_ids)))));

--
-- Name: tags tags_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tags_insert ON public.tags FOR INSERT TO authenticated WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_provider_tenant_ids('editor'::text) AS my_provider_tenant_ids)))));

--
-- Name: tags tags_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tags_select ON public.tags FOR SELECT TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: tags tags_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tags_update ON public.tags FOR UPDATE TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_provider_tenant_ids('editor'::text) AS my_provider_tenant_ids))))) WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (tenant_id = ANY (ARRAY( SELECT platform.my_provider_tenant_ids('editor'::text) AS my_provider_tenant_ids)))));

--
-- Name: tenant_users; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.tenant_users ENABLE ROW LEVEL SECURITY;

--
-- Name: tenant_users tenant_users_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_users_delete ON public.tenant_users FOR DELETE TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) OR (user_id = ( SELECT auth.uid() AS uid))));

--
-- Name: tenant_users tenant_users_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_users_insert ON public.tenant_users FOR INSERT TO authenticated WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) AND ((role <> 'owner'::text) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('owner'::text) AS my_tenant_ids))))));

--
-- Name: tenant_users tenant_users_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_users_select ON public.tenant_users FOR SELECT TO authenticated USING (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))) OR (user_id = ( SELECT auth.uid() AS uid))));

--
-- Name: tenant_users tenant_users_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenant_users_update ON public.tenant_users FOR UPDATE TO authenticated USING ((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))) WITH CHECK (((tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))) AND ((role <> 'owner'::text) OR (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids('owner'::text) AS my_tenant_ids))))));

--
-- Name: tenants; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.tenants ENABLE ROW LEVEL SECURITY;

--
-- Name: tenants tenants_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenants_select ON public.tenants FOR SELECT TO authenticated USING ((id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))));

--
-- Name: tenants tenants_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY tenants_update ON public.tenants FOR UPDATE TO authenticated USING ((id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids)))) WITH CHECK ((id = ANY (ARRAY( SELECT platform.my_tenant_ids('admin'::text) AS my_tenant_ids))));

--
-- Name: user_embeddings; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.user_embeddings ENABLE ROW LEVEL SECURITY;

--
-- Name: user_embeddings user_embeddings_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_embeddings_delete ON public.user_embeddings FOR DELETE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: user_embeddings user_embeddings_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_embeddings_select ON public.user_embeddings FOR SELECT TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: user_preferences; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.user_preferences ENABLE ROW LEVEL SECURITY;

--
-- Name: user_preferences user_preferences_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_preferences_delete ON public.user_preferences FOR DELETE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: user_preferences user_preferences_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_preferences_insert ON public.user_preferences FOR INSERT TO authenticated WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids)))));

--
-- Name: user_preferences user_preferences_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_preferences_select ON public.user_preferences FOR SELECT TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: user_preferences user_preferences_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_preferences_update ON public.user_preferences FOR UPDATE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids)))));

--
-- Name: user_roles; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.user_roles ENABLE ROW LEVEL SECURITY;

--
-- Name: user_roles user_roles_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_roles_select ON public.user_roles FOR SELECT TO authenticated USING (((user_id = ( SELECT auth.uid() AS uid)) OR ( SELECT platform.is_platform_admin() AS is_platform_admin)));

--
-- Name: user_saved_items; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.user_saved_items ENABLE ROW LEVEL SECURITY;

--
-- Name: user_saved_items user_saved_items_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_saved_items_delete ON public.user_saved_items FOR DELETE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: user_saved_items user_saved_items_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_saved_items_insert ON public.user_saved_items FOR INSERT TO authenticated WITH CHECK (((user_id = ( SELECT auth.uid() AS uid)) AND (tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids)))));

--
-- Name: user_saved_items user_saved_items_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_saved_items_select ON public.user_saved_items FOR SELECT TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: user_saved_items user_saved_items_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY user_saved_items_update ON public.user_saved_items FOR UPDATE TO authenticated USING ((user_id = ( SELECT auth.uid() AS uid))) WITH CHECK ((user_id = ( SELECT auth.uid() AS uid)));

--
-- Name: users; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;

--
-- Name: users users_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY users_insert ON public.users FOR INSERT TO authenticated WITH CHECK ((id = ( SELECT auth.uid() AS uid)));

--
-- Name: users users_select; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY users_select ON public.users FOR SELECT TO authenticated USING (((id = ( SELECT auth.uid() AS uid)) OR (EXISTS ( SELECT 1
   FROM public.tenant_users tu
  WHERE ((tu.user_id = users.id) AND (tu.tenant_id = ANY (ARRAY( SELECT platform.my_tenant_ids() AS my_tenant_ids))))))));

--
-- Name: users users_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY users_update ON public.users FOR UPDATE TO authenticated USING ((id = ( SELECT auth.uid() AS uid))) WITH CHECK ((id = ( SELECT auth.uid() AS uid)));

--
-- Name: SCHEMA auth; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA auth TO anon;
GRANT USAGE ON SCHEMA auth TO authenticated;
GRANT USAGE ON SCHEMA auth TO service_role;

--
-- Name: SCHEMA platform; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA platform TO authenticated;
GRANT USAGE ON SCHEMA platform TO service_role;

--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA public TO anon;
GRANT USAGE ON SCHEMA public TO authenticated;
GRANT USAGE ON SCHEMA public TO service_role;

--
-- Name: FUNCTION halfvec_in(cstring, oid, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_in(cstring, oid, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_in(cstring, oid, integer) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_in(cstring, oid, integer) TO service_role;

--
-- Name: FUNCTION halfvec_out(public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_out(public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_out(public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_out(public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_recv(internal, oid, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_recv(internal, oid, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_recv(internal, oid, integer) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_recv(internal, oid, integer) TO service_role;

--
-- Name: FUNCTION halfvec_send(public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_send(public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_send(public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_send(public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_typmod_in(cstring[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_typmod_in(cstring[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_typmod_in(cstring[]) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_typmod_in(cstring[]) TO service_role;

--
-- Name: FUNCTION sparsevec_in(cstring, oid, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_in(cstring, oid, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_in(cstring, oid, integer) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_in(cstring, oid, integer) TO service_role;

--
-- Name: FUNCTION sparsevec_out(public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_out(public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_out(public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_out(public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_recv(internal, oid, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_recv(internal, oid, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_recv(internal, oid, integer) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_recv(internal, oid, integer) TO service_role;

--
-- Name: FUNCTION sparsevec_send(public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_send(public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_send(public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_send(public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_typmod_in(cstring[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_typmod_in(cstring[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_typmod_in(cstring[]) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_typmod_in(cstring[]) TO service_role;

--
-- Name: FUNCTION vector_in(cstring, oid, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_in(cstring, oid, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_in(cstring, oid, integer) TO authenticated;
GRANT ALL ON FUNCTION public.vector_in(cstring, oid, integer) TO service_role;

--
-- Name: FUNCTION vector_out(public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_out(public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_out(public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_out(public.vector) TO service_role;

--
-- Name: FUNCTION vector_recv(internal, oid, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_recv(internal, oid, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_recv(internal, oid, integer) TO authenticated;
GRANT ALL ON FUNCTION public.vector_recv(internal, oid, integer) TO service_role;

--
-- Name: FUNCTION vector_send(public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_send(public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_send(public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_send(public.vector) TO service_role;

--
-- Name: FUNCTION vector_typmod_in(cstring[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_typmod_in(cstring[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_typmod_in(cstring[]) TO authenticated;
GRANT ALL ON FUNCTION public.vector_typmod_in(cstring[]) TO service_role;

--
-- Name: FUNCTION array_to_halfvec(real[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_halfvec(real[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_halfvec(real[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_halfvec(real[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_sparsevec(real[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_sparsevec(real[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_sparsevec(real[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_sparsevec(real[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_vector(real[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_vector(real[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_vector(real[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_vector(real[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_halfvec(double precision[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_halfvec(double precision[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_halfvec(double precision[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_halfvec(double precision[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_sparsevec(double precision[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_sparsevec(double precision[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_sparsevec(double precision[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_sparsevec(double precision[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_vector(double precision[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_vector(double precision[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_vector(double precision[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_vector(double precision[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_halfvec(integer[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_halfvec(integer[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_halfvec(integer[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_halfvec(integer[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_sparsevec(integer[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_sparsevec(integer[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_sparsevec(integer[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_sparsevec(integer[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_vector(integer[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_vector(integer[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_vector(integer[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_vector(integer[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_halfvec(numeric[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_halfvec(numeric[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_halfvec(numeric[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_halfvec(numeric[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_sparsevec(numeric[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_sparsevec(numeric[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_sparsevec(numeric[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_sparsevec(numeric[], integer, boolean) TO service_role;

--
-- Name: FUNCTION array_to_vector(numeric[], integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.array_to_vector(numeric[], integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.array_to_vector(numeric[], integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.array_to_vector(numeric[], integer, boolean) TO service_role;

--
-- Name: FUNCTION halfvec_to_float4(public.halfvec, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_to_float4(public.halfvec, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_to_float4(public.halfvec, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_to_float4(public.halfvec, integer, boolean) TO service_role;

--
-- Name: FUNCTION halfvec(public.halfvec, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec(public.halfvec, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec(public.halfvec, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec(public.halfvec, integer, boolean) TO service_role;

--
-- Name: FUNCTION halfvec_to_sparsevec(public.halfvec, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_to_sparsevec(public.halfvec, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_to_sparsevec(public.halfvec, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_to_sparsevec(public.halfvec, integer, boolean) TO service_role;

--
-- Name: FUNCTION halfvec_to_vector(public.halfvec, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_to_vector(public.halfvec, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_to_vector(public.halfvec, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_to_vector(public.halfvec, integer, boolean) TO service_role;

--
-- Name: FUNCTION sparsevec_to_halfvec(public.sparsevec, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_to_halfvec(public.sparsevec, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_to_halfvec(public.sparsevec, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_to_halfvec(public.sparsevec, integer, boolean) TO service_role;

--
-- Name: FUNCTION sparsevec(public.sparsevec, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec(public.sparsevec, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec(public.sparsevec, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec(public.sparsevec, integer, boolean) TO service_role;

--
-- Name: FUNCTION sparsevec_to_vector(public.sparsevec, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_to_vector(public.sparsevec, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_to_vector(public.sparsevec, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_to_vector(public.sparsevec, integer, boolean) TO service_role;

--
-- Name: FUNCTION vector_to_float4(public.vector, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_to_float4(public.vector, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_to_float4(public.vector, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.vector_to_float4(public.vector, integer, boolean) TO service_role;

--
-- Name: FUNCTION vector_to_halfvec(public.vector, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_to_halfvec(public.vector, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_to_halfvec(public.vector, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.vector_to_halfvec(public.vector, integer, boolean) TO service_role;

--
-- Name: FUNCTION vector_to_sparsevec(public.vector, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_to_sparsevec(public.vector, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_to_sparsevec(public.vector, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.vector_to_sparsevec(public.vector, integer, boolean) TO service_role;

--
-- Name: FUNCTION vector(public.vector, integer, boolean); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector(public.vector, integer, boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector(public.vector, integer, boolean) TO authenticated;
GRANT ALL ON FUNCTION public.vector(public.vector, integer, boolean) TO service_role;

--
-- Name: FUNCTION jwt(); Type: ACL; Schema: auth; Owner: -
--

GRANT ALL ON FUNCTION auth.jwt() TO anon;
GRANT ALL ON FUNCTION auth.jwt() TO authenticated;
GRANT ALL ON FUNCTION auth.jwt() TO service_role;

--
-- Name: FUNCTION role(); Type: ACL; Schema: auth; Owner: -
--

GRANT ALL ON FUNCTION auth.role() TO anon;
GRANT ALL ON FUNCTION auth.role() TO authenticated;
GRANT ALL ON FUNCTION auth.role() TO service_role;

--
-- Name: FUNCTION uid(); Type: ACL; Schema: auth; Owner: -
--

GRANT ALL ON FUNCTION auth.uid() TO anon;
GRANT ALL ON FUNCTION auth.uid() TO authenticated;
GRANT ALL ON FUNCTION auth.uid() TO service_role;

--
-- Name: FUNCTION ack_event(id uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.ack_event(id uuid) TO service_role;

--
-- Name: FUNCTION ack_event(id uuid, lease_token uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.ack_event(id uuid, lease_token uuid) TO service_role;

--
-- Name: FUNCTION assert_feed_access(p_user uuid, p_tenant uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.assert_feed_access(p_user uuid, p_tenant uuid) TO authenticated;
GRANT ALL ON FUNCTION platform.assert_feed_access(p_user uuid, p_tenant uuid) TO service_role;

--
-- Name: FUNCTION assert_tenant_member(p_tenant uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.assert_tenant_member(p_tenant uuid) TO authenticated;
GRANT ALL ON FUNCTION platform.assert_tenant_member(p_tenant uuid) TO service_role;

--
-- Name: FUNCTION caller_is_privileged(); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.caller_is_privileged() TO authenticated;
GRANT ALL ON FUNCTION platform.caller_is_privileged() TO service_role;

--
-- Name: FUNCTION caller_role(); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.caller_role() TO authenticated;
GRANT ALL ON FUNCTION platform.caller_role() TO service_role;

--
-- Name: FUNCTION can_edit_target(target_type text, target_id uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.can_edit_target(target_type text, target_id uuid) TO authenticated;
GRANT ALL ON FUNCTION platform.can_edit_target(target_type text, target_id uuid) TO service_role;

--
-- Name: FUNCTION check_role(min_role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.check_role(min_role text) TO authenticated;
GRANT ALL ON FUNCTION platform.check_role(min_role text) TO service_role;

--
-- Name: FUNCTION claim_events(batch integer, lease interval); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.claim_events(batch integer, lease interval) TO service_role;

--
-- Name: FUNCTION content_canonical_text(content_type text, content_id uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.content_canonical_text(content_type text, content_id uuid) TO service_role;

--
-- Name: FUNCTION content_hash(canonical_text text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.content_hash(canonical_text text) TO service_role;

--
-- Name: FUNCTION content_popularity(p_tenant uuid, p_type text, p_id uuid, days integer); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.content_popularity(p_tenant uuid, p_type text, p_id uuid, days integer) TO authenticated;
GRANT ALL ON FUNCTION platform.content_popularity(p_tenant uuid, p_type text, p_id uuid, days integer) TO service_role;

--
-- Name: FUNCTION content_popularity_batch(p_tenant uuid, p_types text[], p_ids uuid[], days integer); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.content_popularity_batch(p_tenant uuid, p_types text[], p_ids uuid[], days integer) TO authenticated;
GRANT ALL ON FUNCTION platform.content_popularity_batch(p_tenant uuid, p_types text[], p_ids uuid[], days integer) TO service_role;

--
-- Name: FUNCTION course_progress(user_id uuid, course_id uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.course_progress(user_id uuid, course_id uuid) TO authenticated;
GRANT ALL ON FUNCTION platform.course_progress(user_id uuid, course_id uuid) TO service_role;

--
-- Name: FUNCTION enqueue_event(topic text, payload jsonb, tenant_id uuid, delay interval, max_attempts integer); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.enqueue_event(topic text, payload jsonb, tenant_id uuid, delay interval, max_attempts integer) TO service_role;

--
-- Name: FUNCTION fail_event(id uuid, error text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.fail_event(id uuid, error text) TO service_role;

--
-- Name: FUNCTION fail_event(id uuid, lease_token uuid, error text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.fail_event(id uuid, lease_token uuid, error text) TO service_role;

--
-- Name: FUNCTION for_you_candidates(p_user uuid, p_tenant uuid, q public.vector, tag_ids uuid[], n integer, exact_threshold integer, force_exact boolean); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.for_you_candidates(p_user uuid, p_tenant uuid, q public.vector, tag_ids uuid[], n integer, exact_threshold integer, force_exact boolean) TO authenticated;
GRANT ALL ON FUNCTION platform.for_you_candidates(p_user uuid, p_tenant uuid, q public.vector, tag_ids uuid[], n integer, exact_threshold integer, force_exact boolean) TO service_role;

--
-- Name: FUNCTION for_you_taste(p_user uuid, p_tenant uuid, OUT taste public.vector, OUT source text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.for_you_taste(p_user uuid, p_tenant uuid, OUT taste public.vector, OUT source text) TO authenticated;
GRANT ALL ON FUNCTION platform.for_you_taste(p_user uuid, p_tenant uuid, OUT taste public.vector, OUT source text) TO service_role;

--
-- Name: FUNCTION is_platform_admin(min_role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.is_platform_admin(min_role text) TO authenticated;
GRANT ALL ON FUNCTION platform.is_platform_admin(min_role text) TO service_role;

--
-- Name: FUNCTION log_activity(tenant_id uuid, user_id uuid, action text, target_type text, target_id uuid, metadata jsonb, occurred_at timestamp with time zone); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.log_activity(tenant_id uuid, user_id uuid, action text, target_type text, target_id uuid, metadata jsonb, occurred_at timestamp with time zone) TO authenticated;
GRANT ALL ON FUNCTION platform.log_activity(tenant_id uuid, user_id uuid, action text, target_type text, target_id uuid, metadata jsonb, occurred_at timestamp with time zone) TO service_role;

--
-- Name: FUNCTION mentor_calendar_token(mentor_id uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.mentor_calendar_token(mentor_id uuid) TO service_role;

--
-- Name: FUNCTION my_company_ids(min_role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.my_company_ids(min_role text) TO authenticated;
GRANT ALL ON FUNCTION platform.my_company_ids(min_role text) TO service_role;

--
-- Name: FUNCTION my_mentor_ids(); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.my_mentor_ids() TO authenticated;
GRANT ALL ON FUNCTION platform.my_mentor_ids() TO service_role;

--
-- Name: FUNCTION my_mentor_session_ids(); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.my_mentor_session_ids() TO authenticated;
GRANT ALL ON FUNCTION platform.my_mentor_session_ids() TO service_role;

--
-- Name: FUNCTION my_provider_course_ids(min_role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.my_provider_course_ids(min_role text) TO authenticated;
GRANT ALL ON FUNCTION platform.my_provider_course_ids(min_role text) TO service_role;

--
-- Name: FUNCTION my_provider_event_ids(min_role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.my_provider_event_ids(min_role text) TO authenticated;
GRANT ALL ON FUNCTION platform.my_provider_event_ids(min_role text) TO service_role;

--
-- Name: FUNCTION my_provider_ids(min_role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.my_provider_ids(min_role text) TO authenticated;
GRANT ALL ON FUNCTION platform.my_provider_ids(min_role text) TO service_role;

--
-- Name: FUNCTION my_provider_tenant_ids(min_role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.my_provider_tenant_ids(min_role text) TO authenticated;
GRANT ALL ON FUNCTION platform.my_provider_tenant_ids(min_role text) TO service_role;

--
-- Name: FUNCTION my_tenant_ids(min_role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.my_tenant_ids(min_role text) TO authenticated;
GRANT ALL ON FUNCTION platform.my_tenant_ids(min_role text) TO service_role;

--
-- Name: FUNCTION outbox_backoff_seconds(attempts integer, base double precision, cap double precision, unit double precision); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.outbox_backoff_seconds(attempts integer, base double precision, cap double precision, unit double precision) TO service_role;

--
-- Name: FUNCTION outbox_status(); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.outbox_status() TO service_role;

--
-- Name: FUNCTION profile_completeness(company_id uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.profile_completeness(company_id uuid) TO authenticated;
GRANT ALL ON FUNCTION platform.profile_completeness(company_id uuid) TO service_role;

--
-- Name: FUNCTION progress_percent(completed bigint, total bigint); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.progress_percent(completed bigint, total bigint) TO authenticated;
GRANT ALL ON FUNCTION platform.progress_percent(completed bigint, total bigint) TO service_role;

--
-- Name: FUNCTION purge_api_error_logs(older_than interval); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.purge_api_error_logs(older_than interval) TO service_role;

--
-- Name: FUNCTION purge_published_events(older_than interval); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.purge_published_events(older_than interval) TO service_role;

--
-- Name: FUNCTION refresh_provider_summaries(day date); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.refresh_provider_summaries(day date) TO service_role;

--
-- Name: FUNCTION refresh_tag_vectors(p_tenant uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.refresh_tag_vectors(p_tenant uuid) TO service_role;

--
-- Name: FUNCTION refresh_user_embedding(user_id uuid, tenant_id uuid); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.refresh_user_embedding(user_id uuid, tenant_id uuid) TO service_role;

--
-- Name: FUNCTION require_primary(what text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.require_primary(what text) TO authenticated;
GRANT ALL ON FUNCTION platform.require_primary(what text) TO service_role;

--
-- Name: FUNCTION role_rank(role text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.role_rank(role text) TO authenticated;
GRANT ALL ON FUNCTION platform.role_rank(role text) TO service_role;

--
-- Name: FUNCTION set_mentor_calendar_token(mentor_id uuid, token text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.set_mentor_calendar_token(mentor_id uuid, token text) TO authenticated;
GRANT ALL ON FUNCTION platform.set_mentor_calendar_token(mentor_id uuid, token text) TO service_role;

--
-- Name: FUNCTION stale_embeddings(lim integer); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.stale_embeddings(lim integer) TO service_role;

--
-- Name: FUNCTION tag_share_estimate(p_tenant uuid, p_tags uuid[]); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.tag_share_estimate(p_tenant uuid, p_tags uuid[]) TO authenticated;
GRANT ALL ON FUNCTION platform.tag_share_estimate(p_tenant uuid, p_tags uuid[]) TO service_role;

--
-- Name: FUNCTION upsert_embedding(content_type text, content_id uuid, embedding real[], input_hash text); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.upsert_embedding(content_type text, content_id uuid, embedding real[], input_hash text) TO service_role;

--
-- Name: FUNCTION uuid_v7(); Type: ACL; Schema: platform; Owner: -
--

GRANT ALL ON FUNCTION platform.uuid_v7() TO authenticated;
GRANT ALL ON FUNCTION platform.uuid_v7() TO service_role;

--
-- Name: FUNCTION accept_provider_invitation(provider_id uuid); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.accept_provider_invitation(provider_id uuid) TO authenticated;

--
-- Name: FUNCTION armor(bytea); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.armor(bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION public.armor(bytea) TO authenticated;
GRANT ALL ON FUNCTION public.armor(bytea) TO service_role;

--
-- Name: FUNCTION armor(bytea, text[], text[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.armor(bytea, text[], text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.armor(bytea, text[], text[]) TO authenticated;
GRANT ALL ON FUNCTION public.armor(bytea, text[], text[]) TO service_role;

--
-- Name: FUNCTION binary_quantize(public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.binary_quantize(public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.binary_quantize(public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.binary_quantize(public.halfvec) TO service_role;

--
-- Name: FUNCTION binary_quantize(public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.binary_quantize(public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.binary_quantize(public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.binary_quantize(public.vector) TO service_role;

--
-- Name: FUNCTION cosine_distance(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.cosine_distance(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.cosine_distance(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.cosine_distance(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION cosine_distance(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.cosine_distance(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.cosine_distance(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.cosine_distance(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION cosine_distance(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.cosine_distance(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.cosine_distance(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.cosine_distance(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION crypt(text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.crypt(text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.crypt(text, text) TO authenticated;
GRANT ALL ON FUNCTION public.crypt(text, text) TO service_role;

--
-- Name: FUNCTION dearmor(text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.dearmor(text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.dearmor(text) TO authenticated;
GRANT ALL ON FUNCTION public.dearmor(text) TO service_role;

--
-- Name: FUNCTION decrypt(bytea, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.decrypt(bytea, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.decrypt(bytea, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.decrypt(bytea, bytea, text) TO service_role;

--
-- Name: FUNCTION decrypt_iv(bytea, bytea, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.decrypt_iv(bytea, bytea, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.decrypt_iv(bytea, bytea, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.decrypt_iv(bytea, bytea, bytea, text) TO service_role;

--
-- Name: FUNCTION digest(bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.digest(bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.digest(bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.digest(bytea, text) TO service_role;

--
-- Name: FUNCTION digest(text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.digest(text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.digest(text, text) TO authenticated;
GRANT ALL ON FUNCTION public.digest(text, text) TO service_role;

--
-- Name: FUNCTION encrypt(bytea, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.encrypt(bytea, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.encrypt(bytea, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.encrypt(bytea, bytea, text) TO service_role;

--
-- Name: FUNCTION encrypt_iv(bytea, bytea, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.encrypt_iv(bytea, bytea, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.encrypt_iv(bytea, bytea, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.encrypt_iv(bytea, bytea, bytea, text) TO service_role;

--
-- Name: FUNCTION for_you(user_id uuid, tenant_id uuid, k integer, tags text[]); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.for_you(user_id uuid, tenant_id uuid, k integer, tags text[]) TO authenticated;
GRANT ALL ON FUNCTION public.for_you(user_id uuid, tenant_id uuid, k integer, tags text[]) TO service_role;

--
-- Name: FUNCTION gen_random_bytes(integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.gen_random_bytes(integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.gen_random_bytes(integer) TO authenticated;
GRANT ALL ON FUNCTION public.gen_random_bytes(integer) TO service_role;

--
-- Name: FUNCTION gen_random_uuid(); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.gen_random_uuid() FROM PUBLIC;
GRANT ALL ON FUNCTION public.gen_random_uuid() TO authenticated;
GRANT ALL ON FUNCTION public.gen_random_uuid() TO service_role;

--
-- Name: FUNCTION gen_salt(text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.gen_salt(text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.gen_salt(text) TO authenticated;
GRANT ALL ON FUNCTION public.gen_salt(text) TO service_role;

--
-- Name: FUNCTION gen_salt(text, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.gen_salt(text, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.gen_salt(text, integer) TO authenticated;
GRANT ALL ON FUNCTION public.gen_salt(text, integer) TO service_role;

--
-- Name: FUNCTION halfvec_accum(double precision[], public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_accum(double precision[], public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_accum(double precision[], public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_accum(double precision[], public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_add(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_add(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_add(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_add(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_avg(double precision[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_avg(double precision[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_avg(double precision[]) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_avg(double precision[]) TO service_role;

--
-- Name: FUNCTION halfvec_cmp(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_cmp(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_cmp(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_cmp(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_combine(double precision[], double precision[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_combine(double precision[], double precision[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_combine(double precision[], double precision[]) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_combine(double precision[], double precision[]) TO service_role;

--
-- Name: FUNCTION halfvec_concat(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_concat(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_concat(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_concat(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_eq(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_eq(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_eq(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_eq(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_ge(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_ge(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_ge(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_ge(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_gt(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_gt(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_gt(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_gt(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_l2_squared_distance(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_l2_squared_distance(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_l2_squared_distance(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_l2_squared_distance(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_le(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_le(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_le(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_le(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_lt(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_lt(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_lt(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_lt(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_mul(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_mul(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_mul(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_mul(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_ne(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_ne(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_ne(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_ne(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_negative_inner_product(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_negative_inner_product(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_negative_inner_product(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_negative_inner_product(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_spherical_distance(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_spherical_distance(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_spherical_distance(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_spherical_distance(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION halfvec_sub(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.halfvec_sub(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.halfvec_sub(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.halfvec_sub(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION hamming_distance(bit, bit); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.hamming_distance(bit, bit) FROM PUBLIC;
GRANT ALL ON FUNCTION public.hamming_distance(bit, bit) TO authenticated;
GRANT ALL ON FUNCTION public.hamming_distance(bit, bit) TO service_role;

--
-- Name: FUNCTION hmac(bytea, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.hmac(bytea, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.hmac(bytea, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.hmac(bytea, bytea, text) TO service_role;

--
-- Name: FUNCTION hmac(text, text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.hmac(text, text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.hmac(text, text, text) TO authenticated;
GRANT ALL ON FUNCTION public.hmac(text, text, text) TO service_role;

--
-- Name: FUNCTION hnsw_bit_support(internal); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.hnsw_bit_support(internal) FROM PUBLIC;
GRANT ALL ON FUNCTION public.hnsw_bit_support(internal) TO authenticated;
GRANT ALL ON FUNCTION public.hnsw_bit_support(internal) TO service_role;

--
-- Name: FUNCTION hnsw_halfvec_support(internal); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.hnsw_halfvec_support(internal) FROM PUBLIC;
GRANT ALL ON FUNCTION public.hnsw_halfvec_support(internal) TO authenticated;
GRANT ALL ON FUNCTION public.hnsw_halfvec_support(internal) TO service_role;

--
-- Name: FUNCTION hnsw_sparsevec_support(internal); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.hnsw_sparsevec_support(internal) FROM PUBLIC;
GRANT ALL ON FUNCTION public.hnsw_sparsevec_support(internal) TO authenticated;
GRANT ALL ON FUNCTION public.hnsw_sparsevec_support(internal) TO service_role;

--
-- Name: FUNCTION hnswhandler(internal); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.hnswhandler(internal) FROM PUBLIC;
GRANT ALL ON FUNCTION public.hnswhandler(internal) TO authenticated;
GRANT ALL ON FUNCTION public.hnswhandler(internal) TO service_role;

--
-- Name: FUNCTION inner_product(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.inner_product(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.inner_product(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.inner_product(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION inner_product(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.inner_product(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.inner_product(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.inner_product(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION inner_product(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.inner_product(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.inner_product(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.inner_product(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION ivfflat_bit_support(internal); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.ivfflat_bit_support(internal) FROM PUBLIC;
GRANT ALL ON FUNCTION public.ivfflat_bit_support(internal) TO authenticated;
GRANT ALL ON FUNCTION public.ivfflat_bit_support(internal) TO service_role;

--
-- Name: FUNCTION ivfflat_halfvec_support(internal); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.ivfflat_halfvec_support(internal) FROM PUBLIC;
GRANT ALL ON FUNCTION public.ivfflat_halfvec_support(internal) TO authenticated;
GRANT ALL ON FUNCTION public.ivfflat_halfvec_support(internal) TO service_role;

--
-- Name: FUNCTION ivfflathandler(internal); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.ivfflathandler(internal) FROM PUBLIC;
GRANT ALL ON FUNCTION public.ivfflathandler(internal) TO authenticated;
GRANT ALL ON FUNCTION public.ivfflathandler(internal) TO service_role;

--
-- Name: FUNCTION jaccard_distance(bit, bit); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.jaccard_distance(bit, bit) FROM PUBLIC;
GRANT ALL ON FUNCTION public.jaccard_distance(bit, bit) TO authenticated;
GRANT ALL ON FUNCTION public.jaccard_distance(bit, bit) TO service_role;

--
-- Name: FUNCTION l1_distance(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l1_distance(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l1_distance(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.l1_distance(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION l1_distance(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l1_distance(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l1_distance(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.l1_distance(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION l1_distance(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l1_distance(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l1_distance(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.l1_distance(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION l2_distance(public.halfvec, public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l2_distance(public.halfvec, public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l2_distance(public.halfvec, public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.l2_distance(public.halfvec, public.halfvec) TO service_role;

--
-- Name: FUNCTION l2_distance(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l2_distance(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l2_distance(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.l2_distance(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION l2_distance(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l2_distance(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l2_distance(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.l2_distance(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION l2_norm(public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l2_norm(public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l2_norm(public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.l2_norm(public.halfvec) TO service_role;

--
-- Name: FUNCTION l2_norm(public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l2_norm(public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l2_norm(public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.l2_norm(public.sparsevec) TO service_role;

--
-- Name: FUNCTION l2_normalize(public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l2_normalize(public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l2_normalize(public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.l2_normalize(public.halfvec) TO service_role;

--
-- Name: FUNCTION l2_normalize(public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l2_normalize(public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l2_normalize(public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.l2_normalize(public.sparsevec) TO service_role;

--
-- Name: FUNCTION l2_normalize(public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.l2_normalize(public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.l2_normalize(public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.l2_normalize(public.vector) TO service_role;

--
-- Name: FUNCTION pgp_armor_headers(text, OUT key text, OUT value text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_armor_headers(text, OUT key text, OUT value text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_armor_headers(text, OUT key text, OUT value text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_armor_headers(text, OUT key text, OUT value text) TO service_role;

--
-- Name: FUNCTION pgp_key_id(bytea); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_key_id(bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_key_id(bytea) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_key_id(bytea) TO service_role;

--
-- Name: FUNCTION pgp_pub_decrypt(bytea, bytea); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea) TO service_role;

--
-- Name: FUNCTION pgp_pub_decrypt(bytea, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea, text) TO service_role;

--
-- Name: FUNCTION pgp_pub_decrypt(bytea, bytea, text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea, text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea, text, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt(bytea, bytea, text, text) TO service_role;

--
-- Name: FUNCTION pgp_pub_decrypt_bytea(bytea, bytea); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea) TO service_role;

--
-- Name: FUNCTION pgp_pub_decrypt_bytea(bytea, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea, text) TO service_role;

--
-- Name: FUNCTION pgp_pub_decrypt_bytea(bytea, bytea, text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea, text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea, text, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_decrypt_bytea(bytea, bytea, text, text) TO service_role;

--
-- Name: FUNCTION pgp_pub_encrypt(text, bytea); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_encrypt(text, bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_encrypt(text, bytea) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_encrypt(text, bytea) TO service_role;

--
-- Name: FUNCTION pgp_pub_encrypt(text, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_encrypt(text, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_encrypt(text, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_encrypt(text, bytea, text) TO service_role;

--
-- Name: FUNCTION pgp_pub_encrypt_bytea(bytea, bytea); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_encrypt_bytea(bytea, bytea) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_encrypt_bytea(bytea, bytea) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_encrypt_bytea(bytea, bytea) TO service_role;

--
-- Name: FUNCTION pgp_pub_encrypt_bytea(bytea, bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_pub_encrypt_bytea(bytea, bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_pub_encrypt_bytea(bytea, bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_pub_encrypt_bytea(bytea, bytea, text) TO service_role;

--
-- Name: FUNCTION pgp_sym_decrypt(bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_sym_decrypt(bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_sym_decrypt(bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_sym_decrypt(bytea, text) TO service_role;

--
-- Name: FUNCTION pgp_sym_decrypt(bytea, text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_sym_decrypt(bytea, text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_sym_decrypt(bytea, text, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_sym_decrypt(bytea, text, text) TO service_role;

--
-- Name: FUNCTION pgp_sym_decrypt_bytea(bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_sym_decrypt_bytea(bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_sym_decrypt_bytea(bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_sym_decrypt_bytea(bytea, text) TO service_role;

--
-- Name: FUNCTION pgp_sym_decrypt_bytea(bytea, text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_sym_decrypt_bytea(bytea, text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_sym_decrypt_bytea(bytea, text, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_sym_decrypt_bytea(bytea, text, text) TO service_role;

--
-- Name: FUNCTION pgp_sym_encrypt(text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_sym_encrypt(text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_sym_encrypt(text, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_sym_encrypt(text, text) TO service_role;

--
-- Name: FUNCTION pgp_sym_encrypt(text, text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_sym_encrypt(text, text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_sym_encrypt(text, text, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_sym_encrypt(text, text, text) TO service_role;

--
-- Name: FUNCTION pgp_sym_encrypt_bytea(bytea, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_sym_encrypt_bytea(bytea, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_sym_encrypt_bytea(bytea, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_sym_encrypt_bytea(bytea, text) TO service_role;

--
-- Name: FUNCTION pgp_sym_encrypt_bytea(bytea, text, text); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.pgp_sym_encrypt_bytea(bytea, text, text) FROM PUBLIC;
GRANT ALL ON FUNCTION public.pgp_sym_encrypt_bytea(bytea, text, text) TO authenticated;
GRANT ALL ON FUNCTION public.pgp_sym_encrypt_bytea(bytea, text, text) TO service_role;

--
-- Name: FUNCTION sparsevec_cmp(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_cmp(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_cmp(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_cmp(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_eq(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_eq(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_eq(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_eq(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_ge(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_ge(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_ge(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_ge(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_gt(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_gt(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_gt(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_gt(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_l2_squared_distance(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_l2_squared_distance(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_l2_squared_distance(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_l2_squared_distance(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_le(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_le(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_le(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_le(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_lt(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_lt(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_lt(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_lt(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_ne(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_ne(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_ne(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_ne(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION sparsevec_negative_inner_product(public.sparsevec, public.sparsevec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sparsevec_negative_inner_product(public.sparsevec, public.sparsevec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sparsevec_negative_inner_product(public.sparsevec, public.sparsevec) TO authenticated;
GRANT ALL ON FUNCTION public.sparsevec_negative_inner_product(public.sparsevec, public.sparsevec) TO service_role;

--
-- Name: FUNCTION start_impersonation(target_user_id uuid, reason text, tenant_id uuid); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.start_impersonation(target_user_id uuid, reason text, tenant_id uuid) TO authenticated;
GRANT ALL ON FUNCTION public.start_impersonation(target_user_id uuid, reason text, tenant_id uuid) TO service_role;

--
-- Name: FUNCTION stop_impersonation(target_user_id uuid); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.stop_impersonation(target_user_id uuid) TO authenticated;
GRANT ALL ON FUNCTION public.stop_impersonation(target_user_id uuid) TO service_role;

--
-- Name: FUNCTION subvector(public.halfvec, integer, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.subvector(public.halfvec, integer, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.subvector(public.halfvec, integer, integer) TO authenticated;
GRANT ALL ON FUNCTION public.subvector(public.halfvec, integer, integer) TO service_role;

--
-- Name: FUNCTION subvector(public.vector, integer, integer); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.subvector(public.vector, integer, integer) FROM PUBLIC;
GRANT ALL ON FUNCTION public.subvector(public.vector, integer, integer) TO authenticated;
GRANT ALL ON FUNCTION public.subvector(public.vector, integer, integer) TO service_role;

--
-- Name: FUNCTION unread_notification_count(); Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON FUNCTION public.unread_notification_count() TO authenticated;
GRANT ALL ON FUNCTION public.unread_notification_count() TO service_role;

--
-- Name: FUNCTION vector_accum(double precision[], public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_accum(double precision[], public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_accum(double precision[], public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_accum(double precision[], public.vector) TO service_role;

--
-- Name: FUNCTION vector_add(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_add(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_add(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_add(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_avg(double precision[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_avg(double precision[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_avg(double precision[]) TO authenticated;
GRANT ALL ON FUNCTION public.vector_avg(double precision[]) TO service_role;

--
-- Name: FUNCTION vector_cmp(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_cmp(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_cmp(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_cmp(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_combine(double precision[], double precision[]); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_combine(double precision[], double precision[]) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_combine(double precision[], double precision[]) TO authenticated;
GRANT ALL ON FUNCTION public.vector_combine(double precision[], double precision[]) TO service_role;

--
-- Name: FUNCTION vector_concat(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_concat(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_concat(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_concat(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_dims(public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_dims(public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_dims(public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.vector_dims(public.halfvec) TO service_role;

--
-- Name: FUNCTION vector_dims(public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_dims(public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_dims(public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_dims(public.vector) TO service_role;

--
-- Name: FUNCTION vector_eq(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_eq(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_eq(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_eq(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_ge(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_ge(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_ge(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_ge(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_gt(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_gt(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_gt(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_gt(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_l2_squared_distance(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_l2_squared_distance(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_l2_squared_distance(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_l2_squared_distance(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_le(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_le(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_le(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_le(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_lt(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_lt(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_lt(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_lt(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_mul(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_mul(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_mul(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_mul(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_ne(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_ne(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_ne(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_ne(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_negative_inner_product(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_negative_inner_product(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_negative_inner_product(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_negative_inner_product(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_norm(public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_norm(public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_norm(public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_norm(public.vector) TO service_role;

--
-- Name: FUNCTION vector_spherical_distance(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_spherical_distance(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_spherical_distance(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_spherical_distance(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION vector_sub(public.vector, public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.vector_sub(public.vector, public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.vector_sub(public.vector, public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.vector_sub(public.vector, public.vector) TO service_role;

--
-- Name: FUNCTION avg(public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.avg(public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.avg(public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.avg(public.halfvec) TO service_role;

--
-- Name: FUNCTION avg(public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.avg(public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.avg(public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.avg(public.vector) TO service_role;

--
-- Name: FUNCTION sum(public.halfvec); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sum(public.halfvec) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sum(public.halfvec) TO authenticated;
GRANT ALL ON FUNCTION public.sum(public.halfvec) TO service_role;

--
-- Name: FUNCTION sum(public.vector); Type: ACL; Schema: public; Owner: -
--

REVOKE ALL ON FUNCTION public.sum(public.vector) FROM PUBLIC;
GRANT ALL ON FUNCTION public.sum(public.vector) TO authenticated;
GRANT ALL ON FUNCTION public.sum(public.vector) TO service_role;

--
-- Name: TABLE tag_vectors; Type: ACL; Schema: platform; Owner: -
--

GRANT SELECT ON TABLE platform.tag_vectors TO authenticated;
GRANT SELECT ON TABLE platform.tag_vectors TO service_role;

--
-- Name: TABLE activities; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.activities TO service_role;
GRANT SELECT ON TABLE public.activities TO authenticated;

--
-- Name: COLUMN activities.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.activities TO authenticated;

--
-- Name: COLUMN activities.occurred_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(occurred_at) ON TABLE public.activities TO authenticated;

--
-- Name: COLUMN activities.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.activities TO authenticated;

--
-- Name: COLUMN activities.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.activities TO authenticated;

--
-- Name: COLUMN activities.action; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(action) ON TABLE public.activities TO authenticated;

--
-- Name: COLUMN activities.target_type; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(target_type) ON TABLE public.activities TO authenticated;

--
-- Name: COLUMN activities.target_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(target_id) ON TABLE public.activities TO authenticated;

--
-- Name: COLUMN activities.metadata; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(metadata) ON TABLE public.activities TO authenticated;

--
-- Name: TABLE api_error_logs; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.api_error_logs TO service_role;
GRANT SELECT ON TABLE public.api_error_logs TO authenticated;

--
-- Name: TABLE audit_logs; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.audit_logs TO service_role;
GRANT SELECT ON TABLE public.audit_logs TO authenticated;

--
-- Name: TABLE cohorts; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.cohorts TO service_role;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.cohorts TO authenticated;

--
-- Name: TABLE comments; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.comments TO service_role;
GRANT SELECT,DELETE ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.target_type; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(target_type) ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.target_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(target_id) ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.parent_comment_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(parent_comment_id) ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.body; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(body),UPDATE(body) ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.status; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(status) ON TABLE public.comments TO authenticated;

--
-- Name: COLUMN comments.edited_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(edited_at) ON TABLE public.comments TO authenticated;

--
-- Name: TABLE companies; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.companies TO service_role;
GRANT SELECT,DELETE ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.name; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(name),UPDATE(name) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.description; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(description),UPDATE(description) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.website_url; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(website_url),UPDATE(website_url) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.logo_url; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(logo_url),UPDATE(logo_url) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.sector; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(sector),UPDATE(sector) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.company_size; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(company_size),UPDATE(company_size) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.stage; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(stage),UPDATE(stage) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.funding_stage; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(funding_stage),UPDATE(funding_stage) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.funding_raised; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(funding_raised),UPDATE(funding_raised) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.challenges; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(challenges),UPDATE(challenges) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.location; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(location),UPDATE(location) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.postcode; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(postcode),UPDATE(postcode) ON TABLE public.companies TO authenticated;

--
-- Name: COLUMN companies.status; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE public.companies TO authenticated;

--
-- Name: TABLE company_staff; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.company_staff TO service_role;
GRANT SELECT,DELETE ON TABLE public.company_staff TO authenticated;

--
-- Name: COLUMN company_staff.company_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(company_id) ON TABLE public.company_staff TO authenticated;

--
-- Name: COLUMN company_staff.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.company_staff TO authenticated;

--
-- Name: COLUMN company_staff.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.company_staff TO authenticated;

--
-- Name: COLUMN company_staff.role; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(role),UPDATE(role) ON TABLE public.company_staff TO authenticated;

--
-- Name: COLUMN company_staff.job_title; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(job_title),UPDATE(job_title) ON TABLE public.company_staff TO authenticated;

--
-- Name: COLUMN company_staff.status; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE public.company_staff TO authenticated;

--
-- Name: TABLE course_engagements; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.course_engagements TO service_role;
GRANT SELECT,DELETE ON TABLE public.course_engagements TO authenticated;

--
-- Name: COLUMN course_engagements.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.course_engagements TO authenticated;

--
-- Name: COLUMN course_engagements.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.course_engagements TO authenticated;

--
-- Name: COLUMN course_engagements.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.course_engagements TO authenticated;

--
-- Name: COLUMN course_engagements.course_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(course_id) ON TABLE public.course_engagements TO authenticated;

--
-- Name: COLUMN course_engagements.module_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(module_id) ON TABLE public.course_engagements TO authenticated;

--
-- Name: COLUMN course_engagements.response; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(response),UPDATE(response) ON TABLE public.course_engagements TO authenticated;

--
-- Name: COLUMN course_engagements.completed_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(completed_at),UPDATE(completed_at) ON TABLE public.course_engagements TO authenticated;

--
-- Name: TABLE course_modules; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.course_modules TO service_role;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.course_modules TO authenticated;

--
-- Name: TABLE course_pages; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.course_pages TO service_role;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.course_pages TO authenticated;

--
-- Name: TABLE course_signups; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.course_signups TO service_role;
GRANT SELECT,DELETE ON TABLE public.course_signups TO authenticated;

--
-- Name: COLUMN course_signups.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.course_signups TO authenticated;

--
-- Name: COLUMN course_signups.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.course_signups TO authenticated;

--
-- Name: COLUMN course_signups.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.course_signups TO authenticated;

--
-- Name: COLUMN course_signups.course_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(course_id) ON TABLE public.course_signups TO authenticated;

--
-- Name: COLUMN course_signups.status; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(status) ON TABLE public.course_signups TO authenticated;

--
-- Name: TABLE courses; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.courses TO service_role;
GRANT SELECT,DELETE ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id),UPDATE(id) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id),UPDATE(tenant_id) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.provider_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(provider_id),UPDATE(provider_id) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.programme_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(programme_id),UPDATE(programme_id) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.title; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(title),UPDATE(title) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.description; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(description),UPDATE(description) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.order_index; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(order_index),UPDATE(order_index) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.unlocks_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(unlocks_at),UPDATE(unlocks_at) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.estimated_minutes; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(estimated_minutes),UPDATE(estimated_minutes) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.status; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.published_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(published_at),UPDATE(published_at) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.created_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(created_at),UPDATE(created_at) ON TABLE public.courses TO authenticated;

--
-- Name: COLUMN courses.updated_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(updated_at),UPDATE(updated_at) ON TABLE public.courses TO authenticated;

--
-- Name: TABLE embeddings; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.embeddings TO service_role;
GRANT SELECT ON TABLE public.embeddings TO authenticated;

--
-- Name: TABLE event_outbox; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_outbox TO service_role;

--
-- Name: TABLE event_signups; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.event_signups TO service_role;
GRANT SELECT,DELETE ON TABLE public.event_signups TO authenticated;

--
-- Name: COLUMN event_signups.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.event_signups TO authenticated;

--
-- Name: COLUMN event_signups.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.event_signups TO authenticated;

--
-- Name: COLUMN event_signups.event_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(event_id) ON TABLE public.event_signups TO authenticated;

--
-- Name: COLUMN event_signups.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.event_signups TO authenticated;

--
-- Name: COLUMN event_signups.status; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE public.event_signups TO authenticated;

--
-- Name: COLUMN event_signups.attendance_mode; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(attendance_mode),UPDATE(attendance_mode) ON TABLE public.event_signups TO authenticated;

--
-- Name: COLUMN event_signups.attended; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(attended) ON TABLE public.event_signups TO authenticated;

--
-- Name: COLUMN event_signups.attendance_confirmed_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(attendance_confirmed_at) ON TABLE public.event_signups TO authenticated;

--
-- Name: TABLE events; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.events TO service_role;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.events TO authenticated;

--
-- Name: TABLE impersonation_logs; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.impersonation_logs TO service_role;
GRANT SELECT ON TABLE public.impersonation_logs TO authenticated;

--
-- Name: TABLE mentor_availabilities; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.mentor_availabilities TO service_role;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.mentor_availabilities TO authenticated;

--
-- Name: TABLE mentor_credits; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.mentor_credits TO service_role;
GRANT SELECT,DELETE ON TABLE public.mentor_credits TO authenticated;

--
-- Name: COLUMN mentor_credits.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.mentor_credits TO authenticated;

--
-- Name: COLUMN mentor_credits.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.mentor_credits TO authenticated;

--
-- Name: COLUMN mentor_credits.company_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(company_id) ON TABLE public.mentor_credits TO authenticated;

--
-- Name: COLUMN mentor_credits.programme_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(programme_id) ON TABLE public.mentor_credits TO authenticated;

--
-- Name: COLUMN mentor_credits.credits_granted; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(credits_granted),UPDATE(credits_granted) ON TABLE public.mentor_credits TO authenticated;

--
-- Name: COLUMN mentor_credits.status; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE public.mentor_credits TO authenticated;

--
-- Name: COLUMN mentor_credits.valid_from; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(valid_from),UPDATE(valid_from) ON TABLE public.mentor_credits TO authenticated;

--
-- Name: COLUMN mentor_credits.expires_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(expires_at),UPDATE(expires_at) ON TABLE public.mentor_credits TO authenticated;

--
-- Name: TABLE mentor_pairings; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.mentor_pairings TO service_role;
GRANT SELECT,INSERT,DELETE ON TABLE public.mentor_pairings TO authenticated;

--
-- Name: COLUMN mentor_pairings.status; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(status) ON TABLE public.mentor_pairings TO authenticated;

--
-- Name: COLUMN mentor_pairings.started_on; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(started_on) ON TABLE public.mentor_pairings TO authenticated;

--
-- Name: COLUMN mentor_pairings.ended_on; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(ended_on) ON TABLE public.mentor_pairings TO authenticated;

--
-- Name: COLUMN mentor_pairings.notes; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(notes) ON TABLE public.mentor_pairings TO authenticated;

--
-- Name: TABLE mentor_programmes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.mentor_programmes TO service_role;
GRANT SELECT,INSERT,DELETE ON TABLE public.mentor_programmes TO authenticated;

--
-- Name: COLUMN mentor_programmes.contract_reference; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(contract_reference) ON TABLE public.mentor_programmes TO authenticated;

--
-- Name: COLUMN mentor_programmes.hourly_rate; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(hourly_rate) ON TABLE public.mentor_programmes TO authenticated;

--
-- Name: COLUMN mentor_programmes.rate_currency; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(rate_currency) ON TABLE public.mentor_programmes TO authenticated;

--
-- Name: COLUMN mentor_programmes.status; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(status) ON TABLE public.mentor_programmes TO authenticated;

--
-- Name: TABLE mentor_session_signups; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.mentor_session_signups TO service_role;
GRANT SELECT,DELETE ON TABLE public.mentor_session_signups TO authenticated;

--
-- Name: COLUMN mentor_session_signups.session_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(session_id) ON TABLE public.mentor_session_signups TO authenticated;

--
-- Name: COLUMN mentor_session_signups.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.mentor_session_signups TO authenticated;

--
-- Name: COLUMN mentor_session_signups.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.mentor_session_signups TO authenticated;

--
-- Name: COLUMN mentor_session_signups.role; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(role),UPDATE(role) ON TABLE public.mentor_session_signups TO authenticated;

--
-- Name: TABLE mentor_sessions; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.mentor_sessions TO service_role;
GRANT SELECT ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.mentor_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(mentor_id) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.credit_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(credit_id) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.status; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.starts_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(starts_at),UPDATE(starts_at) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.ends_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(ends_at),UPDATE(ends_at) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.external_calendar_id; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(external_calendar_id) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.meeting_url; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(meeting_url),UPDATE(meeting_url) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.notes; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: COLUMN mentor_sessions.booked_by; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(booked_by) ON TABLE public.mentor_sessions TO authenticated;

--
-- Name: TABLE mentors; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.mentors TO service_role;
GRANT SELECT,DELETE ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.id; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(id),INSERT(id) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(tenant_id),INSERT(tenant_id) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(user_id),INSERT(user_id) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.headline; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(headline),INSERT(headline),UPDATE(headline) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.bio; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(bio),INSERT(bio),UPDATE(bio) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.expertise_areas; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(expertise_areas),INSERT(expertise_areas),UPDATE(expertise_areas) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.industries; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(industries),INSERT(industries),UPDATE(industries) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.linkedin_url; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(linkedin_url),INSERT(linkedin_url),UPDATE(linkedin_url) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.status; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(status),INSERT(status),UPDATE(status) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.created_at; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(created_at) ON TABLE public.mentors TO authenticated;

--
-- Name: COLUMN mentors.updated_at; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT(updated_at) ON TABLE public.mentors TO authenticated;

--
-- Name: TABLE notifications; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.notifications TO service_role;
GRANT SELECT,DELETE ON TABLE public.notifications TO authenticated;

--
-- Name: COLUMN notifications.read_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(read_at) ON TABLE public.notifications TO authenticated;

--
-- Name: TABLE places; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.places TO service_role;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.places TO authenticated;

--
-- Name: TABLE postcodes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.postcodes TO service_role;
GRANT SELECT ON TABLE public.postcodes TO authenticated;

--
-- Name: TABLE programme_signups; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.programme_signups TO service_role;
GRANT SELECT,DELETE ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.company_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(company_id) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.programme_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(programme_id) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.cohort_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(cohort_id),UPDATE(cohort_id) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.status; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(status) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.application; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(application),UPDATE(application) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.applied_by; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(applied_by) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.reviewed_by; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(reviewed_by) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.reviewed_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(reviewed_at) ON TABLE public.programme_signups TO authenticated;

--
-- Name: COLUMN programme_signups.enrolled_at; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(enrolled_at) ON TABLE public.programme_signups TO authenticated;

--
-- Name: TABLE programmes; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.programmes TO service_role;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.programmes TO authenticated;

--
-- Name: TABLE provider_summaries; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.provider_summaries TO service_role;
GRANT SELECT ON TABLE public.provider_summaries TO authenticated;

--
-- Name: TABLE providers; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.providers TO service_role;
GRANT SELECT,DELETE ON TABLE public.providers TO authenticated;

--
-- Name: COLUMN providers.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.providers TO authenticated;

--
-- Name: COLUMN providers.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.providers TO authenticated;

--
-- Name: COLUMN providers.name; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(name),UPDATE(name) ON TABLE public.providers TO authenticated;

--
-- Name: COLUMN providers.slug; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(slug),UPDATE(slug) ON TABLE public.providers TO authenticated;

--
-- Name: COLUMN providers.description; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(description),UPDATE(description) ON TABLE public.providers TO authenticated;

--
-- Name: COLUMN providers.website_url; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(website_url),UPDATE(website_url) ON TABLE public.providers TO authenticated;

--
-- Name: COLUMN providers.logo_url; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(logo_url),UPDATE(logo_url) ON TABLE public.providers TO authenticated;

--
-- Name: COLUMN providers.status; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE public.providers TO authenticated;

--
-- Name: TABLE providers_staff; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.providers_staff TO service_role;
GRANT SELECT,DELETE ON TABLE public.providers_staff TO authenticated;

--
-- Name: COLUMN providers_staff.provider_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(provider_id) ON TABLE public.providers_staff TO authenticated;

--
-- Name: COLUMN providers_staff.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.providers_staff TO authenticated;

--
-- Name: COLUMN providers_staff.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.providers_staff TO authenticated;

--
-- Name: COLUMN providers_staff.role; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(role),UPDATE(role) ON TABLE public.providers_staff TO authenticated;

--
-- Name: COLUMN providers_staff.invited_by; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(invited_by) ON TABLE public.providers_staff TO authenticated;

--
-- Name: COLUMN providers_staff.invited_at; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(invited_at),UPDATE(invited_at) ON TABLE public.providers_staff TO authenticated;

--
-- Name: TABLE resources; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.resources TO service_role;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.resources TO authenticated;

--
-- Name: TABLE roles; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.roles TO service_role;
GRANT SELECT ON TABLE public.roles TO authenticated;

--
-- Name: TABLE tag_links; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.tag_links TO service_role;
GRANT SELECT,DELETE ON TABLE public.tag_links TO authenticated;

--
-- Name: COLUMN tag_links.tag_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tag_id) ON TABLE public.tag_links TO authenticated;

--
-- Name: COLUMN tag_links.target_type; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(target_type) ON TABLE public.tag_links TO authenticated;

--
-- Name: COLUMN tag_links.target_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(target_id) ON TABLE public.tag_links TO authenticated;

--
-- Name: COLUMN tag_links.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.tag_links TO authenticated;

--
-- Name: TABLE tags; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.tags TO service_role;
GRANT SELECT,DELETE ON TABLE public.tags TO authenticated;

--
-- Name: COLUMN tags.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.tags TO authenticated;

--
-- Name: COLUMN tags.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.tags TO authenticated;

--
-- Name: COLUMN tags.name; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(name),UPDATE(name) ON TABLE public.tags TO authenticated;

--
-- Name: COLUMN tags.tag_set; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tag_set),UPDATE(tag_set) ON TABLE public.tags TO authenticated;

--
-- Name: COLUMN tags.description; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(description),UPDATE(description) ON TABLE public.tags TO authenticated;

--
-- Name: TABLE tenant_users; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.tenant_users TO service_role;
GRANT SELECT,DELETE ON TABLE public.tenant_users TO authenticated;

--
-- Name: COLUMN tenant_users.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.tenant_users TO authenticated;

--
-- Name: COLUMN tenant_users.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.tenant_users TO authenticated;

--
-- Name: COLUMN tenant_users.role; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(role),UPDATE(role) ON TABLE public.tenant_users TO authenticated;

--
-- Name: COLUMN tenant_users.status; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE public.tenant_users TO authenticated;

--
-- Name: TABLE tenants; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.tenants TO service_role;
GRANT SELECT ON TABLE public.tenants TO authenticated;

--
-- Name: COLUMN tenants.name; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(name) ON TABLE public.tenants TO authenticated;

--
-- Name: COLUMN tenants.settings; Type: ACL; Schema: public; Owner: -
--

GRANT UPDATE(settings) ON TABLE public.tenants TO authenticated;

--
-- Name: TABLE user_embeddings; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.user_embeddings TO service_role;
GRANT SELECT,DELETE ON TABLE public.user_embeddings TO authenticated;

--
-- Name: TABLE user_preferences; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.user_preferences TO service_role;
GRANT SELECT,DELETE ON TABLE public.user_preferences TO authenticated;

--
-- Name: COLUMN user_preferences.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.user_preferences TO authenticated;

--
-- Name: COLUMN user_preferences.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.user_preferences TO authenticated;

--
-- Name: COLUMN user_preferences.topics; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(topics),UPDATE(topics) ON TABLE public.user_preferences TO authenticated;

--
-- Name: COLUMN user_preferences.learning_style; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(learning_style),UPDATE(learning_style) ON TABLE public.user_preferences TO authenticated;

--
-- Name: COLUMN user_preferences.preferences; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(preferences),UPDATE(preferences) ON TABLE public.user_preferences TO authenticated;

--
-- Name: TABLE user_roles; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.user_roles TO service_role;
GRANT SELECT ON TABLE public.user_roles TO authenticated;

--
-- Name: TABLE user_saved_items; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.user_saved_items TO service_role;
GRANT SELECT,DELETE ON TABLE public.user_saved_items TO authenticated;

--
-- Name: COLUMN user_saved_items.tenant_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(tenant_id) ON TABLE public.user_saved_items TO authenticated;

--
-- Name: COLUMN user_saved_items.user_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(user_id) ON TABLE public.user_saved_items TO authenticated;

--
-- Name: COLUMN user_saved_items.item_type; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(item_type) ON TABLE public.user_saved_items TO authenticated;

--
-- Name: COLUMN user_saved_items.item_id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(item_id) ON TABLE public.user_saved_items TO authenticated;

--
-- Name: COLUMN user_saved_items.note; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(note),UPDATE(note) ON TABLE public.user_saved_items TO authenticated;

--
-- Name: TABLE users; Type: ACL; Schema: public; Owner: -
--

GRANT ALL ON TABLE public.users TO service_role;
GRANT SELECT ON TABLE public.users TO authenticated;

--
-- Name: COLUMN users.id; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(id) ON TABLE public.users TO authenticated;

--
-- Name: COLUMN users.email; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(email),UPDATE(email) ON TABLE public.users TO authenticated;

--
-- Name: COLUMN users.full_name; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(full_name),UPDATE(full_name) ON TABLE public.users TO authenticated;

--
-- Name: COLUMN users.avatar_url; Type: ACL; Schema: public; Owner: -
--

GRANT INSERT(avatar_url),UPDATE(avatar_url) ON TABLE public.users TO authenticated;

--
-- PostgreSQL database dump complete
--
