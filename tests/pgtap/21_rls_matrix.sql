-- The access matrix (docs/access-matrix.md), command by command, for each kind of caller, on a hand-built fixture:
-- tenants A and B; providers A1, A2 (tenant A) and B1; companies ca1 (staff a_cs owner, a_cm
-- member), ca2 (no staff), cb1; a mentor; a platform admin; published and draft content.
BEGIN;
SELECT plan(76);

-- Fixture (as the owner of the schema) ------------------------------------------------------------
SELECT tests.create_user(n || '@m.example', tests.id(n))
FROM unnest(ARRAY['a_owner', 'a_admin', 'a_pe', 'a_pv', 'a_pe2', 'a_cs', 'a_cm', 'a_member', 'a_mentor', 'b_owner', 'b_member', 'p_admin', 'newcomer']) AS n;
INSERT INTO tenants (id, name, slug) VALUES (tests.id('ta'), 'A', 'm-a'), (tests.id('tb'), 'B', 'm-b');
INSERT INTO tenant_users (tenant_id, user_id, role) VALUES
    (tests.id('ta'), tests.id('a_owner'), 'owner'), (tests.id('ta'), tests.id('a_admin'), 'admin'),
    (tests.id('ta'), tests.id('a_pe'), 'editor'), (tests.id('ta'), tests.id('a_pv'), 'member'), (tests.id('ta'), tests.id('a_pe2'), 'editor'),
    (tests.id('ta'), tests.id('a_cs'), 'member'), (tests.id('ta'), tests.id('a_cm'), 'member'), (tests.id('ta'), tests.id('a_member'), 'member'),
    (tests.id('ta'), tests.id('a_mentor'), 'member'), (tests.id('tb'), tests.id('b_owner'), 'owner'), (tests.id('tb'), tests.id('b_member'), 'member');
INSERT INTO user_roles (user_id, role) VALUES (tests.id('p_admin'), 'admin');
INSERT INTO providers (id, tenant_id, name, slug) VALUES
    (tests.id('pA1'), tests.id('ta'), 'A1', 'a1'), (tests.id('pA2'), tests.id('ta'), 'A2', 'a2'), (tests.id('pB1'), tests.id('tb'), 'B1', 'b1');
INSERT INTO providers_staff (provider_id, user_id, role, accepted_at, invited_at) VALUES
    (tests.id('pA1'), tests.id('a_pe'), 'editor', now(), now()), (tests.id('pA1'), tests.id('a_pv'), 'viewer', now(), now()),
    (tests.id('pA2'), tests.id('a_pe2'), 'editor', now(), now()), (tests.id('pA1'), tests.id('a_member'), 'editor', NULL, now());
INSERT INTO programmes (id, provider_id, title, status) VALUES
    (tests.id('prA1'), tests.id('pA1'), 'A1 published', 'published'), (tests.id('prA1d'), tests.id('pA1'), 'A1 draft', 'draft'),
    (tests.id('prA2'), tests.id('pA2'), 'A2 published', 'published'), (tests.id('prB1'), tests.id('pB1'), 'B1 published', 'published');
INSERT INTO cohorts (id, programme_id, name, status) VALUES (tests.id('coA1'), tests.id('prA1'), 'Spring', 'published');
INSERT INTO courses (id, programme_id, title, status) VALUES
    (tests.id('cA1'), tests.id('prA1'), 'Course', 'published'), (tests.id('cA1d'), tests.id('prA1'), 'Draft course', 'draft');
INSERT INTO course_pages (id, course_id, title, path) VALUES (tests.id('pg1'), tests.id('cA1'), 'P1', 'p1'), (tests.id('pg2'), tests.id('cA1d'), 'P2', 'p2');
INSERT INTO course_modules (id, page_id, type) VALUES (tests.id('m1'), tests.id('pg1'), 'text'), (tests.id('m2'), tests.id('pg2'), 'text');
INSERT INTO events (id, provider_id, title, status, starts_at, ends_at) VALUES
    (tests.id('eA1'), tests.id('pA1'), 'Event', 'published', now() + interval '1 day', now() + interval '1 day 2 hours'),
    (tests.id('eA1d'), tests.id('pA1'), 'Draft event', 'draft', now() + interval '1 day', now() + interval '1 day 2 hours');
INSERT INTO resources (id, provider_id, title, resource_type, url, status) VALUES
    (tests.id('rA1'), tests.id('pA1'), 'Guide', 'link', 'https://x.example', 'published'),
    (tests.id('rA1d'), tests.id('pA1'), 'Draft guide', 'link', 'https://y.example', 'draft');
