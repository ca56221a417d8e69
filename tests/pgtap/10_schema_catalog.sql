-- The schema as a catalog: every table, enum, key, index, comment and privilege default the
-- reference and the conventions ask for.
BEGIN;
SELECT plan(22);

SELECT tables_are('public', ARRAY[
    'tenants', 'users', 'tenant_users', 'user_preferences', 'user_embeddings', 'user_saved_items', 'roles', 'user_roles',
    'providers', 'providers_staff', 'companies', 'company_staff',
    'programmes', 'cohorts', 'courses', 'course_pages', 'course_modules', 'programme_signups', 'course_signups',
    'course_engagements', 'places', 'events', 'event_signups', 'resources',
    'mentors', 'mentor_programmes', 'mentor_availabilities', 'mentor_credits', 'mentor_sessions', 'mentor_session_signups', 'mentor_pairings',
    'tags', 'tag_links', 'embeddings', 'notifications', 'comments',
    'activities', 'provider_summaries', 'audit_logs', 'impersonation_logs', 'api_error_logs', 'event_outbox', 'postcodes',
    'activities_2026q1', 'activities_2026q2', 'activities_2026q3', 'activities_2026q4', 'activities_2027q1', 'activities_default'],
    'public holds the 43 tables of the reference (plus the activities partitions), nothing else');
SELECT is((SELECT count(*)::int FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition),
          43, 'exactly 43 tables');

SELECT enum_has_labels('public', 'entity_status', ARRAY['pending', 'active', 'suspended', 'archived'], 'entity_status values');
SELECT enum_has_labels('public', 'signup_status', ARRAY['pending', 'confirmed', 'cancelled', 'attended', 'no_show'], 'signup_status values');
SELECT enum_has_labels('public', 'content_status', ARRAY['draft', 'published', 'archived'], 'content_status values');
SELECT enum_has_labels('public', 'booking_status', ARRAY['pending', 'confirmed', 'cancelled', 'completed'], 'booking_status values');
SELECT col_type_is('public', 'programme_signups', 'status', 'entity_status', 'programme_signups.status is an entity_status');
SELECT col_type_is('public', 'mentor_sessions', 'status', 'booking_status', 'mentor_sessions.status is a booking_status');

-- Every business table carries tenant_id NOT NULL with a foreign key to tenants; the junctions
-- (whose primary key holds tenant_id, see migration 20261203050000) reach tenants through the
-- composite key to their parent, (parent_id, tenant_id) -> parent (id, tenant_id), instead.
SELECT is(ARRAY(
    SELECT c.relname::text FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relname NOT IN ('tenants', 'users', 'roles', 'user_roles', 'postcodes', 'audit_logs', 'impersonation_logs', 'api_error_logs', 'event_outbox')
      AND NOT EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid = 'public.tenants'::regclass AND k.conkey = ARRAY[a.attnum]
                      WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND a.attnotnull)
      AND NOT (c.relname IN ('company_staff', 'providers_staff', 'mentor_programmes', 'mentor_session_signups')
               AND EXISTS (SELECT 1 FROM pg_attribute a JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey)
                                    AND array_length(k.conkey, 1) > 1
                                    AND EXISTS (SELECT 1 FROM pg_constraint pt WHERE pt.conrelid = k.confrelid AND pt.contype = 'f'
                                                AND pt.confrelid = 'public.tenants'::regclass)
                           WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND a.attnotnull))
    ORDER BY 1), '{}'::text[], 'every business table has tenant_id NOT NULL REFERENCES tenants (junctions: through their parent''s composite key)');

-- Every foreign key has an index whose leading columns are the key's columns.
SELECT is(ARRAY(
    SELECT k.conrelid::regclass || '.' || k.conname FROM pg_constraint k
    WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace
      AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = k.conrelid
                      AND (i.indkey::int2[])[0:array_length(k.conkey, 1) - 1] @> k.conkey
                      AND (i.indkey::int2[])[0:array_length(k.conkey, 1) - 1] <@ k.conkey)
    ORDER BY 1), '{}'::text[], 'every foreign key has a covering index');

-- Every table (not only the ones with FKs) has an index leading with tenant_id.
SELECT is(ARRAY(
    SELECT c.relname::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indkey[0] = a.attnum)
    ORDER BY 1), '{}'::text[], 'every table with tenant_id has an index leading with it');

