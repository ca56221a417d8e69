//! Impersonation by platform admins: `public.start_impersonation` / `stop_impersonation`, logged
//! in `public.impersonation_logs`.
use pgrx::prelude::*;

extension_sql_file!("sql/impersonation.sql", name = "impersonation", requires = ["domain_events"]);
