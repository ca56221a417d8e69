#!/usr/bin/env bash
# schema.sql is the current schema: what `CREATE EXTENSION platform CASCADE` + `migrate()` make,
# dumped and normalised by scripts/schema_snapshot.sh. This fails when the two differ (a new
# migration without `make schema`, or a migration that does something else than schema.sql says),
# and prints the start of the diff.
source "$(dirname "$0")/tap.sh"
plan 2
platform_db snapshot
now=$(mktemp)
bash "$REPO/scripts/schema_snapshot.sh" snapshot >"$now"
ok $? "scripts/schema_snapshot.sh dumps a freshly migrated database ($(wc -l <"$now") lines)"
if diff -u "$REPO/schema.sql" "$now" >"$now.diff"; then
  ok 0 "schema.sql equals the migrated schema"
else
  ok 1 "schema.sql equals the migrated schema (run make schema and review the diff)"
  head -n 40 "$now.diff" | sed 's/^/# /'
fi
rm -f "$now" "$now.diff"
drop_db snapshot
done_testing
