SELECT version, name, checksum FROM platform.schema_migrations ORDER BY version
