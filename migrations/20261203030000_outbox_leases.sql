-- 20261203030000_outbox_leases.sql
-- Outbox leases carry a token: claim_events returns it, ack_event / fail_event must present it,
-- so a publisher whose lease expired cannot ack or fail an event another publisher now holds.
-- The one-argument ack_event(uuid) and fail_event(uuid, text) of 0.2.0 now refuse (55000).
ALTER TABLE public.event_outbox ADD COLUMN lease_token uuid;
COMMENT ON COLUMN public.event_outbox.lease_token IS
    'Token of the current claim (claim_events); ack_event and fail_event must present it. NULL when not leased.';
-- claim_events returns the token now (the extension update re-creates it, dropping its grant).
GRANT EXECUTE ON FUNCTION
    platform.claim_events(integer, interval), platform.ack_event(uuid, uuid), platform.fail_event(uuid, uuid, text)
    TO service_role;
