SELECT c.parent::text AS parent, c.premake, c.retention_quarters, c.drop_retired
FROM platform.partition_config c
ORDER BY c.parent::text
