//! The audit trail: a generic statement-level trigger writing `public.audit_logs`.
use pgrx::prelude::*;

extension_sql_file!("sql/audit.sql", name = "audit");
extension_sql_file!("sql/enable.sql", name = "enable_audit", requires = ["audit"]);
