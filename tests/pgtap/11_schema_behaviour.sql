-- The schema's behaviour on a small hand-built fixture: named constraints, generated columns,
-- vectors, polymorphic references, partitions, scope filling, and the reference's example queries.
BEGIN;
SELECT plan(43);

-- Fixture: two tenants, one provider each, users, a programme with a cohort and a course.
SELECT tests.create_user(e, id) FROM (VALUES
    ('owner@a.example', '0000000a-0000-4000-8000-000000000001'::uuid), ('learner@a.example', '0000000a-0000-4000-8000-000000000002'),
    ('mentor1@a.example', '0000000a-0000-4000-8000-000000000003'), ('mentor2@a.example', '0000000a-0000-4000-8000-000000000004'),
    ('mentor3@a.example', '0000000a-0000-4000-8000-000000000005')) AS u (e, id);
INSERT INTO tenants (id, name, slug) VALUES ('0000000a-0000-4000-8000-00000000000a', 'Tenant A', 'tenant-a'),
                                            ('0000000b-0000-4000-8000-00000000000b', 'Tenant B', 'tenant-b');
INSERT INTO providers (id, tenant_id, name, slug) VALUES
    ('0000000a-0000-4000-8000-0000000000a1', '0000000a-0000-4000-8000-00000000000a', 'Provider A', 'provider-a'),
    ('0000000b-0000-4000-8000-0000000000b1', '0000000b-0000-4000-8000-00000000000b', 'Provider B', 'provider-b');
INSERT INTO programmes (id, provider_id, title, status) VALUES
    ('0000000a-0000-4000-8000-0000000000a2', '0000000a-0000-4000-8000-0000000000a1', 'Fundraising Accelerator', 'published'),
    ('0000000a-0000-4000-8000-0000000000a3', '0000000a-0000-4000-8000-0000000000a1', 'Product Lab', 'published'),
    ('0000000b-0000-4000-8000-0000000000b2', '0000000b-0000-4000-8000-0000000000b1', 'Other tenant programme', 'published');
INSERT INTO cohorts (id, programme_id, name) VALUES ('0000000a-0000-4000-8000-0000000000c1', '0000000a-0000-4000-8000-0000000000a2', 'Spring');
INSERT INTO companies (id, tenant_id, name) VALUES ('0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-00000000000a', 'Acme Ltd');

-- Scope columns are filled from the parent.
SELECT is((SELECT (tenant_id, provider_id)::text FROM cohorts WHERE id = '0000000a-0000-4000-8000-0000000000c1'),
          '(0000000a-0000-4000-8000-00000000000a,0000000a-0000-4000-8000-0000000000a1)', 'a cohort inherits tenant_id and provider_id from its programme');
INSERT INTO courses (id, programme_id, title) VALUES ('0000000a-0000-4000-8000-0000000000d1', '0000000a-0000-4000-8000-0000000000a2', 'Pitching');
INSERT INTO course_pages (id, course_id, title, path) VALUES
    ('0000000a-0000-4000-8000-0000000000f1', '0000000a-0000-4000-8000-0000000000d1', 'Intro', 'intro'),
    ('0000000a-0000-4000-8000-0000000000f2', '0000000a-0000-4000-8000-0000000000d1', 'Deck', 'deck');
INSERT INTO course_modules (id, page_id, type) VALUES
    ('0000000a-0000-4000-8000-000000000101', '0000000a-0000-4000-8000-0000000000f1', 'text'),
    ('0000000a-0000-4000-8000-000000000102', '0000000a-0000-4000-8000-0000000000f1', 'video'),
    ('0000000a-0000-4000-8000-000000000103', '0000000a-0000-4000-8000-0000000000f2', 'quiz'),
    ('0000000a-0000-4000-8000-000000000104', '0000000a-0000-4000-8000-0000000000f2', 'checkbox');
SELECT is((SELECT count(*)::int FROM course_modules WHERE course_id = '0000000a-0000-4000-8000-0000000000d1'
           AND provider_id = '0000000a-0000-4000-8000-0000000000a1' AND tenant_id = '0000000a-0000-4000-8000-00000000000a'),
          4, 'modules inherit course_id, provider_id and tenant_id through their page');

