#!/usr/bin/env bash
# The soak in its short form (make bench runs the long one and reports its numbers): pgbench
# clients as PostgREST callers (role and JWT claims per transaction) read the feed, record and
# undo progress, book and cancel against shared credit ledgers, log activities, and two
# publishers claim and ack outbox events, for a bounded time. Afterwards only the invariants are
# asserted (bench/soak/check.sql): credits, progress against the reference query, one audit row
# per data change, no event acked twice or given to both publishers, no deadlock, serialization
# failure or internal error.
source "$(dirname "$0")/tap.sh"
plan 12
db=soak_test
clients=${PLATFORM_SOAK_CLIENTS:-16}
secs=${PLATFORM_SOAK_SECONDS:-15}
q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db TEMPLATE $PLATFORM_TEST_TEMPLATE" >/dev/null
q -d "$db" -c "SELECT platform.generate_demo_data('tiny', 31)" >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"; drop_db "$db" >/dev/null 2>&1' EXIT
json=$(bash "$REPO/bench/soak/run.sh" "$db" "$clients" "$secs" "$work" 2>"$work/err")
ok $? "$clients clients for $secs s: the soak ran ($(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["tps"], "tps")' "$json" 2>/dev/null || head -c 300 "$work/err"))"
python3 -c '
import json, sys
r = json.loads(sys.argv[1])
for i in r["invariants"]:
    print(("ok" if i["got"] == i["expected"] else "not ok") + "|" + i["name"] + "|" + i["got"] + "|" + i["expected"])
ran = all(r["scripts"][s]["transactions"] > 0 for s in r["scripts"]) and \
      all(r["outcomes"].get(s, {}).get("00000", 0) > 0 for s in ("feed", "progress.insert", "progress.delete", "book", "cancel", "activity", "publish"))
print(("ok" if ran else "not ok") + "|every script ran and every kind of call succeeded at least once|" + json.dumps(r["outcomes"]) + "|")
' "$json" >"$work/inv" 2>&1
n=0
while IFS='|' read -r status name got expected; do
  n=$((n + 1))
  if [[ $status == ok ]]; then ok 0 "$name ($got)"; else ok 1 "$name"; echo "#   got: $got, expected: $expected"; fi
done <"$work/inv"
((n == 11)) || { ok 1 "the invariant report has 11 rows ($n): $(head -c 300 "$work/inv")"; }
done_testing
