#!/usr/bin/env python3
"""What PostgREST adds on a real deployment, measured: Supabase's db-max-rows (1000; PostgREST then
puts LIMIT/OFFSET on every node of an embed) and `Prefer: count=exact` (a counting CTE in the same
statement), for the requests an app makes, as a member (RLS) and as the service role.

Each request is planned with the PostgREST replay of tests/postgrest/postgrest.py (PostgREST's
relationship rules and SQL shape), then run as PostgREST runs it (its transaction variables,
READ ONLY) under EXPLAIN (ANALYZE, BUFFERS): warm (the second of two runs), with the server's JIT
setting and with `jit = off`. Reported per request and role: rows, total count, the planner's
total cost, both execution times, and every scan of a
large table (> 20 000 rows) that is a sequential scan, which is what "the count of a
tenant-scoped list stays index-driven" rules out.

Usage: bench/postgrest_plans.py DB > report.md   (a database with demo data, seed 1)
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "postgrest"))
import postgrest as pg  # noqa: E402

LARGE = 20000

# (request, prefer) — a tenant-scoped list with its count, the reference's embed, the M2M embeds,
# the big tables an app pages through.
REQUESTS = [
    ("GET /programmes?select=*,provider:providers(*),cohorts(*)&status=eq.published&limit=20", "count=exact"),
    ("GET /companies?select=*,users(*)&limit=20", "count=exact"),
    ("GET /programmes?select=*,mentors(*)&limit=20", "count=exact"),
    ("GET /courses?select=*,course_pages(*,course_modules(*))&limit=5", "count=exact"),
    ("GET /course_signups?select=*&limit=20", "count=exact"),
    ("GET /embeddings?select=content_type,content_id&limit=20", "count=exact"),
    ("GET /notifications?select=*&limit=20", "count=exact"),
    ("GET /events?select=*&status=eq.published&limit=20", "count=exact"),
    ("GET /audit_logs?select=*&limit=20", "count=exact"),
]


def psql(db, script):
    r = subprocess.run(["psql", "-X", "-qAt", "-v", "ON_ERROR_STOP=1", "-d", db], input=script,
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(r.stderr.strip())
    return r.stdout


def scans(plan, out):
    node = plan.get("Node Type", "")
    rel = plan.get("Relation Name")
    if rel:
        out.append((node, rel))
    for child in plan.get("Plans", []):
        scans(child, out)
    return out


def measure(db, sc, cfg, line, role, sub, prefer, sizes):
    req = pg.parse_request(line, role, sub, prefer, None, cfg)
    mode, _iso, main_sql, _proc, _top, settings = pg.plan_request(req, sc, cfg)

    def explain(extra):
        script = "\n".join([f"BEGIN {mode};", "\\o /dev/null", pg.tx_var_query(req, cfg, settings) + ";", extra, "\\o",
                            "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + main_sql + ";", "ROLLBACK;"])
        psql(db, script)                     # warm-up
        return json.loads(psql(db, script))[0]
    plan = explain("")
    no_jit = explain("SET LOCAL jit = off;")
    seq = sorted({rel for node, rel in scans(plan["Plan"], []) if node == "Seq Scan" and sizes.get(rel, 0) > LARGE})
    run = pg.execute(db, req, sc, cfg)
    return run, plan["Plan"]["Total Cost"], plan["Execution Time"], no_jit["Execution Time"], seq


def main():
    db = sys.argv[1]
    cfg = pg.Config(max_rows=1000)
    sc = pg.load_schema_cache(db, cfg)
    sizes = dict(line.split("|") for line in psql(db, "SELECT relname || '|' || reltuples::bigint FROM pg_class "
                                                      "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')").split())
    sizes = {k: int(v) for k, v in sizes.items()}
    member = psql(db, "SELECT tu.user_id FROM tenant_users tu JOIN tenants t ON t.id = tu.tenant_id "
                      "WHERE tu.status = 'active' AND tu.tenant_id = platform.demo_uuid(1, 'tenant', 1) "
                      "AND EXISTS (SELECT 1 FROM company_staff cs WHERE cs.user_id = tu.user_id) "
                      "ORDER BY tu.user_id LIMIT 1").strip()
    print("| request (db-max-rows 1000, Prefer: count=exact) | role | status | rows / count | cost | ms | ms, jit off | seq scans of large tables |")
    print("|---|---|---|---|---|---|---|---|")
    for line, prefer in REQUESTS:
        for role, sub in (("authenticated", member), ("service_role", None)):
            run, cost, ms, ms_nojit, seq = measure(db, sc, cfg, line, role, sub, prefer, sizes)
            print(f"| `{line[4:]}` | {role} | {run.status} | {run.rows} / {run.total} | {cost:,.0f} | {ms:.1f} | "
                  f"{ms_nojit:.1f} | {', '.join(seq) or 'none'} |")


if __name__ == "__main__":
    main()
