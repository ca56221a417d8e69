-- Functions that write refuse to start on a hot standby, with SQLSTATE 25006 and a hint, before
-- anything is attempted (without it migrate() failed deep inside with XX000 "cannot assign
-- TransactionIds during recovery", and the outbox functions with a bare 25006 naming a statement
-- the caller never wrote). The Rust entry points use errors::require_primary, the same check.
CREATE FUNCTION platform.require_primary(what text) RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
    IF pg_catalog.pg_is_in_recovery() THEN
        RAISE EXCEPTION '% writes, and this server is a read-only standby', what
            USING ERRCODE = 'read_only_sql_transaction',
                  HINT = 'Run it on the primary: what it writes reaches the standbys by replication.';
    END IF;
END
$$;
COMMENT ON FUNCTION platform.require_primary(text) IS
    'Raises 25006 (with a hint) when the server is a hot standby: the first statement of every function that writes.';
