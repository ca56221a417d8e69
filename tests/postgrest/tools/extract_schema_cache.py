#!/usr/bin/env python3
"""Extract PostgREST's schema-cache queries from its Haskell source, into a directory outside
the repository, for tools/selfcheck_spec.py to run next to ours (tests/postgrest/schema_cache/).

    python3 tests/postgrest/tools/extract_schema_cache.py GIT_DIR OUT_DIR [COMMIT]

GIT_DIR is a clone of https://github.com/PostgREST/postgrest (bare is fine); COMMIT defaults to the
one in schema_cache/COMMIT. OUT_DIR gets one file per query, named like ours (tables.sql, ...).
PostgREST's text is never written into the repository: OUT_DIR must lie outside it (the
self-check uses a temporary directory). Each query is the text of a NeatInterpolation
[trimming| ... |] block, with the quasi-quote's own rules applied: `$$` is a literal `$`,
`$baseCte` is replaced by baseTypesCte for PostgreSQL < 17 (the branch PostgREST takes on PG 15),
common indentation removed, ends trimmed. `$1`/`$2` stay placeholders (hasql parameters), bound by
postgrest.py's sc_sql as for our queries.
"""
import os
import re
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.realpath(os.path.join(HERE, "..", "..", ".."))
COMMIT_FILE = os.path.join(HERE, "..", "schema_cache", "COMMIT")
LIB = "src/library/PostgREST"

# (file, Haskell source file, binding that holds the query's text, PostgREST function that runs it)
QUERIES = [
    ("tables.sql", "SchemaCache.hs", "tablesSqlQuery", "allTables"),
    ("m2o_o2o_rels.sql", "SchemaCache.hs", "allM2OandO2ORels", "allM2OandO2ORels"),
    ("view_key_deps.sql", "SchemaCache.hs", "allViewsKeyDependencies", "allViewsKeyDependencies"),
    ("functions.sql", "SchemaCache.hs", "funcsSqlQuery", "allFunctions"),
    ("computed_rels.sql", "SchemaCache.hs", "allComputedRels", "allComputedRels"),
    ("data_representations.sql", "SchemaCache.hs", "dataRepresentations", "dataRepresentations"),
]


def git_show(gitdir, commit, path):
    return subprocess.run(["git", "-C", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True, text=True).stdout


def trimming(block):
    """NeatInterpolation's `trimming`: drop common indentation, trim, `$$` -> `$`."""
    lines = block.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    # The first line of a [trimming| block often starts right after the bar: dedent the rest only.
    body = textwrap.dedent("\n".join(lines[1:])) if len(lines) > 1 else ""
    text = (lines[0].strip() + "\n" + body).strip() if lines else ""
    return text


def blocks_after(src, binding):
    """The first [trimming| ... |] block after the definition line of `binding`."""
    m = re.search(r"^" + re.escape(binding) + r"\b.*?=", src, re.M)
    if not m:
        raise SystemExit(f"binding {binding} not found")
    start = src.index("[trimming|", m.end())
    end = src.index("|]", start)
    return src[start + len("[trimming|"):end]


def base_types_cte_pre17(src):
    m = re.search(r"baseTypesCte pgVer\n(.*?)\n\n", src, re.S)
    otherwise = m.group(1).split("| otherwise = [trimming|", 1)[1]
    return trimming(otherwise.split("|]", 1)[0])


def pinned_commit():
    with open(COMMIT_FILE) as f:
        return f.read().split()[0]


def extract(gitdir, out_dir, commit=None):
    """Write PostgREST's queries at COMMIT (default: schema_cache/COMMIT) into out_dir."""
    out_dir = os.path.realpath(out_dir)
    if out_dir == REPO or out_dir.startswith(REPO + os.sep):
        raise SystemExit(f"{out_dir} is inside the repository: PostgREST's text must stay out of it")
    commit = commit or pinned_commit()
    full = subprocess.run(["git", "-C", gitdir, "rev-parse", commit], check=True,
                          capture_output=True, text=True).stdout.strip()
    os.makedirs(out_dir, exist_ok=True)
    for out, hs, binding, func in QUERIES:
        src = git_show(gitdir, full, f"{LIB}/{hs}")
        sql = trimming(blocks_after(src, binding))
        if "$baseCte" in sql:
            sql = sql.replace("$baseCte", base_types_cte_pre17(src))
        sql = sql.replace("$$", "$")
        header = f"-- PostgREST {LIB}/{hs} {func} at {full} (for the self-check; not for the repository)\n"
        with open(os.path.join(out_dir, out), "w") as f:
            f.write(header + sql.rstrip().rstrip(";") + "\n")
    return full


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    print(extract(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None))


if __name__ == "__main__":
    main()
