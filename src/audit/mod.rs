//! The audit trail: a generic statement-level trigger writing `public.audit_logs`.
use pgrx::prelude::*;

mod row_document;

extension_sql_file!("sql/audit.sql", name = "audit", requires = ["row_document"]);
extension_sql_file!("sql/enable.sql", name = "enable_audit", requires = ["audit"]);