INSERT INTO companies (id, tenant_id, name) VALUES (tests.id('ca1'), tests.id('ta'), 'ca1'), (tests.id('ca2'), tests.id('ta'), 'ca2'), (tests.id('cb1'), tests.id('tb'), 'cb1');
INSERT INTO company_staff (company_id, user_id, role) VALUES (tests.id('ca1'), tests.id('a_cs'), 'owner'), (tests.id('ca1'), tests.id('a_cm'), 'member');
INSERT INTO programme_signups (id, company_id, programme_id, status) VALUES
    (tests.id('sA'), tests.id('ca1'), tests.id('prA1'), 'pending'), (tests.id('sB'), tests.id('cb1'), tests.id('prB1'), 'active');
INSERT INTO mentors (id, tenant_id, user_id, headline) VALUES (tests.id('mA'), tests.id('ta'), tests.id('a_mentor'), 'Mentor A');
INSERT INTO mentor_programmes (mentor_id, programme_id) VALUES (tests.id('mA'), tests.id('prA1'));
INSERT INTO mentor_credits (id, company_id, programme_id, credits_granted) VALUES (tests.id('crA'), tests.id('ca1'), tests.id('prA1'), 3);
INSERT INTO notifications (tenant_id, user_id, type, title) VALUES
    (tests.id('ta'), tests.id('a_member'), 'welcome', 'Hi A'), (tests.id('tb'), tests.id('b_member'), 'welcome', 'Hi B');
INSERT INTO audit_logs (tenant_id, table_name, record_id, operation) VALUES (tests.id('ta'), 'companies', 'x', 'UPDATE'), (tests.id('tb'), 'companies', 'y', 'UPDATE');
INSERT INTO impersonation_logs (actor_id, target_user_id, action, reason) VALUES (tests.id('p_admin'), tests.id('a_member'), 'start', 'ticket');

-- tenants ------------------------------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('a_member'));
SELECT is((SELECT count(*)::int FROM tenants), 1, 'tenants: a member sees only their tenant');
SELECT is(tests.rows_affected($$UPDATE tenants SET name = 'x'$$), 0, 'tenants: a member cannot rename it');
SELECT throws_ok($$INSERT INTO tenants (name, slug) VALUES ('x', 'x')$$, '42501', NULL, 'tenants: authenticated cannot create tenants');
SELECT tests.authenticate_as(tests.id('a_admin'));
SELECT is(tests.rows_affected($$UPDATE tenants SET settings = '{"k": 1}'$$), 1, 'tenants: an admin updates their tenant''s settings (only theirs)');

-- tenant_users ------------------------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('a_member'));
SELECT is((SELECT count(*)::int FROM tenant_users), 9, 'tenant_users: a member sees tenant A''s 9 memberships, none of B''s');
SELECT throws_ok($$INSERT INTO tenant_users (tenant_id, user_id) VALUES (tests.id('ta'), tests.id('b_member'))$$, '42501', NULL,
                 'tenant_users: a member cannot add members');
SELECT tests.authenticate_as(tests.id('a_admin'));
SELECT lives_ok($$INSERT INTO tenant_users (tenant_id, user_id, role) VALUES (tests.id('ta'), tests.id('newcomer'), 'member')$$,
                'tenant_users: an admin adds a member');
SELECT throws_ok($$INSERT INTO tenant_users (tenant_id, user_id, role) VALUES (tests.id('ta'), tests.id('p_admin'), 'owner')$$, '42501', NULL,
                 'tenant_users: an admin cannot make an owner');
SELECT throws_ok($$INSERT INTO tenant_users (tenant_id, user_id, role) VALUES (tests.id('tb'), tests.id('a_admin'), 'admin')$$, '42501', NULL,
                 'tenant_users: an admin of A cannot add themself to B');
SELECT tests.authenticate_as(tests.id('a_owner'));
SELECT is(tests.rows_affected($$UPDATE tenant_users SET role = 'owner' WHERE user_id = tests.id('a_admin')$$), 1, 'tenant_users: an owner promotes to owner');

-- programmes and the content tree ---------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('a_member'));
SELECT is(ARRAY(SELECT title FROM programmes ORDER BY 1), ARRAY['A1 published', 'A2 published'], 'programmes: a member sees the published ones of their tenant');
SELECT is((SELECT count(*)::int FROM courses) * 100 + (SELECT count(*)::int FROM course_pages) * 10 + (SELECT count(*)::int FROM course_modules), 111,
          'courses, pages, modules: a member sees the published course and its page and module only');
