-- Non-default partitions of $1 with the UTC date of their lower bound.
SELECT ch.relname::text AS name,
       pg_catalog.to_char(((pg_catalog.regexp_match(pg_catalog.pg_get_expr(ch.relpartbound, ch.oid), 'FROM \(''([^'']+)''\)'))[1])::timestamptz
                          AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS lower_bound
FROM pg_catalog.pg_inherits i
JOIN pg_catalog.pg_class ch ON ch.oid = i.inhrelid
WHERE i.inhparent = $1 AND pg_catalog.pg_get_expr(ch.relpartbound, ch.oid) <> 'DEFAULT'
