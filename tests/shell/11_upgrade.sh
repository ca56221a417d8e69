#!/usr/bin/env bash
# Upgrading the extension: a database created with the released 0.1.0 (its generated install
# script is archived in sql/archive/) and then updated with ALTER EXTENSION ... UPDATE has exactly
# the objects of a fresh install of the current version (definitions, SET clauses, grants,
# comments). migrate() refuses to run against SQL objects of another version.
source "$(dirname "$0")/tap.sh"
plan 8
ext_dir="$(pg_config --sharedir)/extension"
current=$(sed -n 's/^version = "\(.*\)"/\1/p' "$REPO/Cargo.toml" | head -n 1)
install -m 644 "$REPO/sql/archive/platform--0.1.0.sql" "$ext_dir/platform--0.1.0.sql"
ok $? "the archived 0.1.0 install script is available (current version $current)"

fresh_db upgraded
q -d upgraded -c "CREATE EXTENSION platform VERSION '0.1.0' CASCADE" >/dev/null
is "$(q -d upgraded -c "SELECT extversion FROM pg_extension WHERE extname = 'platform'")" "0.1.0" "CREATE EXTENSION platform VERSION '0.1.0'"

err=$(q -d upgraded -c "\set VERBOSITY verbose" -c "SELECT platform.migrate()" 2>&1)
grep -q "55000" <<<"$err" && grep -q "ALTER EXTENSION platform UPDATE" <<<"$err"
ok $? "migrate() refuses SQL objects of another version (55000, hint: ALTER EXTENSION ... UPDATE)"
is "$(q -d upgraded -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" "0" "... and created nothing"

q -d upgraded -c "ALTER EXTENSION platform UPDATE" >/dev/null
is "$(q -d upgraded -c "SELECT extversion FROM pg_extension WHERE extname = 'platform'")" "$current" "ALTER EXTENSION platform UPDATE reaches $current"

# Compared before either is migrated: migrations grant on the extension's functions.
fresh_db fresh
q -d fresh -c "CREATE EXTENSION platform CASCADE" >/dev/null
diff <(q -d upgraded -f "$REPO/tests/sql/extension_fingerprint.sql") <(q -d fresh -f "$REPO/tests/sql/extension_fingerprint.sql") >&2
ok $? "the updated extension equals a fresh install (every function's definition, SET clauses, grants and comment)"

q -d upgraded -c "SELECT count(*) FROM platform.migrate()" -c "SELECT platform.generate_demo_data('tiny', 3)" >/dev/null
is "$(q -d upgraded -c "SELECT count(*) FROM public.for_you(platform.demo_uuid(3, 'user', 100000022), platform.demo_uuid(3, 'tenant', 1), 5)")" "5" \
   "after the update, migrate() applies the schema and the feed works"
python3 "$REPO/scripts/upgrade_script.py" 0.1.0 0.2.0 | diff - "$REPO/sql/platform--0.1.0--0.2.0.sql" >&2
ok $? "sql/platform--0.1.0--0.2.0.sql is what scripts/upgrade_script.py makes of the current sources"
drop_db upgraded
drop_db fresh
done_testing
