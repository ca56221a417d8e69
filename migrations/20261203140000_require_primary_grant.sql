-- 20261203140000_require_primary_grant.sql
-- Functions that write start with platform.require_primary(), which refuses on a hot standby with
-- SQLSTATE 25006 and a hint (src/schema/sql/require_primary.sql). Some of them run with the
-- caller's rights (log_activity, upsert_embedding, ...), so the API roles that call them may
-- execute the check; it reads pg_is_in_recovery() and nothing else. anon calls none of them.
GRANT EXECUTE ON FUNCTION platform.require_primary(text) TO authenticated, service_role;
