-- Partition DDL used by platform.ensure_partitions / platform.detach_old_partitions (Rust decides
-- which quarters; these do the catalog work). DDL takes no bind parameters, so identifiers are
-- quoted with format('%I') and bounds with format('%L'); moved rows are selected with bind
-- parameters.

-- Create one range partition [lo, hi) of `parent` named `name`, moving into it any rows that
-- wait in the parent's DEFAULT partition (instead of failing with "updated partition constraint
-- for default partition would be violated"). The new partition gets the parent's indexes,
-- foreign keys and row triggers (by ATTACH), row-level security, no direct privileges for
-- anyone (it is read through the parent, whose policies apply), and a comment.
CREATE FUNCTION platform.create_range_partition(parent regclass, name text, lo timestamptz, hi timestamptz)
RETURNS bigint
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    schema_name text;
    parent_name text;
    key_column  text;
    default_rel regclass;
    moved       bigint := 0;
    api_roles   text;
    lo_text     text := pg_catalog.to_char(lo AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"+00"');
    hi_text     text := pg_catalog.to_char(hi AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS"+00"');
BEGIN
    SELECT n.nspname, c.relname, a.attname, NULLIF(pt.partdefid, 0)::regclass
      INTO schema_name, parent_name, key_column, default_rel
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid
    JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = pt.partattrs[0]
    WHERE c.oid = parent AND pt.partstrat = 'r';
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a RANGE-partitioned table', parent USING ERRCODE = 'wrong_object_type';
    END IF;

    EXECUTE pg_catalog.format('CREATE TABLE %I.%I (LIKE %I.%I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)',
                              schema_name, name, schema_name, parent_name);
    -- A CHECK matching the bounds lets ATTACH skip scanning the new table.
    EXECUTE pg_catalog.format('ALTER TABLE %I.%I ADD CONSTRAINT %I CHECK (%I >= %L::timestamptz AND %I < %L::timestamptz)',
                              schema_name, name, name || '_bounds', key_column, lo_text, key_column, hi_text);
    IF default_rel IS NOT NULL THEN
        EXECUTE pg_catalog.format('WITH moved AS (DELETE FROM %s WHERE %I >= $1 AND %I < $2 RETURNING *) INSERT INTO %I.%I SELECT * FROM moved',
                                  default_rel, key_column, key_column, schema_name, name)
            USING lo, hi;
        GET DIAGNOSTICS moved = ROW_COUNT;
    END IF;
    EXECUTE pg_catalog.format('ALTER TABLE %I.%I ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                              schema_name, parent_name, schema_name, name, lo_text, hi_text);
    EXECUTE pg_catalog.format('ALTER TABLE %I.%I DROP CONSTRAINT %I', schema_name, name, name || '_bounds');

    EXECUTE pg_catalog.format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', schema_name, name);
    SELECT pg_catalog.string_agg(pg_catalog.quote_ident(r.rolname), ', ') INTO api_roles
    FROM pg_catalog.pg_roles r WHERE r.rolname IN ('anon', 'authenticated', 'service_role');
    EXECUTE pg_catalog.format('REVOKE ALL ON %I.%I FROM PUBLIC%s', schema_name, name, COALESCE(', ' || api_roles, ''));
    EXECUTE pg_catalog.format('COMMENT ON TABLE %I.%I IS %L', schema_name, name,
        pg_catalog.format('Partition of %s: %s to %s (UTC). Created by platform.ensure_partitions; read through %s.',
                          parent_name, lo_text, hi_text, parent_name));
    RETURN moved;
END
$$;
COMMENT ON FUNCTION platform.create_range_partition(regclass, text, timestamptz, timestamptz) IS
    'Internal: creates range partition [lo, hi) of parent, rescuing rows from the default partition; secures and comments it. Returns the number of rows moved.';

-- Detach (and with drop, drop) one partition of `parent`. A detached partition keeps its rows
-- and its row-level security; it is just no longer part of the parent.
CREATE FUNCTION platform.retire_partition(parent regclass, partition regclass, drop_it boolean)
RETURNS text
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    EXECUTE pg_catalog.format('ALTER TABLE %s DETACH PARTITION %s', parent, partition);
    IF drop_it THEN
        EXECUTE pg_catalog.format('DROP TABLE %s', partition);
        RETURN 'dropped';
    END IF;
    EXECUTE pg_catalog.format('COMMENT ON TABLE %s IS %L', partition,
        pg_catalog.format('Detached from %s by retention on %s; rows kept.', parent, CURRENT_DATE));
    RETURN 'detached';
END
$$;
COMMENT ON FUNCTION platform.retire_partition(regclass, regclass, boolean) IS
    'Internal: detaches (drop_it: and drops) a partition of parent.';

-- Each partition of a parent with its range, rows and size.
CREATE FUNCTION platform.partition_status(parent regclass DEFAULT NULL)
RETURNS TABLE (partition text, range_from timestamptz, range_to timestamptz, is_default boolean, row_count bigint, total_bytes bigint)
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
DECLARE
    r record;
BEGIN
    parent := COALESCE(parent, pg_catalog.to_regclass('public.activities'));
    FOR r IN
        SELECT ch.oid::regclass AS rel, pg_catalog.pg_get_expr(ch.relpartbound, ch.oid) AS bound
        FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid
        WHERE i.inhparent = parent
    LOOP
        partition := r.rel::text;
        is_default := r.bound = 'DEFAULT';
        range_from := (pg_catalog.regexp_match(r.bound, 'FROM \(''([^'']+)''\)'))[1]::timestamptz;
        range_to := (pg_catalog.regexp_match(r.bound, 'TO \(''([^'']+)''\)'))[1]::timestamptz;
        EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM %s', r.rel) INTO row_count;
        total_bytes := pg_catalog.pg_total_relation_size(r.rel);
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION platform.partition_status(regclass) IS
    'Every partition of parent (NULL, the default: public.activities): its range (NULL for DEFAULT), exact row count and total size in bytes.';

-- The convenient writer for the activity log. Runs with the caller's rights: an authenticated
-- caller may log only their own activity in their tenant (RLS), the service role anything.
CREATE FUNCTION platform.log_activity(
    tenant_id uuid, user_id uuid, action text,
    target_type text DEFAULT NULL, target_id uuid DEFAULT NULL,
    metadata jsonb DEFAULT '{}'::jsonb, occurred_at timestamptz DEFAULT pg_catalog.now())
RETURNS uuid
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    new_id uuid;
BEGIN
    PERFORM platform.require_primary('platform.log_activity');  -- 25006 with a hint on a standby
    IF tenant_id IS NULL OR action IS NULL OR occurred_at IS NULL THEN
        RAISE EXCEPTION 'tenant_id, action and occurred_at must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    INSERT INTO public.activities (tenant_id, user_id, action, target_type, target_id, metadata, occurred_at)
    VALUES (log_activity.tenant_id, log_activity.user_id, log_activity.action, log_activity.target_type,
            log_activity.target_id, COALESCE(log_activity.metadata, '{}'::jsonb), log_activity.occurred_at)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION platform.log_activity(uuid, uuid, text, text, uuid, jsonb, timestamptz) IS
    'Append one activity (rows outside every partition land in activities_default until ensure_partitions rescues them). Returns its id. Runs with the caller''s rights (RLS applies).';
