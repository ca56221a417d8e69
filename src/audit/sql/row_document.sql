-- The audit trail's row document: to_jsonb(row), with each column's conversion decided once per
-- call site instead of once per row (src/audit/row_document.rs; tests/pgtap/52_row_document.sql checks
-- it against to_jsonb type by type). C, STABLE (timestamptz text follows TimeZone), STRICT.
-- Like platform.uuid_v7(), no SET search_path: a SET clause saves and restores the configuration
-- at every call, which every audited row would pay; it runs no SQL and is not SECURITY DEFINER.
CREATE FUNCTION platform.row_document(anyelement) RETURNS jsonb
LANGUAGE c STABLE STRICT PARALLEL SAFE
AS 'MODULE_PATHNAME', 'row_document';
COMMENT ON FUNCTION platform.row_document(anyelement) IS
    'to_jsonb(row) for a row value (42804 for anything else), each column''s conversion decided once per call site: the audit trail''s documents (platform.audit()).';
-- (sql/finalize.sql revokes every platform function from PUBLIC at install; said here too, so
-- that the upgrade script, which copies this file's block, does the same.)
REVOKE EXECUTE ON FUNCTION platform.row_document(anyelement) FROM PUBLIC;
