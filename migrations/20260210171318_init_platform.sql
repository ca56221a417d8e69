-- 20260210171318_init_platform.sql
-- Foundation of the platform schema: Supabase-compatible auth pieces (only where absent), the four
-- enums, and the core tenancy tables: tenants, users, roles, tenant_users.
--
-- Applied by platform.migrate() in one transaction with search_path = public, <schemas of vector
-- and pgcrypto>. Never edit this file once released: add a new migration instead.

-------------------------------------------------------------------------------------------------
-- Supabase compatibility. On Supabase all of this exists and is left untouched; on a plain
-- PostgreSQL it is created so that policies and PostgREST-style callers work the same way.
-------------------------------------------------------------------------------------------------
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'anon') THEN
        CREATE ROLE anon NOLOGIN NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'authenticated') THEN
        CREATE ROLE authenticated NOLOGIN NOINHERIT;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'service_role') THEN
        -- As on Supabase: the server-side client's role bypasses row-level security.
        CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
    END IF;
END
$roles$;

CREATE SCHEMA IF NOT EXISTS auth;

DO $auth$
BEGIN
    IF pg_catalog.to_regclass('auth.users') IS NULL THEN
        -- Minimal stand-in for Supabase's GoTrue table: only what public.users references.
        CREATE TABLE auth.users (
            id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            email      text,
            created_at timestamptz NOT NULL DEFAULT now()
        );
        COMMENT ON TABLE auth.users IS 'Stand-in for Supabase auth.users (created by platform because it was absent).';
        COMMENT ON COLUMN auth.users.id IS 'User id (the JWT sub claim).';
        COMMENT ON COLUMN auth.users.email IS 'Login e-mail.';
        COMMENT ON COLUMN auth.users.created_at IS 'When the account was created.';
    END IF;

    -- auth.uid(): the JWT subject. PostgREST >= 9 sets request.jwt.claims (JSON); older versions
    -- set request.jwt.claim.sub, which is the fallback.
    IF pg_catalog.to_regprocedure('auth.uid()') IS NULL THEN
        CREATE FUNCTION auth.uid() RETURNS uuid
        LANGUAGE sql STABLE
        AS $fn$
            SELECT COALESCE(
                NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub',
                NULLIF(pg_catalog.current_setting('request.jwt.claim.sub', true), '')
            )::uuid
        $fn$;
        COMMENT ON FUNCTION auth.uid() IS 'The caller''s user id from the JWT (request.jwt.claims ->> sub, else request.jwt.claim.sub); NULL when anonymous.';
    END IF;

    IF pg_catalog.to_regprocedure('auth.role()') IS NULL THEN
        CREATE FUNCTION auth.role() RETURNS text
        LANGUAGE sql STABLE
        AS $fn$
            SELECT COALESCE(
                NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')::jsonb ->> 'role',
                NULLIF(pg_catalog.current_setting('request.jwt.claim.role', true), '')
            )
        $fn$;
        COMMENT ON FUNCTION auth.role() IS 'The caller''s JWT role claim (anon, authenticated, service_role).';
    END IF;

    IF pg_catalog.to_regprocedure('auth.jwt()') IS NULL THEN
        CREATE FUNCTION auth.jwt() RETURNS jsonb
        LANGUAGE sql STABLE
        AS $fn$
            SELECT COALESCE(
                NULLIF(pg_catalog.current_setting('request.jwt.claim', true), ''),
                NULLIF(pg_catalog.current_setting('request.jwt.claims', true), '')
            )::jsonb
        $fn$;
        COMMENT ON FUNCTION auth.jwt() IS 'All JWT claims of the caller as jsonb (request.jwt.claims).';
    END IF;
END
$auth$;

GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.jwt() TO anon, authenticated, service_role;

-- The API roles need USAGE on the extension schema to evaluate policies that call the RLS helper
-- functions; EXECUTE is granted per function (the extension revokes it from PUBLIC).
GRANT USAGE ON SCHEMA platform TO authenticated, service_role;

