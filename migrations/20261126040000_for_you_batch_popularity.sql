-- 20261126040000_for_you_batch_popularity.sql
-- The feed now reads the popularity of all its candidates in one call
-- (platform.content_popularity_batch, in the extension); it runs with the caller's rights, so
-- the API roles need to execute it, as they do content_popularity.
GRANT EXECUTE ON FUNCTION platform.content_popularity_batch(uuid, text[], uuid[], integer) TO authenticated, service_role;
