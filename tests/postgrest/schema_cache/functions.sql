-- Returns: one row per plain function (not procedure, aggregate or window function) of the exposed
--   schemas that can be called with named arguments or with a single unnamed json/jsonb/text/
--   xml/bytea argument and does not return trigger: its input arguments as (name or '', type, type
--   a body value is read as, required?, variadic?), its return type after resolving domains,
--   whether it returns a set and whether a composite, its volatility, whether it is variadic, the
--   default_transaction_isolation and the hoistable settings of its SET clauses.
-- Reproduces: the rows of allFunctions in SchemaCache.hs at commit 4834678902681402a56c490f29947826e7ed5308,
--   the fields postgrest.py reads of them (decode_funcs).
-- Our own query, written from the PostgreSQL system catalog documentation; tools/selfcheck_spec.py
--   checks that its rows equal PostgREST's.
-- Parameters: $1 = db-schemas (text[] of quoted identifiers),
--   $2 = db-hoisted-tx-settings (text[], each matched as a regular expression).
-- Argument i (1..pronargs) is named proargnames[i] and has mode proargmodes[i], although those two
-- arrays count OUT arguments too: PostgREST pairs them so (they line up unless an OUT argument
-- comes before an input one), and so does this query.
WITH RECURSIVE resolved(type_id, base_id) AS (   -- every type with the type its domains end in
  SELECT oid, oid FROM pg_type WHERE typtype <> 'd'
  UNION ALL
  SELECT dom.oid, r.base_id FROM pg_type dom JOIN resolved r ON r.type_id = dom.typbasetype
  WHERE dom.typtype = 'd'
)
SELECT fn_ns.nspname AS proc_schema,
       fn.proname AS proc_name,
       ARRAY(SELECT row(coalesce(fn.proargnames[i], ''),
                        arg_type::regtype::text,
                        CASE WHEN arg_type IN ('bit'::regtype, 'bit[]'::regtype,
                                               'character'::regtype, 'character[]'::regtype)
                             THEN regexp_replace(arg_type::regtype::text, '^(bit|character)', '\1 varying')
                             ELSE arg_type::regtype::text END,
                        i <= fn.pronargs - fn.pronargdefaults,
                        coalesce(fn.proargmodes[i] = 'v', false))
             FROM generate_series(1, fn.pronargs) AS i,
                  LATERAL (SELECT fn.proargtypes[i - 1] AS arg_type) AS a  -- oidvector is 0-based
             ORDER BY i) AS args,
       ret_ns.nspname AS schema,
       coalesce(ret_rel.relname, ret.typname) AS name,
       fn.proretset AS rettype_is_setof,
       ret.typtype = 'c' OR coalesce(fn.proargmodes && '{o,b,t}'::"char"[], false) AS rettype_is_composite,
       fn.provolatile,
       fn.provariadic <> 0 AS hasvariadic,
       iso.level AS transaction_isolation_level,
       ARRAY(SELECT row(split_part(setting, '=', 1), regexp_replace(setting, '^[^=]*=', ''))
             FROM unnest(fn.proconfig) WITH ORDINALITY AS c(setting, pos)
             WHERE setting ~ ANY ($2)
             ORDER BY pos) AS kvs
FROM pg_proc fn
JOIN pg_namespace fn_ns ON fn_ns.oid = fn.pronamespace
JOIN resolved r ON r.type_id = fn.prorettype
JOIN pg_type ret ON ret.oid = r.base_id
JOIN pg_namespace ret_ns ON ret_ns.oid = ret.typnamespace
LEFT JOIN pg_class ret_rel ON ret_rel.oid = ret.typrelid
LEFT JOIN LATERAL (SELECT split_part(split_part(setting, '=', 2), ',', 1) AS level
                   FROM unnest(fn.proconfig) AS setting
                   WHERE setting LIKE 'default_transaction_isolation%') AS iso ON true
WHERE fn.prokind = 'f'
  AND fn.pronamespace = ANY ($1::regnamespace[])
  AND ret.oid <> 'trigger'::regtype
  AND (fn.proargnames IS NOT NULL OR fn.pronargs = 0
       OR fn.pronargs = 1 AND fn.proargtypes[0] IN ('bytea'::regtype, 'json'::regtype, 'jsonb'::regtype,
                                                     'text'::regtype, 'xml'::regtype))
