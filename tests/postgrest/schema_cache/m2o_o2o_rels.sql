-- Returns: one row per foreign key (the ones partitions inherit left out): the referencing and the
--   referenced relation, the constraint's name, the (column, referenced column) pairs in key order,
--   and whether the referencing columns are exactly those of a primary key or unique constraint
--   of their table (then the relationship is one-to-one, else many-to-one).
-- Reproduces: the rows of allM2OandO2ORels in SchemaCache.hs at commit 4834678902681402a56c490f29947826e7ed5308
--   (decoded by decode_rels in postgrest.py).
-- Our own query, written from the PostgreSQL system catalog documentation; tools/selfcheck_spec.py
--   checks that its rows equal PostgREST's.
-- Parameters: none.
SELECT src_ns.nspname AS table_schema,
       src.relname AS table_name,
       dst_ns.nspname AS foreign_table_schema,
       dst.relname AS foreign_table_name,
       fk.conrelid = fk.confrelid AS is_self,
       fk.conname AS constraint_name,
       ARRAY(SELECT row(a.attname, b.attname)
             FROM unnest(fk.conkey, fk.confkey) WITH ORDINALITY AS k(col, ref_col, pos)
             JOIN pg_attribute a ON a.attrelid = fk.conrelid AND a.attnum = k.col
             JOIN pg_attribute b ON b.attrelid = fk.confrelid AND b.attnum = k.ref_col
             ORDER BY k.pos) AS cols_and_fcols,
       EXISTS (SELECT FROM pg_constraint uk   -- same column set: each contains the other
               WHERE uk.conrelid = fk.conrelid AND uk.contype IN ('p', 'u')
                 AND uk.conkey @> fk.conkey AND uk.conkey <@ fk.conkey) AS one_to_one
FROM pg_constraint fk
JOIN pg_class src ON src.oid = fk.conrelid
JOIN pg_namespace src_ns ON src_ns.oid = src.relnamespace
JOIN pg_class dst ON dst.oid = fk.confrelid
JOIN pg_namespace dst_ns ON dst_ns.oid = dst.relnamespace
WHERE fk.contype = 'f' AND fk.conparentid = 0
