#!/usr/bin/env python3
"""Check postgrest.py and our schema-cache queries against PostgREST's own (not run by make test).

    python3 tests/postgrest/tools/selfcheck_spec.py GIT_DIR [DB] [--execute] [--platform PDB]

GIT_DIR: a clone of PostgREST (bare is fine) holding the commit in schema_cache/COMMIT, which is
what is read from it. DB (default pgrst_spec) is dropped and recreated, then loaded with PostgREST's
spec fixture schema (test/spec/fixtures/schema.sql; the few PostGIS objects fail to load and the
requests on them are skipped).

1. Queries: PostgREST's schema-cache queries are extracted from GIT_DIR into a temporary directory
(tools/extract_schema_cache.py; never into the repository) and run next to ours
(schema_cache/*.sql), in the same transaction setup and with the same parameters. Each row is
decoded with postgrest.py's decoder (PostgREST's tables rows first reduced to the column fields
ours return), and the decoded rows are compared as multisets: `equal` or `DIFFERENT` per query.
The lists of view columns in view_key_deps are compared as sets (PostgREST aggregates them
without an order, so theirs follows the plan). On DB this is done twice: with the spec's
configuration (db-schemas test, no extra search path) and with every schema of the fixture exposed
and public, extensions as extra search path. With --platform PDB (a name starting with pgrst_) it is
also done on that database, with postgrest.py's default configuration and with every schema
exposed; when PDB does not exist it is created (CREATE EXTENSION platform CASCADE,
platform.migrate(), generate_demo_data('tiny', 1)) and dropped afterwards.

2. Plans: every `get "/..."` in test/spec/Feature/Query/*Spec.hs whose select embeds something is
planned with postgrest.py (parse_select, addRels/findRel on the schema cache built from our
queries, db-schemas = test as in SpecHelper.baseCfg) without running it, and compared with what the
spec expects: a PGRST200 / PGRST201 error (for PGRST201 also the details and the hint, word for
word), or success. With --execute the fixture data (test/spec/fixtures/data.sql) is loaded too and
each successful request is also run (as the superuser: the spec's roles are not created in the
cluster) and its body compared with the spec's JSON; requests whose body differs only because
of roles or privileges would show up as differences. Requests using what the replay does not
implement (spreads, aggregates, JSON paths, computed relationships, or/and) are counted as skipped.

Exit status 1 if a query result or a plan differs.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.parse
from collections import Counter
from dataclasses import replace

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(HERE, ".."))
import postgrest as pg  # noqa: E402
from extract_schema_cache import extract  # noqa: E402

ENV = dict(os.environ, PGOPTIONS="-c client_min_messages=error")


def git_show(gitdir, path):
    return subprocess.run(["git", "-C", gitdir, "show", f"{pg.postgrest_commit()}:{path}"], check=True,
                          capture_output=True, text=True).stdout


# ---------------------------------------------------------------------------------------------
# 1. Our schema-cache queries against PostgREST's
# ---------------------------------------------------------------------------------------------
def _theirs_reduced(query, row):
    """PostgREST's allTables returns 8 fields per column; ours the two postgrest.py reads
    (name: their 1st, nominal type: their 5th)."""
    if query == "tables.sql":
        row = dict(row, columns=[{"f1": c["f1"], "f2": c["f5"]} for c in (row["columns"] or [])])
    return row


def _decoded(query, row):
    """One row through postgrest.py's decoder, as a comparable string."""
    if query == "tables.sql":
        out = pg.decode_tables([row])
    elif query == "m2o_o2o_rels.sql":
        out = pg.decode_rels([row])
    elif query == "view_key_deps.sql":
        out = [replace(kd, cols=tuple((t, tuple(sorted(v))) for t, v in kd.cols))
               for kd in pg.decode_view_key_deps([row])]
    elif query == "functions.sql":
        out = pg.decode_funcs([row])
    elif query == "computed_rels.sql":
        out = pg.decode_computed_rels([row])
    elif query == "data_representations.sql":
        out = pg.decode_reps([row])
    else:
        raise ValueError(query)
    return repr(out)


