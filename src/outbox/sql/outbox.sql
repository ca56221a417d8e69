-- Durable event outbox (public.event_outbox): enqueue in the same transaction as the change,
-- claim with FOR UPDATE SKIP LOCKED and a lease, ack, fail with backoff, dead-letter.
-- For the publisher (service role) and the domain triggers; nothing here is granted to
-- authenticated.

CREATE FUNCTION platform.enqueue_event(topic text, payload jsonb, tenant_id uuid DEFAULT NULL,
                                       delay interval DEFAULT '0 seconds', max_attempts integer DEFAULT 10)
RETURNS uuid
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ''
AS $$
DECLARE
    new_id uuid;
BEGIN
    PERFORM platform.require_primary('platform.enqueue_event');  -- 25006 with a hint on a standby
    IF topic IS NULL OR payload IS NULL THEN
        RAISE EXCEPTION 'topic and payload must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    INSERT INTO public.event_outbox (tenant_id, topic, payload, next_attempt_at, max_attempts)
    VALUES (enqueue_event.tenant_id, enqueue_event.topic, enqueue_event.payload,
            pg_catalog.now() + COALESCE(enqueue_event.delay, '0 seconds'), COALESCE(enqueue_event.max_attempts, 10))
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
COMMENT ON FUNCTION platform.enqueue_event(text, jsonb, uuid, interval, integer) IS
    'Enqueues a domain event in public.event_outbox in the caller''s transaction (it is published only if that commits). Returns its id.';