-- Composite keys: no reference crosses a tenant or provider boundary.
SELECT throws_ok($$INSERT INTO cohorts (programme_id, name, tenant_id, provider_id)
                   VALUES ('0000000a-0000-4000-8000-0000000000a2', 'X', '0000000b-0000-4000-8000-00000000000b', '0000000b-0000-4000-8000-0000000000b1')$$,
                 '23503', NULL, 'a cohort cannot claim another tenant than its programme''s');
SELECT throws_ok($$INSERT INTO programme_signups (company_id, programme_id) VALUES ('0000000a-0000-4000-8000-0000000000e1', '0000000b-0000-4000-8000-0000000000b2')$$,
                 '23503', NULL, 'a company cannot sign up to another tenant''s programme');
SELECT throws_ok($$INSERT INTO programme_signups (company_id, programme_id, cohort_id)
                   VALUES ('0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-0000000000a3', '0000000a-0000-4000-8000-0000000000c1')$$,
                 '23503', NULL, 'a signup''s cohort must be a run of its programme');

-- Named unique constraints reject duplicates.
SELECT throws_ok($$INSERT INTO tenants (name, slug) VALUES ('Dup', 'tenant-a')$$, '23505',
                 'duplicate key value violates unique constraint "tenants_slug_key"', 'tenants.slug is unique');
SELECT throws_ok($$INSERT INTO providers (tenant_id, name, slug) VALUES ('0000000a-0000-4000-8000-00000000000a', 'Dup', 'provider-a')$$, '23505',
                 'duplicate key value violates unique constraint "providers_tenant_id_slug_key"', 'providers UNIQUE(tenant_id, slug)');
SELECT lives_ok($$INSERT INTO providers (tenant_id, name, slug) VALUES ('0000000b-0000-4000-8000-00000000000b', 'Same slug, other tenant', 'provider-a')$$,
                'the same provider slug in another tenant is fine');
INSERT INTO programme_signups (company_id, programme_id, status) VALUES ('0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-0000000000a2', 'active');
SELECT throws_ok($$INSERT INTO programme_signups (company_id, programme_id) VALUES ('0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-0000000000a2')$$, '23505',
                 'duplicate key value violates unique constraint "programme_signups_company_id_programme_id_cohort_id_key"',
                 'two cohort-less signups of a company to a programme collide (NULLS NOT DISTINCT)');
SELECT lives_ok($$INSERT INTO programme_signups (company_id, programme_id, cohort_id) VALUES ('0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-0000000000a2', '0000000a-0000-4000-8000-0000000000c1')$$,
                'a signup with a cohort is distinct from the cohort-less one');
INSERT INTO programme_signups (company_id, programme_id, status) VALUES ('0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-0000000000a3', 'pending');
INSERT INTO user_embeddings (tenant_id, user_id, embedding) VALUES ('0000000a-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000002', array_fill(0.5::real, ARRAY[768]));
SELECT throws_ok($$INSERT INTO user_embeddings (tenant_id, user_id, embedding) VALUES ('0000000a-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000002', array_fill(0.5::real, ARRAY[768]))$$, '23505',
                 'duplicate key value violates unique constraint "user_embeddings_user_id_tenant_id_key"', 'user_embeddings UNIQUE(user_id, tenant_id)');
INSERT INTO course_engagements (user_id, module_id) VALUES ('0000000a-0000-4000-8000-000000000002', '0000000a-0000-4000-8000-000000000101');
SELECT throws_ok($$INSERT INTO course_engagements (user_id, module_id) VALUES ('0000000a-0000-4000-8000-000000000002', '0000000a-0000-4000-8000-000000000101')$$, '23505',
                 'duplicate key value violates unique constraint "course_engagements_user_id_module_id_key"', 'course_engagements UNIQUE(user_id, module_id)');
