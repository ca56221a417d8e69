-- Course progress rollups on a fixture course of 2 pages x 2 modules.
BEGIN;
SELECT plan(25);

SELECT tests.create_user('learner@p.example', tests.id('p_learner'));
INSERT INTO tenants (id, name, slug) VALUES (tests.id('tp'), 'P', 'prog-p');
INSERT INTO tenant_users (tenant_id, user_id) VALUES (tests.id('tp'), tests.id('p_learner'));
INSERT INTO providers (id, tenant_id, name, slug) VALUES (tests.id('pp'), tests.id('tp'), 'PP', 'pp');
INSERT INTO programmes (id, provider_id, title, status) VALUES (tests.id('ppr'), tests.id('pp'), 'Prog', 'published');
INSERT INTO courses (id, programme_id, title, status) VALUES (tests.id('pc'), tests.id('ppr'), 'Course', 'published');
INSERT INTO course_pages (id, course_id, title, path) VALUES (tests.id('pp1'), tests.id('pc'), 'One', 'one'), (tests.id('pp2'), tests.id('pc'), 'Two', 'two');
INSERT INTO course_modules (id, page_id, type) VALUES
    (tests.id('m1'), tests.id('pp1'), 'text'), (tests.id('m2'), tests.id('pp1'), 'quiz'),
    (tests.id('m3'), tests.id('pp2'), 'text'), (tests.id('m4'), tests.id('pp2'), 'video');
UPDATE course_pages SET required_completion_module_ids = ARRAY[tests.id('m2')] WHERE id = tests.id('pp1');
SELECT is((SELECT module_count FROM courses WHERE id = tests.id('pc')), 4, 'courses.module_count follows the modules');

CREATE FUNCTION pg_temp.progress() RETURNS text LANGUAGE sql AS
$$ SELECT progress_percent || '%/' || completed_modules || '/' || (started_at IS NOT NULL) || '/' || (completed_at IS NOT NULL)
   FROM course_signups WHERE user_id = tests.id('p_learner') AND course_id = tests.id('pc') $$;

-- As the learner, through the API's privileges and policies.
SELECT tests.authenticate_as(tests.id('p_learner'));
INSERT INTO course_engagements (user_id, module_id) VALUES (tests.id('p_learner'), tests.id('m1'));
SELECT is(pg_temp.progress(), '0%/0/true/false', 'an engagement in progress enrols and starts the course, 0 % done');
RESET ROLE;
SELECT is((SELECT string_agg(operation, ',' ORDER BY operation) FROM audit_logs
           WHERE table_name = 'course_signups' AND new_values ->> 'user_id' = tests.id('p_learner')::text),
          'INSERT', 'the enrolment is written once, already started (no follow-up UPDATE)');
SELECT tests.authenticate_as(tests.id('p_learner'));
UPDATE course_engagements SET completed_at = now() WHERE module_id = tests.id('m1');
SELECT is(pg_temp.progress(), '25%/1/true/false', 'completing a module: 25 %');
INSERT INTO course_engagements (user_id, module_id, completed_at) VALUES (tests.id('p_learner'), tests.id('m2'), now()), (tests.id('p_learner'), tests.id('m3'), now());
SELECT is(pg_temp.progress(), '75%/3/true/false', 'two more in one statement: 75 %');
UPDATE course_engagements SET completed_at = NULL WHERE module_id = tests.id('m3');
SELECT is(pg_temp.progress(), '50%/2/true/false', 'uncompleting a module: 50 %');
DELETE FROM course_engagements WHERE module_id = tests.id('m2');
SELECT is(pg_temp.progress(), '25%/1/true/false', 'deleting an engagement: 25 %');
SELECT is((platform.course_progress(tests.id('p_learner'), tests.id('pc')) -> 'pages' -> 0 ->> 'complete')::boolean, false,
          'course_progress(): page one is not complete while its required module is not');
INSERT INTO course_engagements (user_id, module_id, completed_at) VALUES (tests.id('p_learner'), tests.id('m2'), now());
SELECT is((platform.course_progress(tests.id('p_learner'), tests.id('pc')) -> 'pages' -> 0 ->> 'complete')::boolean, true,
          '... and is once it is');
UPDATE course_engagements SET completed_at = now() WHERE module_id = tests.id('m3');
INSERT INTO course_engagements (user_id, module_id, completed_at) VALUES (tests.id('p_learner'), tests.id('m4'), now());
SELECT is(pg_temp.progress(), '100%/4/true/true', 'all four: 100 % and completed_at set');
SELECT throws_ok($$UPDATE course_signups SET progress_percent = 0$$, '42501', NULL, 'the learner cannot write progress');
RESET ROLE;

SELECT is((SELECT count(*)::int FROM activities WHERE action = 'course.completed' AND user_id = tests.id('p_learner')), 1, 'the completion is logged as an activity');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE topic = 'course.completed' AND payload ->> 'user_id' = tests.id('p_learner')::text), 1,
          '... and enqueued in the outbox, in the same transaction');
-- A provider adds a module: progress drops, completed_at stays (set once), nothing is logged again.
INSERT INTO course_modules (id, page_id, type) VALUES (tests.id('m5'), tests.id('pp2'), 'text');
SELECT is(pg_temp.progress(), '80%/4/true/true', 'adding a fifth module: 80 %, completed_at kept');
DELETE FROM course_modules WHERE id = tests.id('m5');
SELECT is(pg_temp.progress(), '100%/4/true/true', 'removing it again: 100 %');
SELECT is((SELECT count(*)::int FROM activities WHERE action = 'course.completed' AND user_id = tests.id('p_learner')), 1, 'still logged once');
-- Reading progress is the stored column: equal to the reference's query.
SELECT is((SELECT progress_percent::numeric FROM course_signups WHERE user_id = tests.id('p_learner') AND course_id = tests.id('pc')),
          (SELECT ROUND(COUNT(DISTINCT ce.module_id)::numeric / COUNT(DISTINCT cm.id) * 100)
           FROM courses c JOIN course_pages cp ON cp.course_id = c.id JOIN course_modules cm ON cm.page_id = cp.id
           LEFT JOIN course_engagements ce ON ce.module_id = cm.id AND ce.user_id = tests.id('p_learner')
           WHERE c.id = tests.id('pc') GROUP BY c.id, c.title),
          'the stored value equals the reference query');

