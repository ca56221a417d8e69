-- Lock the signup rows first (in a fixed order, so concurrent writers cannot deadlock); the counts
-- are read by the next statement, whose fresh snapshot sees every write committed before the lock
-- was granted: no lost update.
SELECT s.id
FROM public.course_signups s
JOIN unnest($1::uuid[], $2::uuid[]) AS k (user_id, course_id) ON k.user_id = s.user_id AND k.course_id = s.course_id
ORDER BY s.id
FOR UPDATE OF s
