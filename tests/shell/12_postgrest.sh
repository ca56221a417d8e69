#!/usr/bin/env bash
# The API as PostgREST serves it, replayed: PostgREST itself cannot be installed here, so
# tests/postgrest/postgrest.py reads the schema cache with our catalog queries
# (tests/postgrest/schema_cache/, checked equal to PostgREST's by tests/postgrest/tools/selfcheck_spec.py),
# builds its relationships and resolves embeds with its rules (ported from SchemaCache.hs and
# Plan.hs), and runs each request as PostgREST would: the SQL shape of
# QueryBuilder.hs in the transaction of MainTx.hs (role, request.jwt.claims, READ ONLY for reads).
# Checked: the documented embeds resolve to the intended relationship (tests/postgrest/embeds.tsv),
# and every request of tests/postgrest/requests.tsv (the app's queries, every RPC, select=* on every
# table as anon / a member / service_role) gets the recorded status and row counts. The ambiguous
# embeds (PGRST201) PostgREST's rules find are printed as comments, with the hints that resolve them.
source "$(dirname "$0")/tap.sh"
dir=$(cd "$(dirname "$0")/../postgrest" && pwd)
plan "$(python3 "$dir/postgrest.py" count)"

db=pgrst_tap
platform_db "$db"
q -d "$db" -c "SELECT platform.generate_demo_data('tiny', 1)" >/dev/null

out=$(mktemp)
trap 'rm -f "$out"' EXIT
python3 "$dir/postgrest.py" --db "$db" tap >"$out" 2>&1
rc=$?
while IFS= read -r line; do
  case $line in
    "ok"$'\t'*)     ok 0 "${line#ok$'\t'}" ;;
    "not ok"$'\t'*) ok 1 "${line#not ok$'\t'}" ;;
    *)              echo "# ${line#\# }" ;;
  esac
done <"$out"
if ((rc != 0)); then ok 1 "postgrest.py tap exited with $rc"; fi

drop_db "$db"
done_testing