-- Claim up to `batch` due events, oldest first. Rows another claimer holds are skipped, so
-- concurrent claimers never receive the same event. The lease is next_attempt_at: an event that
-- is claimed but never acked becomes due again when it expires. Each claim draws a new
-- lease_token; ack_event and fail_event must present it, so a publisher whose lease expired (and
-- whose event another publisher now holds) can neither ack nor fail it. A due event that has
-- already been claimed max_attempts times (its publisher crashed or hung each time) is
-- dead-lettered here instead of being leased again.
-- (Explicit result columns, not SETOF public.event_outbox: the table does not exist when the
-- extension is created, and extension code must not depend on a table's row type.)
CREATE FUNCTION platform.claim_events(batch integer DEFAULT 100, lease interval DEFAULT '30 seconds')
RETURNS TABLE (id uuid, tenant_id uuid, topic text, payload jsonb, attempts integer, max_attempts integer,
               next_attempt_at timestamptz, created_at timestamptz, lease_token uuid)
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    PERFORM platform.require_primary('platform.claim_events');  -- 25006 with a hint on a standby
    IF batch IS NULL OR batch < 1 OR batch > 10000 THEN
        RAISE EXCEPTION 'batch must be 1 to 10000, not %', batch USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF lease IS NULL OR lease <= '0 seconds' OR lease > '1 day' THEN
        RAISE EXCEPTION 'lease must be a positive interval of at most 1 day' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Dead-letter what exhausted its attempts without an ack or a fail (skipping rows in flight).
    UPDATE public.event_outbox e
    SET dead_at = pg_catalog.clock_timestamp(), lease_token = NULL,
        last_error = COALESCE(e.last_error, 'lease expired ' || e.attempts || ' times without ack or fail')
    WHERE e.id IN (SELECT d.id FROM public.event_outbox d
                   WHERE d.published_at IS NULL AND d.dead_at IS NULL AND d.next_attempt_at <= pg_catalog.clock_timestamp()
                     AND d.attempts >= d.max_attempts
                   FOR UPDATE SKIP LOCKED);
    RETURN QUERY
        WITH due AS (
            SELECT e.id AS due_id FROM public.event_outbox e
            WHERE e.published_at IS NULL AND e.dead_at IS NULL AND e.next_attempt_at <= pg_catalog.clock_timestamp()
              AND e.attempts < e.max_attempts
            ORDER BY e.next_attempt_at, e.created_at
            LIMIT batch
            FOR UPDATE SKIP LOCKED
        )
        UPDATE public.event_outbox e
        SET attempts = e.attempts + 1, next_attempt_at = pg_catalog.clock_timestamp() + lease,
            lease_token = pg_catalog.gen_random_uuid()
        FROM due WHERE e.id = due.due_id
        RETURNING e.id, e.tenant_id, e.topic, e.payload, e.attempts, e.max_attempts, e.next_attempt_at, e.created_at, e.lease_token;
END
$$;
COMMENT ON FUNCTION platform.claim_events(integer, interval) IS
    'Claims up to batch due, unpublished events (FOR UPDATE SKIP LOCKED, oldest first), counts the attempt, leases them until now() + lease (at most 1 day) and returns them with a fresh lease_token that ack_event / fail_event must present. Due events already claimed max_attempts times are dead-lettered instead.';

-- The lease-token forms are the API; the one-argument forms of 0.2.0 are kept only so that their
-- grants in released migrations resolve, and refuse.
CREATE FUNCTION platform.ack_event(id uuid) RETURNS boolean
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    RAISE EXCEPTION 'acknowledging event % needs the lease token of its claim', id
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Call platform.ack_event(id, lease_token) with the lease_token that claim_events returned.';
END
$$;
COMMENT ON FUNCTION platform.ack_event(uuid) IS 'Refuses (55000): use platform.ack_event(id, lease_token).';

CREATE FUNCTION platform.ack_event(id uuid, lease_token uuid) RETURNS boolean
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    PERFORM platform.require_primary('platform.ack_event');  -- 25006 with a hint on a standby
    IF id IS NULL OR lease_token IS NULL THEN
        RAISE EXCEPTION 'id and lease_token must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    UPDATE public.event_outbox e SET published_at = pg_catalog.clock_timestamp(), lease_token = NULL
    WHERE e.id = ack_event.id AND e.lease_token = ack_event.lease_token AND e.published_at IS NULL AND e.dead_at IS NULL;
    RETURN FOUND;
END
$$;
COMMENT ON FUNCTION platform.ack_event(uuid, uuid) IS
    'Marks an event published when lease_token is the token of its current claim. Returns false otherwise: unknown, already published or dead, or the lease was lost to a later claim (the event will be or was delivered by that claimer).';

CREATE FUNCTION platform.fail_event(id uuid, error text) RETURNS TABLE (attempts integer, next_attempt_at timestamptz, dead_at timestamptz)
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
    RAISE EXCEPTION 'failing event % needs the lease token of its claim', id
        USING ERRCODE = 'object_not_in_prerequisite_state',
              HINT = 'Call platform.fail_event(id, lease_token, error) with the lease_token that claim_events returned.';
END
$$;
COMMENT ON FUNCTION platform.fail_event(uuid, text) IS 'Refuses (55000): use platform.fail_event(id, lease_token, error).';

-- Reschedule a failed delivery with exponential backoff and jitter, or park it (dead letter)
-- once it has used max_attempts.
CREATE FUNCTION platform.fail_event(id uuid, lease_token uuid, error text)
RETURNS TABLE (attempts integer, next_attempt_at timestamptz, dead_at timestamptz)
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    published timestamptz;
    dead timestamptz;
    token uuid;
BEGIN
    PERFORM platform.require_primary('platform.fail_event');  -- 25006 with a hint on a standby
    IF id IS NULL OR lease_token IS NULL THEN
        RAISE EXCEPTION 'id and lease_token must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT e.published_at, e.dead_at, e.lease_token INTO published, dead, token
    FROM public.event_outbox e WHERE e.id = fail_event.id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'event % does not exist', fail_event.id USING ERRCODE = 'no_data_found';
    END IF;
    IF published IS NOT NULL OR dead IS NOT NULL THEN
        RAISE EXCEPTION 'event % is already %', fail_event.id, CASE WHEN published IS NOT NULL THEN 'published' ELSE 'dead' END
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF token IS DISTINCT FROM fail_event.lease_token THEN
        RAISE EXCEPTION 'the lease on event % was lost to a later claim', fail_event.id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'The lease expired and another publisher holds the event now; drop it.';
    END IF;
    RETURN QUERY
    UPDATE public.event_outbox e
    SET last_error = fail_event.error, lease_token = NULL,
        dead_at = CASE WHEN e.attempts >= e.max_attempts THEN pg_catalog.clock_timestamp() END,
        next_attempt_at = pg_catalog.clock_timestamp()
            + pg_catalog.make_interval(secs => platform.outbox_backoff_seconds(e.attempts, 10, 3600, pg_catalog.random()))
    WHERE e.id = fail_event.id
    RETURNING e.attempts, e.next_attempt_at, e.dead_at;
END
$$;
COMMENT ON FUNCTION platform.fail_event(uuid, uuid, text) IS
    'Records a failed delivery of the claim holding lease_token: retries after 10 s x 2^(attempts-1) (capped at 1 h, +/-25 % jitter), or parks the event (dead_at) once attempts reach max_attempts. 55000 when the lease was lost, or the event is published or dead.';

CREATE FUNCTION platform.purge_published_events(older_than interval DEFAULT '7 days') RETURNS bigint
LANGUAGE plpgsql
SET search_path = ''
AS $$
DECLARE
    n bigint;
BEGIN
    PERFORM platform.require_primary('platform.purge_published_events');  -- 25006 with a hint on a standby
    DELETE FROM public.event_outbox e WHERE e.published_at < pg_catalog.now() - older_than;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION platform.purge_published_events(interval) IS 'Retention: deletes events published more than older_than ago. Returns how many.';

CREATE FUNCTION platform.outbox_status()
RETURNS TABLE (state text, events bigint, oldest timestamptz)
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
    RETURN QUERY
    SELECT s.state, pg_catalog.count(*), pg_catalog.min(s.created_at)
    FROM (SELECT CASE WHEN e.published_at IS NOT NULL THEN 'published'
                      WHEN e.dead_at IS NOT NULL THEN 'dead'
                      WHEN e.next_attempt_at > pg_catalog.clock_timestamp() AND e.attempts > 0 THEN 'leased_or_backing_off'
                      WHEN e.next_attempt_at > pg_catalog.clock_timestamp() THEN 'scheduled'
                      ELSE 'due' END AS state, e.created_at
          FROM public.event_outbox e) AS s
    GROUP BY s.state;
END
$$;
COMMENT ON FUNCTION platform.outbox_status() IS 'Outbox counts by state: due, scheduled, leased_or_backing_off, dead (dead letters), published.';
