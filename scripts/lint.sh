#!/usr/bin/env bash
# Lint gates, run first by `make test` (fast): formatting (rustfmt.toml: 120 columns), clippy with
# warnings as errors on every target (the #[pg_test]s included), shellcheck on every shell script
# (.shellcheckrc; warnings and errors), and the docs' links (scripts/check_docs.py).
source "$(dirname "$0")/lib.sh"
cd "$REPO" || exit 1
step "cargo fmt --check"
cargo fmt --check
step "cargo clippy --all-targets --features pg_test -- -D warnings"
cargo clippy --quiet --all-targets --features pg_test -- -D warnings
step "shellcheck"
mapfile -t scripts < <(git ls-files '*.sh' .ci/run)
shellcheck -x -S warning "${scripts[@]}"
step "docs (links resolve, README links every document and stays short)"
python3 scripts/check_docs.py
echo "lint: clean (${#scripts[@]} shell scripts)"
