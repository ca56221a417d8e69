-- The attacker suite: a hostile tenant member (and a login role that merely inherits an API role)
-- tries what the API lets them type. Every attempt fails with its documented SQLSTATE, and a
-- row-count or value check proves that nothing changed.
BEGIN;
SELECT plan(74);

-- Two tenants. In A: a provider PA (editor pa_editor), a company CA (member ca_staff), a mentor
-- (a_mentor) on programme PRA, a ledger of CA with 5 credits. In B: company CB (cb_staff) with a
-- ledger, a member b_member.
SELECT tests.create_user(n || '@attack.example', tests.id(n))
FROM unnest(ARRAY['pa_editor', 'ca_staff', 'a_mentor', 'cb_staff', 'b_member']) AS n;
INSERT INTO tenants (id, name, slug) VALUES (tests.id('ta'), 'A', 'attack-a'), (tests.id('tb'), 'B', 'attack-b');
INSERT INTO tenant_users (tenant_id, user_id, role) VALUES
    (tests.id('ta'), tests.id('pa_editor'), 'member'), (tests.id('ta'), tests.id('ca_staff'), 'member'),
    (tests.id('ta'), tests.id('a_mentor'), 'member'), (tests.id('tb'), tests.id('cb_staff'), 'member'),
    (tests.id('tb'), tests.id('b_member'), 'member');
INSERT INTO providers (id, tenant_id, name, slug) VALUES (tests.id('pa'), tests.id('ta'), 'PA', 'pa'),
                                                         (tests.id('pb'), tests.id('tb'), 'PB', 'pb');
INSERT INTO providers_staff (provider_id, user_id, role, accepted_at) VALUES (tests.id('pa'), tests.id('pa_editor'), 'editor', now());
INSERT INTO programmes (id, provider_id, title, status) VALUES (tests.id('pra'), tests.id('pa'), 'Prog A', 'published'),
                                                              (tests.id('prb'), tests.id('pb'), 'Prog B', 'published');
INSERT INTO companies (id, tenant_id, name) VALUES (tests.id('ca'), tests.id('ta'), 'CA'), (tests.id('cb'), tests.id('tb'), 'CB'),
                                                   (tests.id('ca2'), tests.id('ta'), 'CA2');
INSERT INTO company_staff (company_id, user_id, role) VALUES (tests.id('ca'), tests.id('ca_staff'), 'member'),
                                                             (tests.id('cb'), tests.id('cb_staff'), 'owner');
INSERT INTO mentors (id, tenant_id, user_id) VALUES (tests.id('ma'), tests.id('ta'), tests.id('a_mentor'));
INSERT INTO mentor_programmes (mentor_id, programme_id) VALUES (tests.id('ma'), tests.id('pra'));
INSERT INTO mentor_credits (id, company_id, programme_id, credits_granted) VALUES
    (tests.id('la'), tests.id('ca'), tests.id('pra'), 5), (tests.id('la2'), tests.id('ca2'), tests.id('pra'), 5),
    (tests.id('lb'), tests.id('cb'), tests.id('prb'), 5);
INSERT INTO programme_signups (id, company_id, programme_id) VALUES (tests.id('sa'), tests.id('ca'), tests.id('pra'));

CREATE FUNCTION pg_temp.used(ledger text) RETURNS int LANGUAGE sql AS
$$ SELECT credits_used FROM mentor_credits WHERE id = tests.id(ledger) $$;
-- A delivered session (completed yesterday) and a confirmed one that started an hour ago, made
-- by the service role, plus the fingerprint of everything the attempts below must not change.
INSERT INTO mentor_sessions (id, mentor_id, credit_id, status, starts_at, ends_at) VALUES
    (tests.id('done'), tests.id('ma'), tests.id('la'), 'completed', now() - interval '1 day', now() - interval '23 hours'),
    (tests.id('live'), tests.id('ma'), tests.id('la'), 'confirmed', now() - interval '1 hour', now() + interval '1 hour');
