# shellcheck shell=bash
# Minimal TAP producer for shell tests run by `prove` (sourced; not a test itself).
# Each test script gets a fresh database from the cluster scripts/test.sh started (PGHOST/PGPORT).
set -uo pipefail
export PGOPTIONS="-c client_min_messages=warning"
_tap_n=0 _tap_failed=0
plan() { echo "1..$1"; }
ok() { # ok CONDITION-STATUS DESCRIPTION
  _tap_n=$((_tap_n + 1))
  if [[ $1 == 0 ]]; then echo "ok $_tap_n - $2"; else echo "not ok $_tap_n - $2"; _tap_failed=1; fi
}
is() { # is GOT EXPECTED DESCRIPTION
  _tap_n=$((_tap_n + 1))
  if [[ "$1" == "$2" ]]; then echo "ok $_tap_n - $3"
  else echo "not ok $_tap_n - $3"; echo "#   got:      '$1'"; echo "#   expected: '$2'"; _tap_failed=1; fi
}
q() { psql -X -v ON_ERROR_STOP=1 -qAt "$@"; }
# fresh_db NAME: drop and create an empty database NAME.
fresh_db() { q -d postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" -c "CREATE DATABASE \"$1\""; }
# platform_db NAME: a database with the extension installed and migrated.
platform_db() {
  fresh_db "$1"
  q -d "$1" -c "CREATE EXTENSION platform CASCADE" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
}
drop_db() { q -d postgres -c "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)"; }
done_testing() { exit $_tap_failed; }
