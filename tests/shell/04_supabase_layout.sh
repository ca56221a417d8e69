#!/usr/bin/env bash
# The Supabase layout: vector and pgcrypto already installed in schema `extensions`, which is on the
# database's search_path, and Supabase's own auth schema present. platform installs and migrates,
# and leaves Supabase's objects untouched.
source "$(dirname "$0")/tap.sh"
plan 8
fresh_db supa
q -d supa <<'SQL' >/dev/null
CREATE SCHEMA extensions;
CREATE EXTENSION vector SCHEMA extensions;
CREATE EXTENSION pgcrypto SCHEMA extensions;
ALTER DATABASE supa SET search_path = "$user", public, extensions;
CREATE SCHEMA auth;
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text, instance_id uuid, aud text);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
COMMENT ON FUNCTION auth.uid() IS 'supabase original';
SQL
q -d supa -c "CREATE EXTENSION platform"
ok $? "CREATE EXTENSION platform (vector, pgcrypto already in schema extensions)"
q -d supa -c "SELECT count(*) FROM platform.migrate()" >/dev/null
ok $? "migrate() succeeds in the Supabase layout"
is "$(q -d supa -c "SELECT string_agg(extname || '@' || extnamespace::regnamespace, ',' ORDER BY extname) FROM pg_extension WHERE extname IN ('vector','pgcrypto')")" \
   "pgcrypto@extensions,vector@extensions" "vector and pgcrypto stay in schema extensions"
is "$(q -d supa -c "SELECT obj_description('auth.uid()'::regprocedure)")" "supabase original" "Supabase's auth.uid() untouched"
is "$(q -d supa -c "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'auth.users'::regclass AND attnum > 0")" \
   "id,email,instance_id,aud" "Supabase's auth.users untouched"
if q -d supa -c "SELECT to_regclass('public.embeddings')" | grep -q embeddings; then
  is "$(q -d supa -c "SELECT t.typnamespace::regnamespace || '.' || t.typname || '(' || a.atttypmod || ')' FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = 'public.embeddings'::regclass AND a.attname = 'embedding'")" \
     "extensions.vector(768)" "vector columns use the type from schema extensions"
else
  is "$(q -d supa -c "SELECT current_setting('search_path')")" '"$user", public, extensions' "caller's search_path unchanged"
fi
# PostgREST's anon surface: the functions of the exposed schema anon may execute.
is "$(q -d supa -c "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND has_function_privilege('anon', oid, 'EXECUTE')")" "0" \
   "Supabase layout: anon may execute no function in public"
# The README's plain-database recipe (Supabase's layout without Supabase), then the same check.
fresh_db plain_ext
q -d plain_ext -c "CREATE SCHEMA extensions" -c "CREATE EXTENSION vector SCHEMA extensions" -c "CREATE EXTENSION pgcrypto SCHEMA extensions" \
               -c "ALTER DATABASE plain_ext SET search_path = \"\$user\", public, extensions" >/dev/null
q -d plain_ext -c "CREATE EXTENSION platform" -c "SELECT count(*) FROM platform.migrate()" >/dev/null
is "$(q -d plain_ext -c "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND has_function_privilege('anon', oid, 'EXECUTE')")" "0" \
   "plain database, dependencies in schema extensions: anon may execute no function in public"
drop_db plain_ext
drop_db supa
done_testing
