SELECT version, applied_at, applied_by FROM platform.schema_migrations ORDER BY version
