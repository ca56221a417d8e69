#!/usr/bin/env bash
# Usage: scripts/gen_types.sh DB_NAME > types/database.ts
#
# TypeScript types for supabase-js from a migrated database, as `supabase gen types typescript`
# makes them: the CLI runs @supabase/postgres-meta's dist/server/server.js with
# PG_META_GENERATE_TYPES=typescript, which prints the types and exits (no HTTP server). Here the same
# entry point runs from the pinned npm package in types/ (installed from types/package-lock.json).
#
# Settings, as the CLI passes them (internal/gen/types/types.go):
#   schemas: public (the CLI adds config.toml's api.schemas, public and graphql_public by default;
#            graphql_public is Supabase's own, not this project's). TYPES_SCHEMAS=a,b overrides.
#   one-to-one relationships detected (true unless --postgrest-v9-compat).
# Connection: PGHOST (a socket directory or a host name), PGPORT, PGUSER, PGPASSWORD.
# The output has no timestamps: the same schema always gives the same file.
set -euo pipefail
db=${1:?usage: scripts/gen_types.sh DB_NAME > types/database.ts}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
types=$repo/types

bash "$types/npm_ci.sh"

# node-postgres takes a socket directory as the `host` query parameter.
url=$(DB="$db" node -e '
  const e = process.env, u = new URL("postgresql://localhost");
  u.username = e.PGUSER || "postgres";
  if (e.PGPASSWORD) u.password = e.PGPASSWORD;
  u.pathname = "/" + encodeURIComponent(e.DB);
  const host = e.PGHOST || "/var/run/postgresql";
  if (host.startsWith("/")) u.searchParams.set("host", host); else u.hostname = host;
  u.searchParams.set("port", e.PGPORT || "5432");
  console.log(u.href)')

cd "$types"
PG_META_DB_URL=$url \
PG_META_GENERATE_TYPES=typescript \
PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS=${TYPES_SCHEMAS:-public} \
PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS=true \
  exec node --no-warnings node_modules/@supabase/postgres-meta/dist/server/server.js
