#!/usr/bin/env bash
# Data safety: pg_dump of a database with the extension, the schema and rows restores into a fresh
# database with ON_ERROR_STOP, with identical row counts and ledger; migrate() then applies nothing.
source "$(dirname "$0")/tap.sh"
plan 10
platform_db dump_src
# Fixture rows in every table there is; tables created by later migrations get rows from the demo
# generator when it exists.
q -d dump_src <<'SQL' >/dev/null
INSERT INTO auth.users (id, email) VALUES ('00000000-0000-0000-0000-000000000001', 'a@example.com');
INSERT INTO public.users (id, email) VALUES ('00000000-0000-0000-0000-000000000001', 'a@example.com');
INSERT INTO public.tenants (id, name, slug) VALUES ('00000000-0000-0000-0000-0000000000a1', 'Acme', 'acme');
INSERT INTO public.tenant_users (tenant_id, user_id, role) VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', 'owner');
DO $$ BEGIN
  IF to_regprocedure('platform.generate_demo_data(text,integer)') IS NOT NULL THEN
    PERFORM platform.generate_demo_data('tiny', 7);
  END IF;
END $$;
SQL
# A calendar-token key and a token: the ciphertext is data and is dumped, the key never is.
q -d dump_src -c "SELECT platform.set_calendar_token_key('dump-test-key-$$-0123456789abcdef')" \
              -c "SELECT platform.set_mentor_calendar_token((SELECT id FROM mentors LIMIT 1), 'tok')" >/dev/null
# Row counts of every table in public, auth and platform (partitions included), as one string;
# not the extension's own key store, which is never dumped (checked below).
counts() {
  q -d "$1" -c "SELECT string_agg(format('%s=%s', t, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %s', t), false, true, '')))[1]), ',' ORDER BY t)
                FROM (SELECT c.oid::regclass::text AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                      WHERE n.nspname IN ('public', 'auth', 'platform') AND c.relkind IN ('r', 'p')
                        AND c.oid <> 'platform.calendar_token_keys'::regclass) s"
}
ledger() { q -d "$1" -c "SELECT string_agg(version || ':' || checksum, ',' ORDER BY version) FROM platform.schema_migrations"; }
src_counts=$(counts dump_src)
[[ $src_counts == *",tenants="* && $src_counts == *"activities_2026q1="* && $(ledger dump_src) == 2026* ]]
ok $? "the source has rows and a ledger to compare (${#src_counts} chars of counts)"
dump=$(mktemp)

pg_dump -d dump_src -f "$dump"
ok $? "pg_dump (plain SQL) succeeded"
! grep -q "dump-test-key-$$" "$dump" && grep -q "calendar_token_encrypted" "$dump"
ok $? "the dump holds the mentors' encrypted tokens but not the calendar-token key"
fresh_db dump_plain
psql -X -q -v ON_ERROR_STOP=1 -d dump_plain -f "$dump" >/dev/null 2>"$dump.err"
ok $? "restore with psql -v ON_ERROR_STOP=1 raised no error $(head -c 300 "$dump.err")"
is "$(counts dump_plain)" "$src_counts" "plain restore: identical row counts in every table"
is "$(ledger dump_plain)" "$(ledger dump_src)" "plain restore: identical ledger"
is "$(q -d dump_plain -c "SELECT count(*) FROM platform.migrate()")" "0" "plain restore: migrate() applies nothing"

pg_dump -Fc -d dump_src -f "$dump.custom"
fresh_db dump_custom
pg_restore --exit-on-error -d dump_custom "$dump.custom" 2>"$dump.err"
ok $? "pg_restore --exit-on-error of the custom-format dump raised no error $(head -c 300 "$dump.err")"
is "$(counts dump_custom)" "$src_counts" "custom restore: identical row counts in every table"
is "$(q -d dump_custom -c "SELECT count(*) FROM platform.migrate()")" "0" "custom restore: migrate() applies nothing"

rm -f "$dump" "$dump.custom" "$dump.err"
drop_db dump_src; drop_db dump_plain; drop_db dump_custom
done_testing
