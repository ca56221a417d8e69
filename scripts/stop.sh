#!/usr/bin/env bash
# Stop the `make run` cluster (data is kept in build/dev; `make clean` deletes it).
source "$(dirname "$0")/lib.sh"
pg_down dev
step "stopped"