def compare_queries(db, cfg, theirs_dir, label):
    """Run ours and PostgREST's queries on db; print equal/DIFFERENT per query; True if all equal."""
    ours = pg.query_schema_cache(db, cfg)
    theirs = pg.query_schema_cache(db, cfg, sc_dir=theirs_dir)
    print(f"queries on {db} ({label}; db-schemas {','.join(cfg.schemas)}, "
          f"extra search path {','.join(cfg.extra_search_path) or '-'}):")
    all_equal = True
    for q in pg.SC_QUERIES:
        a = Counter(_decoded(q, r) for r in ours[q])
        b = Counter(_decoded(q, _theirs_reduced(q, r)) for r in theirs[q])
        all_equal &= a == b
        print(f"  {q:26} {'equal' if a == b else 'DIFFERENT'}: {sum(a.values())} rows ours, "
              f"{sum(b.values())} PostgREST's")
        for x in list((a - b).elements())[:5]:
            print(f"    only ours:       {x[:400]}")
        for x in list((b - a).elements())[:5]:
            print(f"    only PostgREST's: {x[:400]}")
    return all_equal


def user_schemas(db):
    return pg.psql(db, "SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' "
                       "AND nspname <> 'information_schema' ORDER BY 1;").rstrip("\n").split("\n")


def db_exists(db):
    return pg.psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = {pg.sql_lit(db)};").strip() == "1"


def platform_queries(pdb, theirs_dir):
    created = not db_exists(pdb)
    if created:
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres", "-c", f'CREATE DATABASE "{pdb}"'],
                       check=True, capture_output=True, env=ENV)
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", pdb, "-c", "CREATE EXTENSION platform CASCADE",
                        "-c", "SELECT count(*) FROM platform.migrate()",
                        "-c", "SELECT platform.generate_demo_data('tiny', 1)"], check=True, capture_output=True, env=ENV)
    try:
        cfg = pg.Config()
        pg.load_schema_cache(pdb, cfg)   # fills in the default extra search path
        equal = compare_queries(pdb, cfg, theirs_dir, "postgrest.py's default configuration")
        wide = pg.Config(schemas=tuple(user_schemas(pdb)), extra_search_path=cfg.extra_search_path)
        return compare_queries(pdb, wide, theirs_dir, "every schema exposed") and equal
    finally:
        if created:
            subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{pdb}" WITH (FORCE)'],
                           capture_output=True, env=ENV)


def spec_requests(text):
    """(path, expected status or None, expected json or None) for each `get "..." `shouldRespondWith``."""
    pat = re.compile(r'\bget\s+"((?:[^"\\]|\\.)*)"\s*`shouldRespondWith`', re.S)
    matches = list(pat.finditer(text))
    for i, m in enumerate(matches):
        chunk = text[m.end(): matches[i + 1].start() if i + 1 < len(matches) else len(text)]
        chunk = re.split(r'\n\s*(?:it|context|describe)\s+"', chunk)[0]
        path = m.group(1).encode().decode("unicode_escape")
        status = None
        body = None
        s = re.match(r"\s*(\d{3})\b", chunk)
        if s:
            status = int(s.group(1))
        j = re.match(r"\s*\[json\|(.*?)\|\]", chunk, re.S)
        if j:
            try:
                body = json.loads(j.group(1))
            except ValueError:
                body = None
            ms = re.search(r"matchStatus\s*=\s*(\d{3})", chunk[j.end():j.end() + 400])
            status = int(ms.group(1)) if ms else 200
        yield path, status, body


