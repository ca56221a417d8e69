COMMENT ON FUNCTION platform.content_hash(text) IS 'sha256 (hex) of a canonical content text: embeddings.input_hash.';
COMMENT ON FUNCTION platform.refresh_user_embedding(uuid, uuid) IS
    'Recomputes the taste vector of a user in a tenant from their interactions (activities, saves, signups, completions; weighted by action, half-life 30 days) and preference topics, and upserts user_embeddings. False when there is no signal.';
ALTER FUNCTION platform.refresh_user_embedding(uuid, uuid) SET search_path = '';
