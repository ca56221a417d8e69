#!/usr/bin/env bash
# Domain logic under real concurrency: 16 clients booking against 3 remaining credits; two
# connections recording engagements for the same user and course at the same time; tag links and
# the embeddings of their items written by two connections at once.
source "$(dirname "$0")/tap.sh"
plan 11
platform_db conc
q -d conc <<'SQL' >/dev/null
CREATE FUNCTION pg_temp.id(t text) RETURNS uuid LANGUAGE sql AS $$ SELECT md5(t)::uuid $$;
INSERT INTO auth.users (id) SELECT pg_temp.id(n) FROM unnest(ARRAY['mentor', 'learner']) n;
INSERT INTO users (id) SELECT pg_temp.id(n) FROM unnest(ARRAY['mentor', 'learner']) n;
INSERT INTO tenants (id, name, slug) VALUES (pg_temp.id('t'), 'T', 't');
INSERT INTO providers (id, tenant_id, name, slug) VALUES (pg_temp.id('p'), pg_temp.id('t'), 'P', 'p');
INSERT INTO programmes (id, provider_id, title, status) VALUES (pg_temp.id('pr'), pg_temp.id('p'), 'Prog', 'published');
INSERT INTO companies (id, tenant_id, name) VALUES (pg_temp.id('c'), pg_temp.id('t'), 'C');
INSERT INTO mentors (id, tenant_id, user_id) VALUES (pg_temp.id('m'), pg_temp.id('t'), pg_temp.id('mentor'));
INSERT INTO mentor_programmes (mentor_id, programme_id) VALUES (pg_temp.id('m'), pg_temp.id('pr'));
-- 5 granted, 2 already used: 3 left.
INSERT INTO mentor_credits (id, company_id, programme_id, credits_granted) VALUES (pg_temp.id('l'), pg_temp.id('c'), pg_temp.id('pr'), 5);
INSERT INTO mentor_sessions (mentor_id, credit_id, credits_consumed, starts_at, ends_at)
VALUES (pg_temp.id('m'), pg_temp.id('l'), 2, now(), now() + interval '1 hour');
INSERT INTO courses (id, programme_id, title) VALUES (pg_temp.id('course'), pg_temp.id('pr'), 'Course');
INSERT INTO course_pages (id, course_id, title, path) VALUES (pg_temp.id('page'), pg_temp.id('course'), 'Page', 'page');
INSERT INTO course_modules (id, page_id, type) SELECT pg_temp.id('mod' || i), pg_temp.id('page'), 'text' FROM generate_series(1, 10) i;
INSERT INTO tags (id, tenant_id, name) VALUES (pg_temp.id('tag'), pg_temp.id('t'), 'topic');
INSERT INTO resources (id, tenant_id, provider_id, title, resource_type, url, status)
SELECT pg_temp.id('res' || i), pg_temp.id('t'), pg_temp.id('p'), 'R' || i, 'link', 'https://x.example/' || i, 'published'
FROM generate_series(1, 20) i;
SQL
is "$(q -d conc -c "SELECT credits_remaining FROM mentor_credits")" "3" "the ledger has 3 credits left"

# 16 clients, one booking each, all at once.
book=$(mktemp)
cat > "$book" <<'SQL'
INSERT INTO mentor_sessions (mentor_id, credit_id, credits_consumed, starts_at, ends_at)
VALUES (md5('m')::uuid, md5('l')::uuid, 1, now() + interval '1 day', now() + interval '1 day 1 hour');
SQL
pgbench -n -c 16 -j 2 -t 1 -f "$book" conc >/dev/null 2>&1  # refused bookings abort their client: expected
is "$(q -d conc -c "SELECT count(*) FROM mentor_sessions WHERE credits_consumed = 1")" "3" "16 concurrent bookings: exactly 3 succeed"
is "$(q -d conc -c "SELECT credits_used || '/' || credits_granted || '/' || credits_remaining FROM mentor_credits")" "5/5/0" \
   "credits_used reached credits_granted and never exceeded it"
is "$(q -d conc -c "SELECT count(*) FROM mentor_credits WHERE credits_used <> (SELECT sum(credits_consumed) FROM mentor_sessions WHERE status <> 'cancelled')")" "0" \
   "the ledger equals the sum of its live sessions"
rm -f "$book"

# Two connections record engagements for the same user and course at the same time: A holds its
# transaction open while B commits the other half; the second to finish must count both.
out_a=$(mktemp); out_b=$(mktemp)
q -d conc -c "BEGIN" \
  -c "INSERT INTO course_engagements (user_id, module_id, completed_at) SELECT md5('learner')::uuid, md5('mod' || i)::uuid, now() FROM generate_series(1, 5) i" \
  -c "SELECT pg_sleep(1)" -c "COMMIT" >"$out_a" 2>&1 &
pid=$!
sleep 0.3
q -d conc -c "INSERT INTO course_engagements (user_id, module_id, completed_at) SELECT md5('learner')::uuid, md5('mod' || i)::uuid, now() FROM generate_series(6, 10) i" >"$out_b" 2>&1
ok $? "connection B committed its 5 engagements $(cat "$out_b")"
wait $pid; ok $? "connection A committed its 5 engagements $(cat "$out_a")"
is "$(q -d conc -c "SELECT progress_percent || '/' || completed_modules || '/' || (completed_at IS NOT NULL) FROM course_signups")" "100/10/true" \
   "no lost update: 10 of 10 modules, 100 %, completed"
is "$(q -d conc -c "SELECT count(*) FROM activities WHERE action = 'course.completed'")" "1" "the completion is logged once"
rm -f "$out_a" "$out_b"

# A tags 20 items and holds its transaction open; B meanwhile stores the items' embeddings. Each
# statement's trigger copies what it can see into platform.tag_vectors; without the striped lock
# neither would see the other's rows and the copy would stay empty.
out_a=$(mktemp); out_b=$(mktemp)
q -d conc -c "BEGIN" \
  -c "INSERT INTO tag_links (tag_id, target_type, target_id, tenant_id) SELECT md5('tag')::uuid, 'resource', md5('res' || i)::uuid, md5('t')::uuid FROM generate_series(1, 20) i" \
  -c "SELECT pg_sleep(1)" -c "COMMIT" >"$out_a" 2>&1 &
pid=$!
sleep 0.3
q -d conc -c "INSERT INTO embeddings (tenant_id, content_type, content_id, embedding, input_hash) SELECT md5('t')::uuid, 'resource', md5('res' || i)::uuid, platform.demo_vector(6, i % 3, i), repeat('0', 64) FROM generate_series(1, 20) i" >"$out_b" 2>&1
ok $? "connection B stored 20 embeddings $(cat "$out_b")"
wait $pid; ok $? "connection A tagged the 20 items $(cat "$out_a")"
is "$(q -d conc -c "SELECT count(*) FROM platform.tag_vectors tv JOIN embeddings e ON e.content_type = tv.target_type AND e.content_id = tv.target_id AND tv.embedding = l2_normalize(e.embedding)::halfvec")" "20" \
   "the tag-ordered vector copy has all 20 links, each with its item's embedding"
rm -f "$out_a" "$out_b"
drop_db conc
done_testing
