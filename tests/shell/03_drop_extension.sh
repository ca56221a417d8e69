#!/usr/bin/env bash
# DROP EXTENSION cannot take data with it: without CASCADE it fails while the schema depends on its
# code; with CASCADE the dependent triggers/policies go, but every table and row stays.
source "$(dirname "$0")/tap.sh"
plan 6
platform_db drop_ext
q -d drop_ext -c "INSERT INTO public.tenants (name, slug) VALUES ('Acme', 'acme'), ('Beta', 'beta')"
# (The extension's own key store, platform.calendar_token_keys, goes with it by design: it is code's
# secret, never data to keep; see src/secrets.)
tables="SELECT count(*) FROM pg_tables WHERE schemaname IN ('public', 'platform') AND tablename <> 'calendar_token_keys'"
tables_before=$(q -d drop_ext -c "$tables")
((tables_before > 40)) || echo "# only $tables_before tables before the drop"

err=$(q -d drop_ext -c "DROP EXTENSION platform" 2>&1) && refused=1 || refused=0
ok "$refused" "DROP EXTENSION platform without CASCADE fails"
[[ $err == *"depend"* ]]; ok $? "... because schema objects depend on it"

q -d drop_ext -c "DROP EXTENSION platform CASCADE" 2>/dev/null
ok $? "DROP EXTENSION platform CASCADE succeeds"
is "$(q -d drop_ext -c "$tables")" "$tables_before" \
   "every table (and the ledger) is still there"
is "$(q -d drop_ext -c "SELECT string_agg(slug, ',' ORDER BY slug) FROM public.tenants")" "acme,beta" "every row is still there"
q -d drop_ext -c "CREATE EXTENSION platform CASCADE"
is "$(q -d drop_ext -c "SELECT count(*) FROM platform.migration_status() WHERE state = 'applied'")" \
   "$(ls "$REPO"/migrations/*.sql | wc -l)" "re-created extension still knows every applied migration"
drop_db drop_ext
done_testing
