#!/usr/bin/env bash
# A hot standby serves the read side. The test cluster is copied with pg_basebackup -R into a
# streaming replica on a private port and socket; on it, as the API roles would call them:
# for_you, course_progress, profile_completeness, migration_status, partition_status and
# PostgREST reads work read-only; everything that writes (migrate, ensure_partitions,
# run_maintenance, the outbox, refresh_user_embedding, log_activity) refuses with SQLSTATE 25006
# and a hint before doing anything. Migrations applied on the primary arrive on the standby
# (ledger and schema equal). Every wait is bounded.
source "$(dirname "$0")/tap.sh"
plan 23
PG_BIN=/usr/lib/postgresql/15/bin
standby_port=${PLATFORM_STANDBY_PORT:-28843}
db=standby_reads
mdb=standby_migrations

platform_db "$db"
q -d "$db" -c "SELECT platform.generate_demo_data('tiny', 14)" >/dev/null
# A second database whose migrations the primary applies only after the standby is up.
fresh_db "$mdb"
q -d "$mdb" -c "CREATE EXTENSION platform CASCADE" >/dev/null

dir=$(mktemp -d /var/tmp/platform-standby.XXXXXX)
chown postgres: "$dir"
cleanup() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$dir"
  drop_db "$db" >/dev/null 2>&1; drop_db "$mdb" >/dev/null 2>&1
}
trap cleanup EXIT
(cd / && runuser -u postgres -- "$PG_BIN/pg_basebackup" -h "$PGHOST" -p "$PGPORT" -U postgres -D "$dir/data" -R -X stream -c fast) >/dev/null 2>&1
ok $? "pg_basebackup -R copies the primary"
# The copy carries the primary's settings; the standby gets its own port, socket and a small cache.
cat >>"$dir/data/postgresql.auto.conf" <<CONF
port = $standby_port
unix_socket_directories = '$dir'
shared_buffers = '128MB'
hot_standby = on
CONF
(cd / && runuser -u postgres -- env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start) >/dev/null
ok $? "the standby starts"
S() { psql -X -v ON_ERROR_STOP=1 -qAt -h "$dir" -p "$standby_port" -U postgres "$@"; }
is "$(S -d "$db" -c "SELECT pg_is_in_recovery()")" "t" "it is in recovery (a hot standby)"
# Wait (at most 60 s) until it has replayed what the primary has written so far.
caught_up() {
  local target; target=$(q -d postgres -c "SELECT pg_current_wal_lsn()")
  for _ in $(seq 1 120); do
    [[ $(S -d postgres -c "SELECT pg_last_wal_replay_lsn() >= '$target'::pg_lsn") == t ]] && return 0
    sleep 0.5
  done
  return 1
}
caught_up; ok $? "it catches up with the primary (within 60 s)"
is "$(S -d "$db" -c "SELECT count(*) FROM embeddings")" "$(q -d "$db" -c "SELECT count(*) FROM embeddings")" "the demo data is there"

# Reads, as the API calls them.
member=$(q -d "$db" -c "SELECT platform.demo_uuid(14, 'user', 100000022)")
tenant=$(q -d "$db" -c "SELECT platform.demo_uuid(14, 'tenant', 1)")
as_member="SELECT set_config('role', 'authenticated', true), set_config('request.jwt.claims', '{\"sub\": \"$member\", \"role\": \"authenticated\"}', true)"
is "$(S -d "$db" -c "BEGIN READ ONLY" -c "$as_member" -c "SELECT count(*) FROM public.for_you('$member', '$tenant', 5)" -c "COMMIT" | tail -n1)" "5" \
   "for_you works on the standby, as a member (RLS on)"
is "$(S -d "$db" -c "SELECT count(*) FROM (SELECT platform.course_progress(s.user_id, s.course_id) FROM course_signups s LIMIT 3) x")" "3" \
   "course_progress works on the standby"
is "$(S -d "$db" -c "SELECT count(*) FROM (SELECT platform.profile_completeness(c.id) FROM companies c LIMIT 3) x")" "3" \
   "profile_completeness works on the standby"
is "$(S -d "$db" -c "SELECT count(*) FILTER (WHERE state <> 'applied') FROM platform.migration_status()")" "0" \
   "migration_status works on the standby (all applied)"
is "$(S -d "$db" -c "SELECT count(*) > 0 FROM platform.partition_status()")" "t" "partition_status works on the standby"
pgrst() { PGHOST=$dir PGPORT=$standby_port python3 "$REPO/tests/postgrest/postgrest.py" --db "$db" request --role authenticated --sub "$member" "$@" 2>&1 | grep -m1 -E '"(status|code)"' | tr -d ' ,'; }
status=$(pgrst 'GET /programmes?select=id,title,providers(name)&limit=3')
[[ $status == '"status":200' ]]; ok $? "PostgREST: GET /programmes?select=id,title,providers(name) on the standby ($status)"
status=$(pgrst --body "{\"user_id\": \"$member\", \"tenant_id\": \"$tenant\", \"k\": 3}" 'POST /rpc/for_you')
[[ $status == '"status":200' ]]; ok $? "PostgREST: POST /rpc/for_you (a STABLE function, READ ONLY transaction) on the standby ($status)"

# Writes: 25006 with a hint, nothing attempted.
refuses() {  # refuses SQL DESCRIPTION
  local out; out=$(S -d "$db" -v VERBOSITY=verbose -c "$1" 2>&1)
  if [[ $out == *"ERROR:  25006"* && $out == *"HINT:  Run it on the primary"* ]]; then
    ok 0 "$2 refuses on the standby with 25006 and a hint"
  else
    ok 1 "$2 refuses on the standby with 25006 and a hint"; head -n 3 <<<"$out" | sed 's/^/# /'
  fi
}
refuses "SELECT platform.migrate()" "platform.migrate()"
refuses "SELECT * FROM platform.ensure_partitions()" "platform.ensure_partitions()"
refuses "SELECT * FROM platform.run_maintenance()" "platform.run_maintenance()"
refuses "SELECT * FROM platform.claim_events(10)" "platform.claim_events()"
refuses "SELECT platform.refresh_user_embedding('$member', '$tenant')" "platform.refresh_user_embedding()"
refuses "SELECT platform.log_activity('$tenant', '$member', 'test.standby')" "platform.log_activity()"
refuses "SELECT platform.purge_api_error_logs()" "platform.purge_api_error_logs()"
refuses "SELECT platform.refresh_provider_summaries(current_date)" "platform.refresh_provider_summaries()"

# Migrations applied on the primary arrive: ledger and schema equal.
pending=$(S -d "$mdb" -c "SELECT count(*) FROM platform.migration_status() WHERE state = 'pending'")
[[ $pending -gt 0 ]]; ok $? "before: the standby sees $pending pending migrations in the unmigrated database"
q -d "$mdb" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
caught_up
ledger="SELECT string_agg(name || ':' || checksum, ',' ORDER BY name) FROM platform.schema_migrations"
is "$(S -d "$mdb" -c "$ledger" | md5sum)" "$(q -d "$mdb" -c "$ledger" | md5sum)" "after migrate() on the primary: the standby has the same ledger"
shape="SELECT md5(string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, column_name))
       FROM information_schema.columns WHERE table_schema = 'public'"
is "$(S -d "$mdb" -c "$shape")" "$(q -d "$mdb" -c "$shape")" "... and the same schema (every public column and type)"
done_testing
