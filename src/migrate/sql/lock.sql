-- Serialises concurrent migrate() calls; released at commit/rollback.
SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('platform.migrate', 0))
