-- The invariants after a soak: name | got | expected (every row must have got = expected).
WITH meta AS (SELECT started_at FROM soak.meta),
ok AS (SELECT script, sum(rows) AS rows FROM soak.outcomes WHERE sqlstate = '00000' GROUP BY script),
audit AS (SELECT table_name, operation, count(*) AS n FROM public.audit_logs, meta
          WHERE occurred_at >= meta.started_at AND table_name IN ('mentor_sessions', 'course_engagements') GROUP BY 1, 2)
SELECT 'ledgers over their grant or unequal to their live sessions',
       (SELECT count(*) FROM public.mentor_credits c WHERE c.credits_used > c.credits_granted
          OR c.credits_used <> (SELECT coalesce(sum(s.credits_consumed), 0) FROM public.mentor_sessions s WHERE s.credit_id = c.id AND s.status <> 'cancelled'))::text, '0'
UNION ALL
SELECT 'signups the soak wrote whose progress differs from the reference query',
       (SELECT count(*) FROM public.course_signups s
        WHERE (s.user_id, s.course_id) IN (SELECT user_id, course_id FROM soak.modules)
          AND s.progress_percent IS DISTINCT FROM (
          SELECT ROUND(COUNT(DISTINCT ce.module_id) FILTER (WHERE ce.completed_at IS NOT NULL)::numeric / NULLIF(COUNT(DISTINCT cm.id), 0) * 100)
          FROM public.course_pages cp JOIN public.course_modules cm ON cm.page_id = cp.id
          LEFT JOIN public.course_engagements ce ON ce.module_id = cm.id AND ce.user_id = s.user_id
          WHERE cp.course_id = s.course_id))::text, '0'
UNION ALL
SELECT 'audit rows of mentor_sessions INSERT = sessions booked',
       coalesce((SELECT n FROM audit WHERE table_name = 'mentor_sessions' AND operation = 'INSERT'), 0)::text,
       coalesce((SELECT rows FROM ok WHERE script = 'book'), 0)::text
UNION ALL
SELECT 'audit rows of mentor_sessions UPDATE = sessions cancelled',
       coalesce((SELECT n FROM audit WHERE table_name = 'mentor_sessions' AND operation = 'UPDATE'), 0)::text,
       coalesce((SELECT rows FROM ok WHERE script = 'cancel'), 0)::text
UNION ALL
SELECT 'audit rows of course_engagements INSERT = modules completed',
       coalesce((SELECT n FROM audit WHERE table_name = 'course_engagements' AND operation = 'INSERT'), 0)::text,
       coalesce((SELECT rows FROM ok WHERE script = 'progress.insert'), 0)::text
UNION ALL
SELECT 'audit rows of course_engagements DELETE = completions undone',
       coalesce((SELECT n FROM audit WHERE table_name = 'course_engagements' AND operation = 'DELETE'), 0)::text,
       coalesce((SELECT rows FROM ok WHERE script = 'progress.delete'), 0)::text
UNION ALL
SELECT 'events acked more than once',
       (SELECT count(*) FROM (SELECT event_id FROM soak.deliveries WHERE acked GROUP BY 1 HAVING count(*) > 1) d)::text, '0'
UNION ALL
SELECT 'events delivered to both publishers',
       (SELECT count(*) FROM (SELECT event_id FROM soak.deliveries GROUP BY 1 HAVING count(DISTINCT publisher) > 1) d)::text, '0'
UNION ALL
SELECT 'events published during the soak = acks',
       (SELECT count(*) FROM public.event_outbox e, meta WHERE e.published_at >= meta.started_at)::text,
       (SELECT count(*) FROM soak.deliveries WHERE acked)::text
UNION ALL
SELECT 'deadlocks, serialization failures, internal errors, crashes (40xxx, XX, 58, 57)',
       (SELECT count(*) FROM soak.outcomes WHERE left(sqlstate, 2) IN ('40', 'XX', '58', '57'))::text, '0';
