#!/usr/bin/env bash
# The whole test suite, in four layers (the fast ones first):
#   lint  cargo fmt --check, cargo clippy -D warnings, shellcheck on every shell script
#   unit  Rust unit tests of pure logic (cargo test, no Postgres)
#   pg    #[pg_test] functions inside a pgrx-managed Postgres (cargo pgrx test)
#   sql   pgTAP files (pg_prove) and shell TAP scripts (prove) against a throwaway cluster with the
#         installed extension, acting as PostgREST callers do
source "$(dirname "$0")/lib.sh"
cd "$REPO"
what=${1:-all}
TEST_PORT=${PLATFORM_TEST_PORT:-28816}

run_lint() {
  step "layer 0: lint gates (cargo fmt --check, cargo clippy -D warnings, shellcheck)"
  bash scripts/lint.sh
}

run_unit() {
  step "layer 1: Rust unit tests (cargo test --lib)"
  # The #[pg_test] modules are compiled only with the pg_test feature (cargo pgrx test sets it),
  # so this layer is exactly the #[test]s, selected by construction rather than by name.
  run_logged '^test |test result:' cargo test --lib
}

run_pg() {
  step "layer 2: #[pg_test] (cargo pgrx test pg15 --runas postgres)"
  local dir; dir=$(state_dir pgrx-test)
  as_pg find "$dir" -mindepth 1 -delete  # cleaned before each run
  run_logged '^test |test result:' cargo pgrx test pg15 --runas postgres --pgdata "$dir"
}

run_sql() {
  step "layer 3: SQL-level tests against a throwaway cluster"
  PROFILE=${PROFILE:-debug} bash scripts/install.sh
  pg_wipe test
  pg_up test "$TEST_PORT"
  trap 'pg_down test' EXIT
  # A template database with the extension, the migrated schema, pgTAP and the test helpers; every
  # pgTAP file runs in a transaction that it rolls back, shell tests make databases of their own.
  export PGOPTIONS="-c client_min_messages=warning"
  q -d postgres -c "CREATE DATABASE platform_template"
  q -d platform_template -c "CREATE EXTENSION platform CASCADE" \
                         -c "SELECT count(*) FROM platform.migrate()" \
                         -c "CREATE SCHEMA tap" -c "CREATE EXTENSION pgtap SCHEMA tap" \
                         -c "GRANT USAGE ON SCHEMA tap TO anon, authenticated, service_role" \
                         -f tests/sql/helpers.sql >/dev/null
  q -d postgres -c "CREATE DATABASE platform_test TEMPLATE platform_template"
  # pgTAP lives in its own schema so that public holds exactly the application's objects.
  for db in platform_template platform_test; do
    q -d postgres -c "ALTER DATABASE $db SET search_path = \"\$user\", public, tap"
  done
  export PLATFORM_TEST_TEMPLATE=platform_template REPO PGOPTIONS="-c client_min_messages=warning"
  step "pgTAP (pg_prove)"
  pg_prove --ext .sql -d platform_test tests/pgtap/
  step "shell TAP (prove)"
  prove tests/shell/[0-9]*.sh
}

# run_logged PATTERN CMD...: run CMD with its output in a log, print the lines matching PATTERN,
# and on failure the end of the log; return CMD's own exit status (a filter in a pipeline must not
# decide whether a test layer passed).
run_logged() {
  local pattern=$1; shift
  local log rc=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || rc=$?
  sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E "$pattern" || true
  if ((rc != 0)); then
    echo "---- $1 failed (exit $rc); last lines of its output:"
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -v 'LOG:  statement' | tail -n 60
  fi
  rm -f "$log"
  return "$rc"
}

case $what in
  lint) run_lint ;;
  unit) run_unit ;;
  pg)   run_pg ;;
  sql)  run_sql ;;
  all)  t0=$SECONDS
        run_lint
        run_unit
        run_pg
        run_sql
        step "all test layers passed in $((SECONDS - t0)) s" ;;
  *) echo "usage: test.sh lint|unit|pg|sql|all" >&2; exit 2 ;;
esac
