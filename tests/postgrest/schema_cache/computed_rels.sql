-- Returns: one row per function of one argument whose argument type and return type are both the
--   row type of a table, view, materialized view, foreign table or partitioned table: the function,
--   the two relations, whether it returns at most one row, and whether both are the same relation.
-- Reproduces: the rows of allComputedRels in SchemaCache.hs at commit 4834678902681402a56c490f29947826e7ed5308
--   (decoded by decode_computed_rels in postgrest.py).
-- Our own query, written from the PostgreSQL system catalog documentation; tools/selfcheck_spec.py
--   checks that its rows equal PostgREST's.
-- Parameters: none.
SELECT fn_ns.nspname AS schema,
       fn.proname AS name,
       arg_ns.nspname AS rel_table_schema,
       arg.relname AS rel_table_name,
       ret_ns.nspname AS rel_ftable_schema,
       ret.relname AS rel_ftable_name,
       NOT fn.proretset OR fn.prorows = 1 AS single_row,
       arg.oid = ret.oid AS is_self
FROM pg_proc fn
JOIN pg_namespace fn_ns ON fn_ns.oid = fn.pronamespace
JOIN pg_class arg ON arg.reltype = fn.proargtypes[0] AND arg.relkind IN ('r', 'p', 'v', 'm', 'f')
JOIN pg_namespace arg_ns ON arg_ns.oid = arg.relnamespace
JOIN pg_class ret ON ret.reltype = fn.prorettype AND ret.relkind IN ('r', 'p', 'v', 'm', 'f')
JOIN pg_namespace ret_ns ON ret_ns.oid = ret.relnamespace
WHERE fn.pronargs = 1