def main():
    argv = sys.argv[1:]
    pdb = None
    if "--platform" in argv:
        i = argv.index("--platform")
        pdb = argv[i + 1]
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    execute = "--execute" in argv
    if not args:
        raise SystemExit(__doc__)
    gitdir = args[0]
    db = args[1] if len(args) > 1 else "pgrst_spec"
    for d in (db, pdb or "pgrst_"):
        if not d.startswith("pgrst_"):
            raise SystemExit("the database names must start with pgrst_")
    env = ENV
    subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{db}"', "-c",
                    f'CREATE DATABASE "{db}"'], check=True, capture_output=True, env=env)
    with tempfile.NamedTemporaryFile("w", suffix=".sql") as f:
        f.write(git_show(gitdir, "test/spec/fixtures/schema.sql"))
        if execute:
            f.write("\n" + git_show(gitdir, "test/spec/fixtures/data.sql"))
        f.flush()
        subprocess.run(["psql", "-X", "-q", "-d", db, "-f", f.name], capture_output=True, env=env)
    cfg = pg.Config(schemas=("test",), extra_search_path=(), max_rows=None)
    with tempfile.TemporaryDirectory(prefix="postgrest-queries-") as theirs_dir:
        extract(gitdir, theirs_dir)
        queries_equal = compare_queries(db, cfg, theirs_dir, "the spec's configuration")
        wide = pg.Config(schemas=tuple(user_schemas(db)), extra_search_path=("public", "extensions"))
        queries_equal &= compare_queries(db, wide, theirs_dir, "every fixture schema exposed")
        if pdb:
            queries_equal &= platform_queries(pdb, theirs_dir)
    sc = pg.load_schema_cache(db, cfg)
    counts = {"agree": 0, "DIFFER": 0, "skipped": 0, "bodies agree": 0, "bodies differ": 0, "not run": 0}
    reasons = {}
    kinds = {}
    files = subprocess.run(["git", "-C", gitdir, "ls-tree", "--name-only", pg.postgrest_commit(), "test/spec/Feature/Query/"],
                           check=True, capture_output=True, text=True).stdout.split()
    for spec in sorted(files):
        if not spec.endswith("Spec.hs"):
            continue
        text = git_show(gitdir, spec)
        m = re.search(r"withConfig \(baseCfg \{ configDbMaxRows = Just (\d+) \}\)", text)
        cfg.max_rows = int(m.group(1)) if m else None   # QueryLimitedSpec runs with db-max-rows = 2
        for path, status, body in spec_requests(text):
            u = urllib.parse.urlsplit(path)
            sel = dict(urllib.parse.parse_qsl(u.query)).get("select", "")
            if "(" not in sel or u.path.startswith("/rpc/"):
                continue
            code = body.get("code") if isinstance(body, dict) else None
            want = code if code in ("PGRST200", "PGRST201") else ("ok" if status == 200 else None)
            if want is None:
                continue
            req = pg.parse_request("GET " + path, cfg=cfg)
            qi = ("test", u.path.strip("/"))
            try:
                if qi not in sc.tables:
                    raise pg.NotSupported("table not loaded")
                pg.read_plan(qi, req, sc, cfg)
                got, detail = "ok", ""
            except pg.NotSupported as e:
                counts["skipped"] += 1
                reasons[str(e)] = reasons.get(str(e), 0) + 1
                continue
            except pg.ApiError as e:
                got = e.code
                detail = ""
                if e.code == "PGRST201" and want == "PGRST201":
                    same = e.details == body["details"] and e.hint == body["hint"]  # same order too
                    if not same:
                        got = "PGRST201 with other details/hint"
                        detail = f"\n    got      {e.details}\n             {e.hint}\n    expected {body['details']}\n             {body['hint']}"
            if got == want and got == "ok" and execute and body is not None:
                req.role = "postgres"
                try:
                    res = pg.execute(db, req, sc, cfg)
                except pg.NotSupported:
                    counts["not run"] += 1
                else:
                    if res.code is None and res.body == body:
                        counts["bodies agree"] += 1
                    else:
                        counts["bodies differ"] += 1
                        print(f"BODY {os.path.basename(spec)}: GET {path}: {res.status} {res.code or ''} {res.message or ''}"
                              f"\n    got      {json.dumps(res.body)[:300]}\n    expected {json.dumps(body)[:300]}")
            if got == want:
                counts["agree"] += 1
                kinds[want] = kinds.get(want, 0) + 1
            else:
                counts["DIFFER"] += 1
                print(f"DIFFER {os.path.basename(spec)}: GET {path}: expected {want}, got {got}{detail}")
    if execute:
        print(f"executed: {counts['bodies agree']} bodies equal the spec's, {counts['bodies differ']} differ, "
              f"{counts['not run']} not run")
    print(f"PostgREST {pg.postgrest_commit()} spec embeds: {counts['agree']} agree "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}), {counts['DIFFER']} differ, "
          f"{counts['skipped']} skipped (not implemented by the replay: "
          + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])) + ")")
    subprocess.run(["psql", "-X", "-q", "-d", "postgres", "-c", f'DROP DATABASE IF EXISTS "{db}"'],
                   capture_output=True, env=env)
    print("schema-cache queries: " + ("all equal to PostgREST's" if queries_equal else "SOME DIFFER from PostgREST's"))
    return 1 if counts["DIFFER"] or not queries_equal else 0


if __name__ == "__main__":
    sys.exit(main())
