-- The tag-ordered copy of the content vectors (table platform.tag_vectors, migration
-- 20261204000000_tag_vectors.sql): one row per tag link whose target has an embedding, holding
-- that embedding l2-normalised at half precision, in a primary key that INCLUDEs it. The For You
-- exact path reads a tag's vectors as one index-only range scan (~0.7 us per item) instead of a
-- btree probe and a heap page per item (~5 us), then re-ranks the nearest with the full vectors.
--
-- Statement trigger function (transition table new_rows) on public.tag_links (AFTER INSERT,
-- AFTER UPDATE) and public.embeddings (AFTER INSERT, AFTER UPDATE): writes the copy of every
-- link the statement touched. Deletes need no trigger: the table's foreign keys cascade.
--
-- Concurrency: a link and its target's embedding may be written by two transactions at once,
-- each unable to see the other's row; both would then leave the copy out (or stale). So both
-- sides first take a transaction-scoped advisory lock on each of the (at most 64) stripes of the
-- targets they touch, in ascending order (no deadlock between two such statements); the copying
-- statement runs after that, with a new snapshot (READ COMMITTED), and sees whatever the other
-- side committed. Under REPEATABLE READ the snapshot is older; platform.refresh_tag_vectors()
-- rebuilds the copy of a tenant from scratch.
CREATE FUNCTION platform.sync_tag_vectors() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    -- The vector extension's schema (public, or extensions on Supabase), to name l2_normalize.
    vs text := (SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                WHERE e.extname = 'vector');
BEGIN
    IF TG_TABLE_NAME = 'tag_links' THEN
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('platform.tag_vectors'), s.stripe)
        FROM (SELECT DISTINCT pg_catalog.hashtext(n.target_id::text) & 63 AS stripe FROM new_rows n) AS s
        ORDER BY s.stripe;
        IF TG_OP = 'UPDATE' THEN
            -- A link moved to a target without an embedding: its (cascaded) copy goes.
            DELETE FROM platform.tag_vectors tv
            USING new_rows n
            WHERE tv.tag_id = n.tag_id AND tv.target_type = n.target_type AND tv.target_id = n.target_id
              AND NOT EXISTS (SELECT 1 FROM public.embeddings e WHERE e.content_type = n.target_type AND e.content_id = n.target_id);
        END IF;
        EXECUTE pg_catalog.format(
            'INSERT INTO platform.tag_vectors AS tv (tag_id, target_type, target_id, tenant_id, embedding)
             SELECT n.tag_id, n.target_type, n.target_id, n.tenant_id, %I.l2_normalize(e.embedding)
             FROM new_rows n JOIN public.embeddings e ON e.content_type = n.target_type AND e.content_id = n.target_id
             ON CONFLICT ON CONSTRAINT tag_vectors_pkey
             DO UPDATE SET tenant_id = excluded.tenant_id, embedding = excluded.embedding', vs);
    ELSE
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('platform.tag_vectors'), s.stripe)
        FROM (SELECT DISTINCT pg_catalog.hashtext(n.content_id::text) & 63 AS stripe FROM new_rows n) AS s
        ORDER BY s.stripe;
        EXECUTE pg_catalog.format(
            'INSERT INTO platform.tag_vectors AS tv (tag_id, target_type, target_id, tenant_id, embedding)
             SELECT tl.tag_id, tl.target_type, tl.target_id, tl.tenant_id, %I.l2_normalize(n.embedding)
             FROM new_rows n JOIN public.tag_links tl ON tl.target_type = n.content_type AND tl.target_id = n.content_id
             ON CONFLICT ON CONSTRAINT tag_vectors_pkey
             DO UPDATE SET tenant_id = excluded.tenant_id, embedding = excluded.embedding', vs);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION platform.sync_tag_vectors() IS
    'Statement trigger function (transition table new_rows) on tag_links and embeddings (AFTER INSERT, AFTER UPDATE): writes platform.tag_vectors, the tag-ordered half-precision copy of the content vectors that the For You exact path scans. Serialises with concurrent writers of the same targets on striped advisory locks.';

-- Rebuilds the copy of one tenant (or of all, NULL) from tag_links and embeddings: for a
-- database restored without it, or written under REPEATABLE READ by two racing transactions.
-- Service role and owner only. Returns the rows written.
CREATE FUNCTION platform.refresh_tag_vectors(p_tenant uuid DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    vs text := (SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                WHERE e.extname = 'vector');
    written bigint;
BEGIN
    IF NOT platform.caller_is_privileged() THEN
        RAISE EXCEPTION 'platform.refresh_tag_vectors is for the service role' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM platform.require_primary('platform.refresh_tag_vectors');
    -- Every stripe: no link or embedding of the tenant is written meanwhile.
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('platform.tag_vectors'), s) FROM pg_catalog.generate_series(0, 63) AS s;
    DELETE FROM platform.tag_vectors tv WHERE p_tenant IS NULL OR tv.tenant_id = p_tenant;
    EXECUTE pg_catalog.format(
        'INSERT INTO platform.tag_vectors (tag_id, target_type, target_id, tenant_id, embedding)
         SELECT tl.tag_id, tl.target_type, tl.target_id, tl.tenant_id, %I.l2_normalize(e.embedding)
         FROM public.tag_links tl JOIN public.embeddings e ON e.content_type = tl.target_type AND e.content_id = tl.target_id
         WHERE $1 IS NULL OR tl.tenant_id = $1', vs) USING p_tenant;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;
COMMENT ON FUNCTION platform.refresh_tag_vectors(uuid) IS
    'Rebuilds platform.tag_vectors (the For You exact path''s tag-ordered vector copy) for one tenant, or all with NULL, from tag_links and embeddings. Service role only (42501); returns the rows written. Normally not needed: triggers keep the copy current.';
