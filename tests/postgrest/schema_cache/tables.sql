-- Returns: one row per table, partitioned table (not its partitions), view, materialized view and
--   foreign table outside pg_catalog and information_schema: its name, whether it is a view, its
--   primary-key columns (by name) and, for relations in the exposed schemas, its columns as
--   (name, type with modifiers) in column order.
-- Reproduces: the rows of allTables in SchemaCache.hs at commit 4834678902681402a56c490f29947826e7ed5308,
--   the fields postgrest.py reads of them (decode_tables).
-- Our own query, written from the PostgreSQL system catalog documentation; tools/selfcheck_spec.py
--   checks that its rows equal PostgREST's.
-- Parameters: $1 = db-schemas (text[] of quoted identifiers).
SELECT ns.nspname AS table_schema,
       rel.relname AS table_name,
       rel.relkind IN ('v', 'm') AS is_view,
       ARRAY(SELECT att.attname
             FROM pg_constraint pk
             JOIN pg_attribute att ON att.attrelid = pk.conrelid AND att.attnum = ANY (pk.conkey)
             WHERE pk.conrelid = rel.oid AND pk.contype = 'p'
             ORDER BY att.attname) AS pk_cols,
       ARRAY(SELECT row(att.attname, format_type(att.atttypid, att.atttypmod))
             FROM pg_attribute att
             WHERE att.attrelid = rel.oid AND att.attnum > 0 AND NOT att.attisdropped
               AND rel.relnamespace = ANY ($1::regnamespace[])
               AND NOT pg_is_other_temp_schema(rel.relnamespace)
             ORDER BY att.attnum) AS columns
FROM pg_class rel
JOIN pg_namespace ns ON ns.oid = rel.relnamespace
WHERE rel.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND NOT rel.relispartition
  AND ns.nspname NOT IN ('pg_catalog', 'information_schema')
