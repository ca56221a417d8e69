#!/usr/bin/env bash
# The schema as supabase-js sees it: types/database.ts is what `supabase gen types typescript`
# (@supabase/postgres-meta, pinned in types/package-lock.json) makes of a freshly migrated
# database, and types/client_check.ts, the reference's queries (embeds, many-to-many embeds, the
# self-reference, rpc('for_you')), type-checks against it: supabase-js's select-string parser checks
# every embed against the generated relationships. After a schema change:
#   scripts/gen_types.sh DB > types/database.ts    (DB: migrated with the new build, laid out as below)
source "$(dirname "$0")/tap.sh"
repo=$(cd "$(dirname "$0")/../.." && pwd)
types=$repo/types
plan 3

# comment FILE: a file's first lines as TAP comments.
comment() { head -n 60 "$1" | sed 's/^/#   /'; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# 1. node_modules from the lock file (npm ci; skipped when already installed from this lock).
bash "$types/npm_ci.sh" 2>"$out/npm.log"
rc=$?
ok $rc "npm ci from types/package-lock.json"
((rc == 0)) || comment "$out/npm.log"

# 2. Regenerated types are the committed ones.
# A database laid out as the README recommends (vector and pgcrypto in schema extensions, so
# their functions are not part of the API), migrated.
fresh_db ts_types
q -d ts_types -c "CREATE SCHEMA extensions" -c "CREATE EXTENSION vector SCHEMA extensions" -c "CREATE EXTENSION pgcrypto SCHEMA extensions" \
              -c "ALTER DATABASE ts_types SET search_path = \"\$user\", public, extensions" >/dev/null
q -d ts_types -c "CREATE EXTENSION platform" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
if bash "$repo/scripts/gen_types.sh" ts_types >"$out/database.ts" 2>"$out/gen.log"; then
  diff -u "$types/database.ts" "$out/database.ts" >"$out/diff"
  rc=$?
  ok $rc "types/database.ts is up to date (else: scripts/gen_types.sh DB > types/database.ts)"
  ((rc == 0)) || comment "$out/diff"
else
  ok 1 "types/database.ts is up to date (the generator failed)"
  comment "$out/gen.log"
fi
drop_db ts_types

# 3. The client's queries type-check against the committed types.
(cd "$types" && node_modules/.bin/tsc -p . --pretty false) >"$out/tsc.log" 2>&1
rc=$?
ok $rc "tsc: types/client_check.ts type-checks against types/database.ts"
((rc == 0)) || comment "$out/tsc.log"

done_testing