CREATE FUNCTION pg_temp.state() RETURNS text LANGUAGE sql AS $$
    SELECT (SELECT string_agg(id::text || status || credits_consumed || coalesce(cancelled_at::text, '') || credit_id || starts_at, ',' ORDER BY id) FROM mentor_sessions)
        || '|' || (SELECT string_agg(credits_used || '/' || credits_granted, ',' ORDER BY id) FROM mentor_credits)
        || '|' || (SELECT string_agg(status || coalesce(cohort_id::text, '') || coalesce(enrolled_at::text, '') || coalesce(reviewed_by::text, ''), ',') FROM programme_signups)
        || '|' || (SELECT count(*) FROM companies) || '|' || (SELECT count(*) FROM mentor_sessions)
$$;
SELECT is(pg_temp.used('la'), 2, 'fixture: the delivered and the running session consume 2 of ledger A''s 5 credits');
CREATE TEMP TABLE before ON COMMIT DROP AS SELECT pg_temp.state() AS s;
GRANT SELECT ON before TO PUBLIC;
CREATE FUNCTION pg_temp.unchanged() RETURNS boolean LANGUAGE sql SECURITY DEFINER AS $$ SELECT pg_temp.state() = (SELECT s FROM before) $$;
GRANT EXECUTE ON FUNCTION pg_temp.unchanged() TO PUBLIC;

------------------------------------------------------------------------------------------------
-- 1. The refund of a delivered session, and the rest of the session lifecycle.
------------------------------------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('ca_staff'));
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'cancelled' WHERE id = tests.id('done')$$, '23514', NULL,
                 'a company member cannot cancel (refund) a delivered session');
SELECT throws_ok($$UPDATE mentor_sessions SET credits_consumed = 0 WHERE id = tests.id('done')$$, '42501', NULL,
                 'credits_consumed is not client-writable');
SELECT throws_ok($$UPDATE mentor_sessions SET cancelled_at = now() WHERE id = tests.id('live')$$, '42501', NULL,
                 'cancelled_at is not client-writable');
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'cancelled' WHERE id = tests.id('live')$$, '23514', NULL,
                 'a session that has started can no longer be cancelled');
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'completed' WHERE id = tests.id('live')$$, '42501', NULL,
                 'the company cannot mark a session completed');
SELECT throws_ok($$UPDATE mentor_sessions SET credit_id = tests.id('la2') WHERE id = tests.id('live')$$, '42501', NULL,
                 'the company cannot move a session to another ledger');
SELECT throws_ok($$INSERT INTO mentor_sessions (mentor_id, credit_id, status, starts_at, ends_at)
                   VALUES (tests.id('ma'), tests.id('la'), 'confirmed', now() + interval '1 day', now() + interval '25 hours')$$,
                 '42501', NULL, 'a booking cannot start confirmed');
SELECT throws_ok($$INSERT INTO mentor_sessions (mentor_id, credit_id, credits_consumed, starts_at, ends_at)
                   VALUES (tests.id('ma'), tests.id('la'), 0, now() + interval '1 day', now() + interval '25 hours')$$,
                 '42501', NULL, 'a booking cannot choose its credits_consumed');
SELECT throws_ok($$INSERT INTO mentor_sessions (mentor_id, credit_id, booked_by, starts_at, ends_at)
                   VALUES (tests.id('ma'), tests.id('la'), tests.id('a_mentor'), now() + interval '1 day', now() + interval '25 hours')$$,
                 '42501', NULL, 'a booking cannot be made in someone else''s name (booked_by)');
SELECT throws_ok($$INSERT INTO mentor_sessions (mentor_id, credit_id, starts_at, ends_at)
                   VALUES (tests.id('ma'), tests.id('la'), now() - interval '1 day', now() - interval '23 hours')$$,
                 '23514', NULL, 'a booking cannot start in the past (to be completed at once)');
SELECT throws_ok($$INSERT INTO mentor_sessions (mentor_id, credit_id, starts_at, ends_at)
                   VALUES (tests.id('ma'), tests.id('lb'), now() + interval '1 day', now() + interval '25 hours')$$,
                 '42501', NULL, 'a booking cannot charge another tenant''s company''s ledger');
SELECT ok(pg_temp.unchanged(), '... and none of these changed a session, a ledger or an application');