INSERT INTO mentors (id, tenant_id, user_id, headline) VALUES
    ('0000000a-0000-4000-8000-000000000201', '0000000a-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000003', 'Money'),
    ('0000000a-0000-4000-8000-000000000202', '0000000a-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000004', 'Product'),
    ('0000000a-0000-4000-8000-000000000203', '0000000a-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000005', 'Legal');
SELECT throws_ok($$INSERT INTO mentors (tenant_id, user_id) VALUES ('0000000a-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000003')$$, '23505',
                 'duplicate key value violates unique constraint "mentors_user_id_key"', 'mentors.user_id is unique');
INSERT INTO mentor_pairings (mentor_id, company_id, programme_id) VALUES ('0000000a-0000-4000-8000-000000000201', '0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-0000000000a2');
SELECT throws_ok($$INSERT INTO mentor_pairings (mentor_id, company_id, programme_id) VALUES ('0000000a-0000-4000-8000-000000000201', '0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-0000000000a2')$$, '23505',
                 'duplicate key value violates unique constraint "mentor_pairings_mentor_id_company_id_programme_id_key"', 'mentor_pairings UNIQUE(mentor_id, company_id, programme_id)');
INSERT INTO provider_summaries (provider_id, date) VALUES ('0000000a-0000-4000-8000-0000000000a1', '2026-11-01');
SELECT throws_ok($$INSERT INTO provider_summaries (provider_id, date) VALUES ('0000000a-0000-4000-8000-0000000000a1', '2026-11-01')$$, '23505',
                 'duplicate key value violates unique constraint "provider_summaries_provider_id_date_key"', 'provider_summaries UNIQUE(provider_id, date)');

-- CHECKs.
SELECT throws_ok($$INSERT INTO mentor_availabilities (mentor_id, day_of_week, starts_at_time, ends_at_time) VALUES ('0000000a-0000-4000-8000-000000000201', 7, '10:00', '11:00')$$,
                 '23514', NULL, 'day_of_week must be 0-6');
SELECT throws_ok($$INSERT INTO events (provider_id, title, starts_at, ends_at) VALUES ('0000000a-0000-4000-8000-0000000000a1', 'Backwards', '2026-12-01 10:00', '2026-12-01 09:00')$$,
                 '23514', NULL, 'an event must end after it starts');
SELECT throws_ok($$UPDATE cohorts SET enrollment_opens_at = '2026-12-01', enrollment_closes_at = '2026-11-01'$$, '23514', NULL, 'enrollment closes after it opens');
SELECT throws_ok($$INSERT INTO places (tenant_id, name, latitude) VALUES ('0000000a-0000-4000-8000-00000000000a', 'North of north', 91)$$, '23514', NULL, 'latitude within -90..90');

-- mentor_credits: credits_remaining is generated; credits_used stays within 0..credits_granted.
INSERT INTO mentor_credits (id, company_id, programme_id, credits_granted) VALUES
    ('0000000a-0000-4000-8000-000000000301', '0000000a-0000-4000-8000-0000000000e1', '0000000a-0000-4000-8000-0000000000a2', 5);
UPDATE mentor_credits SET credits_used = 2 WHERE id = '0000000a-0000-4000-8000-000000000301';
SELECT is((SELECT credits_remaining FROM mentor_credits WHERE id = '0000000a-0000-4000-8000-000000000301'), 3, 'credits_remaining = granted - used, kept current');
SELECT throws_ok($$UPDATE mentor_credits SET credits_used = 6 WHERE id = '0000000a-0000-4000-8000-000000000301'$$, '23514', NULL, 'credits_used cannot exceed credits_granted');
SELECT throws_ok($$UPDATE mentor_credits SET credits_remaining = 9$$, '428C9', NULL, 'credits_remaining cannot be written');

-- Vectors of the wrong dimension are rejected by the column type.
SELECT throws_ok($$INSERT INTO tags (tenant_id, name, embedding) VALUES ('0000000a-0000-4000-8000-00000000000a', 'x', '[1,2,3]')$$,
                 '22000', 'expected 768 dimensions, not 3', 'a 3-d vector is rejected with a clear error');

