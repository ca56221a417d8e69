#!/usr/bin/env bash
# make schema: schema.sql from a throwaway database on the local cluster (the installed build).
source "$(dirname "$0")/lib.sh"
cd "$REPO" || exit 1
pg_up dev "${PLATFORM_PORT:-28815}"
db=schema_snapshot
q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
q -d "$db" -c "CREATE EXTENSION platform CASCADE" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
bash scripts/schema_snapshot.sh "$db" >schema.sql
q -d postgres -c "DROP DATABASE $db"
step "schema.sql: $(wc -l <schema.sql) lines ($(git diff --stat -- schema.sql | tail -n1))"
