-- 20261126030000_for_you.sql
-- The For You feed: who may call what (the functions are in the extension, src/foryou).
-- for_you runs with the caller's rights (RLS applies), so the retrieval and taste helpers it
-- calls must be executable by the API roles too.
GRANT EXECUTE ON FUNCTION
    public.for_you(uuid, uuid, integer, text[]),
    platform.for_you_taste(uuid, uuid),
    platform.for_you_candidates(uuid, uuid, vector, uuid[], integer, integer, boolean),
    platform.content_popularity(uuid, text, uuid, integer)
    TO authenticated, service_role;
-- The embedding job and the taste refresh run server-side.
GRANT EXECUTE ON FUNCTION
    platform.content_canonical_text(text, uuid), platform.content_hash(text), platform.stale_embeddings(integer),
    platform.upsert_embedding(text, uuid, real[], text), platform.refresh_user_embedding(uuid, uuid)
    TO service_role;
