#!/usr/bin/env bash
# Install types/node_modules exactly from types/package-lock.json (npm ci), unless it already was
# installed from this very lock file: a stamp in node_modules records the lock's sha256.
# Progress goes to stderr, so callers may print generated output on stdout.
set -euo pipefail
dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
stamp=$dir/node_modules/.platform-lock.sha256
want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
if [[ -f $stamp && $(<"$stamp") == "$want" && -x $dir/node_modules/.bin/tsc ]]; then
  exit 0
fi
echo "npm ci in $dir (package-lock.json changed or node_modules missing)" >&2
# --ignore-scripts: nothing here needs an install script (TypeScript's compiler comes as a
# platform package; postgres-meta's optional Sentry profiler is never loaded for type generation).
npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error >&2
printf '%s\n' "$want" >"$stamp"
