-- Turning the audit trail on and off for a table, the way supa_audit's enable_tracking works: the
-- key is read from the catalog (the primary key's columns, in key order), so a new table needs
-- one call in its migration instead of three hand-written CREATE TRIGGER statements with its key
-- typed in. The triggers are exactly those the migrations wrote by hand until now:
--   <table>_audit_insert  AFTER INSERT  REFERENCING NEW TABLE AS new_rows
--   <table>_audit_update  AFTER UPDATE  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
--   <table>_audit_delete  AFTER DELETE  REFERENCING OLD TABLE AS old_rows
-- each FOR EACH STATEMENT EXECUTE FUNCTION platform.audit(<key columns>). Creating triggers needs
-- the table's owner, so these run with the caller's rights (migrations run as the owner).
-- `key` overrides the primary key, for a table whose audit history is keyed by a narrower unique
-- key: the junctions whose primary keys were widened for PostgREST (mentor_programmes,
-- providers_staff, company_staff, mentor_session_signups) kept their record_id format.
CREATE FUNCTION platform.enable_audit(tbl regclass, key text[] DEFAULT NULL) RETURNS text[]
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    rel   record;
    keys  text[];
    args  text;
    names text[] := '{}';
    op    text;
    refs  text;
BEGIN
    IF tbl IS NULL THEN
        RAISE EXCEPTION 'tbl must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT c.relname, c.relkind, n.nspname INTO rel
    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = tbl;
    IF rel.relkind NOT IN ('r', 'p') THEN
        RAISE EXCEPTION '% is not a table', tbl USING ERRCODE = 'wrong_object_type';
    END IF;
    IF rel.relname = 'audit_logs' THEN
        RAISE EXCEPTION 'audit_logs cannot audit itself' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    keys := ARRAY(SELECT a.attname::text
                  FROM pg_catalog.pg_index i
                  CROSS JOIN LATERAL pg_catalog.unnest(i.indkey::smallint[]) WITH ORDINALITY AS k (attnum, ord)
                  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
                  WHERE i.indrelid = tbl AND i.indisprimary
                  ORDER BY k.ord);
    IF key IS NOT NULL THEN
        IF pg_catalog.cardinality(key) = 0 OR EXISTS (
               SELECT 1 FROM pg_catalog.unnest(key) AS k (col)
               WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                                 WHERE a.attrelid = tbl AND a.attname = k.col AND a.attnum > 0 AND NOT a.attisdropped)) THEN
            RAISE EXCEPTION 'key must name columns of %: %', tbl, key USING ERRCODE = 'undefined_column';
        END IF;
        keys := key;
    END IF;
    IF pg_catalog.cardinality(keys) = 0 THEN
        RAISE EXCEPTION '% has no primary key', tbl USING ERRCODE = 'invalid_table_definition',
            HINT = 'audit_logs.record_id is the primary key of the row: add one first.';
    END IF;
    args := (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(k), ', ') FROM pg_catalog.unnest(keys) AS k);
    FOREACH op IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
        refs := CASE op WHEN 'insert' THEN 'NEW TABLE AS new_rows'
                        WHEN 'update' THEN 'OLD TABLE AS old_rows NEW TABLE AS new_rows'
                        ELSE 'OLD TABLE AS old_rows' END;
        EXECUTE pg_catalog.format('DROP TRIGGER IF EXISTS %I ON %s', rel.relname || '_audit_' || op, tbl);
        EXECUTE pg_catalog.format('CREATE TRIGGER %I AFTER %s ON %s REFERENCING %s FOR EACH STATEMENT EXECUTE FUNCTION platform.audit(%s)',
                                  rel.relname || '_audit_' || op, pg_catalog.upper(op), tbl, refs, args);
        names := names || (rel.relname || '_audit_' || op);
    END LOOP;
    RETURN names;
END
$$;
COMMENT ON FUNCTION platform.enable_audit(regclass, text[]) IS
    'Turns the audit trail on for a table: (re)creates its three statement-level triggers <table>_audit_insert/update/delete calling platform.audit(<key columns>); the key is the primary key read from the catalog unless given. Returns the trigger names. Needs the table''s owner; refuses a table without a primary key (42P16), a key naming unknown columns (42703).';

CREATE FUNCTION platform.disable_audit(tbl regclass) RETURNS integer
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    t text;
    dropped integer := 0;
BEGIN
    IF tbl IS NULL THEN
        RAISE EXCEPTION 'tbl must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    FOR t IN SELECT tg.tgname FROM pg_catalog.pg_trigger tg
             WHERE tg.tgrelid = tbl AND NOT tg.tgisinternal AND tg.tgfoid = 'platform.audit()'::pg_catalog.regprocedure LOOP
        EXECUTE pg_catalog.format('DROP TRIGGER %I ON %s', t, tbl);
        dropped := dropped + 1;
    END LOOP;
    RETURN dropped;
END
$$;
COMMENT ON FUNCTION platform.disable_audit(regclass) IS
    'Turns the audit trail off for a table: drops every trigger of it that calls platform.audit(). Returns how many. Its rows in audit_logs stay.';
