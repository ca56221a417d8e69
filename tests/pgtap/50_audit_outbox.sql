-- Audit trail, outbox, notifications, provider summaries, impersonation, API error logs.
BEGIN;
SELECT plan(35);

SELECT tests.create_user(n || '@o.example', tests.id(n)) FROM unnest(ARRAY['o_admin', 'o_staff', 'o_mentor', 'o_pe', 'o_other', 'o_platform']) AS n;
INSERT INTO tenants (id, name, slug) VALUES (tests.id('to'), 'O', 'out-o'), (tests.id('to2'), 'O2', 'out-o2');
INSERT INTO tenant_users (tenant_id, user_id, role) VALUES (tests.id('to'), tests.id('o_admin'), 'admin'), (tests.id('to'), tests.id('o_staff'), 'member'),
    (tests.id('to'), tests.id('o_mentor'), 'member'), (tests.id('to'), tests.id('o_pe'), 'editor'), (tests.id('to2'), tests.id('o_other'), 'admin');
INSERT INTO user_roles (user_id, role) VALUES (tests.id('o_platform'), 'admin');
INSERT INTO providers (id, tenant_id, name, slug) VALUES (tests.id('op'), tests.id('to'), 'OP', 'op');
INSERT INTO providers_staff (provider_id, user_id, role, accepted_at) VALUES (tests.id('op'), tests.id('o_pe'), 'editor', now());
INSERT INTO programmes (id, provider_id, title, status) VALUES (tests.id('opr'), tests.id('op'), 'Outbox Programme', 'published');
INSERT INTO companies (id, tenant_id, name) VALUES (tests.id('oc'), tests.id('to'), 'OC');
INSERT INTO company_staff (company_id, user_id, role) VALUES (tests.id('oc'), tests.id('o_staff'), 'owner');
INSERT INTO mentors (id, tenant_id, user_id) VALUES (tests.id('om'), tests.id('to'), tests.id('o_mentor'));
-- A table with secret columns, audited like the application's (mentors' calendar tokens, the one
-- secret of the schema, live in platform.mentor_calendar_tokens, which is not audited).
CREATE TABLE public.audit_probe (id uuid PRIMARY KEY, api_secret text, calendar_token_encrypted bytea, note text);
CREATE TRIGGER audit_probe_audit_insert AFTER INSERT ON public.audit_probe REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit('id');
INSERT INTO public.audit_probe VALUES (tests.id('probe'), 's3cret', '\x00ff', 'visible');
INSERT INTO mentor_programmes (mentor_id, programme_id) VALUES (tests.id('om'), tests.id('opr'));
INSERT INTO mentor_credits (id, company_id, programme_id, credits_granted) VALUES (tests.id('ol'), tests.id('oc'), tests.id('opr'), 5);

-- Audit ------------------------------------------------------------------------------------------
SELECT is((SELECT count(*)::int FROM audit_logs WHERE table_name = 'programmes' AND record_id = tests.id('opr')::text AND operation = 'INSERT'), 1,
          'an INSERT is audited with the row''s primary key as record_id');
SELECT tests.authenticate_as(tests.id('o_pe'));
UPDATE programmes SET title = 'Renamed' WHERE id = tests.id('opr');
RESET ROLE;
SELECT is((SELECT new_values FROM audit_logs WHERE table_name = 'programmes' AND operation = 'UPDATE' AND record_id = tests.id('opr')::text),
          '{"title": "Renamed"}'::jsonb, 'an UPDATE logs only the changed columns (new side)');
SELECT is((SELECT old_values ->> 'title' FROM audit_logs WHERE table_name = 'programmes' AND operation = 'UPDATE' AND record_id = tests.id('opr')::text),
          'Outbox Programme', '... and their old values');
SELECT is((SELECT actor_id::text || ' ' || actor_role || ' ' || tenant_id::text FROM audit_logs WHERE table_name = 'programmes' AND operation = 'UPDATE' AND record_id = tests.id('opr')::text),
          tests.id('o_pe')::text || ' authenticated ' || tests.id('to')::text, 'the actor (auth.uid(), role) and tenant are recorded');
UPDATE programmes SET title = 'Renamed' WHERE id = tests.id('opr');
SELECT is((SELECT count(*)::int FROM audit_logs WHERE table_name = 'programmes' AND operation = 'UPDATE' AND record_id = tests.id('opr')::text), 1,
          'an UPDATE that changes nothing is not logged');
