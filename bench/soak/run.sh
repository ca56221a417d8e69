#!/usr/bin/env bash
# The soak under mixed load: pgbench clients acting as PostgREST callers (role and JWT claims per
# transaction) on a database with demo data, for a bounded time, then the invariants.
#   run.sh DB CLIENTS SECONDS OUTDIR
# CLIENTS-2 clients run the mix (feed 40 %, progress 25 %, booking/cancel 15 %, activity 20 %),
# 2 more are the outbox publishers. Writes OUTDIR/soak.json (throughput, per-script p95 from the
# pgbench transaction logs, outcomes by SQLSTATE, invariants) and prints it.
set -euo pipefail
db=$1 clients=$2 secs=$3 out=$4
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"; rm -f "$out"/soak_log.* "$out"/pub_log.*
q() { psql -X -v ON_ERROR_STOP=1 -qAt -d "$db" "$@"; }
IFS='|' read -r feed_users modules bookings < <(q -f "$here/setup.sql" | tail -n1)
vars=(-D feed_users="$feed_users" -D modules="$modules" -D bookings="$bookings")
mix=$((clients - 2))
# The logs are written in OUTDIR (pgbench writes them in its working directory).
(cd "$out" && timeout $((secs + 60)) pgbench -n -c 2 -j 1 -T "$secs" -l --log-prefix=pub_log -f "$here/publish.sql" "$db" >pub.out 2>&1) &
pub=$!
(cd "$out" && timeout $((secs + 60)) pgbench -n -c "$mix" -j 2 -T "$secs" -l --log-prefix=soak_log "${vars[@]}" \
   -f "$here/feed.sql@40" -f "$here/progress.sql@25" -f "$here/booking.sql@15" -f "$here/activity.sql@20" "$db" >mix.out 2>&1) || {
  echo "pgbench failed:" >&2; tail -n 20 "$out/mix.out" >&2; exit 1; }
wait "$pub" || { echo "publisher pgbench failed:" >&2; tail -n 20 "$out/pub.out" >&2; exit 1; }
q -F '|' -f "$here/check.sql" >"$out/invariants.txt"
q -F '|' -c "SELECT script, sqlstate, count(*) FROM soak.outcomes GROUP BY 1, 2 ORDER BY 1, 2" >"$out/outcomes.txt"
python3 - "$out" "$clients" "$secs" <<'PY'
import glob, json, os, re, sys
out, clients, secs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
names = ["feed", "progress", "booking", "activity"]
lat = {n: [] for n in names + ["publish"]}
for f in glob.glob(os.path.join(out, "soak_log.*")):
    for line in open(f):
        p = line.split()
        if len(p) >= 6 and p[2] not in ("skipped", "failed"):
            lat[names[int(p[3])]].append(int(p[2]) / 1000.0)
for f in glob.glob(os.path.join(out, "pub_log.*")):
    for line in open(f):
        p = line.split()
        if len(p) >= 6 and p[2] not in ("skipped", "failed"):
            lat["publish"].append(int(p[2]) / 1000.0)
def pct(v, q):
    v = sorted(v)
    return round(v[min(len(v) - 1, int(q * len(v)))], 2) if v else None
def tps(path):
    m = re.search(r"^tps = ([0-9.]+)", open(path).read(), re.M)
    return float(m.group(1)) if m else 0.0
outcomes = {}
for line in open(os.path.join(out, "outcomes.txt")):
    script, state, n = line.strip().split("|")
    outcomes.setdefault(script, {})[state] = int(n)
inv = [dict(zip(("name", "got", "expected"), l.rstrip("\n").split("|"))) for l in open(os.path.join(out, "invariants.txt")) if l.strip()]
res = {"clients": clients, "seconds": secs,
       "tps": round(tps(os.path.join(out, "mix.out")) + tps(os.path.join(out, "pub.out")), 1),
       "scripts": {n: {"transactions": len(v), "p50_ms": pct(v, 0.5), "p95_ms": pct(v, 0.95)} for n, v in lat.items()},
       "outcomes": outcomes, "invariants": inv,
       "invariants_hold": all(i["got"] == i["expected"] for i in inv)}
json.dump(res, open(os.path.join(out, "soak.json"), "w"), indent=1)
print(json.dumps(res))
PY
