-- 20261204020000_time_ordered_ids_everywhere.sql
-- Every generated id is time-ordered: each public table whose id still defaults to
-- gen_random_uuid() (companies, course_engagements, course_signups, event_signups, ...) now takes
-- platform.uuid_v7(), as the append-heavy tables have since 20261126050000.
--
-- Why: a random id puts each new row on a random leaf of its primary key, and its audit row on a
-- random leaf of the audit trail's record index (table_name, record_id, occurred_at), which at the
-- large demo scale is 1.4 GB for 11M rows. A bulk write of 5 000 rows touched ~5 000 such leaves
-- twice, each a likely cache miss and, after a checkpoint, an 8 kB full-page image in the WAL.
-- With v7 ids the new entries of a statement sit side by side at the right edge of their table's
-- section of each index. (Measured at large, make bench's trigger cases: see CHANGELOG 0.3.0.)
--
-- What it gives away: a v7 id shows when its row was created (millisecond precision). Rows keep
-- their ids (both kinds are valid UUIDs and stay unique); a client that sends its own id is
-- unaffected. API roles that insert evaluate the default; they were granted EXECUTE on
-- platform.uuid_v7() by 20261126050000 (anon inserts into no table). On a table defined by hand
-- with gen_random_uuid(), nothing changes.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.oid::regclass AS rel
             FROM pg_catalog.pg_attrdef d
             JOIN pg_catalog.pg_class c ON c.oid = d.adrelid
             JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
             WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
               AND a.attname = 'id' AND pg_catalog.pg_get_expr(d.adbin, d.adrelid) = 'gen_random_uuid()'
             ORDER BY c.relname
    LOOP
        EXECUTE format('ALTER TABLE %s ALTER COLUMN id SET DEFAULT platform.uuid_v7()', t.rel);
    END LOOP;
END
$$;
