-- Runs first in CREATE EXTENSION platform.
-- Schema `platform` holds the extension's code and the migration ledger. It is internal: PostgREST
-- exposes only the schemas it is configured for (public), and here nobody but the owner may use it
-- until a migration grants USAGE to the API roles for the RLS helper functions.
COMMENT ON SCHEMA platform IS
    'Internal schema of the platform extension: code (functions, trigger functions) and the migration ledger. Not exposed through PostgREST.';
REVOKE ALL ON SCHEMA platform FROM PUBLIC;