SELECT ok((SELECT NOT (new_values ? 'calendar_token_encrypted') AND NOT (new_values ? 'api_secret') AND new_values ->> 'note' = 'visible'
           FROM audit_logs WHERE table_name = 'audit_probe' AND operation = 'INSERT' AND record_id = tests.id('probe')::text),
          'secret columns never reach the audit log');
SELECT is((SELECT record_id FROM audit_logs WHERE table_name = 'company_staff' AND operation = 'INSERT' LIMIT 1)::jsonb,
          jsonb_build_object('company_id', tests.id('oc'), 'user_id', tests.id('o_staff')), 'a composite key is recorded as a JSON object');
DELETE FROM tenant_users WHERE user_id = tests.id('o_mentor') AND tenant_id = tests.id('to');
SELECT ok((SELECT old_values ->> 'role' = 'member' FROM audit_logs WHERE table_name = 'tenant_users' AND operation = 'DELETE'), 'a DELETE logs the old row');
INSERT INTO tenant_users (tenant_id, user_id) VALUES (tests.id('to'), tests.id('o_mentor'));
INSERT INTO audit_logs (tenant_id, table_name, record_id, operation) VALUES (tests.id('to2'), 'x', 'y', 'UPDATE');
SELECT tests.authenticate_as(tests.id('o_admin'));
SELECT ok((SELECT count(*) > 0 AND bool_and(tenant_id = tests.id('to')) FROM audit_logs), 'a tenant admin reads their tenant''s audit rows only');
SELECT throws_ok($$UPDATE audit_logs SET operation = 'INSERT'$$, '42501', NULL, 'nobody updates audit rows through the API');
SELECT throws_ok($$DELETE FROM audit_logs$$, '42501', NULL, 'nobody deletes audit rows through the API');
SELECT tests.authenticate_as(tests.id('o_other'));
SELECT is((SELECT count(*)::int FROM audit_logs WHERE tenant_id = tests.id('to')), 0, 'another tenant''s admin reads none of them');
SELECT throws_ok($$SELECT * FROM event_outbox$$, '42501', NULL, 'authenticated cannot read anyone''s outbox');
RESET ROLE;

-- Domain events and notifications ---------------------------------------------------------------
INSERT INTO programme_signups (id, company_id, programme_id) VALUES (tests.id('os'), tests.id('oc'), tests.id('opr'));
SELECT is((SELECT count(*)::int FROM event_outbox WHERE topic = 'programme_signup.created' AND payload ->> 'signup_id' = tests.id('os')::text), 1,
          'an application enqueues programme_signup.created in the same transaction');
SELECT tests.authenticate_as(tests.id('o_pe'));
UPDATE programme_signups SET status = 'active' WHERE id = tests.id('os');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM event_outbox WHERE topic = 'programme_signup.accepted'), 1, 'accepting it enqueues programme_signup.accepted');
SELECT is((SELECT user_id FROM notifications WHERE type = 'programme_signup.accepted'), tests.id('o_staff'), '... and notifies the company staff');
INSERT INTO mentor_sessions (id, mentor_id, credit_id, starts_at, ends_at) VALUES (tests.id('oss'), tests.id('om'), tests.id('ol'), now() + interval '1 day', now() + interval '1 day 1 hour');
INSERT INTO mentor_session_signups (session_id, user_id) VALUES (tests.id('oss'), tests.id('o_staff'));
SELECT is(ARRAY(SELECT type || ':' || (user_id = tests.id('o_mentor')) FROM notifications WHERE source_id = tests.id('oss') ORDER BY type),
          ARRAY['mentor_session.booked:true', 'mentor_session.invited:false'], 'a booking notifies the mentor, an added mentee is notified too');
UPDATE mentor_sessions SET status = 'cancelled' WHERE id = tests.id('oss');
SELECT is((SELECT count(*)::int FROM notifications WHERE source_id = tests.id('oss') AND type = 'mentor_session.cancelled'), 2,
          'a cancellation notifies the mentor and the attendee');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE topic IN ('mentor_session.booked', 'mentor_session.cancelled')), 2, 'booked and cancelled are both enqueued');
SELECT tests.authenticate_as(tests.id('o_staff'));
SELECT is(public.unread_notification_count(), 3::bigint, 'unread_notification_count() counts the caller''s unread notifications (accepted, invited, cancelled)');
UPDATE notifications SET read_at = now() WHERE type = 'programme_signup.accepted';
SELECT is(public.unread_notification_count(), 2::bigint, '... and drops when one is marked read');
RESET ROLE;

