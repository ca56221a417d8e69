//! Row-level security: who the caller is (`platform.caller_role()`), the membership helpers
//! policies call (`platform.my_tenant_ids()`, ...), and the guards policies cannot express
//! (triggers, the invitation RPC). The policies themselves are schema, in `migrations/`.
use pgrx::prelude::*;

extension_sql_file!("sql/helpers.sql", name = "rls_helpers");
extension_sql_file!("sql/caller.sql", name = "rls_caller", requires = ["rls_helpers"]);
extension_sql_file!("sql/guards.sql", name = "rls_guards", requires = ["rls_helpers", "rls_caller"]);
