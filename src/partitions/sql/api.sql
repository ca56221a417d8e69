-- The SQL-facing signatures (regclass parameters with defaults) over the Rust implementations.
-- A regclass default would be resolved when CREATE EXTENSION runs, before the table exists: NULL
-- stands for public.activities and is resolved at call time.
CREATE FUNCTION platform.ensure_partitions(parent regclass DEFAULT NULL, premake integer DEFAULT 4)
RETURNS TABLE (partition text, range_from text, range_to text, rows_moved bigint)
LANGUAGE sql VOLATILE
SET search_path = ''
AS $$ SELECT * FROM platform.ensure_partitions_impl(COALESCE(parent, pg_catalog.to_regclass('public.activities'))::pg_catalog.oid, premake) $$;
COMMENT ON FUNCTION platform.ensure_partitions(regclass, integer) IS
    'Creates every missing quarterly partition of parent (NULL, the default: public.activities) from the earliest quarter needed through the current quarter + premake (default 4), moving rows that waited in the DEFAULT partition into them. Idempotent; concurrent callers serialise on an advisory lock. Returns the partitions created.';

CREATE FUNCTION platform.detach_old_partitions(keep_quarters integer, "drop" boolean DEFAULT false, parent regclass DEFAULT NULL)
RETURNS TABLE (partition text, action text)
LANGUAGE sql VOLATILE
SET search_path = ''
AS $$ SELECT * FROM platform.detach_old_partitions_impl(keep_quarters, "drop", COALESCE(parent, pg_catalog.to_regclass('public.activities'))::pg_catalog.oid) $$;
COMMENT ON FUNCTION platform.detach_old_partitions(integer, boolean, regclass) IS
    'Retention: detaches (drop => true: drops) the partitions of parent (NULL, the default: public.activities) older than the keep_quarters quarters ending with the current one. Detached partitions keep their rows. Returns what it did.';

COMMENT ON FUNCTION platform.ensure_partitions_impl(oid, integer) IS 'Internal: implementation of platform.ensure_partitions.';
COMMENT ON FUNCTION platform.detach_old_partitions_impl(integer, boolean, oid) IS 'Internal: implementation of platform.detach_old_partitions.';
COMMENT ON FUNCTION platform.run_maintenance() IS
    'Scheduler entry point: ensure_partitions and retention for every parent in platform.partition_config.';
