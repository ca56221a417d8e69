SELECT DISTINCT o.tenant_id, o.user_id, o.course_id FROM old_rows o
