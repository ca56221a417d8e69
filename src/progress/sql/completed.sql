SELECT platform.log_course_completions($1)
