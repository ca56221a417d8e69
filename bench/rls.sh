#!/usr/bin/env bash
# RLS overhead: typical PostgREST reads as `authenticated` (RLS scopes them) vs as `service_role`
# (RLS bypassed; the application filters by tenant/user itself), on a database with demo data
# (seed 1). Prepared statements, as PostgREST uses them. Prints a Markdown table.
# Usage: bench/rls.sh [database] [seconds per run]
source "$(dirname "$0")/../scripts/lib.sh"
db=${1:-platform}; secs=${2:-6}
pg_up "${BENCH_CLUSTER:-dev}" "${PLATFORM_PORT:-28815}" >/dev/null
q -d "$db" -c "VACUUM ANALYZE" 2>/dev/null
U=$(q -d "$db" -c "SELECT platform.demo_uuid(1, 'user', 100000022)")
T=$(q -d "$db" -c "SELECT platform.demo_uuid(1, 'tenant', 1)")
C=$(q -d "$db" -c "SELECT s.course_id FROM course_signups s JOIN courses c ON c.id = s.course_id JOIN programmes p ON p.id = c.programme_id
                   WHERE s.user_id = '$U' AND c.status = 'published' AND p.status = 'published' LIMIT 1")
P=$(q -d "$db" -c "SELECT id FROM course_pages WHERE course_id = '$C' ORDER BY order_index LIMIT 1")
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# name | query; __T__ / __U__ become the service role's explicit tenant / user filter.
cat > "$work/queries" <<SQL
programmes with provider (50)|SELECT p.*, (SELECT to_jsonb(pr) FROM providers pr WHERE pr.id = p.provider_id AND pr.tenant_id = p.tenant_id) AS provider FROM programmes p WHERE p.status = 'published' __T__ ORDER BY p.title LIMIT 50
my notifications (20)|SELECT * FROM notifications n WHERE true __U__ ORDER BY n.created_at DESC LIMIT 20
my course progress|SELECT s.* FROM course_signups s WHERE s.course_id = '$C' __U__
modules of a page|SELECT m.* FROM course_modules m WHERE m.page_id = '$P' __T__ ORDER BY m.order_index
SQL
echo "| query | rows | authenticated (ms) | service_role (ms) | ratio |"
echo "|---|---|---|---|---|"
while IFS='|' read -r name sql; do
  a=${sql//__T__/}; a=${a//__U__/}
  s=${sql//__T__/AND tenant_id = \'$T\'}; s=${s//__U__/AND user_id = \'$U\'}
  printf "BEGIN;\nSET LOCAL ROLE authenticated;\nSELECT set_config('request.jwt.claims', '{\"sub\":\"%s\",\"role\":\"authenticated\"}', true);\n%s;\nCOMMIT;\n" "$U" "$a" > "$work/a.sql"
  printf "BEGIN;\nSET LOCAL ROLE service_role;\nSELECT set_config('request.jwt.claims', '{\"role\":\"service_role\"}', true);\n%s;\nCOMMIT;\n" "$s" > "$work/s.sql"
  ra=$(psql -XqAt -d "$db" -f "$work/a.sql" | tail -n +2 | wc -l); rs=$(psql -XqAt -d "$db" -f "$work/s.sql" | tail -n +2 | wc -l)
  [[ $ra == "$rs" ]] || { echo "row counts differ for '$name': $ra vs $rs" >&2; exit 1; }
  la=$(pgbench -n -M prepared -T "$secs" -f "$work/a.sql" "$db" 2>/dev/null | awk '/latency average/ {print $4}')
  ls=$(pgbench -n -M prepared -T "$secs" -f "$work/s.sql" "$db" 2>/dev/null | awk '/latency average/ {print $4}')
  printf "| %s | %s | %.3f | %.3f | %.2f |\n" "$name" "$ra" "$la" "$ls" "$(echo "$la / $ls" | bc -l)"
done < "$work/queries"
