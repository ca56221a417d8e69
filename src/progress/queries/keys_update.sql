SELECT DISTINCT k.tenant_id, k.user_id, k.course_id
FROM (SELECT tenant_id, user_id, course_id FROM new_rows UNION ALL SELECT tenant_id, user_id, course_id FROM old_rows) AS k
