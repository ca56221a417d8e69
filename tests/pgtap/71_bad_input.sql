-- Bad input, systematically: every function an API role may execute (found in the catalog, so a
-- new one is covered without editing this file), called as that role with, in each argument in
-- turn, NULL, extreme integers, NaN / infinite numbers, empty and 100 000-element arrays,
-- wrong-dimension and NaN / infinite vectors, control characters and 4-byte characters, odd JSON,
-- infinite timestamps and intervals; every other argument a plausible value. Each call runs in
-- its own subtransaction with a statement timeout and is rolled back. What must hold: no internal
-- error (class XX) or system error (58), no timeout, the backend survives, every refusal carries
-- a SQLSTATE of a documented class, and the data is exactly as before.
BEGIN;
SELECT plan(8);
SELECT is((platform.generate_demo_data('tiny', 71) ->> 'tenants')::int, 3, 'demo data');

CREATE TEMP TABLE sweep (fn text, role text, arg integer, arg_name text, variant text, sqlstate text, message text);
GRANT ALL ON sweep TO authenticated, service_role;

-- A plausible value for an argument, as an SQL literal of its type.
CREATE FUNCTION pg_temp.sample(t regtype, name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN t = 'uuid'::regtype AND name ~ 'user' THEN quote_literal(platform.demo_uuid(71, 'user', 100000022)) || '::uuid'
        WHEN t = 'uuid'::regtype AND name ~ 'tenant' THEN quote_literal(platform.demo_uuid(71, 'tenant', 1)) || '::uuid'
        WHEN t = 'uuid'::regtype THEN quote_literal(platform.demo_uuid(71, 'course', 1)) || '::uuid'
        WHEN t = 'text'::regtype AND name ~ '(type|kind)$' THEN '''course''::text'
        WHEN t = 'text'::regtype AND name = 'action' THEN '''course.viewed''::text'
        WHEN t = 'text'::regtype AND name ~ 'role' THEN '''member''::text'
        WHEN t = 'text'::regtype AND name = 'topic' THEN '''test.topic''::text'
        WHEN t = 'text'::regtype THEN '''x''::text'
        WHEN t IN ('integer'::regtype, 'bigint'::regtype) THEN '10::' || t::text
        WHEN t = 'double precision'::regtype THEN '1::double precision'
        WHEN t = 'boolean'::regtype THEN 'false'
        WHEN t = 'jsonb'::regtype THEN '''{}''::jsonb'
        WHEN t = 'interval'::regtype THEN '''1 hour''::interval'
        WHEN t = 'date'::regtype THEN 'current_date'
        WHEN t = 'timestamp with time zone'::regtype THEN 'now()'
        WHEN t = 'real[]'::regtype THEN 'array_fill(0.01::real, ARRAY[768])'
        WHEN t = 'uuid[]'::regtype THEN '''{}''::uuid[]'
        WHEN t = 'text[]'::regtype THEN '''{}''::text[]'
        WHEN t::text ~ '(^|\.)vector$' THEN 'platform.demo_vector(71, 1, 1)::' || t::text
        ELSE 'NULL::' || t::text END
$$;

-- The bad values for a type: (label, SQL literal).
CREATE FUNCTION pg_temp.variants(t regtype) RETURNS TABLE (label text, lit text) LANGUAGE sql IMMUTABLE AS $$
    SELECT 'NULL', 'NULL::' || t::text
    UNION ALL SELECT v.l, v.x FROM (VALUES
        ('integer', 'zero', '0::integer'), ('integer', '-1', '(-1)::integer'),
        ('integer', 'max', '2147483647::integer'), ('integer', 'min', '(-2147483648)::integer'),
        ('bigint', 'zero', '0::bigint'), ('bigint', '-1', '(-1)::bigint'),
        ('bigint', 'max', '9223372036854775807::bigint'), ('bigint', 'min', '(-9223372036854775808)::bigint'),
        ('double precision', 'NaN', '''NaN''::double precision'), ('double precision', 'Infinity', '''Infinity''::double precision'),
        ('double precision', '-Infinity', '''-Infinity''::double precision'), ('double precision', '-1e308', '(-1e308)::double precision'),
        ('text', 'empty', '''''::text'), ('text', 'control characters', 'E''\x01\x02\x1b\x7f''::text'),
        ('text', '4-byte characters x 100 000', 'repeat(U&''\+01F389'', 100000)'),
        ('text', 'SQL in text', '''x''''); DROP TABLE public.tenants; --''::text'),
        ('uuid[]', 'empty', '''{}''::uuid[]'), ('uuid[]', '{NULL}', '''{NULL}''::uuid[]'),
        ('uuid[]', '100 000 elements', 'ARRAY(SELECT md5(i::text)::uuid FROM generate_series(1, 100000) i)'),
        ('text[]', 'empty', '''{}''::text[]'), ('text[]', '{NULL}', '''{NULL}''::text[]'),
        ('text[]', '100 000 elements', 'ARRAY(SELECT i::text FROM generate_series(1, 100000) i)'),
        ('real[]', 'empty', '''{}''::real[]'), ('real[]', '767 dimensions', 'array_fill(0.01::real, ARRAY[767])'),
        ('real[]', 'NaN element', 'array_fill(0.01::real, ARRAY[767]) || ''NaN''::real'),
        ('real[]', 'Infinity element', 'array_fill(0.01::real, ARRAY[767]) || ''Infinity''::real'),
        ('real[]', '{NULL} x 768', 'array_fill(NULL::real, ARRAY[768])'),
        ('real[]', '100 000 elements', 'array_fill(0.01::real, ARRAY[100000])'),
        ('jsonb', 'null', '''null''::jsonb'), ('jsonb', 'array', '''[1, 2]''::jsonb'), ('jsonb', 'string', '''"x"''::jsonb'),
        ('jsonb', 'nested 1 000 deep', '(repeat(''['', 1000) || repeat('']'', 1000))::jsonb'),
        ('interval', 'negative', '''-1 hour''::interval'), ('interval', 'zero', '''0''::interval'),
        ('interval', '10 000 years', '''10000 years''::interval'),
        ('date', 'infinity', '''infinity''::date'), ('date', '-infinity', '''-infinity''::date'),
        ('timestamp with time zone', 'infinity', '''infinity''::timestamptz'),
        ('timestamp with time zone', '4713 BC', '''4713-01-01 00:00+00 BC''::timestamptz')) AS v (ty, l, x)
    WHERE v.ty = t::text
    UNION ALL SELECT v.l, v.x FROM (VALUES
        ('3 dimensions', '''[1,2,3]''::' || t::text), ('zero vector', 'array_fill(0::real, ARRAY[768])::' || t::text),
        ('NaN element', '(array_fill(0.01::real, ARRAY[767]) || ''NaN''::real)::' || t::text),
        ('Infinity element', '(array_fill(0.01::real, ARRAY[767]) || ''Infinity''::real)::' || t::text)) AS v (l, x)
    WHERE t::text ~ '(^|\.)vector$'
$$;

CREATE TEMP TABLE fingerprint AS
SELECT c.relname, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM public.%I', c.relname), false, true, '')))[1]::text::bigint AS n
FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition;

DO $$
DECLARE
    f record;
    base text[];
    args text[];
    v record;
    call text;
    st text;
    msg text;
    member uuid := platform.demo_uuid(71, 'user', 100000022);
BEGIN
    FOR f IN
        SELECT p.oid, format('%I.%I', n.nspname, p.proname) AS qname, p.oid::regprocedure::text AS sig, p.pronargs,
               p.proargtypes::regtype[] AS types, COALESCE(p.proargnames, '{}') AS names, p.proretset,
               CASE WHEN has_function_privilege('authenticated', p.oid, 'EXECUTE') THEN 'authenticated' ELSE 'service_role' END AS role
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('public', 'platform') AND p.prokind = 'f' AND p.prorettype <> 'trigger'::regtype
          AND (has_function_privilege('authenticated', p.oid, 'EXECUTE') OR has_function_privilege('service_role', p.oid, 'EXECUTE'))
          AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_extension x ON x.oid = d.refobjid
                          WHERE d.objid = p.oid AND d.deptype = 'e' AND x.extname <> 'platform')
          AND p.pronargs > 0
        ORDER BY 3
    LOOP
        base := ARRAY(SELECT pg_temp.sample(f.types[j], COALESCE(f.names[j + 1], '')) FROM generate_subscripts(f.types, 1) AS j ORDER BY j);
        FOR i IN 1 .. f.pronargs LOOP
            FOR v IN SELECT * FROM pg_temp.variants(f.types[i - 1]) LOOP
                args := base;
                args[i] := v.lit;
                -- The value is selected (as text) so that the call cannot be optimised away.
                call := CASE WHEN f.proretset THEN 'SELECT count(*) FROM ' || f.qname || '(' || array_to_string(args, ', ') || ')'
                             ELSE 'SELECT ' || f.qname || '(' || array_to_string(args, ', ') || ')::text' END;
                BEGIN
                    PERFORM set_config('statement_timeout', '10s', true);
                    IF f.role = 'authenticated' THEN
                        PERFORM tests.authenticate_as(member);
                    ELSE
                        PERFORM tests.authenticate_as_service_role();
                    END IF;
                    EXECUTE call;
                    -- Accepted: undo whatever it did, like the refusals are undone.
                    RAISE EXCEPTION 'accepted' USING ERRCODE = 'P0099';
                EXCEPTION WHEN OTHERS THEN
                    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
                END;
                PERFORM set_config('role', 'none', true);
                PERFORM set_config('statement_timeout', '0', true);
                INSERT INTO sweep VALUES (f.sig, f.role, i, COALESCE(f.names[i], '$' || i), v.label,
                                          CASE st WHEN 'P0099' THEN 'accepted' ELSE st END, left(msg, 200));
            END LOOP;
        END LOOP;
    END LOOP;
END
$$;
RESET ROLE;

SELECT cmp_ok((SELECT count(DISTINCT fn)::int FROM sweep), '>=', 40, 'every API function with arguments was swept (40+)');
SELECT cmp_ok((SELECT count(*)::int FROM sweep), '>=', 250, 'with hundreds of bad inputs');
SELECT is((SELECT string_agg(DISTINCT format('%s arg %s %s: %s %s', fn, arg_name, variant, sqlstate, message), E'\n') FROM sweep
           WHERE sqlstate ~ '^(XX|58)'), NULL, 'no internal (XX) or system (58) error');
SELECT is((SELECT string_agg(DISTINCT format('%s arg %s %s', fn, arg_name, variant), E'\n') FROM sweep WHERE sqlstate = '57014'),
          NULL, 'no call ran into the 10 s statement timeout');
-- Refusals are client errors: data (22), integrity (23), privilege (42501), object state (55),
-- not found (P0002), or an assertion of ours (P0001 only where documented: none).
SELECT is((SELECT string_agg(DISTINCT format('%s arg %s %s: %s %s', fn, arg_name, variant, sqlstate, message), E'\n') FROM sweep
           WHERE sqlstate <> 'accepted' AND sqlstate !~ '^(22|23|42501|55|P0002|54)'), NULL,
          'every refusal has a SQLSTATE of the documented classes (22, 23, 42501, 54, 55, P0002)');
SELECT is((SELECT count(*)::int FROM fingerprint f
           WHERE f.n <> (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM public.%I', f.relname), false, true, '')))[1]::text::bigint),
          0, 'every table has the rows it had before the sweep');
SELECT ok((SELECT count(*) FROM pg_stat_activity WHERE pid = pg_backend_pid()) = 1, 'the backend is alive');
-- For the record (docs/): what each function answers to NULL arguments.
SELECT diag(string_agg(format('%s(%s := NULL) -> %s', fn, arg_name, sqlstate), E'\n' ORDER BY fn, arg))
FROM sweep WHERE variant = 'NULL';
SELECT * FROM finish();
ROLLBACK;
