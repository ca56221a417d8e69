-- BEFORE INSERT OR UPDATE trigger that fills a child row's scope columns (tenant_id, provider_id,
-- course_id, ...) from its parent when the caller left them NULL, so API clients can write
-- `POST /cohorts {"programme_id": ..., "name": ...}` without repeating what the parent implies.
-- Consistency itself is enforced by composite foreign keys (parent_id, tenant_id[, provider_id]);
-- this is only a convenience, and costs nothing when every scope column is given.
-- Arguments: parent table (in public), the FK column, then the columns to copy.
CREATE FUNCTION platform.fill_scope_from_parent() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    rec       jsonb := pg_catalog.to_jsonb(NEW);
    parent_id uuid := (rec ->> TG_ARGV[1])::uuid;
    missing   text[];
    parent    jsonb;
BEGIN
    SELECT pg_catalog.array_agg(c) INTO missing
    FROM pg_catalog.unnest(TG_ARGV[2:]) AS c
    WHERE rec -> c = 'null'::jsonb;
    IF parent_id IS NULL OR missing IS NULL THEN
        RETURN NEW;
    END IF;
    EXECUTE pg_catalog.format(
        'SELECT pg_catalog.to_jsonb(p) FROM (SELECT %s FROM public.%I WHERE id = $1) AS p',
        (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(c), ', ') FROM pg_catalog.unnest(missing) AS c),
        TG_ARGV[0])
        INTO parent USING parent_id;
    IF parent IS NOT NULL THEN               -- a missing parent is reported by the foreign key
        NEW := pg_catalog.jsonb_populate_record(NEW, parent);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION platform.fill_scope_from_parent() IS
    'Trigger function: fills NULL scope columns (tenant_id, provider_id, course_id, ...) of a new row from its parent. Arguments: parent table, FK column, columns to copy.';
