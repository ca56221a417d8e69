-- BEFORE UPDATE trigger function shared by every table with an updated_at column.
-- Only stamps rows that really changed, so no-op updates (e.g. PostgREST upserts of identical
-- data) keep their timestamp.
CREATE FUNCTION platform.set_updated_at() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    IF NEW IS DISTINCT FROM OLD THEN
        NEW.updated_at := pg_catalog.now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION platform.set_updated_at() IS
    'Trigger function: sets NEW.updated_at = now() when an UPDATE changes the row.';
