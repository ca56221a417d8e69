SELECT pg_catalog.to_regclass('platform.schema_migrations') IS NOT NULL
