-- A tag-ordered, half-precision copy of the content vectors for the For You exact path.
--
-- The exact path (a tag filter the HNSW walk would serve badly: a selective tag, or one whose
-- items lie away from the query) used to join the tag's links to embeddings: one btree probe
-- and one heap page (the row holds the 3 kB vector inline) per tagged item, ~5 us each; a tag of
-- 44 000 items cost ~150 ms whatever was done to the distance (~0.1 us of it). Here each link
-- whose target has an embedding is copied with that embedding l2-normalised as halfvec(768)
-- (1.5 kB: a full vector(768) does not fit a btree tuple), INCLUDEd in the primary key, so a
-- tag's vectors are one index-only range scan: ~0.7 us per item (measured at 100k items, a tag
-- of 5 255: 17.8 -> 4.3 ms with the re-ranking; same answers). platform.for_you_candidates
-- takes the nearest by half precision, re-ranks them with the full vectors and widens the
-- re-ranked set until the half-precision error (< 0.0012 in cosine distance) cannot change
-- the answer: it stays exact.
--
-- It costs space: ~4 kB per tag link (the row, the index tuple, two small indexes): 717 MB for
-- 174k links at 100k items, 7 GB for 1.69M links at 1M items. Internal (schema platform, not exposed by PostgREST);
-- members read their tenants' rows under RLS, as they read embeddings; only the triggers of
-- platform.sync_tag_vectors() write it; deleting a link or an embedding cascades.
CREATE TABLE platform.tag_vectors (
    tag_id      uuid NOT NULL,
    target_type text NOT NULL,
    target_id   uuid NOT NULL,
    tenant_id   uuid NOT NULL,
    embedding   halfvec(768) NOT NULL,
    CONSTRAINT tag_vectors_pkey PRIMARY KEY (tag_id, target_type, target_id) INCLUDE (tenant_id, embedding),
    CONSTRAINT tag_vectors_tag_link_fkey FOREIGN KEY (tag_id, target_type, target_id)
        REFERENCES public.tag_links (tag_id, target_type, target_id) ON DELETE CASCADE ON UPDATE CASCADE,
    -- Deferred: a link moved (UPDATE) to a target without an embedding is cascaded first and
    -- removed by the trigger before the check runs.
    CONSTRAINT tag_vectors_embedding_fkey FOREIGN KEY (target_type, target_id)
        REFERENCES public.embeddings (content_type, content_id) ON DELETE CASCADE ON UPDATE CASCADE
        DEFERRABLE INITIALLY DEFERRED
)
-- An index-only scan reads the heap for rows of pages not yet marked all-visible: vacuum soon
-- after inserts (the default waits for 20 % of the table).
WITH (autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.05);
CREATE INDEX tag_vectors_target_idx ON platform.tag_vectors (target_type, target_id);
CREATE INDEX tag_vectors_tenant_id_idx ON platform.tag_vectors (tenant_id);
ALTER TABLE platform.tag_vectors ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON platform.tag_vectors FROM PUBLIC, anon, authenticated, service_role;
GRANT SELECT ON platform.tag_vectors TO authenticated, service_role;
CREATE POLICY tag_vectors_select ON platform.tag_vectors FOR SELECT TO authenticated
    USING (tenant_id = ANY (ARRAY(SELECT platform.my_tenant_ids())));
COMMENT ON TABLE platform.tag_vectors IS
    'For You exact path: per tag link, the target''s embedding l2-normalised at half precision, INCLUDEd in the primary key so that a tag''s vectors are one index-only scan. Derived data, written only by the triggers of platform.sync_tag_vectors() (platform.refresh_tag_vectors() rebuilds it); members read their tenants'' rows.';
COMMENT ON COLUMN platform.tag_vectors.tag_id IS 'The tag (tag_links.tag_id).';
COMMENT ON COLUMN platform.tag_vectors.target_type IS 'The tagged item''s type: programme, course, event or resource.';
COMMENT ON COLUMN platform.tag_vectors.target_id IS 'The tagged item''s id.';
COMMENT ON COLUMN platform.tag_vectors.tenant_id IS 'The tenant of the tag and the item (the RLS column).';
COMMENT ON COLUMN platform.tag_vectors.embedding IS 'The item''s embedding, l2-normalised, as halfvec(768); cosine distances from it are within 0.0012 of the full vector''s.';
COMMENT ON INDEX platform.tag_vectors_target_idx IS 'Cascades from embeddings (the foreign key on target_type, target_id).';
COMMENT ON INDEX platform.tag_vectors_tenant_id_idx IS 'The RLS column, and platform.refresh_tag_vectors(tenant).';

CREATE TRIGGER tag_links_sync_tag_vectors_insert AFTER INSERT ON public.tag_links REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.sync_tag_vectors();
CREATE TRIGGER tag_links_sync_tag_vectors_update AFTER UPDATE ON public.tag_links REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.sync_tag_vectors();
CREATE TRIGGER embeddings_sync_tag_vectors_insert AFTER INSERT ON public.embeddings REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.sync_tag_vectors();
CREATE TRIGGER embeddings_sync_tag_vectors_update AFTER UPDATE ON public.embeddings REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.sync_tag_vectors();
GRANT EXECUTE ON FUNCTION platform.refresh_tag_vectors(uuid) TO service_role;

-- The links and embeddings already there.
SELECT platform.refresh_tag_vectors();
