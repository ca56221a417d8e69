#!/usr/bin/env bash
# Crash safety. A cluster of its own (private port and socket, fsync on) is crashed in the middle
# of the work that matters, twice per case: kill -9 of the backend doing it (the postmaster then
# resets every backend and replays WAL) and, separately, an immediate shutdown of the server
# (pg_ctl -m immediate, then start: crash recovery). After recovery:
#   migrate()            blocked mid-file (an FK to auth.users waits for a lock another session
#                        holds): the ledger and the schema agree (nothing of the run is left), and
#                        the next migrate() completes with the schema of a clean run;
#   ensure_partitions()  killed while it moves rows out of activities_default: every row is there
#                        once (count and checksum), and the next call completes the move;
#   engagements          a client commits batches of course engagements (progress rollup) and is
#                        killed mid-batch: every batch it saw committed is there, the one in flight
#                        wholly or not at all, and progress equals the reference query everywhere;
#   bookings             8 pgbench clients book and cancel against shared ledgers: no ledger
#                        exceeds its grant, and each equals the sum of its live sessions;
#   outbox               events claimed with leases out (acked, unacked, and a claim in flight):
#                        after the lease, every claimed-but-unacked event is redelivered exactly
#                        once, the acked ones never.
# Every wait is bounded (60 s at most).
source "$(dirname "$0")/tap.sh"
plan 39
PG_BIN=/usr/lib/postgresql/15/bin
port=${PLATFORM_CRASH_PORT:-28844}
dir=$(mktemp -d /var/tmp/platform-crash.XXXXXX)
chown postgres: "$dir"
as_pg() { (cd / && runuser -u postgres -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"); }
cleanup() {
  jobs -p | xargs -r kill -9 2>/dev/null
  as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$dir"
}
trap cleanup EXIT
as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust >/dev/null
cat >>"$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = ''
unix_socket_directories = '$dir'
shared_buffers = '128MB'
fsync = on
synchronous_commit = on
restart_after_crash = on
max_connections = 40
CONF
as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start >/dev/null
export PGHOST=$dir PGPORT=$port PGUSER=postgres
q -d postgres -c "CREATE ROLE anon NOLOGIN; CREATE ROLE authenticated NOLOGIN; CREATE ROLE service_role NOLOGIN BYPASSRLS" 2>/dev/null

# up: wait (at most 60 s) until the server accepts queries again.
up() {
  for _ in $(seq 1 120); do
    q -d postgres -c "SELECT 1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  return 1
}
# crash KIND PID: kill -9 the backend PID (the postmaster resets the cluster) or shut the server
# down immediately and start it again; then wait until it is up.
crash() {
  if [[ $1 == backend ]]; then
    kill -9 "$2"
  else
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start >/dev/null
  fi
  sleep 0.5
  up
}
# bg_pid FILE: the backend pid a background psql printed first into FILE (waits at most 30 s).
bg_pid() {
  for _ in $(seq 1 300); do
    [[ -s $1 ]] && { head -n1 "$1"; return 0; }
    sleep 0.1
  done
  return 1
}
# until_true DB SQL: poll SQL (a boolean) every 50 ms, at most 30 s.
until_true() {
  for _ in $(seq 1 600); do
    [[ $(q -d "$1" -c "$2" 2>/dev/null) == t ]] && return 0
    sleep 0.05
  done
  return 1
}

# A clean reference database for the schema shape.
q -d postgres -c "CREATE DATABASE crash_ref" && q -d crash_ref -c "CREATE EXTENSION platform CASCADE" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
shape="SELECT md5(string_agg(x, ',' ORDER BY x)) FROM (
         SELECT table_name || '.' || column_name || ':' || data_type AS x FROM information_schema.columns WHERE table_schema = 'public'
         UNION ALL SELECT indexname || ':' || indexdef FROM pg_indexes WHERE schemaname = 'public'
         UNION ALL SELECT tgrelid::regclass || '.' || tgname FROM pg_trigger WHERE NOT tgisinternal
         UNION ALL SELECT schemaname || '.' || tablename || '.' || policyname FROM pg_policies) s"
ref_shape=$(q -d crash_ref -c "$shape")
ledger_n=$(q -d crash_ref -c "SELECT count(*) FROM platform.schema_migrations")

for kind in backend server; do
  # ---- migrate(), blocked mid-file ---------------------------------------------------------------
  db=crash_mig_$kind
  q -d postgres -c "CREATE DATABASE $db"
  # auth.users exists beforehand (as on Supabase), so another session can hold a lock on it.
  q -d "$db" -c "CREATE SCHEMA auth" -c "CREATE TABLE auth.users (id uuid PRIMARY KEY)" -c "CREATE EXTENSION platform CASCADE" >/dev/null
  blocker=$(mktemp); out=$(mktemp)
  q -d "$db" -c "BEGIN" -c "LOCK TABLE auth.users IN ROW EXCLUSIVE MODE" -c "SELECT pg_sleep(60)" >"$blocker" 2>&1 &
  until_true "$db" "SELECT count(*) > 0 FROM pg_locks WHERE relation = 'auth.users'::regclass AND mode = 'RowExclusiveLock' AND granted"
  q -d "$db" -c "SELECT pg_backend_pid()" -c "SELECT count(*) FROM platform.migrate()" >"$out" 2>&1 &
  pid=$(bg_pid "$out")
  # It has applied files and tables (a migration's CREATE TABLE ... REFERENCES auth.users waits).
  until_true "$db" "SELECT count(*) > 0 FROM pg_stat_activity WHERE pid = $pid AND wait_event_type = 'Lock'"
  held=$(q -d "$db" -c "SELECT count(*) FROM pg_locks WHERE pid = $pid AND locktype = 'relation' AND granted")
  crash "$kind" "$pid"; ok $? "migrate(): $kind crash while it waits mid-file ($held relation locks held), server back"
  wait 2>/dev/null
  # The ledger may exist (CREATE EXTENSION made it) or not; it holds no row of the interrupted run.
  is "$(q -d "$db" -c "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') || '/' ||
        CASE WHEN to_regclass('platform.schema_migrations') IS NULL THEN '0'
             ELSE (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM platform.schema_migrations', false, true, '')))[1]::text END")" \
     "0/0" "migrate(): after the $kind crash, no table and no ledger row of the interrupted run"
  q -d "$db" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
  ok $? "migrate(): the next call completes"
  is "$(q -d "$db" -c "SELECT count(*) FROM platform.schema_migrations")/$(q -d "$db" -c "$shape")" "$ledger_n/$ref_shape" \
     "migrate(): ledger and schema equal a clean run's"
  rm -f "$blocker" "$out"

  # ---- ensure_partitions() moving rows out of the DEFAULT partition ------------------------------
  db=crash_parts_$kind
  q -d postgres -c "CREATE DATABASE $db"
  q -d "$db" -c "CREATE EXTENSION platform CASCADE" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
  q -d "$db" <<'SQL' >/dev/null
INSERT INTO tenants (id, name, slug) VALUES ('00000000-0000-4000-8000-0000000000aa', 'P', 'p');
-- 200 000 activities in 2035 and 2036: no partition covers them, they land in activities_default.
INSERT INTO activities (tenant_id, action, occurred_at, metadata)
SELECT '00000000-0000-4000-8000-0000000000aa', 'crash.test', timestamptz '2035-01-01' + i * interval '4 minutes', jsonb_build_object('i', i)
FROM generate_series(1, 200000) i;
SQL
  sum="SELECT count(*) || ':' || md5(string_agg(id::text, ',' ORDER BY id)) FROM activities WHERE action = 'crash.test'"
  before=$(q -d "$db" -c "$sum")
  in_default=$(q -d "$db" -c "SELECT count(*) FROM activities_default")
  out=$(mktemp)
  q -d "$db" -c "SELECT pg_backend_pid()" -c "SELECT count(*) FROM platform.ensure_partitions('public.activities')" >"$out" 2>&1 &
  pid=$(bg_pid "$out")
  # Mid-move: it holds a lock on a 2035 partition it created (and has not committed).
  until_true "$db" "SELECT count(*) > 0 FROM pg_locks l WHERE l.pid = $pid AND l.locktype = 'relation' AND l.mode = 'AccessExclusiveLock'
                    AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = l.relation)"
  sleep 0.2
  crash "$kind" "$pid"; ok $? "ensure_partitions(): $kind crash while it moves $in_default rows out of activities_default"
  wait 2>/dev/null
  is "$(q -d "$db" -c "$sum")" "$before" "ensure_partitions(): after the $kind crash, every row is there once (count and checksum)"
  moved=$(q -d "$db" -c "SELECT coalesce(sum(rows_moved), 0) FROM platform.ensure_partitions('public.activities')")
  ok $? "ensure_partitions(): the next call completes ($moved rows moved)"
  is "$(q -d "$db" -c "SELECT count(*) FROM activities_default")/$(q -d "$db" -c "$sum")" "0/$before" \
     "ensure_partitions(): the default partition is empty and every row is in its quarter, once"
  rm -f "$out"

  # ---- a bulk of course engagements (progress rollup) --------------------------------------------
  db=crash_prog_$kind
  q -d postgres -c "CREATE DATABASE $db"
  q -d "$db" -c "CREATE EXTENSION platform CASCADE" -c "SELECT count(*) FROM platform.migrate()" \
             -c "SELECT platform.generate_demo_data('tiny', 21)" >/dev/null
  # Batches of engagements not yet recorded: modules of courses the learners signed up for.
  q -d "$db" <<'SQL' >/dev/null
CREATE TABLE crash_stage AS
SELECT (row_number() OVER (ORDER BY s.user_id, m.id) - 1) / 100 AS batch, s.user_id, m.id AS module_id
FROM course_signups s JOIN course_pages p ON p.course_id = s.course_id JOIN course_modules m ON m.page_id = p.id
WHERE NOT EXISTS (SELECT 1 FROM course_engagements e WHERE e.user_id = s.user_id AND e.module_id = m.id);
SQL
  batches=$(q -d "$db" -c "SELECT max(batch) + 1 FROM crash_stage")
  before=$(q -d "$db" -c "SELECT count(*) FROM course_engagements")
  out=$(mktemp)
  {
    echo "SELECT pg_backend_pid();"
    for ((b = 0; b < batches; b++)); do
      echo "BEGIN; INSERT INTO course_engagements (user_id, module_id, completed_at) SELECT user_id, module_id, now() FROM crash_stage WHERE batch = $b; COMMIT; SELECT 'committed $b';"
    done
  } | psql -X -qAt -d "$db" >"$out" 2>&1 &
  pid=$(bg_pid "$out")
  until_true "$db" "SELECT (SELECT count(*) FROM course_engagements) >= $before + 300"
  crash "$kind" "$pid"; ok $? "engagements: $kind crash while a client commits batches of 100 ($batches batches)"
  wait 2>/dev/null
  committed=$(grep -c '^committed' "$out")
  after=$(q -d "$db" -c "SELECT count(*) FROM course_engagements")
  # The batch in flight may have committed without the client hearing it: wholly, then.
  [[ $after == $((before + committed * 100)) || $after == $((before + (committed + 1) * 100)) ]]
  ok $? "engagements: every committed batch is there, the one in flight wholly or not at all ($committed committed, $((after - before)) rows)"
  is "$(q -d "$db" -c "SELECT count(*) FROM (SELECT user_id, module_id FROM course_engagements GROUP BY 1, 2 HAVING count(*) > 1) d")" "0" \
     "engagements: no row twice"
  is "$(q -d "$db" -c "
    SELECT count(*) FROM course_signups s
    WHERE s.progress_percent IS DISTINCT FROM (
      SELECT ROUND(COUNT(DISTINCT ce.module_id) FILTER (WHERE ce.completed_at IS NOT NULL)::numeric / NULLIF(COUNT(DISTINCT cm.id), 0) * 100)
      FROM course_pages cp JOIN course_modules cm ON cm.page_id = cp.id
      LEFT JOIN course_engagements ce ON ce.module_id = cm.id AND ce.user_id = s.user_id
      WHERE cp.course_id = s.course_id)")" "0" \
     "engagements: progress equals the reference query for every (user, course) ($(q -d "$db" -c "SELECT count(*) FROM course_signups") signups)"
  rm -f "$out"

  # ---- a booking burst against shared credit ledgers ---------------------------------------------
  db=crash_book_$kind
  q -d postgres -c "CREATE DATABASE $db"
  q -d "$db" -c "CREATE EXTENSION platform CASCADE" -c "SELECT count(*) FROM platform.migrate()" \
             -c "SELECT platform.generate_demo_data('tiny', 22)" >/dev/null
  q -d "$db" <<'SQL' >/dev/null
-- Every (mentor, ledger) pair a booking may use: a mentor of the ledger's programme and tenant.
CREATE TABLE crash_pairs AS
SELECT row_number() OVER () AS n, mp.mentor_id, c.id AS credit_id
FROM mentor_credits c JOIN mentor_programmes mp ON mp.programme_id = c.programme_id;
UPDATE mentor_credits SET credits_granted = credits_used + 20;  -- 20 left on every ledger
-- A booking or cancellation as a caller makes it; a refusal (no credit left) is an answer, not a
-- failure, so the pgbench client goes on.
CREATE FUNCTION crash_book(n bigint, d int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO mentor_sessions (mentor_id, credit_id, credits_consumed, starts_at, ends_at)
    SELECT mentor_id, credit_id, 1, now() + d * interval '1 hour', now() + d * interval '1 hour' + interval '30 minutes'
    FROM crash_pairs WHERE crash_pairs.n = crash_book.n;
EXCEPTION WHEN check_violation OR raise_exception OR unique_violation OR exclusion_violation THEN
    NULL;
END $$;
CREATE FUNCTION crash_cancel() RETURNS void LANGUAGE sql AS $$
    UPDATE mentor_sessions SET status = 'cancelled'
    WHERE id = (SELECT id FROM mentor_sessions WHERE status IN ('pending', 'confirmed') AND starts_at > now() ORDER BY random() LIMIT 1
                FOR UPDATE SKIP LOCKED)
$$;
SQL
  pairs=$(q -d "$db" -c "SELECT count(*) FROM crash_pairs")
  script=$(mktemp)
  cat >"$script" <<SQL
\set n random(1, $pairs)
\set d random(1, 10000)
SELECT crash_book(:n, :d);
SELECT crash_cancel() WHERE random() < 0.3;
SQL
  out=$(mktemp)
  timeout 60 pgbench -n -c 8 -j 2 -T 30 -f "$script" "$db" >"$out" 2>&1 &
  until_true "$db" "SELECT count(*) >= 8 FROM pg_stat_activity WHERE application_name = 'pgbench' AND state = 'active'"
  sleep 1
  pid=$(q -d "$db" -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'pgbench' LIMIT 1")
  crash "$kind" "$pid"; ok $? "bookings: $kind crash in a burst of 8 clients booking and cancelling"
  wait 2>/dev/null
  is "$(q -d "$db" -c "SELECT count(*) FROM mentor_credits WHERE credits_used > credits_granted
        OR credits_used <> (SELECT coalesce(sum(credits_consumed), 0) FROM mentor_sessions s WHERE s.credit_id = mentor_credits.id AND s.status <> 'cancelled')")" "0" \
     "bookings: after the $kind crash no ledger exceeds its grant, each equals its live sessions ($(q -d "$db" -c "SELECT count(*) FROM mentor_sessions") sessions)"
  rm -f "$script" "$out"

  # ---- outbox: leases out, a claim in flight ------------------------------------------------------
  db=crash_outbox_$kind
  q -d postgres -c "CREATE DATABASE $db"
  q -d "$db" -c "CREATE EXTENSION platform CASCADE" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
  q -d "$db" <<'SQL' >/dev/null
DELETE FROM event_outbox;
SELECT platform.enqueue_event('crash.test', jsonb_build_object('i', i)) FROM generate_series(1, 100) i;
-- Publisher 1 claimed 30 (leases of 3 s) and acked 10 of them before the crash.
CREATE TABLE crash_claims AS SELECT id, lease_token FROM platform.claim_events(30, '3 seconds');
SELECT platform.ack_event(id, lease_token) FROM (SELECT * FROM crash_claims ORDER BY id LIMIT 10) a;
SQL
  out=$(mktemp)
  # Publisher 2 is killed with a claim of 20 in flight (uncommitted).
  q -d "$db" -c "SELECT pg_backend_pid()" -c "BEGIN" -c "SELECT count(*) FROM platform.claim_events(20, '3 seconds')" -c "SELECT pg_sleep(60)" >"$out" 2>&1 &
  pid=$(bg_pid "$out")
  until_true "$db" "SELECT count(*) > 0 FROM pg_stat_activity WHERE pid = $pid AND query LIKE '%pg_sleep%'"
  crash "$kind" "$pid"; ok $? "outbox: $kind crash with 20 leases out unacked and a claim of 20 in flight"
  wait 2>/dev/null
  is "$(q -d "$db" -c "SELECT count(*) FILTER (WHERE published_at IS NOT NULL) || '/' || count(*) FILTER (WHERE attempts = 1 AND published_at IS NULL) FROM event_outbox")" "10/20" \
     "outbox: after the $kind crash, 10 published, 20 leased once, the claim in flight left nothing"
  sleep 3.2  # the leases expire
  q -d "$db" -c "CREATE TABLE crash_redelivered AS SELECT id, attempts FROM platform.claim_events(1000, '1 minute')" >/dev/null
  is "$(q -d "$db" -c "SELECT count(*) || '/' || count(DISTINCT id) || '/' || count(*) FILTER (WHERE attempts = 2) || '/' ||
                            count(*) FILTER (WHERE id IN (SELECT id FROM crash_claims ORDER BY id LIMIT 10)) FROM crash_redelivered")" "90/90/20/0" \
     "outbox: 90 delivered: each unacked claim once more (20, second attempt), the 70 unclaimed once, no acked one"
  is "$(q -d "$db" -c "SELECT count(*) FROM platform.claim_events(1000, '1 minute')")" "0" "outbox: nothing is delivered twice while leased"
  rm -f "$out"
done
q -d postgres -c "SELECT 1" >/dev/null; ok $? "the cluster is up at the end"
# What the server logged: the faults, and no corruption.
grep -q "terminated by signal 9" "$dir/log"; ok $? "its log shows the kill -9 and the reset"
! grep -Eq "PANIC|invalid page|checksum mismatch|could not read block" "$dir/log"; ok $? "its log shows no PANIC and no corruption"
done_testing
