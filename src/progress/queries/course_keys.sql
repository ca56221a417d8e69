-- Courses touched by a statement on course_modules.
SELECT DISTINCT k.course_id
FROM (SELECT course_id FROM new_rows UNION ALL SELECT course_id FROM old_rows) AS k