-- The lawful path, for contrast: book, confirm (mentor), cancel before the start (company): refunded.
SELECT lives_ok($$INSERT INTO mentor_sessions (id, mentor_id, credit_id, starts_at, ends_at)
                  VALUES (tests.id('new'), tests.id('ma'), tests.id('la'), now() + interval '2 days', now() + interval '49 hours')$$,
                'a company member books a future session (pending)');
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'confirmed' WHERE id = tests.id('new')$$, '42501', NULL,
                 'only the mentor confirms');
SELECT tests.authenticate_as(tests.id('a_mentor'));
SELECT lives_ok($$UPDATE mentor_sessions SET status = 'confirmed' WHERE id = tests.id('new')$$, 'the mentor confirms');
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'completed' WHERE id = tests.id('new')$$, '23514', NULL,
                 'a session cannot be completed before it starts');
SELECT throws_ok($$UPDATE mentor_sessions SET credit_id = tests.id('la2') WHERE id = tests.id('new')$$, '42501', NULL,
                 'the mentor cannot charge the session to another company''s ledger');
SELECT lives_ok($$UPDATE mentor_sessions SET status = 'completed' WHERE id = tests.id('live')$$, 'the mentor completes a session that has started');
SELECT tests.authenticate_as(tests.id('ca_staff'));
SELECT is((SELECT booked_by FROM mentor_sessions WHERE id = tests.id('new')), tests.id('ca_staff'), 'booked_by is the booking user');
UPDATE mentor_sessions SET status = 'cancelled' WHERE id = tests.id('new');
SELECT is((SELECT status::text || ' ' || (cancelled_at IS NOT NULL) FROM mentor_sessions WHERE id = tests.id('new')) || ' ' || pg_temp.used('la'),
          'cancelled true 2', 'the company cancels a future session: cancelled_at set, its credit refunded');
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'pending' WHERE id = tests.id('new')$$, '23514', NULL, 'cancelled is final');
SELECT tests.authenticate_as(tests.id('a_mentor'));
SELECT throws_ok($$UPDATE mentor_sessions SET starts_at = now() + interval '3 days', ends_at = now() + interval '73 hours' WHERE id = tests.id('done')$$,
                 '23514', NULL, 'completed is final (no rescheduling)');
SELECT tests.authenticate_as_service_role();
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'cancelled' WHERE id = tests.id('done')$$, '23514', NULL,
                 'nobody, not even the service role, cancels a delivered session');
RESET ROLE;
SELECT is(pg_temp.used('la'), 2, 'ledger A still counts the two delivered sessions');

------------------------------------------------------------------------------------------------
-- 2. Privilege is not a role name: login roles that inherit an API role.
------------------------------------------------------------------------------------------------
CREATE ROLE attack_analyst LOGIN IN ROLE authenticated;
CREATE ROLE attack_backend LOGIN IN ROLE service_role;
INSERT INTO platform.mentor_calendar_tokens (mentor_id, calendar_token_encrypted) VALUES (tests.id('ma'), '\x00'::bytea);
SET LOCAL SESSION AUTHORIZATION attack_analyst;
SELECT set_config('request.jwt.claims', json_build_object('sub', tests.id('ca_staff'))::text, true);
SELECT is(current_setting('role') || ' ' || platform.caller_role(), 'none authenticated',
          'a login role granted authenticated reads as role ''none'' and is an authenticated caller');
SELECT throws_ok($$SELECT platform.set_mentor_calendar_token(tests.id('ma'), 'stolen')$$, '42501', NULL,
                 '... it cannot set a mentor''s calendar token');
SELECT throws_ok($$SELECT platform.mentor_calendar_token(tests.id('ma'))$$, '42501', NULL, '... nor decrypt one');
SELECT throws_ok($$SELECT * FROM for_you(tests.id('a_mentor'), tests.id('ta'), 5)$$, '42501', NULL, '... nor read another user''s feed');
SELECT throws_ok($$UPDATE programme_signups SET status = 'active' WHERE id = tests.id('sa')$$, '42501', NULL,
                 '... nor enrol its company in a programme');
SELECT throws_ok($$UPDATE mentor_sessions SET status = 'cancelled' WHERE id = tests.id('done')$$, '23514', NULL,
                 '... nor refund a delivered session');
