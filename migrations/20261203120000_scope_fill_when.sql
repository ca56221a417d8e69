-- The scope-filling triggers (platform.fill_scope_from_parent) did nothing when every scope column
-- was given, but still cost a SECURITY DEFINER call and a row document per row (~10-15 us; a
-- 5 000-row bulk insert of course engagements paid ~60 ms for nothing). A WHEN clause lets the
-- executor skip the call unless a scope column is actually NULL. Each trigger is re-created from
-- its own definition with WHEN (NEW.<col> IS NULL OR ...) over the columns it copies.
DO $$
DECLARE
    t record;
    cols text[];
    def text;
BEGIN
    FOR t IN SELECT tg.tgname, tg.tgrelid::regclass AS rel, pg_get_triggerdef(tg.oid) AS def
             FROM pg_trigger tg
             WHERE tg.tgfoid = 'platform.fill_scope_from_parent()'::regprocedure AND NOT tg.tgisinternal AND tg.tgqual IS NULL
    LOOP
        -- The arguments: parent table, FK column, then the columns to copy.
        cols := (SELECT array_agg(trim(both '''' FROM a) ORDER BY n)
                 FROM unnest(string_to_array(substring(t.def FROM 'fill_scope_from_parent\((.*)\)$'), ', ')) WITH ORDINALITY AS x (a, n)
                 WHERE n > 2);
        def := replace(t.def, ' FOR EACH ROW EXECUTE FUNCTION',
                       ' FOR EACH ROW WHEN (' || (SELECT string_agg(format('NEW.%I IS NULL', c), ' OR ') FROM unnest(cols) AS c)
                       || ') EXECUTE FUNCTION');
        EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.rel);
        EXECUTE def;
    END LOOP;
END
$$;
