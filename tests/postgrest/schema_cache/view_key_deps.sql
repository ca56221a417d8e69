-- Returns: for each view or materialized view of the exposed schemas and each primary key or
--   foreign key (seen from the referencing side, 'f', or from the referenced side, 'f_ref') all of
--   whose columns the view outputs, following views of the exposed schemas and of
--   db-extra-search-path down to the table: the key's (table column, [view columns]) pairs in key
--   order, the view columns in column order (PostgREST leaves their order to the plan).
-- Reproduces: the rows of allViewsKeyDependencies in SchemaCache.hs at commit 4834678902681402a56c490f29947826e7ed5308
--   (decoded by decode_view_key_deps in postgrest.py).
-- Our own query, written from the PostgreSQL system catalog documentation; tools/selfcheck_spec.py
--   checks that its rows equal PostgREST's.
-- Parameters: $1 = db-schemas, $2 = db-extra-search-path (text[] of quoted identifiers).
-- Where an output column comes from is in the view's rule (pg_rewrite.ev_action, a list of Query
-- nodes): the TargetEntry nodes of the first Query's targetList carry resno (the view column),
-- resorigtbl and resorigcol (the relation and column it is taken from, 0 if computed). The text
-- form is scanned for brackets (backslash-escaped characters, which is how names print them,
-- are skipped), counting depth: the action list is depth 1, its Query 2, the targetList 3, each
-- TargetEntry 4.
WITH RECURSIVE
rules AS (
  SELECT rw.oid AS rule_id, v.oid AS view_id, v.relnamespace, rw.ev_action::text AS tree
  FROM pg_class v
  JOIN pg_rewrite rw ON rw.ev_class = v.oid
  WHERE v.relkind IN ('v', 'm') AND v.relnamespace = ANY ($1::regnamespace[] || $2::regnamespace[])
),
tokens AS (
  SELECT rule_id, view_id, relnamespace, t.pos, t.m[1] AS tok, t.m[2] AS field, t.m[3] AS val,
         sum(CASE WHEN t.m[1] IN ('(', '{', ':targetList (') THEN 1
                  WHEN t.m[1] IN (')', '}') THEN -1 ELSE 0 END)
           OVER (PARTITION BY rule_id ORDER BY t.pos) AS depth
  FROM rules,
       regexp_matches(tree, '(\\.|[(){}]|:targetList \(|:(resno|resorigtbl|resorigcol) (\d+))', 'g')
         WITH ORDINALITY AS t(m, pos)
),
numbered AS (   -- which Query of the action list a token is in
  SELECT *, count(*) FILTER (WHERE tok = '{' AND depth = 2) OVER (PARTITION BY rule_id ORDER BY pos) AS query_no
  FROM tokens
),
target_lists AS (
  SELECT rule_id, pos AS first,
         (SELECT min(e.pos) FROM tokens e WHERE e.rule_id = s.rule_id AND e.pos > s.pos AND e.depth = 2) AS last
  FROM numbered s
  WHERE tok = ':targetList (' AND depth = 3 AND query_no = 1
),
entry_fields AS (
  SELECT t.rule_id, t.view_id, t.relnamespace, t.tok, t.field, t.val,
         count(*) FILTER (WHERE t.tok = '{') OVER (PARTITION BY t.rule_id ORDER BY t.pos) AS entry_no
  FROM tokens t
  JOIN target_lists tl ON tl.rule_id = t.rule_id AND t.pos > tl.first AND t.pos < tl.last
  WHERE t.depth = 4
),
view_cols AS (
  SELECT view_id, relnamespace,
         max(val) FILTER (WHERE field = 'resno')::int AS col,
         max(val) FILTER (WHERE field = 'resorigtbl')::oid AS orig_rel,
         max(val) FILTER (WHERE field = 'resorigcol')::int AS orig_col
  FROM entry_fields
  GROUP BY rule_id, view_id, relnamespace, entry_no
),
origins AS (   -- view columns of the exposed schemas, followed through the views they select from
  SELECT view_id, col, orig_rel, orig_col FROM view_cols WHERE relnamespace = ANY ($1::regnamespace[])
  UNION ALL
  SELECT o.view_id, o.col, vc.orig_rel, vc.orig_col
  FROM origins o JOIN view_cols vc ON vc.view_id = o.orig_rel AND vc.col = o.orig_col
) CYCLE orig_rel SET looped USING trail,
col_sources AS (   -- each (table or view) column a view column comes from, with those view columns
  SELECT o.view_id, o.orig_rel, o.orig_col, array_agg(va.attname ORDER BY va.attnum) AS view_cols
  FROM origins o
  JOIN pg_attribute va ON va.attrelid = o.view_id AND va.attnum = o.col
  GROUP BY o.view_id, o.orig_rel, o.orig_col
),
key_cols AS (
  SELECT DISTINCT side.kind, k.conname, cardinality(side.cols) AS ncols, side.rel, u.col, u.pos
  FROM pg_constraint k,
       LATERAL (VALUES (k.contype::text, k.conrelid, k.conkey),
                       ('f_ref', k.confrelid, k.confkey)) AS side(kind, rel, cols),
       unnest(side.cols) WITH ORDINALITY AS u(col, pos)
  WHERE k.contype IN ('p', 'f') AND side.rel <> 0
)
SELECT t_ns.nspname AS table_schema,
       t.relname AS table_name,
       v_ns.nspname AS view_schema,
       v.relname AS view_name,
       kc.conname AS constraint_name,
       kc.kind AS constraint_type,
       array_agg(row(ta.attname, cs.view_cols) ORDER BY kc.pos) AS column_dependencies
FROM col_sources cs
JOIN key_cols kc ON kc.rel = cs.orig_rel AND kc.col = cs.orig_col
JOIN pg_class t ON t.oid = kc.rel
JOIN pg_namespace t_ns ON t_ns.oid = t.relnamespace
JOIN pg_attribute ta ON ta.attrelid = kc.rel AND ta.attnum = kc.col
JOIN pg_class v ON v.oid = cs.view_id
JOIN pg_namespace v_ns ON v_ns.oid = v.relnamespace
GROUP BY t_ns.nspname, t.relname, v_ns.nspname, v.relname, kc.conname, kc.kind, kc.ncols
HAVING count(*) = kc.ncols