SELECT is((SELECT count(*)::int FROM events) + (SELECT count(*)::int FROM resources), 2, 'events, resources: a member sees the published ones');
SELECT throws_ok($$INSERT INTO programmes (provider_id, title) VALUES (tests.id('pA1'), 'x')$$, '42501', NULL, 'programmes: a member cannot create');
SELECT throws_ok($$INSERT INTO course_modules (page_id, type) VALUES (tests.id('pg1'), 'text')$$, '42501', NULL, 'course_modules: a member cannot create');
SELECT tests.authenticate_as(tests.id('a_pe'));
SELECT is((SELECT count(*)::int FROM programmes), 3, 'programmes: a provider editor also sees their provider''s draft');
SELECT is((SELECT count(*)::int FROM courses) + (SELECT count(*)::int FROM course_modules), 4, 'courses, modules: a provider editor sees the drafts too');
SELECT lives_ok($$INSERT INTO programmes (provider_id, title) VALUES (tests.id('pA1'), 'New')$$, 'programmes: a provider editor creates one for their provider');
SELECT throws_ok($$INSERT INTO programmes (provider_id, title) VALUES (tests.id('pA2'), 'New')$$, '42501', NULL, 'programmes: ... but not for another provider');
SELECT is(tests.rows_affected($$UPDATE programmes SET title = 'Hijacked' WHERE id = tests.id('prA2')$$), 0, 'programmes: ... and cannot edit another provider''s');
SELECT is(tests.rows_affected($$UPDATE programmes SET title = 'A1 renamed' WHERE id = tests.id('prA1')$$), 1, 'programmes: edits their own');
SELECT throws_ok($$UPDATE programmes SET provider_id = tests.id('pA2') WHERE id = tests.id('prA1')$$, '42501', NULL,
                 'programmes: cannot move a programme to a provider they do not edit (WITH CHECK)');
SELECT throws_ok($$UPDATE events SET provider_id = tests.id('pB1'), tenant_id = tests.id('tb') WHERE id = tests.id('eA1')$$, '42501', NULL,
                 'events: cannot move an event to another tenant');
SELECT lives_ok($$INSERT INTO course_modules (page_id, type) VALUES (tests.id('pg1'), 'quiz')$$, 'course_modules: a provider editor adds a module');
SELECT is(tests.rows_affected($$DELETE FROM programmes WHERE id = tests.id('prA1d')$$), 1, 'programmes: deletes their draft');
SELECT tests.authenticate_as(tests.id('a_pv'));
SELECT is((SELECT count(*)::int FROM resources), 2, 'resources: provider viewer staff see drafts');
SELECT is(tests.rows_affected($$UPDATE resources SET title = 'x'$$), 0, 'resources: ... but a viewer cannot edit');
SELECT tests.authenticate_as(tests.id('b_member'));
SELECT is(ARRAY(SELECT title FROM programmes), ARRAY['B1 published'], 'programmes: tenant B sees only its own');

-- companies, company_staff ---------------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('a_cm'));
SELECT is(tests.rows_affected($$UPDATE companies SET description = 'We make things' WHERE id = tests.id('ca1')$$), 1, 'companies: company staff edit their profile');
SELECT is(tests.rows_affected($$DELETE FROM companies WHERE id = tests.id('ca1')$$), 0, 'companies: a company member cannot delete it');
SELECT throws_ok($$UPDATE companies SET profile_completeness_score = 100$$, '42501', NULL, 'companies: profile_completeness_score is not writable');
SELECT tests.authenticate_as(tests.id('a_member'));
SELECT is((SELECT count(*)::int FROM companies), 2, 'companies: a member sees the companies of their tenant');
SELECT is(tests.rows_affected($$UPDATE companies SET description = 'x'$$), 0, 'companies: a non-staff member cannot edit them');
SELECT lives_ok($$INSERT INTO companies (id, tenant_id, name) VALUES (tests.id('ca3'), tests.id('ta'), 'Mine')$$, 'companies: a member creates a company');
SELECT is((SELECT role FROM company_staff WHERE company_id = tests.id('ca3') AND user_id = tests.id('a_member')), 'owner', '... and becomes its owner');
SELECT throws_ok($$INSERT INTO company_staff (company_id, user_id) VALUES (tests.id('ca1'), tests.id('a_member'))$$, '42501', NULL,
                 'company_staff: cannot join another company');