-- Polymorphic references: the target must exist in the same tenant; deleting it cleans up.
INSERT INTO tags (id, tenant_id, name) VALUES ('0000000a-0000-4000-8000-000000000401', '0000000a-0000-4000-8000-00000000000a', 'fundraising'),
                                               ('0000000a-0000-4000-8000-000000000402', '0000000a-0000-4000-8000-00000000000a', 'product'),
                                               ('0000000a-0000-4000-8000-000000000403', '0000000a-0000-4000-8000-00000000000a', 'legal');
SELECT throws_ok($$INSERT INTO tag_links (tag_id, target_type, target_id) VALUES ('0000000a-0000-4000-8000-000000000401', 'programme', '0000000b-0000-4000-8000-0000000000b2')$$,
                 '23503', NULL, 'a tag link to another tenant''s programme is rejected');
SELECT throws_ok($$INSERT INTO user_saved_items (tenant_id, user_id, item_type, item_id) VALUES ('0000000a-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000002', 'resource', gen_random_uuid())$$,
                 '23503', NULL, 'a saved item pointing nowhere is rejected');
INSERT INTO tag_links (tag_id, target_type, target_id) VALUES
    ('0000000a-0000-4000-8000-000000000401', 'mentor', '0000000a-0000-4000-8000-000000000201'),
    ('0000000a-0000-4000-8000-000000000402', 'mentor', '0000000a-0000-4000-8000-000000000201'),
    ('0000000a-0000-4000-8000-000000000402', 'mentor', '0000000a-0000-4000-8000-000000000202'),
    ('0000000a-0000-4000-8000-000000000403', 'mentor', '0000000a-0000-4000-8000-000000000203'),
    ('0000000a-0000-4000-8000-000000000401', 'programme', '0000000a-0000-4000-8000-0000000000a3');
INSERT INTO embeddings (tenant_id, content_type, content_id, embedding, input_hash)
VALUES ('0000000a-0000-4000-8000-00000000000a', 'programme', '0000000a-0000-4000-8000-0000000000a3', array_fill(0.1::real, ARRAY[768]), repeat('ab', 32));
INSERT INTO user_saved_items (tenant_id, user_id, item_type, item_id)
VALUES ('0000000a-0000-4000-8000-00000000000a', '0000000a-0000-4000-8000-000000000002', 'programme', '0000000a-0000-4000-8000-0000000000a3');
DELETE FROM programmes WHERE id = '0000000a-0000-4000-8000-0000000000a3';
SELECT is((SELECT count(*)::int FROM tag_links WHERE target_id = '0000000a-0000-4000-8000-0000000000a3')
        + (SELECT count(*)::int FROM embeddings WHERE content_id = '0000000a-0000-4000-8000-0000000000a3')
        + (SELECT count(*)::int FROM user_saved_items WHERE item_id = '0000000a-0000-4000-8000-0000000000a3'),
          0, 'deleting a programme removes its tag links, embedding and saved items');

-- activities: rows land in their quarter, or in the default partition outside the range.
INSERT INTO activities (tenant_id, action, occurred_at) VALUES
    ('0000000a-0000-4000-8000-00000000000a', 'test.q1', '2026-02-10'), ('0000000a-0000-4000-8000-00000000000a', 'test.q4', '2026-12-31 23:59:59+00'),
    ('0000000a-0000-4000-8000-00000000000a', 'test.q5', '2027-01-01 00:00:00+00'), ('0000000a-0000-4000-8000-00000000000a', 'test.out', '2029-05-01');
SELECT is(ARRAY(SELECT tableoid::regclass || ':' || action FROM activities WHERE action LIKE 'test.%' ORDER BY occurred_at),
          ARRAY['activities_2026q1:test.q1', 'activities_2026q4:test.q4', 'activities_2027q1:test.q5', 'activities_default:test.out'],
          'activities route to the quarterly partitions, and to the default partition outside 2026Q1-2027Q1');

-- The reference's example queries, verbatim (ids substituted for the placeholders).
PREPARE example1 AS
    SELECT p.*, ps.status AS enrollment_status
    FROM programmes p
    JOIN programme_signups ps ON ps.programme_id = p.id
    WHERE ps.company_id = '0000000a-0000-4000-8000-0000000000e1'
      AND ps.status = 'active';
