-- Schema-less name of $1 if it is RANGE-partitioned by a timestamp column, else no row.
SELECT c.relname::text
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_partitioned_table pt ON pt.partrelid = c.oid AND pt.partstrat = 'r'
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = pt.partattrs[0]
WHERE c.oid = $1 AND a.atttypid IN ('pg_catalog.timestamptz'::pg_catalog.regtype, 'pg_catalog.timestamp'::pg_catalog.regtype, 'pg_catalog.date'::pg_catalog.regtype)
