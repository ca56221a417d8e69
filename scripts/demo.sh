#!/usr/bin/env bash
# make demo SCALE=tiny|small|medium|large: a database demo_<scale> with that scale's demo data.
source "$(dirname "$0")/lib.sh"
scale=${SCALE:-small}
db="demo_$scale"
pg_up dev "${PLATFORM_PORT:-28815}"
export PGOPTIONS="-c client_min_messages=warning"
q -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
q -d "$db" -c "CREATE EXTENSION platform CASCADE" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
step "generating $scale demo data into $db"
q -d "$db" -c "SELECT platform.generate_demo_data('$scale', 1)"
echo "Connect: psql -h $PGHOST -p $PGPORT -U postgres $db"