-- Foreign keys are named <table>_<column>_fkey, explicitly.
SELECT is(ARRAY(
    SELECT k.conname::text FROM pg_constraint k
    WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND k.conparentid = 0
      AND k.conname !~ ('^' || (k.conrelid::regclass)::text || '_[a-z_]+_fkey$')
    ORDER BY 1), '{}'::text[], 'every foreign key is named <table>_<column>_fkey');

-- PostgREST embeds through exactly one foreign key between two tables.
SELECT is((SELECT count(*)::int FROM pg_constraint WHERE contype = 'f' AND conrelid = 'public.programmes'::regclass AND confrelid = 'public.providers'::regclass),
          1, 'programmes -> providers: one relationship (provider:providers(*) embeds)');
SELECT is((SELECT count(*)::int FROM pg_constraint WHERE contype = 'f' AND conrelid = 'public.cohorts'::regclass AND confrelid = 'public.programmes'::regclass),
          1, 'cohorts -> programmes: one relationship (cohorts(*) embeds)');
SELECT is(ARRAY(
    SELECT conrelid::regclass || '->' || confrelid::regclass FROM pg_constraint
    WHERE contype = 'f' AND connamespace = 'public'::regnamespace AND conrelid <> confrelid AND conparentid = 0
      AND confrelid <> 'public.users'::regclass
    GROUP BY conrelid, confrelid HAVING count(*) > 1 ORDER BY 1), '{}'::text[],
    'no two tables are linked by two foreign keys, except actor columns to users (embed those as users!<fkey>)');
SELECT ok((SELECT bool_and(EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p'
                                   AND array_length(k.conkey, 1) >= 2))
           FROM pg_class c WHERE c.oid IN ('public.tenant_users'::regclass, 'public.company_staff'::regclass, 'public.providers_staff'::regclass,
                                          'public.mentor_programmes'::regclass, 'public.mentor_session_signups'::regclass, 'public.user_roles'::regclass)),
          'join tables have composite primary keys');
-- ... and are junctions PostgREST recognises: the columns of the two foreign keys lie inside the
-- primary key (SchemaCache.hs, addM2MRels), and each pair of members is unique without tenant_id.
SELECT is(ARRAY(
    SELECT c.relname::text FROM pg_class c
    JOIN pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p'
    WHERE c.oid IN ('public.tenant_users'::regclass, 'public.company_staff'::regclass, 'public.providers_staff'::regclass,
                    'public.mentor_programmes'::regclass, 'public.mentor_session_signups'::regclass)
      AND (SELECT count(*) FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.conkey <@ pk.conkey) <> 2
    ORDER BY 1), '{}'::text[], 'every join table is a junction of exactly two tables by PostgREST''s rule');

-- Comments everywhere (PostgREST serves them as OpenAPI descriptions).
SELECT is(ARRAY(
    SELECT c.relname::text FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND obj_description(c.oid, 'pg_class') IS NULL ORDER BY 1),
    '{}'::text[], 'every table and partition has a comment');
SELECT is(ARRAY(
    SELECT c.relname || '.' || a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND col_description(c.oid, a.attnum) IS NULL ORDER BY 1),
    '{}'::text[], 'every column has a comment');

-- Vectors: 768 dimensions, HNSW cosine indexes, stored inline.
SELECT is(ARRAY(SELECT format('%s.%s %s %s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attstorage)
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.atttypid = 'vector'::regtype ORDER BY 1),
          ARRAY['embeddings.embedding vector(768) p', 'tags.embedding vector(768) p', 'user_embeddings.embedding vector(768) p'],
          'vector(768) columns on embeddings, tags, user_embeddings, storage PLAIN');
SELECT is(ARRAY(SELECT indexrelid::regclass::text FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
                JOIN pg_opclass oc ON oc.oid = i.indclass[0]
                WHERE am.amname = 'hnsw' AND oc.opcname = 'vector_cosine_ops' ORDER BY 1),
          ARRAY['embeddings_embedding_hnsw_idx', 'tags_embedding_hnsw_idx', 'user_embeddings_embedding_hnsw_idx'],
          'HNSW cosine indexes on the three vector columns');
SELECT is((SELECT partstrat FROM pg_partitioned_table WHERE partrelid = 'public.activities'::regclass)::text, 'r',
          'activities is RANGE-partitioned');

SELECT * FROM finish();
ROLLBACK;
