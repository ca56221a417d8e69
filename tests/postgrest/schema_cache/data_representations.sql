-- Returns: the implicit, function-based casts the current role may execute that convert between a
--   domain and json or text (either direction), as (source type, target type).
-- Reproduces: the rows of dataRepresentations in SchemaCache.hs at commit 4834678902681402a56c490f29947826e7ed5308,
--   the fields postgrest.py reads of them (decode_reps).
-- Our own query, written from the PostgreSQL system catalog documentation; tools/selfcheck_spec.py
--   checks that its rows equal PostgREST's.
-- Parameters: none.
SELECT cast_.castsource::regtype::text AS castsource,
       cast_.casttarget::regtype::text AS casttarget
FROM pg_cast cast_
WHERE cast_.castcontext = 'i' AND cast_.castmethod = 'f'
  AND has_function_privilege(cast_.castfunc, 'execute')
  AND EXISTS (SELECT
              FROM (VALUES (cast_.castsource, cast_.casttarget),
                           (cast_.casttarget, cast_.castsource)) AS side(domain_side, other_side)
              JOIN pg_type dom ON dom.oid = side.domain_side AND dom.typtype = 'd'
              WHERE side.other_side IN ('json'::regtype, 'text'::regtype))
