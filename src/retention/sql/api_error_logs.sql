-- Retention of the API error log (the outbox has its own: platform.purge_published_events).
CREATE FUNCTION platform.purge_api_error_logs(older_than interval DEFAULT '90 days') RETURNS bigint
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM platform.require_primary('platform.purge_api_error_logs');  -- 25006 with a hint on a standby
    DELETE FROM public.api_error_logs l WHERE l.created_at < pg_catalog.now() - older_than;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION platform.purge_api_error_logs(interval) IS 'Retention: deletes API error logs older than older_than. Returns how many.';
