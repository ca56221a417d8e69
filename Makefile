# platform: build, run and test the PostgreSQL extension. Every target installs what it needs.
#   make run    build + install + local cluster + demo data + example queries
#   make test   the whole suite (lint, unit, #[pg_test], pgTAP + shell TAP against a throwaway cluster)
SHELL := /bin/bash
PROFILE ?= release
SCALE ?= small

.PHONY: setup install run psql stop test lint test-unit test-pg test-sql schema bench demo clean

setup:
	@bash scripts/setup.sh

install: setup
	@PROFILE=$(PROFILE) bash scripts/install.sh

run: install
	@bash scripts/run.sh

psql:
	@bash scripts/psql.sh

stop:
	@bash scripts/stop.sh

test: setup
	@bash scripts/test.sh all

lint: setup
	@bash scripts/test.sh lint

test-unit: setup
	@bash scripts/test.sh unit

test-pg: setup
	@bash scripts/test.sh pg

test-sql: setup
	@bash scripts/test.sh sql

# Regenerate schema.sql (the current schema) after adding a migration; review it as a diff.
schema: install
	@bash scripts/schema.sh

demo: install
	@SCALE=$(SCALE) bash scripts/demo.sh

bench: install
	@SCALE=$(or $(BENCH_SCALE),medium) bash bench/run.sh

clean: stop
	rm -rf build target