-- programme_signups ------------------------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('a_cs'));
SELECT is((SELECT count(*)::int FROM programme_signups), 1, 'programme_signups: company staff see their company''s applications');
SELECT lives_ok($$INSERT INTO programme_signups (company_id, programme_id) VALUES (tests.id('ca1'), tests.id('prA2'))$$, 'programme_signups: company staff apply');
SELECT throws_ok($$INSERT INTO programme_signups (company_id, programme_id, status) VALUES (tests.id('ca1'), tests.id('prB1'), 'pending')$$, '42501', NULL,
                 'programme_signups: cannot apply to another tenant''s programme');
SELECT throws_ok($$INSERT INTO programme_signups (company_id, programme_id) VALUES (tests.id('ca2'), tests.id('prA2'))$$, '42501', NULL,
                 'programme_signups: cannot apply for another company');
SELECT throws_ok($$UPDATE programme_signups SET status = 'active' WHERE id = tests.id('sA')$$, '42501',
                 'only the programme''s provider can change an application from pending to active', 'programme_signups: a company cannot enrol itself');
SELECT tests.authenticate_as(tests.id('a_pe'));
SELECT is((SELECT count(*)::int FROM programme_signups), 1, 'programme_signups: the programme''s provider staff see its applications only');
SELECT is(tests.rows_affected($$UPDATE programme_signups SET status = 'active', reviewed_by = tests.id('a_pe'), reviewed_at = now() WHERE id = tests.id('sA')$$), 1,
          'programme_signups: the provider editor accepts the application');
SELECT tests.authenticate_as(tests.id('a_pe2'));
SELECT is((SELECT count(*)::int FROM programme_signups WHERE id = tests.id('sA')), 0, 'programme_signups: another provider does not see it');

-- course_signups, course_engagements, event_signups -------------------------------------------------
SELECT tests.authenticate_as(tests.id('a_member'));
SELECT lives_ok($$INSERT INTO course_signups (user_id, course_id) VALUES (tests.id('a_member'), tests.id('cA1'))$$, 'course_signups: a member signs up to a published course');
SELECT throws_ok($$INSERT INTO course_signups (user_id, course_id) VALUES (tests.id('a_member'), tests.id('cA1d'))$$, '42501', NULL, '... not to a draft');
SELECT throws_ok($$INSERT INTO course_signups (user_id, course_id) VALUES (tests.id('a_cm'), tests.id('cA1'))$$, '42501', NULL, '... nor for someone else');
SELECT throws_ok($$UPDATE course_signups SET progress_percent = 100$$, '42501', NULL, 'course_signups: progress is not writable');
SELECT lives_ok($$INSERT INTO course_engagements (user_id, module_id, completed_at) VALUES (tests.id('a_member'), tests.id('m1'), now())$$,
                'course_engagements: a member records a response');
SELECT lives_ok($$INSERT INTO event_signups (event_id, user_id) VALUES (tests.id('eA1'), tests.id('a_member'))$$, 'event_signups: a member registers');
SELECT throws_ok($$INSERT INTO event_signups (event_id, user_id) VALUES (tests.id('eA1d'), tests.id('a_member'))$$, '42501', NULL, '... not for a draft event');
SELECT tests.authenticate_as(tests.id('a_pe'));
SELECT is((SELECT count(*)::int FROM course_signups) + (SELECT count(*)::int FROM course_engagements), 2, 'the course''s provider staff see signups and engagements');
SELECT is(tests.rows_affected($$UPDATE event_signups SET attended = true, attendance_confirmed_at = now()$$), 1, 'event_signups: the provider editor records attendance');
SELECT tests.authenticate_as(tests.id('b_member'));
SELECT is((SELECT count(*)::int FROM course_signups) + (SELECT count(*)::int FROM course_engagements) + (SELECT count(*)::int FROM event_signups), 0,
          'another tenant''s member sees none of them');

