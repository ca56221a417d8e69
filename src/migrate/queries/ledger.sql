-- The migration ledger, created by platform.migrate() itself (when absent), never by CREATE EXTENSION, so it is
-- an ordinary table: pg_dump dumps its rows, and DROP EXTENSION leaves it (and the schema) alone.
CREATE TABLE platform.schema_migrations (
    version      text PRIMARY KEY CHECK (version ~ '^[0-9]{14}$'),
    name         text NOT NULL,
    checksum     text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
    applied_at   timestamptz NOT NULL DEFAULT now(),
    applied_by   text NOT NULL DEFAULT current_user,
    execution_ms numeric(12, 3) NOT NULL DEFAULT 0
);
COMMENT ON TABLE platform.schema_migrations IS
    'Ledger of applied schema migrations (files under migrations/, embedded in the platform extension).';
COMMENT ON COLUMN platform.schema_migrations.version IS 'UTC timestamp prefix of the migration file.';
COMMENT ON COLUMN platform.schema_migrations.name IS 'File name after the version, without .sql.';
COMMENT ON COLUMN platform.schema_migrations.checksum IS 'sha256 (hex) of the file as applied; an edited file is refused.';
COMMENT ON COLUMN platform.schema_migrations.applied_at IS 'When the file was applied.';
COMMENT ON COLUMN platform.schema_migrations.applied_by IS 'Role that applied it (current_user).';
COMMENT ON COLUMN platform.schema_migrations.execution_ms IS 'Time the file took to apply, in milliseconds.';
REVOKE ALL ON platform.schema_migrations FROM PUBLIC;
