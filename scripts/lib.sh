# shellcheck shell=bash
# Shared shell helpers: sourced by the other scripts, never run directly.
# Local clusters are owned by the `postgres` OS user (PostgreSQL refuses to run as root), listen on
# a private port and a private socket directory only (no TCP), and live in the repo's ignored
# build/ folder -- or under /var/tmp when postgres cannot reach the checkout (e.g. below /root).
set -euo pipefail

PG_MAJOR=15
PG_BIN=/usr/lib/postgresql/${PG_MAJOR}/bin
export PG_CONFIG=${PG_BIN}/pg_config  # used by the scripts that source this file
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$HOME/.cargo/bin:$PG_BIN:$PATH"

step() { printf '==> %s\n' "$*"; }
# Runs from / : the caller's directory (e.g. a checkout under a 0700 mktemp dir) may be closed to
# postgres, and tools like find fail when they cannot return to it. Paths passed are absolute.
as_pg() { (cd / && runuser -u postgres -- "$@"); }

# state_dir NAME: a postgres-writable directory for cluster NAME.
state_dir() {
  local name=$1 dir
  dir="$REPO/build/$name"
  mkdir -p "$dir"
  chown postgres: "$dir"
  # Unix socket paths are limited to ~107 bytes, so long checkout paths also move to /var/tmp.
  if ! as_pg test -w "$dir" || ((${#dir} > 60)); then
    dir="/var/tmp/platform-$(printf '%s' "$REPO" | sha256sum | cut -c1-12)/$name"
    mkdir -p "$dir"
    chown postgres: "$dir" "$(dirname "$dir")"
  fi
  printf '%s\n' "$dir"
}

# pg_up NAME PORT: init (once) and start cluster NAME; prints nothing, sets PGHOST/PGPORT/PGUSER.
pg_up() {
  local name=$1 port=$2 dir
  dir=$(state_dir "$name")
  if [[ ! -f $dir/data/PG_VERSION ]]; then
    as_pg mkdir -p "$dir/data" "$dir/run"
    as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >> "$dir/data/postgresql.conf" <<CONF
# platform local cluster
listen_addresses = ''
port = $port
unix_socket_directories = '$dir/run'
max_connections = 100
CONF
  fi
  # Sizing, rewritten on every start (older clusters get the include line once): bulk loads of
  # the large demo (several GB of vectors) checkpoint far less with a bigger max_wal_size, and
  # vector search wants the HNSW index and the vectors it reads in shared_buffers (at 1M items:
  # 3.9 GB index + 3.9 GB heap; with 4 GB the p95 of a filtered HNSW read was 4-7x its median,
  # from pages evicted by the other half). So 40 % of the RAM, at most 8 GB (it takes effect at
  # the next restart: `make stop`, then any target).
  local mem_mb sb_mb
  mem_mb=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
  sb_mb=$((mem_mb * 2 / 5)); ((sb_mb > 8192)) && sb_mb=8192; ((sb_mb < 128)) && sb_mb=128
  as_pg tee "$dir/data/platform.conf" >/dev/null <<CONF
# written by scripts/lib.sh (pg_up) on every start; edit there
shared_buffers = '${sb_mb}MB'
max_wal_size = '4GB'
checkpoint_timeout = '15min'
CONF
  grep -q "^include_if_exists = 'platform.conf'" "$dir/data/postgresql.conf" ||
    echo "include_if_exists = 'platform.conf'" | as_pg tee -a "$dir/data/postgresql.conf" >/dev/null
  if ! as_pg "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    # A clean environment: nothing of the caller's (RUST_BACKTRACE, PG* variables) leaks into the server.
    as_pg env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null
  fi
  export PGHOST="$dir/run" PGPORT=$port PGUSER=postgres
}

# pg_down NAME: stop cluster NAME if it runs.
pg_down() {
  local dir; dir=$(state_dir "$1")
  if [[ -f $dir/data/PG_VERSION ]] && as_pg "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  fi
}

# pg_wipe NAME: stop and delete cluster NAME.
pg_wipe() {
  local dir; dir=$(state_dir "$1")
  pg_down "$1"
  rm -rf "$dir/data" "$dir/run" "$dir/postgres.log"
}

q() { psql -X -v ON_ERROR_STOP=1 -qAt "$@"; }
