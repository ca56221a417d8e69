-- 20261126040000_for_you_helpers.sql
-- for_you runs with the caller's rights, so the helpers it calls must be executable by the API
-- roles (as content_popularity already is): the feed reads the popularity of all its candidates
-- in one call (platform.content_popularity_batch), and the retrieval estimates a tag's share of
-- the tenant's content from planner statistics (platform.tag_share_estimate). Both are SECURITY
-- DEFINER functions in the extension that return only aggregates.
GRANT EXECUTE ON FUNCTION
    platform.content_popularity_batch(uuid, text[], uuid[], integer),
    platform.tag_share_estimate(uuid, uuid[])
    TO authenticated, service_role;
