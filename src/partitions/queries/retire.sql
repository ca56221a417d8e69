SELECT platform.retire_partition($1, pg_catalog.to_regclass(pg_catalog.format('%I.%I', n.nspname, $2)), $3)
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.oid = $1
