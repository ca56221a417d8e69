-- Store the recounted progress. Only signups whose values change come here: rollup_signups
-- decides from what count.sql read under the lock (a signup created by this very statement was
-- initialised from the same counts): no dead tuple, no audit row, no trigger work for nothing.
UPDATE public.course_signups s
SET completed_modules = x.completed,
    progress_percent  = x.progress,
    started_at        = CASE WHEN x.engaged THEN COALESCE(s.started_at, pg_catalog.now()) ELSE s.started_at END,
    completed_at      = CASE WHEN x.completes THEN pg_catalog.now() ELSE s.completed_at END
FROM unnest($1::uuid[], $2::integer[], $3::smallint[], $4::boolean[], $5::boolean[])
     AS x (id, completed, progress, engaged, completes)
WHERE s.id = x.id
