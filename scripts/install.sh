#!/usr/bin/env bash
# Build the extension and install it into the system PostgreSQL 15.
# PROFILE=release (default) or PROFILE=debug (faster to build; what the test suite uses).
source "$(dirname "$0")/lib.sh"
cd "$REPO"
profile=${PROFILE:-release}
args=(--pg-config "$PG_CONFIG")
[[ $profile == release ]] && args+=(--release)
step "cargo pgrx install ($profile)"
cargo pgrx install "${args[@]}" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -Ev '^\s*$' | tail -n 3
exit "${PIPESTATUS[0]}"
