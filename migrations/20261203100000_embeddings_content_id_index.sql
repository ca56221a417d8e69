-- The For You feed's exact path joins tag_links (target_type, target_id) to embeddings
-- (content_type, content_id) once per tagged item. Probing the unique (content_type, content_id)
-- index compares the text column first on every step; an index on the uuid alone is smaller and
-- cheaper to descend, and content_type is then checked on the one row found (measured at 100k
-- items: the exact path over 2 199 tagged items 14.5 -> 10.2 ms).
CREATE INDEX embeddings_content_id_idx ON public.embeddings (content_id);
COMMENT ON INDEX public.embeddings_content_id_idx IS
    'Lookup of an item''s embedding by content id (the For You exact path''s join from tag_links).';
