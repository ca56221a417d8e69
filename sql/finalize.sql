-- Runs last in CREATE EXTENSION platform.
-- Functions are executable by PUBLIC by default; nothing of ours should be. Migrations grant the
-- few functions the API roles need (RLS helpers, RPCs) explicitly.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA platform FROM PUBLIC;
-- Our API functions in public, one by one (public also holds other extensions' functions).
REVOKE EXECUTE ON FUNCTION public.accept_provider_invitation(uuid), public.start_impersonation(uuid, text, uuid),
    public.stop_impersonation(uuid), public.unread_notification_count(), public.for_you(uuid, uuid, integer, text[])
    FROM PUBLIC;

COMMENT ON FUNCTION platform.migrate() IS
    'Applies the pending schema migrations embedded in this extension build, in order, in the caller''s transaction, under an advisory lock; records each in platform.schema_migrations with its sha256 and returns the names applied. Refuses (SQLSTATE 55000) if an applied file was edited.';
COMMENT ON FUNCTION platform.migration_status() IS
    'Every embedded migration and every ledger row with its state: applied, pending, checksum_mismatch, or unknown (applied by another build).';

-- Every function has a fixed search_path (Supabase's database advisor, lint 0011), the Rust ones
-- too: their SQL qualifies every name, so the empty path (pg_catalog only) is enough. (Trigger
-- functions get theirs in their modules' finalize files.)
ALTER FUNCTION platform.content_hash(text) SET search_path = '';
ALTER FUNCTION platform.demo_random(integer, text, bigint) SET search_path = '';
ALTER FUNCTION platform.demo_uuid(integer, text, bigint) SET search_path = '';
ALTER FUNCTION platform.demo_vector(integer, integer, bigint, double precision) SET search_path = '';
ALTER FUNCTION platform.demo_zipf(integer, text, bigint, integer, double precision) SET search_path = '';
ALTER FUNCTION platform.detach_old_partitions_impl(integer, boolean, oid) SET search_path = '';
ALTER FUNCTION platform.ensure_partitions_impl(oid, integer) SET search_path = '';
ALTER FUNCTION platform.migrate() SET search_path = '';
ALTER FUNCTION platform.migration_status() SET search_path = '';
ALTER FUNCTION platform.outbox_backoff_seconds(integer, double precision, double precision, double precision) SET search_path = '';
ALTER FUNCTION platform.run_maintenance() SET search_path = '';
