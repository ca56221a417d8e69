-- Polymorphic references (user_saved_items.item, tag_links.target, embeddings.content,
-- notifications.source, comments.target, activities.target) cannot be foreign keys. These
-- functions give them the same guarantees: the target exists in the same tenant, and deleting a
-- target removes the rows that only exist to point at it.

-- The table a polymorphic type names. One vocabulary for every polymorphic column; each column's
-- CHECK constraint narrows it to the types that column accepts.
-- No SET clause, so the planner can inline this pure CASE (it names no objects).
CREATE FUNCTION platform.polymorphic_table(kind text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
SET search_path = ''
AS $$
    SELECT CASE kind
        WHEN 'programme'        THEN 'programmes'
        WHEN 'cohort'           THEN 'cohorts'
        WHEN 'course'           THEN 'courses'
        WHEN 'course_page'      THEN 'course_pages'
        WHEN 'course_module'    THEN 'course_modules'
        WHEN 'event'            THEN 'events'
        WHEN 'resource'         THEN 'resources'
        WHEN 'mentor'           THEN 'mentors'
        WHEN 'mentor_session'   THEN 'mentor_sessions'
        WHEN 'company'          THEN 'companies'
        WHEN 'provider'         THEN 'providers'
        WHEN 'comment'          THEN 'comments'
        WHEN 'tag'              THEN 'tags'
        WHEN 'programme_signup' THEN 'programme_signups'
        WHEN 'course_signup'    THEN 'course_signups'
        WHEN 'event_signup'     THEN 'event_signups'
    END
$$;
COMMENT ON FUNCTION platform.polymorphic_table(text) IS
    'Maps a polymorphic type (programme, course, event, resource, mentor, ...) to the public table holding it; NULL for an unknown type.';

-- BEFORE INSERT OR UPDATE trigger: TG_ARGV[0] = the type column, TG_ARGV[1] = the id column.
-- Rejects (SQLSTATE 23503) a target that does not exist or lives in another tenant. Runs with the
-- owner's rights so that the answer does not depend on what the caller may read; the message is
-- the same for "missing" and "other tenant", so it reveals nothing about other tenants.
CREATE FUNCTION platform.check_polymorphic_ref() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    rec           jsonb := pg_catalog.to_jsonb(NEW);
    kind          text := rec ->> TG_ARGV[0];
    target        uuid := (rec ->> TG_ARGV[1])::uuid;
    target_table  text;
    target_tenant uuid;
BEGIN
    IF kind IS NULL AND target IS NULL THEN
        RETURN NEW;                                   -- optional reference, absent
    END IF;
    IF kind IS NULL OR target IS NULL THEN
        RAISE EXCEPTION '%.% and %.% must be set together', TG_TABLE_NAME, TG_ARGV[0], TG_TABLE_NAME, TG_ARGV[1]
            USING ERRCODE = 'not_null_violation';
    END IF;
    target_table := platform.polymorphic_table(kind);
    IF target_table IS NULL THEN
        RAISE EXCEPTION '%.% has unknown type %', TG_TABLE_NAME, TG_ARGV[0], pg_catalog.quote_literal(kind)
            USING ERRCODE = 'check_violation';
    END IF;
    -- Static SQL, one statement per table: PL/pgSQL plans each once per session and runs only
    -- the matching one (a dynamic EXECUTE was planned on every row, ~3x the cost of the insert).
    CASE target_table
        WHEN 'programmes' THEN SELECT x.tenant_id INTO target_tenant FROM public.programmes x WHERE x.id = target;
        WHEN 'cohorts' THEN SELECT x.tenant_id INTO target_tenant FROM public.cohorts x WHERE x.id = target;
        WHEN 'courses' THEN SELECT x.tenant_id INTO target_tenant FROM public.courses x WHERE x.id = target;
        WHEN 'course_pages' THEN SELECT x.tenant_id INTO target_tenant FROM public.course_pages x WHERE x.id = target;
        WHEN 'course_modules' THEN SELECT x.tenant_id INTO target_tenant FROM public.course_modules x WHERE x.id = target;
        WHEN 'events' THEN SELECT x.tenant_id INTO target_tenant FROM public.events x WHERE x.id = target;
        WHEN 'resources' THEN SELECT x.tenant_id INTO target_tenant FROM public.resources x WHERE x.id = target;
        WHEN 'mentors' THEN SELECT x.tenant_id INTO target_tenant FROM public.mentors x WHERE x.id = target;
        WHEN 'mentor_sessions' THEN SELECT x.tenant_id INTO target_tenant FROM public.mentor_sessions x WHERE x.id = target;
        WHEN 'companies' THEN SELECT x.tenant_id INTO target_tenant FROM public.companies x WHERE x.id = target;
        WHEN 'providers' THEN SELECT x.tenant_id INTO target_tenant FROM public.providers x WHERE x.id = target;
        WHEN 'comments' THEN SELECT x.tenant_id INTO target_tenant FROM public.comments x WHERE x.id = target;
        WHEN 'tags' THEN SELECT x.tenant_id INTO target_tenant FROM public.tags x WHERE x.id = target;
        WHEN 'programme_signups' THEN SELECT x.tenant_id INTO target_tenant FROM public.programme_signups x WHERE x.id = target;
        WHEN 'course_signups' THEN SELECT x.tenant_id INTO target_tenant FROM public.course_signups x WHERE x.id = target;
        WHEN 'event_signups' THEN SELECT x.tenant_id INTO target_tenant FROM public.event_signups x WHERE x.id = target;
    END CASE;
    IF target_tenant IS NULL OR target_tenant IS DISTINCT FROM (rec ->> 'tenant_id')::uuid THEN
        RAISE EXCEPTION '%.% references % %, which does not exist in this tenant',
                TG_TABLE_NAME, TG_ARGV[1], kind, target
            USING ERRCODE = 'foreign_key_violation',
                  HINT = pg_catalog.format('Check the id and that the %s belongs to tenant %s.', kind, rec ->> 'tenant_id');
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION platform.check_polymorphic_ref() IS
    'Trigger function: a polymorphic (type, id) reference must name an existing row of the same tenant (SQLSTATE 23503 otherwise). Arguments: type column, id column.';

-- The same guarantee for a whole statement: AFTER INSERT / AFTER UPDATE ... FOR EACH STATEMENT
-- with the transition table new_rows; TG_ARGV[0] = the type column, TG_ARGV[1] = the id column.
-- One query per statement finds the first row whose target is missing or in another tenant,
-- instead of a SECURITY DEFINER call, a row document and a lookup per row (measured: 5 000
-- activities, the row trigger added 23 us per row to a 27 us insert). Same errors as the row
-- form: 23502 when only one of the pair is set, 23503 (with a hint) when the target is missing.
-- Direct writes into a partition of activities bypass statement triggers of the parent; only the
-- owner can write partitions (no grants), as only the owner can disable triggers.
CREATE FUNCTION platform.check_polymorphic_refs() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    bad record;
    n_bad bigint;
BEGIN
    EXECUTE pg_catalog.format(
        'SELECT n.kind, n.target, n.tenant FROM (
             SELECT r.%1$I::text AS kind, r.%2$I AS target, r.tenant_id AS tenant FROM new_rows r) AS n
         WHERE (n.kind IS NOT NULL OR n.target IS NOT NULL)
           AND (n.kind IS NULL OR n.target IS NULL OR NOT COALESCE(CASE n.kind
                    WHEN ''programme'' THEN EXISTS (SELECT 1 FROM public.programmes x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''cohort'' THEN EXISTS (SELECT 1 FROM public.cohorts x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''course'' THEN EXISTS (SELECT 1 FROM public.courses x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''course_page'' THEN EXISTS (SELECT 1 FROM public.course_pages x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''course_module'' THEN EXISTS (SELECT 1 FROM public.course_modules x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''event'' THEN EXISTS (SELECT 1 FROM public.events x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''resource'' THEN EXISTS (SELECT 1 FROM public.resources x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''mentor'' THEN EXISTS (SELECT 1 FROM public.mentors x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''mentor_session'' THEN EXISTS (SELECT 1 FROM public.mentor_sessions x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''company'' THEN EXISTS (SELECT 1 FROM public.companies x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''provider'' THEN EXISTS (SELECT 1 FROM public.providers x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''comment'' THEN EXISTS (SELECT 1 FROM public.comments x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''tag'' THEN EXISTS (SELECT 1 FROM public.tags x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''programme_signup'' THEN EXISTS (SELECT 1 FROM public.programme_signups x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''course_signup'' THEN EXISTS (SELECT 1 FROM public.course_signups x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                    WHEN ''event_signup'' THEN EXISTS (SELECT 1 FROM public.event_signups x WHERE x.id = n.target AND x.tenant_id = n.tenant OFFSET 0)
                END, false))
         LIMIT 1', TG_ARGV[0], TG_ARGV[1]) INTO bad;
    GET DIAGNOSTICS n_bad = ROW_COUNT;
    IF n_bad = 0 THEN
        RETURN NULL;
    END IF;
    IF bad.kind IS NULL OR bad.target IS NULL THEN
        RAISE EXCEPTION '%.% and %.% must be set together', TG_TABLE_NAME, TG_ARGV[0], TG_TABLE_NAME, TG_ARGV[1]
            USING ERRCODE = 'not_null_violation';
    END IF;
    IF platform.polymorphic_table(bad.kind) IS NULL THEN
        RAISE EXCEPTION '%.% has unknown type %', TG_TABLE_NAME, TG_ARGV[0], pg_catalog.quote_literal(bad.kind)
            USING ERRCODE = 'check_violation';
    END IF;
    RAISE EXCEPTION '%.% references % %, which does not exist in this tenant', TG_TABLE_NAME, TG_ARGV[1], bad.kind, bad.target
        USING ERRCODE = 'foreign_key_violation',
              HINT = pg_catalog.format('Check the id and that the %s belongs to tenant %s.', bad.kind, bad.tenant);
END
$$;
COMMENT ON FUNCTION platform.check_polymorphic_refs() IS
    'Statement trigger function (transition table new_rows): every polymorphic (type, id) reference written by the statement must name an existing row of the same tenant (SQLSTATE 23503; 23502 when only one is set). Arguments: type column, id column.';

-- AFTER DELETE ... FOR EACH STATEMENT trigger on a target table, TG_ARGV[0] = its type.
-- Removes the tag links, embeddings, saved items and comments that point at the deleted rows.
-- Notifications and activities are history and keep their (now dangling) reference.
CREATE FUNCTION platform.delete_polymorphic_refs() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    kind text := TG_ARGV[0];
BEGIN
    DELETE FROM public.tag_links t USING deleted_rows d WHERE t.target_type = kind AND t.target_id = d.id;
    DELETE FROM public.embeddings e USING deleted_rows d WHERE e.content_type = kind AND e.content_id = d.id;
    DELETE FROM public.user_saved_items s USING deleted_rows d WHERE s.item_type = kind AND s.item_id = d.id;
    DELETE FROM public.comments c USING deleted_rows d WHERE c.target_type = kind AND c.target_id = d.id;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.delete_polymorphic_refs() IS
    'Statement trigger function (REFERENCING OLD TABLE AS deleted_rows): deletes tag_links, embeddings, user_saved_items and comments pointing at deleted rows. Argument: the polymorphic type of the table.';
