-- The statement that lists the UTC quarters of the rows waiting in the default partition of $1.
SELECT pg_catalog.format(
           'SELECT DISTINCT pg_catalog.to_char(pg_catalog.date_trunc(''quarter'', %I AT TIME ZONE ''UTC''), ''YYYY-MM-DD'') FROM %s',
           a.attname, pt.partdefid::regclass)
FROM pg_catalog.pg_partitioned_table pt
JOIN pg_catalog.pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0]
WHERE pt.partrelid = $1 AND pt.partdefid <> 0
