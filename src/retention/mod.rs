//! Retention of logs that are not partitioned: the API error log.
use pgrx::prelude::*;

extension_sql_file!("sql/api_error_logs.sql", name = "api_error_log_retention", requires = ["domain_events"]);
