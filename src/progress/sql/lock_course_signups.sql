SELECT s.id FROM public.course_signups s WHERE s.course_id = ANY ($1::uuid[]) ORDER BY s.id FOR UPDATE
