-- Row triggers that did one lookup per row become statement triggers (one query per statement).
-- Polymorphic reference checks
-- (platform.check_polymorphic_refs; the row form platform.check_polymorphic_ref stays for
-- anyone who attached it to a table of their own). Same guarantees and errors; a bulk insert of
-- 5 000 activities no longer pays a SECURITY DEFINER call per row.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('user_saved_items', 'user_saved_items_02_check_item', 'item_type', 'item_id'),
        ('tag_links', 'tag_links_02_check_target', 'target_type', 'target_id'),
        ('embeddings', 'embeddings_02_check_content', 'content_type', 'content_id'),
        ('notifications', 'notifications_02_check_source', 'source_type', 'source_id'),
        ('comments', 'comments_02_check_target', 'target_type', 'target_id'),
        ('activities', 'activities_02_check_target', 'target_type', 'target_id')) AS x (tbl, old_trigger, type_col, id_col)
    LOOP
        EXECUTE format('DROP TRIGGER %I ON public.%I', t.old_trigger, t.tbl);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON public.%I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs(%L, %L)',
                       t.tbl || '_check_reference_insert', t.tbl, t.type_col, t.id_col);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON public.%I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION platform.check_polymorphic_refs(%L, %L)',
                       t.tbl || '_check_reference_update', t.tbl, t.type_col, t.id_col);
    END LOOP;
END
$$;

-- The creator of a company becomes its owner once per statement too (platform.add_company_creators).
DROP TRIGGER companies_add_creator_as_owner ON public.companies;
CREATE TRIGGER companies_add_creator_as_owner AFTER INSERT ON public.companies REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.add_company_creators();
