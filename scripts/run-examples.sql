-- Shown by `make run`: the reference's example queries against the demo data.
\pset footer off
\echo
\echo '-- Data loaded (rows per table, largest first)'
SELECT c.relname AS table, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM public.%I', c.relname), false, true, '')))[1]::text::int AS rows
FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND NOT c.relispartition
ORDER BY 2 DESC LIMIT 12;

\echo '-- Get a company''s enrolled programmes'
SELECT p.title, ps.status AS enrollment_status
FROM programmes p
JOIN programme_signups ps ON ps.programme_id = p.id
WHERE ps.company_id = platform.demo_uuid(1, 'company', 100000001)
  AND ps.status = 'active';

\echo '-- Mentors by expertise tags'
SELECT m.headline, array_agg(t.name) AS expertise_tags
FROM mentors m
JOIN tag_links tl ON tl.target_id = m.id AND tl.target_type = 'mentor'
JOIN tags t ON t.id = tl.tag_id
WHERE t.name IN ('fundraising', 'product')
GROUP BY m.id
LIMIT 5;

\echo '-- Course progress'
SELECT c.title,
  COUNT(DISTINCT cm.id) AS total_modules,
  COUNT(DISTINCT ce.module_id) AS completed_modules,
  ROUND(COUNT(DISTINCT ce.module_id)::numeric / COUNT(DISTINCT cm.id) * 100) AS progress_percentage
FROM courses c
JOIN course_pages cp ON cp.course_id = c.id
JOIN course_modules cm ON cm.page_id = cp.id
LEFT JOIN course_engagements ce ON ce.module_id = cm.id AND ce.user_id = platform.demo_uuid(1, 'user', 100000001)
WHERE c.id = platform.demo_uuid(1, 'course', 100000014)
GROUP BY c.id, c.title;
