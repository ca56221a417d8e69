-- The version of the platform extension installed in this database (its SQL objects).
SELECT e.extversion FROM pg_catalog.pg_extension e WHERE e.extname = 'platform'
