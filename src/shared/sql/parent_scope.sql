-- Self-references (course_pages.parent_page_id, comments.parent_comment_id) are single-column
-- foreign keys, because PostgREST embeds a self-reference's parent (`parent:parent_page_id(*)`)
-- only through one (its relationship rules, SchemaCache.hs / Plan.hs). What the composite keys
-- used to guarantee, the parent lying in the row's own scope (the same course; the same tenant),
-- this trigger checks.
--
-- BEFORE INSERT OR UPDATE, FOR EACH ROW. Arguments: the parent column, then the scope columns
-- (uuid). The parent must have the row's values in every scope column (23503); a row that has
-- children cannot move to another scope (23503: move or detach the children first). Runs with
-- the owner's rights, as a foreign-key check does (it ignores row-level security).
CREATE FUNCTION platform.check_parent_scope() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    parent_col text := TG_ARGV[0];
    scope text[] := TG_ARGV[1:TG_NARGS - 1];
    doc jsonb := pg_catalog.to_jsonb(NEW);
    parent uuid := (doc ->> parent_col)::uuid;
    same_scope text;
    found_ok boolean;
BEGIN
    same_scope := (SELECT pg_catalog.string_agg(pg_catalog.format('x.%I IS NOT DISTINCT FROM ($2 ->> %L)::uuid', c, c), ' AND ')
                   FROM pg_catalog.unnest(scope) AS c);
    IF parent IS NOT NULL AND (TG_OP = 'INSERT' OR parent IS DISTINCT FROM (pg_catalog.to_jsonb(OLD) ->> parent_col)::uuid
                               OR EXISTS (SELECT 1 FROM pg_catalog.unnest(scope) AS c
                                          WHERE doc -> c IS DISTINCT FROM pg_catalog.to_jsonb(OLD) -> c)) THEN
        EXECUTE pg_catalog.format('SELECT EXISTS (SELECT 1 FROM %I.%I x WHERE x.id = $1 AND %s)', TG_TABLE_SCHEMA, TG_TABLE_NAME, same_scope)
            INTO found_ok USING parent, doc;
        IF NOT found_ok THEN
            RAISE EXCEPTION '%.% = % names no row of the same % in %', TG_TABLE_NAME, parent_col, parent,
                    pg_catalog.array_to_string(scope, ', '), TG_TABLE_NAME
                USING ERRCODE = 'foreign_key_violation',
                      HINT = pg_catalog.format('The parent must exist and have the same %s.', pg_catalog.array_to_string(scope, ', '));
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM pg_catalog.unnest(scope) AS c WHERE doc -> c IS DISTINCT FROM pg_catalog.to_jsonb(OLD) -> c) THEN
        EXECUTE pg_catalog.format('SELECT NOT EXISTS (SELECT 1 FROM %I.%I x WHERE x.%I = $1 AND NOT (%s))',
                                  TG_TABLE_SCHEMA, TG_TABLE_NAME, parent_col, same_scope)
            INTO found_ok USING NEW.id, doc;
        IF NOT found_ok THEN
            RAISE EXCEPTION '% % has children and cannot move to another %', TG_TABLE_NAME, NEW.id, pg_catalog.array_to_string(scope, ', ')
                USING ERRCODE = 'foreign_key_violation', HINT = 'Move or detach its children first.';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION platform.check_parent_scope() IS
    'Trigger function (BEFORE INSERT OR UPDATE, per row) for single-column self-references: the parent (argument 1, a column) has the row''s values in the scope columns (further arguments), and a row with children does not leave its scope (23503).';