SELECT results_eq('EXECUTE example1',
                  $$SELECT p.*, 'active'::entity_status FROM programmes p WHERE p.id = '0000000a-0000-4000-8000-0000000000a2'$$,
                  'example 1: a company''s enrolled programmes (only the active signup)');
SELECT results_eq(
    $$SELECT headline, (SELECT array_agg(x ORDER BY x) FROM unnest(expertise_tags) AS x) FROM (
        SELECT m.*, array_agg(t.name) AS expertise_tags
        FROM mentors m
        JOIN tag_links tl ON tl.target_id = m.id AND tl.target_type = 'mentor'
        JOIN tags t ON t.id = tl.tag_id
        WHERE t.name IN ('fundraising', 'product')
        GROUP BY m.id
      ) AS example2 ORDER BY 1$$,
    $$VALUES ('Money'::text, ARRAY['fundraising', 'product']), ('Product', ARRAY['product'])$$,
    'example 2: mentors by expertise tags (the legal-only mentor is excluded)');
INSERT INTO course_engagements (user_id, module_id, completed_at) VALUES
    ('0000000a-0000-4000-8000-000000000002', '0000000a-0000-4000-8000-000000000102', now()),
    ('0000000a-0000-4000-8000-000000000002', '0000000a-0000-4000-8000-000000000103', now());
PREPARE example3 AS
    SELECT c.title,
      COUNT(DISTINCT cm.id) AS total_modules,
      COUNT(DISTINCT ce.module_id) AS completed_modules,
      ROUND(COUNT(DISTINCT ce.module_id)::numeric / COUNT(DISTINCT cm.id) * 100) AS progress_percentage
    FROM courses c
    JOIN course_pages cp ON cp.course_id = c.id
    JOIN course_modules cm ON cm.page_id = cp.id
    LEFT JOIN course_engagements ce ON ce.module_id = cm.id AND ce.user_id = '0000000a-0000-4000-8000-000000000002'
    WHERE c.id = '0000000a-0000-4000-8000-0000000000d1'
    GROUP BY c.id, c.title;
SELECT results_eq('EXECUTE example3', $$VALUES ('Pitching'::text, 4::bigint, 3::bigint, 75::numeric)$$,
                  'example 3: course progress, 3 of 4 modules = 75 %');

-- The Supabase client query programmes?select=*,provider:providers(*),cohorts(*)&status=eq.published,
-- in the shape PostgREST generates for it (embedding through the named foreign keys).
SELECT results_eq(
    $$SELECT p.title, (to_jsonb(prov) ->> 'name'), (SELECT count(*) FROM cohorts c WHERE c.programme_id = p.id AND c.provider_id = p.provider_id AND c.tenant_id = p.tenant_id)
      FROM programmes p
      LEFT JOIN LATERAL (SELECT pr.* FROM providers pr WHERE pr.id = p.provider_id AND pr.tenant_id = p.tenant_id) prov ON true
      WHERE p.status = 'published' AND p.tenant_id = '0000000a-0000-4000-8000-00000000000a' ORDER BY 1$$,
    $$VALUES ('Fundraising Accelerator'::text, 'Provider A'::text, 1::bigint)$$,
    'programmes with provider:providers(*) and cohorts(*) embedded through their foreign keys');

-- Time-ordered ids for append-heavy tables (platform.uuid_v7).
CREATE TEMP TABLE v7 AS SELECT i, platform.uuid_v7() AS id FROM generate_series(1, 2000) i;
SELECT is((SELECT count(*)::int FROM v7 WHERE substr(id::text, 15, 1) = '7' AND substr(id::text, 20, 1) IN ('8', '9', 'a', 'b')), 2000,
          'uuid_v7: version 7, RFC variant');
SELECT is((SELECT count(DISTINCT id)::int FROM v7), 2000,
          '... 2 000 distinct ids (their random bits come from a pool of 4 kB, refilled ~5 times here)');
