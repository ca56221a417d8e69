-- 20261126050000_time_ordered_ids.sql
-- Append-heavy tables take time-ordered ids (platform.uuid_v7(), in the extension): new rows land
-- at the right edge of their primary-key index instead of on a random leaf of an index far bigger
-- than the cache. Measured at the large demo scale (1M content items): the audit trail of a
-- 5 000-row bulk insert of companies, ~1 s with random ids. Existing ids are untouched (both kinds
-- are valid UUIDs and keep their uniqueness); on the partitioned activities table the new default
-- reaches every partition. Callers that insert rows evaluate the default, so they may execute it.
GRANT EXECUTE ON FUNCTION platform.uuid_v7() TO authenticated, service_role;
ALTER TABLE public.audit_logs    ALTER COLUMN id SET DEFAULT platform.uuid_v7();
ALTER TABLE public.activities    ALTER COLUMN id SET DEFAULT platform.uuid_v7();
ALTER TABLE public.notifications ALTER COLUMN id SET DEFAULT platform.uuid_v7();
ALTER TABLE public.event_outbox  ALTER COLUMN id SET DEFAULT platform.uuid_v7();
