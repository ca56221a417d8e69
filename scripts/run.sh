#!/usr/bin/env bash
# Start the local cluster, create the database and the extension, migrate, load demo data, and
# show it working. Idempotent: a second run keeps the data.
source "$(dirname "$0")/lib.sh"
port=${PLATFORM_PORT:-28815}
pg_up dev "$port"
step "cluster running: socket $PGHOST, port $PGPORT"
q -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'platform'" | grep -q 1 \
  || q -d postgres -c "CREATE DATABASE platform"
# The dependencies go where Supabase puts them, schema `extensions`, which PostgREST does not
# expose (in public, pgcrypto's functions would be /rpc/ endpoints); on the database's search_path.
q -d platform -c "CREATE SCHEMA IF NOT EXISTS extensions" \
              -c "CREATE EXTENSION IF NOT EXISTS vector SCHEMA extensions" \
              -c "CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA extensions" \
              -c "ALTER DATABASE platform SET search_path = \"\$user\", public, extensions" >/dev/null
q -d platform -c "CREATE EXTENSION IF NOT EXISTS platform"
# New binaries: bring the extension's objects to this build's version first (migrate() refuses
# to run against another version's objects).
if ! err=$(q -d platform -c "ALTER EXTENSION platform UPDATE" 2>&1); then
  printf '%s\n' "$err" >&2
  echo "The extension in database 'platform' (make run's demo database) cannot be updated to this build:" >&2
  echo "it was probably created by an unreleased build of the same version. Start it over with" >&2
  echo "  psql -h $PGHOST -p $PGPORT -U postgres -d postgres -c 'DROP DATABASE platform'  and  make run" >&2
  exit 1
fi
applied=$(q -d platform -c "SELECT count(*) FROM platform.migrate()")
step "platform.migrate(): applied $applied migration(s)"
q -d platform -c "SELECT partition, action FROM platform.run_maintenance()" | sed "s/^/    partition: /"
if q -d platform -c "SELECT to_regprocedure('platform.generate_demo_data(text,integer)') IS NOT NULL" | grep -q t; then
  if [[ $(q -d platform -c "SELECT count(*) FROM public.tenants") == 0 ]]; then
    step "loading demo data (scale ${SCALE:-small})"
    q -d platform -c "SELECT platform.generate_demo_data('${SCALE:-small}', 1)" >/dev/null
  fi
fi
echo
echo "Connect:  make psql    (or: psql -h $PGHOST -p $PGPORT -U postgres platform)"
echo
show() { echo "platform=# $1"; psql -X -d platform -c "$1"; }
show "SELECT version, name, state, applied_at::timestamp(0) FROM platform.migration_status();"
show "SELECT extname, extversion, extnamespace::regnamespace FROM pg_extension WHERE extname IN ('platform','vector','pgcrypto') ORDER BY 1;"
if [[ -f "$REPO/scripts/run-examples.sql" ]]; then psql -X -d platform -f "$REPO/scripts/run-examples.sql"; fi
