SET client_min_messages = warning;
-- The soak's callers and bookkeeping (schema soak; dropped and made again on every run).
-- Each pgbench transaction acts as one PostgREST request: role and JWT claims set for the
-- transaction (set_config(..., true), as PostgREST does), then one call. The soak.* call
-- functions run with the caller's rights (RLS applies) and record the outcome (SQLSTATE, rows)
-- in soak.outcomes in the same transaction: a refusal is an answer the soak counts, not the end
-- of the pgbench client.
DROP SCHEMA IF EXISTS soak CASCADE;
CREATE SCHEMA soak;
CREATE TABLE soak.meta AS SELECT clock_timestamp() AS started_at;
CREATE UNLOGGED TABLE soak.outcomes (script text NOT NULL, sqlstate text NOT NULL, rows integer NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE UNLOGGED TABLE soak.deliveries (event_id uuid NOT NULL, publisher integer NOT NULL, acked boolean NOT NULL);

-- Each caller table holds at most 100 000 rows (the medium and large data sets have more).
-- Feed readers (and activity loggers): active tenant members (a suspended one is refused, 42501), with the tenant's resources they may view.
CREATE TABLE soak.feed_users AS
SELECT row_number() OVER (ORDER BY x.user_id, x.tenant_id) AS n, x.user_id, x.tenant_id,
       json_build_object('sub', x.user_id, 'role', 'authenticated')::text AS claims,
       ARRAY(SELECT r.id FROM resources r WHERE r.tenant_id = x.tenant_id ORDER BY r.id LIMIT 50) AS resources
FROM (SELECT tu.user_id, tu.tenant_id FROM tenant_users tu WHERE tu.status = 'active' ORDER BY tu.user_id, tu.tenant_id LIMIT 100000) x;
-- Learners: (user, module) of the published courses they signed up for (what they may record).
CREATE TABLE soak.modules AS
SELECT row_number() OVER (ORDER BY x.user_id, x.module_id) AS n, x.user_id, x.course_id, x.module_id,
       json_build_object('sub', x.user_id, 'role', 'authenticated')::text AS claims
FROM (SELECT s.user_id, s.course_id, m.id AS module_id
      FROM course_signups s JOIN course_pages p ON p.course_id = s.course_id JOIN course_modules m ON m.page_id = p.id
      JOIN tenant_users tu ON tu.user_id = s.user_id AND tu.tenant_id = s.tenant_id AND tu.status = 'active'
      JOIN courses c ON c.id = s.course_id AND c.status = 'published'
      JOIN programmes pr ON pr.id = c.programme_id AND pr.status = 'published'
      ORDER BY s.user_id, m.id LIMIT 100000) x;
-- Bookers: a company's staff member, one of its credit ledgers, a mentor of the ledger's programme.
CREATE TABLE soak.bookings AS
SELECT row_number() OVER (ORDER BY x.user_id, x.credit_id, x.mentor_id) AS n, x.user_id, x.credit_id, x.mentor_id,
       json_build_object('sub', x.user_id, 'role', 'authenticated')::text AS claims
FROM (SELECT cs.user_id, c.id AS credit_id, mp.mentor_id
      FROM mentor_credits c JOIN company_staff cs ON cs.company_id = c.company_id AND cs.status = 'active'
      JOIN tenant_users tu ON tu.user_id = cs.user_id AND tu.tenant_id = c.tenant_id AND tu.status = 'active'
      JOIN mentor_programmes mp ON mp.programme_id = c.programme_id JOIN mentors m ON m.id = mp.mentor_id AND m.tenant_id = c.tenant_id
      ORDER BY 1, 2, 3 LIMIT 100000) x;
-- Shared ledgers: 30 credits left on each, so that bookings meet refusals as they fill up.
UPDATE mentor_credits SET credits_granted = credits_used + 30 WHERE id IN (SELECT credit_id FROM soak.bookings);
-- Events for the two publishers (course completions add their own while the soak runs).
SELECT count(platform.enqueue_event('soak.test', jsonb_build_object('i', i))) FROM generate_series(1, 5000) i;

CREATE FUNCTION soak.done(script text, state text, n integer) RETURNS void LANGUAGE sql AS
$$ INSERT INTO soak.outcomes (script, sqlstate, rows) VALUES (script, state, n) $$;

CREATE FUNCTION soak.feed(i bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE u soak.feed_users; c integer;
BEGIN
    SELECT * INTO u FROM soak.feed_users f WHERE f.n = i;
    SELECT count(*) INTO c FROM public.for_you(u.user_id, u.tenant_id, 10);
    PERFORM soak.done('feed', '00000', c);
EXCEPTION WHEN OTHERS THEN PERFORM soak.done('feed', SQLSTATE, 0);
END $$;

-- Progress: complete a module (Prefer: resolution=ignore-duplicates) or, one time in four, undo one.
CREATE FUNCTION soak.progress(i bigint, undo boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE m soak.modules; c integer;
BEGIN
    SELECT * INTO m FROM soak.modules x WHERE x.n = i;
    IF undo THEN
        DELETE FROM public.course_engagements e WHERE e.user_id = m.user_id AND e.module_id = m.module_id;
        GET DIAGNOSTICS c = ROW_COUNT;
        PERFORM soak.done('progress.delete', '00000', c);
    ELSE
        INSERT INTO public.course_engagements (user_id, module_id, completed_at) VALUES (m.user_id, m.module_id, now())
        ON CONFLICT (user_id, module_id) DO NOTHING;
        GET DIAGNOSTICS c = ROW_COUNT;
        PERFORM soak.done('progress.insert', '00000', c);
    END IF;
EXCEPTION WHEN OTHERS THEN PERFORM soak.done(CASE WHEN undo THEN 'progress.delete' ELSE 'progress.insert' END, SQLSTATE, 0);
END $$;

-- Bookings against shared ledgers, and cancellations of the company's pending ones.
CREATE FUNCTION soak.book(i bigint, hours integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE b soak.bookings; c integer;
BEGIN
    SELECT * INTO b FROM soak.bookings x WHERE x.n = i;
    INSERT INTO public.mentor_sessions (mentor_id, credit_id, starts_at, ends_at)
    VALUES (b.mentor_id, b.credit_id, now() + hours * interval '1 hour', now() + hours * interval '1 hour' + interval '30 minutes');
    GET DIAGNOSTICS c = ROW_COUNT;
    PERFORM soak.done('book', '00000', c);
EXCEPTION WHEN OTHERS THEN PERFORM soak.done('book', SQLSTATE, 0);
END $$;
CREATE FUNCTION soak.cancel(i bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE b soak.bookings; c integer;
BEGIN
    SELECT * INTO b FROM soak.bookings x WHERE x.n = i;
    UPDATE public.mentor_sessions s SET status = 'cancelled'
    WHERE s.id = (SELECT y.id FROM public.mentor_sessions y WHERE y.credit_id = b.credit_id AND y.status = 'pending' AND y.starts_at > now()
                  ORDER BY y.starts_at LIMIT 1 FOR UPDATE SKIP LOCKED);
    GET DIAGNOSTICS c = ROW_COUNT;
    PERFORM soak.done('cancel', '00000', c);
EXCEPTION WHEN OTHERS THEN PERFORM soak.done('cancel', SQLSTATE, 0);
END $$;

CREATE FUNCTION soak.activity(i bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE u soak.feed_users;
BEGIN
    SELECT * INTO u FROM soak.feed_users f WHERE f.n = i;
    PERFORM platform.log_activity(u.tenant_id, u.user_id, 'resource.viewed', 'resource',
                                  u.resources[1 + floor(random() * cardinality(u.resources))::int], '{}'::jsonb);
    PERFORM soak.done('activity', '00000', 1);
EXCEPTION WHEN OTHERS THEN PERFORM soak.done('activity', SQLSTATE, 0);
END $$;

-- A publisher (service_role): claim a batch with a lease, deliver, ack with the lease token.
CREATE FUNCTION soak.publish(publisher integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE e record; c integer := 0; acked boolean;
BEGIN
    FOR e IN SELECT * FROM platform.claim_events(10, '30 seconds') LOOP
        acked := platform.ack_event(e.id, e.lease_token);
        INSERT INTO soak.deliveries VALUES (e.id, publisher, acked);
        c := c + 1;
    END LOOP;
    PERFORM soak.done('publish', '00000', c);
EXCEPTION WHEN OTHERS THEN PERFORM soak.done('publish', SQLSTATE, 0);
END $$;

GRANT USAGE ON SCHEMA soak TO authenticated, service_role;
GRANT SELECT ON ALL TABLES IN SCHEMA soak TO authenticated, service_role;
GRANT INSERT ON soak.outcomes, soak.deliveries TO authenticated, service_role;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA soak TO authenticated, service_role;
SELECT (SELECT count(*) FROM soak.feed_users) AS feed_users, (SELECT count(*) FROM soak.modules) AS modules,
       (SELECT count(*) FROM soak.bookings) AS bookings;
