#!/usr/bin/env bash
# Upgrading the extension: a database created with a released version (its generated install
# script is archived in sql/archive/) and then updated with ALTER EXTENSION ... UPDATE has exactly
# the objects of a fresh install of the current version (definitions, SET clauses, grants,
# comments). migrate() refuses to run against SQL objects of another version.
source "$(dirname "$0")/tap.sh"
plan 14
ext_dir="$(pg_config --sharedir)/extension"
current=$(sed -n 's/^version = "\(.*\)"/\1/p' "$REPO/Cargo.toml" | head -n 1)
newest=$(ls "$REPO"/sql/platform--*--"$current".sql | sed 's/.*platform--\(.*\)--.*/\1/')

fresh_db fresh
q -d fresh -c "CREATE EXTENSION platform CASCADE" >/dev/null
for released in 0.1.0 0.2.0; do
  install -m 644 "$REPO/sql/archive/platform--$released.sql" "$ext_dir/platform--$released.sql"
  ok $? "the archived $released install script is available (current version $current)"
  db=upgraded_${released//./_}
  fresh_db "$db"
  q -d "$db" -c "CREATE EXTENSION platform VERSION '$released' CASCADE" >/dev/null
  is "$(q -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'platform'")" "$released" "CREATE EXTENSION platform VERSION '$released'"
  if [[ $released == 0.1.0 ]]; then
    err=$(q -d "$db" -c "\set VERBOSITY verbose" -c "SELECT platform.migrate()" 2>&1)
    grep -q "55000" <<<"$err" && grep -q "ALTER EXTENSION platform UPDATE" <<<"$err"
    ok $? "migrate() refuses SQL objects of another version (55000, hint: ALTER EXTENSION ... UPDATE)"
    is "$(q -d "$db" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" "0" "... and created nothing"
  fi
  q -d "$db" -c "ALTER EXTENSION platform UPDATE" >/dev/null
  is "$(q -d "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'platform'")" "$current" "ALTER EXTENSION platform UPDATE reaches $current from $released"
  # Compared before migrating: migrations grant on the extension's functions.
  diff <(q -d "$db" -f "$REPO/tests/sql/extension_fingerprint.sql") <(q -d fresh -f "$REPO/tests/sql/extension_fingerprint.sql") >&2
  ok $? "the extension updated from $released equals a fresh install (every function's definition, SET clauses, grants and comment)"
  q -d "$db" -c "SELECT count(*) FROM platform.migrate()" -c "SELECT platform.generate_demo_data('tiny', 3)" >/dev/null
  is "$(q -d "$db" -c "SELECT count(*) FROM public.for_you(platform.demo_uuid(3, 'user', 100000022), platform.demo_uuid(3, 'tenant', 1), 5)")" "5" \
     "after the update from $released, migrate() applies the schema and the feed works"
done
q -d fresh -c "SELECT count(*) FROM platform.migrate()" >/dev/null
# Migrated databases compared too: the grants migrations give must end the same.
diff <(q -d upgraded_0_2_0 -f "$REPO/tests/sql/extension_fingerprint.sql") <(q -d fresh -f "$REPO/tests/sql/extension_fingerprint.sql") >&2
ok $? "a $newest database, updated and migrated, has the functions, grants and comments of a fresh migrated install"
python3 "$REPO/scripts/upgrade_script.py" "$newest" "$current" | diff - "$REPO/sql/platform--$newest--$current.sql" >&2
ok $? "sql/platform--$newest--$current.sql is what scripts/upgrade_script.py makes of the current sources"
drop_db upgraded_0_1_0
drop_db upgraded_0_2_0
drop_db fresh
done_testing