-------------------------------------------------------------------------------------------------
-- Enums (exactly the reference's values).
-------------------------------------------------------------------------------------------------
CREATE TYPE public.entity_status AS ENUM ('pending', 'active', 'suspended', 'archived');
CREATE TYPE public.signup_status AS ENUM ('pending', 'confirmed', 'cancelled', 'attended', 'no_show');
CREATE TYPE public.content_status AS ENUM ('draft', 'published', 'archived');
CREATE TYPE public.booking_status AS ENUM ('pending', 'confirmed', 'cancelled', 'completed');

COMMENT ON TYPE public.entity_status IS 'Lifecycle of tenants, providers, companies, memberships and programme signups.';
COMMENT ON TYPE public.signup_status IS 'State of an event or course signup.';
COMMENT ON TYPE public.content_status IS 'Publication state of programmes, courses, events, resources and comments.';
COMMENT ON TYPE public.booking_status IS 'State of a mentor session booking.';

-------------------------------------------------------------------------------------------------
-- tenants
-------------------------------------------------------------------------------------------------
CREATE TABLE public.tenants (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text NOT NULL CONSTRAINT tenants_name_check CHECK (btrim(name) <> ''),
    slug       text NOT NULL
               CONSTRAINT tenants_slug_key UNIQUE
               CONSTRAINT tenants_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    status     public.entity_status NOT NULL DEFAULT 'active',
    settings   jsonb NOT NULL DEFAULT '{}'::jsonb
               CONSTRAINT tenants_settings_check CHECK (jsonb_typeof(settings) = 'object'),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.tenants IS 'A customer of the platform: the unit of data isolation. Every business row carries a tenant_id.';
COMMENT ON COLUMN public.tenants.id IS 'Primary key.';
COMMENT ON COLUMN public.tenants.name IS 'Display name.';
COMMENT ON COLUMN public.tenants.slug IS 'URL-safe unique identifier (lower-case words joined by hyphens).';
COMMENT ON COLUMN public.tenants.status IS 'Lifecycle state.';
COMMENT ON COLUMN public.tenants.settings IS 'Per-tenant settings (JSON object): e.g. profile completeness weights, For You ranking weights.';
COMMENT ON COLUMN public.tenants.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.tenants.updated_at IS 'When the row last changed (maintained by trigger).';

CREATE TRIGGER tenants_set_updated_at BEFORE UPDATE ON public.tenants
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

-------------------------------------------------------------------------------------------------
-- users: the application profile of an auth user (same id).
-------------------------------------------------------------------------------------------------
CREATE TABLE public.users (
    id         uuid PRIMARY KEY
               CONSTRAINT users_id_fkey REFERENCES auth.users (id) ON DELETE CASCADE,
    email      text,
    full_name  text,
    avatar_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE public.users IS 'Application profile of an authenticated user; id = auth.users.id. Users join tenants through tenant_users.';
COMMENT ON COLUMN public.users.id IS 'Same as auth.users.id; the row is deleted with the auth user.';
COMMENT ON COLUMN public.users.email IS 'Contact e-mail (copied from auth at sign-up).';
COMMENT ON COLUMN public.users.full_name IS 'Display name.';
COMMENT ON COLUMN public.users.avatar_url IS 'Avatar image URL.';
COMMENT ON COLUMN public.users.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.users.updated_at IS 'When the row last changed (maintained by trigger).';

CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON public.users
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

-------------------------------------------------------------------------------------------------
-- roles: the unified role vocabulary used by tenant_users, providers_staff and company_staff.
-------------------------------------------------------------------------------------------------
CREATE TABLE public.roles (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    key         text NOT NULL
                CONSTRAINT roles_key_key UNIQUE
                CONSTRAINT roles_key_check CHECK (key IN ('owner', 'admin', 'editor', 'member', 'viewer')),
    name        text NOT NULL,
    description text,
    rank        smallint NOT NULL CONSTRAINT roles_rank_key UNIQUE
);
COMMENT ON TABLE public.roles IS 'Unified roles: owner, admin, editor, member, viewer. Membership tables reference roles.key.';
COMMENT ON COLUMN public.roles.id IS 'Primary key.';
COMMENT ON COLUMN public.roles.key IS 'Stable role key referenced by membership tables (owner, admin, editor, member, viewer).';
COMMENT ON COLUMN public.roles.name IS 'Display name.';
COMMENT ON COLUMN public.roles.description IS 'What the role may do.';
COMMENT ON COLUMN public.roles.rank IS 'Privilege order: a higher rank includes the rights of every lower one.';

INSERT INTO public.roles (key, name, rank, description) VALUES
    ('owner',  'Owner',  50, 'Full control, including billing and deleting the organisation.'),
    ('admin',  'Admin',  40, 'Manages members, settings and all content.'),
    ('editor', 'Editor', 30, 'Creates and edits content.'),
    ('member', 'Member', 20, 'Uses the platform: reads published content, signs up, engages.'),
    ('viewer', 'Viewer', 10, 'Read-only access.');

-------------------------------------------------------------------------------------------------
-- tenant_users: user <-> tenant membership (composite key, so PostgREST can embed through it).
-------------------------------------------------------------------------------------------------
CREATE TABLE public.tenant_users (
    tenant_id  uuid NOT NULL
               CONSTRAINT tenant_users_tenant_id_fkey REFERENCES public.tenants (id) ON DELETE CASCADE,
    user_id    uuid NOT NULL
               CONSTRAINT tenant_users_user_id_fkey REFERENCES public.users (id) ON DELETE CASCADE,
    role       text NOT NULL DEFAULT 'member'
               CONSTRAINT tenant_users_role_fkey REFERENCES public.roles (key) ON UPDATE CASCADE,
    status     public.entity_status NOT NULL DEFAULT 'active',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tenant_users_pkey PRIMARY KEY (tenant_id, user_id)
);
COMMENT ON TABLE public.tenant_users IS 'Membership of a user in a tenant, with the user''s tenant role.';
COMMENT ON COLUMN public.tenant_users.tenant_id IS 'The tenant.';
COMMENT ON COLUMN public.tenant_users.user_id IS 'The member.';
COMMENT ON COLUMN public.tenant_users.role IS 'Tenant role (roles.key): owner, admin, editor, member or viewer.';
COMMENT ON COLUMN public.tenant_users.status IS 'Membership state; only active memberships grant access.';
COMMENT ON COLUMN public.tenant_users.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.tenant_users.updated_at IS 'When the row last changed (maintained by trigger).';

-- The PK leads with tenant_id; these serve the other FKs and "my tenants" lookups.
CREATE INDEX tenant_users_user_id_idx ON public.tenant_users (user_id, tenant_id);
CREATE INDEX tenant_users_role_idx ON public.tenant_users (role);

CREATE TRIGGER tenant_users_set_updated_at BEFORE UPDATE ON public.tenant_users
    FOR EACH ROW EXECUTE FUNCTION platform.set_updated_at();

-------------------------------------------------------------------------------------------------
-- Privileges and row-level security. Fail closed: RLS on, no API privileges beyond reading; the
-- access policies themselves come with the row-level security migration.
-------------------------------------------------------------------------------------------------
REVOKE ALL ON public.tenants, public.users, public.roles, public.tenant_users FROM PUBLIC, anon, authenticated;
GRANT ALL ON public.tenants, public.users, public.roles, public.tenant_users TO service_role;
GRANT SELECT ON public.tenants, public.users, public.roles, public.tenant_users TO authenticated;

ALTER TABLE public.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.tenant_users ENABLE ROW LEVEL SECURITY;
