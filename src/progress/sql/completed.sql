SELECT platform.log_course_completions($1, $2, $3, $4)
