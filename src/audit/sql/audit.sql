-- Generic audit trigger: AFTER INSERT / UPDATE / DELETE ... FOR EACH STATEMENT with transition
-- tables, so a bulk statement writes its audit rows in one INSERT ... SELECT.
-- Arguments: the table's primary-key columns (e.g. 'id', or 'provider_id', 'user_id').
--
-- * record_id is the row's primary key as text (a JSON object for composite keys): stable across
--   dump/restore, unlike ctid or OIDs.
-- * INSERT logs new_values (the full row), DELETE old_values (the full row), UPDATE only the
--   changed columns on both sides; an UPDATE that changes nothing is not logged. An UPDATE that
--   changes a row's primary key writes two rows: the old row under the old key, the new row
--   under the new key.
-- * Secret columns never reach the log: every column whose name ends in _encrypted or contains
--   password, secret or token is removed (the trigger finds them once per statement in the
--   catalog; platform.audit_redacted(doc) applies the same rule to any row document).
-- * actor_id is auth.uid() (NULL without a JWT); actor_role the caller's role (PostgREST's
--   SET ROLE, else the session user).
-- * Runs with the owner's rights: API roles cannot write audit_logs themselves.

CREATE FUNCTION platform.audit_redacted(doc jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = ''
AS $$
    SELECT doc - ARRAY(SELECT k FROM jsonb_object_keys(doc) AS k
                       WHERE k LIKE '%\_encrypted' OR k ~ '(password|secret|token)')
$$;
COMMENT ON FUNCTION platform.audit_redacted(jsonb) IS
    'Removes secret columns (names ending in _encrypted or containing password, secret, token) from a row document.';

CREATE FUNCTION platform.audit() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
-- An OLTP write path: the UPDATE form's estimate (a full join of the transition tables, then
-- jsonb_each per row) is ~40x the work it does (1.06M cost units for 9 000 rows), past
-- jit_above_cost, and compiling it took 230-300 ms of a 560 ms statement (measured on 9 000
-- course_pages updated in one statement). Never worth it here.
SET jit = off
AS $$
DECLARE
    pk      text[] := ARRAY(SELECT pg_catalog.unnest(TG_ARGV));  -- TG_ARGV is 0-based; this is 1-based
    key_sql text;
    actor   uuid := auth.uid();
    role    text := COALESCE(NULLIF(pg_catalog.current_setting('role'), 'none'), SESSION_USER::text);
    has_tenant boolean := EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                                  WHERE a.attrelid = TG_RELID AND a.attname = 'tenant_id' AND NOT a.attisdropped);
    tenant_sql text;
    -- Secret columns of this table, found once per statement (the same rule as audit_redacted,
    -- which needed a sub-select and a regex per key of every row: ~40 % of the audit's cost).
    secrets text[] := ARRAY(SELECT a.attname::text FROM pg_catalog.pg_attribute a
                            WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped
                              AND (a.attname LIKE '%\_encrypted' OR a.attname ~ '(password|secret|token)'));
    redact text := CASE WHEN pg_catalog.cardinality(secrets) = 0 THEN '%s' ELSE '(%s - $4)' END;
BEGIN
    -- The primary key as text: the bare value for one column, a JSON object for several.
    IF pg_catalog.array_length(pk, 1) = 1 THEN
        key_sql := pg_catalog.format('(%s ->> %L)', '%1$s', pk[1]);
    ELSE
        key_sql := pg_catalog.format('pg_catalog.jsonb_build_object(%s)::text',
            (SELECT pg_catalog.string_agg(pg_catalog.format('%L, %s -> %L', c, '%1$s', c), ', ') FROM pg_catalog.unnest(pk) AS c));
    END IF;
    tenant_sql := CASE WHEN has_tenant THEN '(%1$s ->> ''tenant_id'')::uuid'
                       WHEN TG_TABLE_NAME = 'tenants' THEN '(%1$s ->> ''id'')::uuid'
                       ELSE 'NULL::uuid' END;

    -- Each row document is built once: "OFFSET 0" keeps the planner from pulling the sub-select
    -- up and evaluating the document once per reference (three times for an INSERT: tenant, key,
    -- values). Measured on 5 000 companies: 143-155 ms flattened, 84-96 ms with OFFSET 0, against
    -- 54-70 ms for the same rows with an empty document. The document is to_jsonb(row) as
    -- platform.row_document builds it (src/audit/row_document.rs): the same jsonb, with each
    -- column's conversion looked up once per statement instead of once per row (5 000 companies'
    -- documents 29-33 -> 14-18 ms; this trigger's time 65-100 -> 47-79 ms, ten runs each,
    -- interleaved, medium).
    IF TG_OP = 'INSERT' THEN
        EXECUTE pg_catalog.format(
            'INSERT INTO public.audit_logs (tenant_id, table_name, record_id, operation, new_values, actor_id, actor_role)
             SELECT %s, $1, %s, ''INSERT'', %s, $2, $3
             FROM (SELECT platform.row_document(n) AS d FROM new_rows n OFFSET 0) AS r',
            pg_catalog.format(tenant_sql, 'd'), pg_catalog.format(key_sql, 'd'), pg_catalog.format(redact, 'd'))
        USING TG_TABLE_NAME, actor, role, secrets;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE pg_catalog.format(
            'INSERT INTO public.audit_logs (tenant_id, table_name, record_id, operation, old_values, actor_id, actor_role)
             SELECT %s, $1, %s, ''DELETE'', %s, $2, $3
             FROM (SELECT platform.row_document(o) AS d FROM old_rows o OFFSET 0) AS r',
            pg_catalog.format(tenant_sql, 'd'), pg_catalog.format(key_sql, 'd'), pg_catalog.format(redact, 'd'))
        USING TG_TABLE_NAME, actor, role, secrets;
    ELSE
        -- Pair old and new rows by primary key; log the changed columns only. A row whose key
        -- changed has no partner: its old row is logged with old_values (the whole row) under the
        -- old key, its new row with new_values (the whole row) under the new key, so every
        -- change is in the trail (a FULL JOIN: one pass, as cheap as the inner join).
        EXECUTE pg_catalog.format(
            'INSERT INTO public.audit_logs (tenant_id, table_name, record_id, operation, old_values, new_values, actor_id, actor_role)
             SELECT %s, $1, %s, ''UPDATE'', %s, %s, $2, $3
             FROM (SELECT platform.row_document(n) AS d, platform.row_document(o) AS od FROM new_rows n FULL JOIN old_rows o USING (%s) OFFSET 0) AS r
             CROSS JOIN LATERAL (
                 SELECT CASE WHEN r.d IS NULL THEN r.od WHEN r.od IS NOT NULL THEN x.old_values END AS old_values,
                        CASE WHEN r.od IS NULL THEN r.d WHEN r.d IS NOT NULL THEN x.new_values END AS new_values
                 FROM (SELECT pg_catalog.jsonb_object_agg(e.key, r.od -> e.key) AS old_values, pg_catalog.jsonb_object_agg(e.key, e.value) AS new_values
                       FROM pg_catalog.jsonb_each(r.d) AS e WHERE r.od -> e.key IS DISTINCT FROM e.value AND e.key <> ''updated_at'') AS x) AS c
             WHERE c.new_values IS NOT NULL OR c.old_values IS NOT NULL',
            pg_catalog.format(tenant_sql, 'COALESCE(r.d, r.od)'), pg_catalog.format(key_sql, 'COALESCE(r.d, r.od)'),
            pg_catalog.format(redact, 'c.old_values'), pg_catalog.format(redact, 'c.new_values'),
            (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(c), ', ') FROM pg_catalog.unnest(pk) AS c))
        USING TG_TABLE_NAME, actor, role, secrets;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.audit() IS
    'Statement trigger function (transition tables new_rows / old_rows): writes audit_logs rows for INSERT (full row), UPDATE (changed columns only; updated_at ignored) and DELETE (full row), secrets removed. Arguments: primary-key columns.';
