SELECT pg_catalog.to_regclass($1)::pg_catalog.oid
