-- Engaging with a course enrols the user (course_signups is the progress row). Pairs that already
-- have a signup are left out before the INSERT: ON CONFLICT DO NOTHING alone would still run the
-- BEFORE INSERT row trigger (course_signups_init, a query per row) for every one of them (measured:
-- 70 ms for 1 160 existing signups of 5 000 engagements). ON CONFLICT stays for a signup that a
-- concurrent transaction commits in between.
INSERT INTO public.course_signups (tenant_id, user_id, course_id)
SELECT k.tenant_id, k.user_id, k.course_id
FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS k (tenant_id, user_id, course_id)
WHERE NOT EXISTS (SELECT 1 FROM public.course_signups s WHERE s.user_id = k.user_id AND s.course_id = k.course_id)
ORDER BY k.user_id, k.course_id
ON CONFLICT (user_id, course_id) DO NOTHING