SELECT ok((SELECT abs(('x' || lpad(replace(substr(id::text, 1, 13), '-', ''), 16, '0'))::bit(64)::bigint
                      - (extract(epoch FROM clock_timestamp()) * 1000)::bigint) < 10000 FROM v7 WHERE i = 1),
          '... its first 48 bits are the current Unix time in milliseconds');
SELECT is((SELECT count(*)::int FROM (SELECT id, lag(id) OVER (ORDER BY i) AS prev FROM v7) x
           WHERE substr(x.id::text, 1, 13) < substr(x.prev::text, 1, 13)), 0,
          '... and never goes back in time across 2 000 calls (ordered by their millisecond prefix)');
SELECT is((SELECT string_agg(DISTINCT pg_get_expr(d.adbin, d.adrelid), ',') FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
           WHERE a.attname = 'id' AND d.adrelid IN ('public.audit_logs'::regclass, 'public.activities'::regclass, 'public.notifications'::regclass, 'public.event_outbox'::regclass)),
          'platform.uuid_v7()', 'audit_logs, activities, notifications and event_outbox default to time-ordered ids');
SELECT is((SELECT string_agg(DISTINCT pg_get_expr(d.adbin, d.adrelid), ',') FROM pg_attrdef d
           JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum JOIN pg_class c ON c.oid = d.adrelid
           WHERE a.attname = 'id' AND c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND pg_get_expr(d.adbin, d.adrelid) LIKE '%uuid%'),
          'platform.uuid_v7()', 'every public table''s generated id is time-ordered (companies, course_engagements, ...)');
INSERT INTO companies (tenant_id, name) VALUES ('0000000a-0000-4000-8000-00000000000a', 'V7 one'), ('0000000a-0000-4000-8000-00000000000a', 'V7 two');
SELECT is((SELECT string_agg(DISTINCT substr(id::text, 15, 1), ',') FROM companies WHERE name LIKE 'V7 %'), '7',
          '... a company inserted without an id gets a version 7 id');

-- Self-references are single-column keys (PostgREST embeds parent:parent_page_id(*)); the parent
-- must still be of the same course (comments: the same tenant), as the composite keys ensured.
INSERT INTO courses (id, programme_id, title) VALUES ('0000000a-0000-4000-8000-0000000000d2', '0000000a-0000-4000-8000-0000000000a2', 'Other course');
INSERT INTO course_pages (id, course_id, title, path) VALUES
    ('0000000a-0000-4000-8000-0000000000f7', '0000000a-0000-4000-8000-0000000000d2', 'Elsewhere', 'elsewhere');
SELECT lives_ok($$INSERT INTO course_pages (id, course_id, title, path, parent_page_id) VALUES
    ('0000000a-0000-4000-8000-0000000000f8', '0000000a-0000-4000-8000-0000000000d1', 'Child', 'intro/child', '0000000a-0000-4000-8000-0000000000f1')$$,
    'a child page under a page of the same course');
SELECT throws_ok($$INSERT INTO course_pages (course_id, title, path, parent_page_id) VALUES
    ('0000000a-0000-4000-8000-0000000000d1', 'Stray', 'stray', '0000000a-0000-4000-8000-0000000000f7')$$,
    '23503', NULL, 'a parent page of another course is refused (23503)');
SELECT throws_ok($$UPDATE course_pages SET parent_page_id = '0000000a-0000-4000-8000-0000000000f7' WHERE id = '0000000a-0000-4000-8000-0000000000f8'$$,
    '23503', NULL, '... also by an update');
SELECT throws_ok($$UPDATE course_pages SET course_id = '0000000a-0000-4000-8000-0000000000d2' WHERE id = '0000000a-0000-4000-8000-0000000000f1'$$,
    '23503', NULL, 'a page with children cannot move to another course');
SELECT is((SELECT count(*)::int FROM pg_constraint WHERE conname IN ('course_pages_parent_page_id_fkey', 'comments_parent_comment_id_fkey')
           AND array_length(conkey, 1) = 1 AND conrelid = confrelid), 2, 'both self-references are single-column foreign keys');

SELECT * FROM finish();
ROLLBACK;
