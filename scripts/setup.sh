#!/usr/bin/env bash
# Idempotent machine set-up for building and testing the `platform` extension.
# Installs only what is missing and prints each step; a second run takes seconds.
set -euo pipefail

PG_MAJOR=15
PG_CONFIG=/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config
PGVECTOR_VERSION=0.8.0
PGRX_VERSION=0.18.1
export DEBIAN_FRONTEND=noninteractive

step() { printf '==> %s\n' "$*"; }

# ---------------------------------------------------------------- Debian packages
APT_PACKAGES=("postgresql-${PG_MAJOR}" "postgresql-server-dev-${PG_MAJOR}" "postgresql-${PG_MAJOR}-pgtap"
              libtap-parser-sourcehandler-pgtap-perl libclang-dev clang sudo build-essential pkg-config dpkg-dev libreadline-dev zlib1g-dev
              shellcheck)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  step "apt-get install ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  step "Debian packages: all present"
fi

# ---------------------------------------------------------------- pgvector
have_vector() {
  local ctl; ctl="$($PG_CONFIG --sharedir)/extension/vector.control"
  [[ -f $ctl ]] && grep -q "default_version = '${PGVECTOR_VERSION}'" "$ctl" \
    && [[ -f "$($PG_CONFIG --pkglibdir)/vector.so" ]]
}
if have_vector; then
  step "pgvector ${PGVECTOR_VERSION}: present"
else
  step "pgvector ${PGVECTOR_VERSION}: building from Debian's trixie source package"
  src_list=/etc/apt/sources.list.d/platform-trixie-src.sources
  if [[ ! -f $src_list ]]; then
    # deb-src only: no binary package from trixie can ever be pulled in by this entry.
    cat > "$src_list" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt-get update -qq
  fi
  work=$(mktemp -d); chmod 755 "$work"  # readable by apt's sandbox user _apt
  ( cd "$work"
    apt-get source -qq --download-only "pgvector=${PGVECTOR_VERSION}-*" >/dev/null 2>&1 \
      || apt-get source -qq --download-only pgvector >/dev/null
    dpkg-source -x --no-check pgvector_${PGVECTOR_VERSION}*.dsc src >/dev/null
    cd src
    grep -q "default_version = '${PGVECTOR_VERSION}'" vector.control \
      || { echo "pgvector source is not ${PGVECTOR_VERSION}" >&2; exit 1; }
    make -s -j"$(nproc)" PG_CONFIG=$PG_CONFIG OPTFLAGS="" >/dev/null
    make -s install PG_CONFIG=$PG_CONFIG >/dev/null )
  rm -rf "$work"
  have_vector || { echo "pgvector ${PGVECTOR_VERSION} did not install" >&2; exit 1; }
  step "pgvector ${PGVECTOR_VERSION}: installed"
fi

# ---------------------------------------------------------------- cargo-pgrx
export PATH="$HOME/.cargo/bin:$PATH"
if cargo pgrx --version 2>/dev/null | grep -q " ${PGRX_VERSION}\$"; then
  step "cargo-pgrx ${PGRX_VERSION}: present"
else
  step "cargo install cargo-pgrx ${PGRX_VERSION} (a few minutes, once)"
  cargo install cargo-pgrx --version "${PGRX_VERSION}" --locked --quiet
fi
if grep -qs "pg${PG_MAJOR} = \"${PG_CONFIG}\"" "$HOME/.pgrx/config.toml"; then
  step "cargo pgrx init: pg${PG_MAJOR} already configured"
else
  step "cargo pgrx init --pg${PG_MAJOR} ${PG_CONFIG}"
  cargo pgrx init --pg${PG_MAJOR} "${PG_CONFIG}" >/dev/null
fi

# ---------------------------------------------------------------- pg_prove
command -v pg_prove >/dev/null || { echo "pg_prove missing after install" >&2; exit 1; }
step "setup complete"
