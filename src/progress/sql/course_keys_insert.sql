SELECT DISTINCT n.course_id FROM new_rows n
