-- Engaging with a course enrols the user (course_signups is the progress row).
INSERT INTO public.course_signups (tenant_id, user_id, course_id)
SELECT k.tenant_id, k.user_id, k.course_id
FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS k (tenant_id, user_id, course_id)
ORDER BY k.user_id, k.course_id
ON CONFLICT (user_id, course_id) DO NOTHING
