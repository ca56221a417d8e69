-- (tenant, user, course) pairs touched by an INSERT statement on course_engagements.
SELECT DISTINCT n.tenant_id, n.user_id, n.course_id FROM new_rows n