-- mentors, credits, sessions -------------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('a_member'));
SELECT is((SELECT count(*)::int FROM mentors), 1, 'mentors: members see their tenant''s mentors');
SELECT throws_ok($$SELECT calendar_token_encrypted FROM platform.mentor_calendar_tokens$$, '42501', NULL, 'mentors: the calendar tokens are not readable');
SELECT is(tests.rows_affected($$UPDATE mentors SET headline = 'x'$$), 0, 'mentors: a member cannot edit a mentor');
SELECT is((SELECT count(*)::int FROM mentor_credits), 0, 'mentor_credits: a non-staff member sees no ledger');
SELECT throws_ok($$INSERT INTO mentor_sessions (mentor_id, credit_id, starts_at, ends_at) VALUES (tests.id('mA'), tests.id('crA'), now() + interval '1 day', now() + interval '25 hours')$$,
                 '42501', NULL, 'mentor_sessions: a non-staff member cannot book on the company''s credits');
SELECT tests.authenticate_as(tests.id('a_mentor'));
SELECT is(tests.rows_affected($$UPDATE mentors SET headline = 'Better headline'$$), 1, 'mentors: the mentor edits their own profile');
SELECT tests.authenticate_as(tests.id('a_cs'));
SELECT is((SELECT credits_remaining FROM mentor_credits), 3, 'mentor_credits: company staff see their ledger');
SELECT throws_ok($$UPDATE mentor_credits SET credits_used = 0$$, '42501', NULL, 'mentor_credits: credits_used is not writable');
SELECT lives_ok($$INSERT INTO mentor_sessions (id, mentor_id, credit_id, starts_at, ends_at) VALUES (tests.id('sesA'), tests.id('mA'), tests.id('crA'), now() + interval '2 days', now() + interval '2 days 1 hour')$$,
                'mentor_sessions: company staff book a session');
SELECT tests.authenticate_as(tests.id('a_mentor'));
SELECT is((SELECT count(*)::int FROM mentor_sessions), 1, 'mentor_sessions: the mentor sees it');
SELECT tests.authenticate_as(tests.id('a_pe'));
SELECT is(tests.rows_affected($$UPDATE mentor_credits SET credits_granted = 5$$), 1, 'mentor_credits: the programme''s provider editor grants credits');

-- notifications and system tables ---------------------------------------------------------------------
SELECT tests.authenticate_as(tests.id('a_member'));
SELECT is(ARRAY(SELECT title FROM notifications), ARRAY['Hi A'], 'notifications: users see only their own');
SELECT is(tests.rows_affected($$UPDATE notifications SET read_at = now()$$), 1, 'notifications: users mark their own read');
SELECT throws_ok($$UPDATE notifications SET title = 'x'$$, '42501', NULL, 'notifications: ... and change nothing else');
SELECT throws_ok($$INSERT INTO notifications (tenant_id, user_id, type, title) VALUES (tests.id('ta'), tests.id('a_member'), 'x', 'x')$$, '42501', NULL,
                 'notifications: users cannot create notifications');
SELECT is((SELECT count(*)::int FROM audit_logs), 0, 'audit_logs: a member reads none');
SELECT tests.authenticate_as(tests.id('a_admin'));
SELECT ok((SELECT count(*) > 0 AND bool_and(tenant_id = tests.id('ta')) FROM audit_logs), 'audit_logs: a tenant admin reads their tenant''s only');
SELECT throws_ok($$INSERT INTO audit_logs (table_name, record_id, operation) VALUES ('x', 'x', 'INSERT')$$, '42501', NULL, 'audit_logs: not writable through the API');
SELECT throws_ok($$SELECT count(*) FROM event_outbox$$, '42501', NULL, 'event_outbox: not readable by authenticated');
RESET ROLE;
CREATE TEMP TABLE log_totals AS SELECT (SELECT count(*) FROM audit_logs) AS audits, (SELECT count(*) FROM impersonation_logs) AS impersonations;
GRANT SELECT ON log_totals TO authenticated;
SELECT tests.authenticate_as(tests.id('p_admin'));
SELECT is((SELECT count(*) FROM audit_logs) || '/' || (SELECT count(*) FROM impersonation_logs), (SELECT audits || '/' || impersonations FROM log_totals),
          'the platform team reads every audit and impersonation log');

-- Identity through the legacy claim, and the service role ------------------------------------------
SELECT tests.authenticate_as_legacy(tests.id('b_member'));
SELECT is(ARRAY(SELECT title FROM programmes), ARRAY['B1 published'], 'the legacy request.jwt.claim.sub identity gets the same rows');
SELECT tests.authenticate_as_service_role();
SELECT is((SELECT count(*)::int FROM programmes), 4, 'service_role bypasses RLS and sees every programme');
RESET ROLE;

SELECT * FROM finish();
ROLLBACK;