RESET SESSION AUTHORIZATION;
SET LOCAL SESSION AUTHORIZATION attack_backend;
SELECT is(platform.caller_role(), 'service_role', 'a login role granted service_role is privileged');
SELECT lives_ok($$SELECT platform.assert_feed_access(tests.id('a_mentor'), tests.id('ta'))$$, '... and passes the feed''s access check for anyone');
RESET SESSION AUTHORIZATION;
SELECT is((SELECT calendar_token_encrypted FROM platform.mentor_calendar_tokens WHERE mentor_id = tests.id('ma')), '\x00'::bytea, 'the token was not changed');

------------------------------------------------------------------------------------------------
-- 3. Self-enrolment, self-certified attendance, forged scopes, other tenants' rows.
------------------------------------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('ca_staff'));
SELECT throws_ok($$UPDATE programme_signups SET status = 'active' WHERE id = tests.id('sa')$$, '42501', NULL,
                 'company staff cannot enrol their company (status)');
SELECT throws_ok($$UPDATE programme_signups SET enrolled_at = now(), reviewed_by = tests.id('ca_staff') WHERE id = tests.id('sa')$$, '42501', NULL,
                 '... nor forge the review (enrolled_at, reviewed_by)');
SELECT throws_ok($$INSERT INTO companies (tenant_id, name) VALUES (tests.id('tb'), 'Forged')$$, '42501', NULL,
                 'an insert forging another tenant''s tenant_id is refused');
SELECT throws_ok($$INSERT INTO programme_signups (company_id, programme_id) VALUES (tests.id('cb'), tests.id('prb'))$$, '42501', NULL,
                 'an application in another tenant''s company''s name is refused');
SELECT is(tests.rows_affected($$UPDATE mentor_credits SET status = 'suspended' WHERE id = tests.id('lb')$$), 0,
          'another company''s ledger cannot be edited (RLS hides it)');
SELECT is(tests.rows_affected($$UPDATE mentor_credits SET credits_granted = 100 WHERE id = tests.id('la')$$), 0,
          'the own company''s ledger is not writable by its staff (only the provider''s editors)');
SELECT is((SELECT count(*)::int FROM audit_logs) + (SELECT count(*)::int FROM api_error_logs) + (SELECT count(*)::int FROM impersonation_logs), 0,
          'system logs are not readable by members');
RESET ROLE;
INSERT INTO events (id, provider_id, title, status, starts_at, ends_at)
VALUES (tests.id('ev'), tests.id('pa'), 'Event', 'published', now() + interval '1 day', now() + interval '25 hours');
SELECT tests.authenticate_as(tests.id('ca_staff'));
SELECT throws_ok($$INSERT INTO event_signups (event_id, user_id, status, attended) VALUES (tests.id('ev'), tests.id('ca_staff'), 'attended', true)$$,
                 '42501', NULL, 'an attendee cannot register as having attended');
INSERT INTO event_signups (id, event_id, user_id) VALUES (tests.id('es'), tests.id('ev'), tests.id('ca_staff'));
SELECT throws_ok($$UPDATE event_signups SET attended = true, attendance_confirmed_at = now() WHERE id = tests.id('es')$$, '42501', NULL,
                 '... nor confirm their own attendance');
SELECT tests.authenticate_as(tests.id('pa_editor'));
SELECT is(tests.rows_affected($$UPDATE event_signups SET attended = true, status = 'attended' WHERE id = tests.id('es')$$), 1,
          'the event''s provider editor records attendance');
SELECT throws_ok($$UPDATE programmes SET provider_id = tests.id('pb') WHERE id = tests.id('pra')$$, '42501', NULL,
                 'a programme cannot be moved to another tenant''s provider');
-- courses.module_count is derived (the modules rollup): with it set to 1, one completed module
-- of a nine-module course would complete it for every learner.
RESET ROLE;
INSERT INTO courses (id, programme_id, title, status) VALUES (tests.id('co'), tests.id('pra'), 'Course A', 'published');
INSERT INTO course_pages (id, course_id, title, path) VALUES (tests.id('cp'), tests.id('co'), 'Page', 'p');
INSERT INTO course_modules (page_id, type) SELECT tests.id('cp'), 'text' FROM generate_series(1, 9);
SELECT tests.authenticate_as(tests.id('pa_editor'));
SELECT throws_ok($$UPDATE courses SET module_count = 1 WHERE id = tests.id('co')$$, '42501', NULL,
                 'the provider''s editor cannot set a course''s module count');
