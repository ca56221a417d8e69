#!/usr/bin/env bash
# Partition management with real sessions: concurrent ensure_partitions, COPY into the
# partitioned table, and pg_dump/restore of partitions created at run time.
source "$(dirname "$0")/tap.sh"
plan 7
platform_db parts
q -d parts -c "INSERT INTO tenants (id, name, slug) VALUES ('00000000-0000-4000-8000-0000000000aa', 'P', 'p')"
# Two sessions at once: A holds its transaction (and the lock) open, B must wait, then create nothing.
out_a=$(mktemp); out_b=$(mktemp)
q -d parts -c "BEGIN" -c "SELECT count(*) FROM platform.ensure_partitions('public.activities', 8)" -c "SELECT pg_sleep(1)" -c "COMMIT" >"$out_a" 2>&1 &
pid=$!
sleep 0.3
q -d parts -c "SELECT count(*) FROM platform.ensure_partitions('public.activities', 8)" >"$out_b" 2>&1
rc_b=$?
wait $pid; rc_a=$?
ok $((rc_a + rc_b)) "two concurrent ensure_partitions calls both succeed ($(tr '\n' ' ' <"$out_a"), $(cat "$out_b"))"
a=$(head -n1 "$out_a"); b=$(cat "$out_b")
[[ ($a -ge 1 && $b == 0) || ($b -ge 1 && $a == 0) ]]; ok $? "whichever ran first created the partitions, the other found nothing to do ($a, $b)"
rm -f "$out_a" "$out_b"

# COPY keeps working and routes rows, including to the default partition.
printf '%s\n' "00000000-0000-4000-8000-0000000000aa,copy.test,2026-05-01 10:00:00+00" \
              "00000000-0000-4000-8000-0000000000aa,copy.test,2027-02-01 10:00:00+00" \
              "00000000-0000-4000-8000-0000000000aa,copy.test,2035-01-01 10:00:00+00" |
  psql -X -q -v ON_ERROR_STOP=1 -d parts -c "\copy activities (tenant_id, action, occurred_at) FROM STDIN WITH (FORMAT csv)"
ok $? "COPY into activities works"
is "$(q -d parts -c "SELECT string_agg(tableoid::regclass::text, ',' ORDER BY occurred_at) FROM activities WHERE action = 'copy.test'")" \
   "activities_2026q2,activities_2027q1,activities_default" "copied rows are routed to their partitions"

# Runtime partitions and their rows survive dump and restore.
q -d parts -c "SELECT count(*) FROM platform.ensure_partitions()" >/dev/null
before=$(q -d parts -c "SELECT string_agg(partition || '=' || row_count, ',' ORDER BY partition) FROM platform.partition_status()")
[[ $before == *"activities_2035q1=1"* ]]; ok $? "the 2035 row was rescued into a runtime partition ($before)"
dump=$(mktemp)
pg_dump -d parts -f "$dump" && fresh_db parts_restored && psql -X -q -v ON_ERROR_STOP=1 -d parts_restored -f "$dump" >/dev/null 2>"$dump.err"
ok $? "dump of runtime partitions restores with ON_ERROR_STOP $(head -c 300 "$dump.err")"
is "$(q -d parts_restored -c "SELECT string_agg(partition || '=' || row_count, ',' ORDER BY partition) FROM platform.partition_status()")" "$before" \
   "every partition and row is back"
rm -f "$dump" "$dump.err"
drop_db parts; drop_db parts_restored
done_testing
