#!/usr/bin/env bash
# The current schema, as one file: a normalised `pg_dump --schema-only` of a database that holds
# only `CREATE EXTENSION platform CASCADE` and `platform.migrate()`. schema.sql in the repository is
# this output; tests/shell/17_schema_snapshot.sh fails when they differ, so every migration's
# effect shows in a review as a diff of schema.sql.
#   scripts/schema_snapshot.sh DB > schema.sql      (PGHOST/PGPORT/PGUSER from the environment)
# Left out: pgvector's and pgcrypto's CREATE EXTENSION (their objects are never dumped), the
# quarterly partitions of activities (created relative to today by migrate(); their parent and
# the DEFAULT partition stay), pg_dump's version header, session SETs and \restrict keys.
set -euo pipefail
db=$1
pg_dump --schema-only --no-owner -d "$db" --exclude-table='public.activities_2[0-9][0-9][0-9]q[1-4]' |
python3 -c '
import re, sys
text = sys.stdin.read()
blocks = re.split(r"\n(?=--\n-- Name: )", text)
out = []
for b in blocks:
    if re.search(r"^-- Name: (EXTENSION )?(vector|pgcrypto); Type: (EXTENSION|COMMENT)", b, re.M):
        continue
    out.append(b)
text = "\n".join(out)
lines = [l for l in text.split("\n")
         if not re.match(r"^(\\(un)?restrict |-- Dumped (from|by) |SET |SELECT pg_catalog.set_config\(.search_path)", l)]
text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
sys.stdout.write(text)
'
