-- Lock the courses, then count (a fresh snapshot, after the lock: concurrent module writes are seen).
SELECT c.id FROM public.courses c WHERE c.id = ANY ($1::uuid[]) ORDER BY c.id FOR UPDATE
