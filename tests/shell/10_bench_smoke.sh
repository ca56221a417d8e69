#!/usr/bin/env bash
# A smoke run of `make bench` at the tiny scale: the benchmark runs end to end and writes a report
# whose numbers are sane. Not a timed test: no latency is asserted.
source "$(dirname "$0")/tap.sh"
plan 5
out=$(mktemp -d)
chmod 755 "$out"
SCALE=tiny QUERIES=2 BENCH_OUT="$out" BENCH_CLUSTER=bench-smoke PLATFORM_PORT=28817 bash "$REPO/bench/run.sh" >"$out/log" 2>&1
ok $? "bench/run.sh completes at scale tiny $(tail -n 3 "$out/log" | tr '\n' ' ')"
json=$(ls "$out"/*-tiny.json 2>/dev/null | head -n1)
[[ -f $json && -f ${json%.json}.md ]]; ok $? "it writes the JSON and Markdown report"
python3 - "$json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
fy = [x for x in r["retrieval"] if x["method"] == "for_you"]
assert len(fy) == 10, fy  # 5 cells (50 %, 5 %, 0.5 %, 0.05 %, anti) x k = 10, 50
assert all(x["short_results"] == 0 for x in fy), fy
assert r["credits"]["ledgers_violating_invariant"] == 0
assert r["credits"]["small_ledger_used_of_granted"] == "5/5", r["credits"]
assert r["soak"]["invariants_hold"], r["soak"]["invariants"]
# The write path's floor (the rows the domain logic must write, as plain inserts) is measured for
# the case that writes other tables' rows, and only there.
floors = {t["table"]: t["floor_ms"] for t in r["triggers"]}
assert floors.pop("course_engagements (enrolling)") is not None, r["triggers"]
assert all(v is None for v in floors.values()), floors
PY
ok $? "for_you is never short, the credit invariant holds after the contention run, the soak's invariants hold, the enrolling case has its floor"
grep -q "Retrieval" "${json%.json}.md" && grep -q "## Soak" "${json%.json}.md"; ok $? "the Markdown report has the retrieval and soak tables"
# `make bench` again on the database the first run left (its soak booked sessions on the bench's
# own credit ledgers, which the credit step recreates).
SCALE=tiny QUERIES=1 BENCH_OUT="$out" BENCH_CLUSTER=bench-smoke PLATFORM_PORT=28817 bash "$REPO/bench/run.sh" >"$out/log2" 2>&1
ok $? "a second run on the same database completes $(tail -n 3 "$out/log2" | tr '\n' ' ')"
# Remove the benchmark's own throwaway cluster.
(source "$REPO/scripts/lib.sh"; pg_wipe bench-smoke) >/dev/null 2>&1 || true
rm -rf "$out"
done_testing