SELECT throws_ok($$INSERT INTO courses (programme_id, title, module_count) VALUES (tests.id('pra'), 'Forged count', 1)$$, '42501', NULL,
                 '... nor insert a course with one');
SELECT is(tests.rows_affected($$UPDATE courses SET title = 'Course A, revised' WHERE id = tests.id('co')$$), 1,
          '... but edits the course itself');
RESET ROLE;
SELECT is((SELECT module_count FROM courses WHERE id = tests.id('co')), 9, '... and the count stays the modules''');
SELECT is((SELECT status || coalesce(enrolled_at::text, '-') || coalesce(reviewed_by::text, '-') FROM programme_signups WHERE id = tests.id('sa'))
          || (SELECT count(*) FROM companies WHERE name = 'Forged') || (SELECT credits_granted || status::text FROM mentor_credits WHERE id = tests.id('la'))
          || (SELECT provider_id FROM programmes WHERE id = tests.id('pra')),
          'pending--0' || '5active' || tests.id('pa'), '... and the application, the companies, the ledger and the programme are untouched');

------------------------------------------------------------------------------------------------
-- 4. SECURITY DEFINER helpers and RPCs with another tenant's ids, and with bad arguments.
------------------------------------------------------------------------------------------------
-- An UPDATE that changes a primary key is audited too (it used to pair old and new rows by key
-- and write nothing): the old row under the old key, the new row under the new key.
INSERT INTO tags (id, tenant_id, name) VALUES (tests.id('tag_old'), tests.id('ta'), 'rekeyed');
UPDATE tags SET id = tests.id('tag_new') WHERE id = tests.id('tag_old');
SELECT is(ARRAY(SELECT record_id || ':' || (old_values IS NOT NULL) || '/' || (new_values IS NOT NULL) FROM audit_logs
                WHERE table_name = 'tags' AND operation = 'UPDATE' ORDER BY record_id = tests.id('tag_new')::text),
          ARRAY[tests.id('tag_old') || ':true/false', tests.id('tag_new') || ':false/true'],
          'a primary-key change writes an audit row under the old key and one under the new key');
SELECT is((SELECT new_values ->> 'name' FROM audit_logs WHERE table_name = 'tags' AND operation = 'UPDATE' AND record_id = tests.id('tag_new')::text),
          'rekeyed', '... the new one with the whole new row');

-- Every tenants.settings key the extension reads is validated on write (22023 naming the key):
-- a bad for_you value used to break every feed call of the tenant.
SELECT throws_ok($$UPDATE tenants SET settings = '{"for_you": {"exact_threshold": "x"}}' WHERE id = tests.id('tb')$$,
                 '22023', 'invalid tenant setting for_you.exact_threshold: must be an integer from 0 to 100000, not "x"',
                 'a non-numeric for_you.exact_threshold is refused, naming the key');
SELECT throws_matching($$UPDATE tenants SET settings = '{"for_you": {"similarty": 0.5}}' WHERE id = tests.id('tb')$$,
                       'for_you.similarty', 'an unknown for_you key (a typo) is refused');
SELECT is((SELECT settings::text FROM tenants WHERE id = tests.id('tb')), '{}', '... and the settings are unchanged');

SELECT tests.authenticate_as(tests.id('b_member'));
SELECT throws_ok($$SELECT * FROM platform.content_popularity_batch(tests.id('ta'), ARRAY['programme'], ARRAY[tests.id('pra')])$$, '42501', NULL,
                 'content_popularity_batch refuses another tenant');
SELECT throws_ok($$SELECT platform.content_popularity(tests.id('ta'), 'programme', tests.id('pra'))$$, '42501', NULL,
                 'content_popularity refuses another tenant');