-- Provider summaries -----------------------------------------------------------------------------
SELECT ok(platform.refresh_provider_summaries(current_date) >= 1, 'refresh_provider_summaries writes a row per provider');
SELECT is((SELECT programme_signups || '/' || enrolments || '/' || mentor_sessions FROM provider_summaries WHERE provider_id = tests.id('op') AND date = current_date),
          '1/0/1', 'it counts the day''s applications and sessions (enrolled_at was not set)');
UPDATE programme_signups SET enrolled_at = now() WHERE id = tests.id('os');
SELECT lives_ok($$SELECT platform.refresh_provider_summaries(current_date)$$, 're-running it for the same day is fine (idempotent upsert)');
SELECT is((SELECT enrolments || ' ' || count(*) OVER () FROM provider_summaries WHERE provider_id = tests.id('op')), '1 1', '... and updates the one row');

-- Impersonation and API error logs ---------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('o_admin'));
SELECT throws_ok($$SELECT public.start_impersonation(tests.id('o_staff'), 'curious')$$, '42501', NULL, 'a tenant admin cannot impersonate');
SELECT tests.authenticate_as(tests.id('o_platform'));
SELECT lives_ok($$SELECT public.start_impersonation(tests.id('o_staff'), 'Ticket 17')$$, 'a platform admin starts impersonating, with a reason');
SELECT lives_ok($$SELECT public.stop_impersonation(tests.id('o_staff'))$$, '... and stops');
SELECT is(ARRAY(SELECT action FROM impersonation_logs WHERE target_user_id = tests.id('o_staff') ORDER BY created_at), ARRAY['start', 'stop'], 'both are logged, in order');
SELECT throws_ok($$INSERT INTO api_error_logs (request_id, error_code) VALUES ('r', 'e')$$, '42501', NULL, 'authenticated cannot write API error logs');
RESET ROLE;

-- The trail's indexes, cheap to write (migration 20261204010000): a record's history compares
-- table_name and record_id byte-wise, and a filter in the columns' own collation (what PostgREST's
-- record_id=eq. sends) still finds it by index; the by-actor index holds only rows with an actor,
-- and a filter on one actor still finds it.
SELECT is((SELECT string_agg(a.attname || ':' || c.collname, ',' ORDER BY a.attname) FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
           WHERE a.attrelid = 'public.audit_logs'::regclass AND a.attname IN ('table_name', 'record_id')),
          'record_id:C,table_name:C', 'audit_logs.table_name and record_id compare byte-wise (COLLATE "C")');
CREATE FUNCTION pg_temp.index_of(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE line text; found text;
BEGIN
    PERFORM set_config('enable_seqscan', 'off', true);
    PERFORM set_config('enable_bitmapscan', 'off', true);
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        found := COALESCE(found, substring(line FROM 'Index (?:Only )?Scan (?:Backward )?using (\S+)'));
    END LOOP;
    PERFORM set_config('enable_seqscan', 'on', true);
    PERFORM set_config('enable_bitmapscan', 'on', true);
    RETURN found;
END $$;
SELECT is(pg_temp.index_of($$SELECT * FROM public.audit_logs WHERE table_name = 'programmes' AND record_id = 'x' ORDER BY occurred_at DESC$$),
          'audit_logs_record_idx', '... and a record''s history is read by its index');
SELECT is((SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i WHERE i.indexrelid = 'public.audit_logs_actor_id_idx'::regclass),
          '(actor_id IS NOT NULL)', 'audit_logs_actor_id_idx holds only rows with an actor');
SELECT is(pg_temp.index_of($$SELECT * FROM public.audit_logs WHERE actor_id = '00000000-0000-4000-8000-000000000001' ORDER BY occurred_at DESC$$),
          'audit_logs_actor_id_idx', '... and one actor''s changes are read by it');

-- An OLTP trigger is never JIT-compiled: its UPDATE form is estimated ~40x over its work, and
-- compiling it cost 230-300 ms of a 560 ms statement (9 000 rows).
SELECT ok((SELECT 'jit=off' = ANY (p.proconfig) FROM pg_proc p WHERE p.oid = 'platform.audit()'::regprocedure),
          'platform.audit() runs with jit = off');

SELECT * FROM finish();
ROLLBACK;
