//! Row-level security: the membership helpers policies call (`platform.my_tenant_ids()`, ...),
//! and the guards policies cannot express (triggers, the invitation RPC). The policies
//! themselves are schema, in `migrations/` (the row-level security migration).
use pgrx::prelude::*;

extension_sql_file!("sql/helpers.sql", name = "rls_helpers");
extension_sql_file!("sql/guards.sql", name = "rls_guards", requires = ["rls_helpers"]);
