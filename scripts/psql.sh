#!/usr/bin/env bash
# Open psql on the `make run` cluster.
source "$(dirname "$0")/lib.sh"
pg_up dev "${PLATFORM_PORT:-28815}"
exec psql -X -d platform "$@"
