SELECT DISTINCT o.course_id FROM old_rows o
