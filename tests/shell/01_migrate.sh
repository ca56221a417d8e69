#!/usr/bin/env bash
# platform.migrate() on a fresh database, again, and concurrently from two connections.
source "$(dirname "$0")/tap.sh"
plan 8
files=$(ls "$REPO"/migrations/*.sql | wc -l)

fresh_db mig_fresh
q -d mig_fresh -c "CREATE EXTENSION platform CASCADE"
is "$(q -d mig_fresh -c "SELECT count(*) FROM platform.migration_status() WHERE state = 'pending'")" "$files" \
   "before migrate(): every file pending, and status works without a ledger"
is "$(q -d mig_fresh -c "SELECT count(*) FROM platform.migrate()")" "$files" "first migrate() applies every file"
is "$(q -d mig_fresh -c "SELECT count(*) FROM platform.migrate()")" "0" "second migrate() applies nothing"
is "$(q -d mig_fresh -c "SELECT count(*) FROM platform.schema_migrations")" "$files" "one ledger row per file"

# Concurrency: A migrates and holds its transaction open; B starts meanwhile, must wait on the
# advisory lock, then apply nothing (it sees A's committed ledger) -- and not fail.
fresh_db mig_race
q -d mig_race -c "CREATE EXTENSION platform CASCADE"
out_a=$(mktemp) out_b=$(mktemp)
q -d mig_race -c "BEGIN" -c "SELECT count(*) FROM platform.migrate()" -c "SELECT pg_sleep(1.5)" -c "COMMIT" >"$out_a" 2>&1 &
pid_a=$!
sleep 0.5
q -d mig_race -c "SELECT count(*) FROM platform.migrate()" >"$out_b" 2>&1 &
pid_b=$!
wait $pid_a; ok $? "connection A: migrate() succeeded"
wait $pid_b; ok $? "connection B: migrate() succeeded after waiting"
# Whichever got the lock first applied every file; the other applied nothing.
is "$(printf '%s\n' "$(head -n1 "$out_a")" "$(cat "$out_b")" | sort -n | paste -sd'|')" "0|$files" "one connection applied every file, the other nothing"
is "$(q -d mig_race -c "SELECT count(*) FROM platform.schema_migrations")" "$files" "ledger has no duplicates"
rm -f "$out_a" "$out_b"
drop_db mig_fresh; drop_db mig_race
done_testing