-- Re-enrolment after the signup was deleted, every module already complete: completed at once
-- (it used to stay NULL at 100 %), and that completion is logged once more.
SELECT tests.authenticate_as(tests.id('p_learner'));
DELETE FROM course_signups WHERE user_id = tests.id('p_learner') AND course_id = tests.id('pc');
INSERT INTO course_signups (user_id, course_id) VALUES (tests.id('p_learner'), tests.id('pc'));
SELECT is(pg_temp.progress(), '100%/4/true/true', 're-enrolling with every module done: 100 % and completed_at set');
RESET ROLE;
SELECT is((SELECT count(*)::int FROM activities WHERE action = 'course.completed' AND user_id = tests.id('p_learner')), 2,
          '... and the new signup''s completion is logged');
-- Re-enrolling part-way: the new signup starts from the engagements that are completed (three of
-- the four), and is started (it has engagements) but not complete.
UPDATE course_engagements SET completed_at = NULL WHERE user_id = tests.id('p_learner') AND module_id = tests.id('m4');
DELETE FROM course_signups WHERE user_id = tests.id('p_learner') AND course_id = tests.id('pc');
SELECT tests.authenticate_as(tests.id('p_learner'));
INSERT INTO course_signups (user_id, course_id) VALUES (tests.id('p_learner'), tests.id('pc'));
RESET ROLE;
SELECT is(pg_temp.progress(), '75%/3/true/false', 're-enrolling with three of four modules done: 75 %, started, not complete');
-- Enrolled by the engagement that completes the course (a one-module course, no signup yet):
-- logged exactly once, by the enrolment, not again by the rollup.
INSERT INTO courses (id, programme_id, title, status) VALUES (tests.id('pc1'), tests.id('ppr'), 'One-module course', 'published');
INSERT INTO course_pages (id, course_id, title, path) VALUES (tests.id('pq1'), tests.id('pc1'), 'Only', 'only');
INSERT INTO course_modules (id, page_id, type) VALUES (tests.id('q1'), tests.id('pq1'), 'text');
SELECT tests.authenticate_as(tests.id('p_learner'));
INSERT INTO course_engagements (user_id, module_id, completed_at) VALUES (tests.id('p_learner'), tests.id('q1'), now());
RESET ROLE;
SELECT is((SELECT progress_percent || '/' || (completed_at IS NOT NULL) FROM course_signups WHERE user_id = tests.id('p_learner') AND course_id = tests.id('pc1')),
          '100/true', 'an engagement that completes a course enrols the user, completed');
SELECT is((SELECT count(*)::int FROM event_outbox WHERE topic = 'course.completed' AND payload ->> 'course_id' = tests.id('pc1')::text), 1,
          '... and its completion is enqueued exactly once');
-- That enrolment carried the progress the rollup had just counted, and course_signups_init took
-- it as it was: the rollup's recount found it right and did not rewrite it (no UPDATE in the
-- signup's audit trail).
SELECT is((SELECT string_agg(a.operation, ',' ORDER BY a.occurred_at, a.id) FROM audit_logs a
           WHERE a.table_name = 'course_signups'
             AND a.record_id = (SELECT s.id::text FROM course_signups s WHERE s.user_id = tests.id('p_learner') AND s.course_id = tests.id('pc1'))),
          'INSERT', '... inserted with its progress, never rewritten');
-- Only for that insert: a signup written right after, in the same transaction,
-- with progress of its own, starts from the engagements again (none in this course).
INSERT INTO courses (id, programme_id, title, status) VALUES (tests.id('pc2'), tests.id('ppr'), 'Untouched course', 'published');
INSERT INTO course_signups (user_id, course_id, progress_percent, completed_modules, started_at, completed_at)
VALUES (tests.id('p_learner'), tests.id('pc2'), 100, 9, now(), now());
SELECT is((SELECT progress_percent || '/' || completed_modules || '/' || (started_at IS NOT NULL) || '/' || (completed_at IS NOT NULL)
           FROM course_signups WHERE user_id = tests.id('p_learner') AND course_id = tests.id('pc2')),
          '0/0/false/false', 'after an enrolling engagement, a signup''s own progress is still replaced by the count');
-- A first engagement that completes nothing still starts an existing signup: the rollup writes a
-- signup whose counts stay the same when only started_at changes.
INSERT INTO course_pages (id, course_id, title, path) VALUES (tests.id('pp3'), tests.id('pc2'), 'Three', 'three');
INSERT INTO course_modules (id, page_id, type) VALUES (tests.id('m5'), tests.id('pp3'), 'text');
INSERT INTO course_engagements (user_id, module_id) VALUES (tests.id('p_learner'), tests.id('m5'));
SELECT is((SELECT progress_percent || '/' || completed_modules || '/' || (started_at IS NOT NULL) || '/' || (completed_at IS NOT NULL)
           FROM course_signups WHERE user_id = tests.id('p_learner') AND course_id = tests.id('pc2')),
          '0/0/true/false', 'a first engagement in progress starts an existing signup, its counts unchanged');

SELECT * FROM finish();
ROLLBACK;