SELECT throws_ok($$SELECT platform.tag_share_estimate(tests.id('ta'), ARRAY[tests.id('x')])$$, '42501', NULL,
                 'tag_share_estimate refuses another tenant');
SELECT throws_ok($$SELECT * FROM platform.for_you_candidates(tests.id('b_member'), tests.id('ta'), array_fill(0.1, ARRAY[768])::vector, NULL, 10)$$,
                 '42501', NULL, 'for_you_candidates refuses another tenant');
SELECT throws_ok($$SELECT * FROM platform.for_you_candidates(tests.id('ca_staff'), tests.id('tb'), array_fill(0.1, ARRAY[768])::vector, NULL, 10)$$,
                 '42501', NULL, 'for_you_candidates refuses another user''s candidates');
SELECT throws_ok($$SELECT * FROM platform.for_you_candidates(tests.id('b_member'), tests.id('tb'), array_fill(0.1, ARRAY[768])::vector, NULL, 2147483647)$$,
                 '22023', NULL, 'for_you_candidates refuses an oversized n (was: n * 2 overflowed)');
SELECT throws_ok($$SELECT * FROM platform.for_you_candidates(tests.id('b_member'), tests.id('tb'), array_fill(0.1, ARRAY[768])::vector, NULL, 10, -1)$$,
                 '22023', NULL, 'for_you_candidates refuses a negative exact_threshold');
SELECT throws_ok($$SELECT * FROM platform.for_you_candidates(tests.id('b_member'), tests.id('tb'), array_fill(0.1, ARRAY[768])::vector, NULL, 10, 5000, true)$$,
                 '42501', NULL, 'force_exact is not for API callers');
SELECT throws_ok($$SELECT * FROM platform.for_you_candidates(tests.id('b_member'), tests.id('tb'), array_fill(0.1, ARRAY[768])::vector, NULL, NULL)$$,
                 '22004', NULL, 'for_you_candidates refuses a NULL n');
SELECT throws_ok($$SELECT * FROM platform.content_popularity_batch(tests.id('tb'), array_fill('programme'::text, ARRAY[10001]), array_fill(tests.id('x'), ARRAY[10001]))$$,
                 '22023', NULL, 'content_popularity_batch refuses 10 001 items');
SELECT throws_ok($$SELECT * FROM platform.content_popularity_batch(tests.id('tb'), ARRAY['programme'], ARRAY[tests.id('x')], -5)$$,
                 '22023', NULL, 'content_popularity_batch refuses negative days');
SELECT throws_ok($$SELECT * FROM for_you(tests.id('b_member'), tests.id('tb'), -1)$$, '22023', NULL, 'for_you refuses k < 1');
-- The other functions granted to API roles, with tenant A's ids (they run with the caller's rights
-- or check the caller themselves).
SELECT throws_ok($$SELECT platform.log_activity(tests.id('ta'), tests.id('b_member'), 'forged.action')$$, '42501', NULL,
                 'log_activity into another tenant is refused (RLS)');
SELECT throws_ok($$SELECT platform.log_activity(tests.id('tb'), tests.id('cb_staff'), 'forged.action')$$, '42501', NULL,
                 'log_activity in someone else''s name is refused (RLS)');
SELECT throws_ok($$SELECT platform.profile_completeness(tests.id('ca'))$$, 'P0002', NULL,
                 'profile_completeness of another tenant''s company: not visible');
SELECT throws_ok($$SELECT platform.course_progress(tests.id('ca_staff'), tests.id('x'))$$, 'P0002', NULL,
                 'course_progress of an invisible course: not visible');
SELECT throws_ok($$SELECT accept_provider_invitation(tests.id('pa'))$$, 'PT404', NULL, 'accepting an invitation one does not have fails (PostgREST: 404)');
SELECT throws_ok($$SELECT start_impersonation(tests.id('ca_staff'), 'curious', tests.id('ta'))$$, '42501', NULL,
                 'a member cannot start an impersonation');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM activities WHERE action = 'forged.action') + (SELECT count(*)::int FROM impersonation_logs)
          + (SELECT count(*)::int FROM providers_staff WHERE user_id = tests.id('b_member')), 0,
          '... and none of them wrote anything');

SELECT * FROM finish();
ROLLBACK;
