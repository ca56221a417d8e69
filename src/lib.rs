//! `platform`: the database of a multi-tenant programme platform as a PostgreSQL extension.
//!
//! The extension installs *code* (functions, trigger functions, helpers); the application *schema*
//! (tables, enums, policies) lives in plain-SQL files under `migrations/`, embedded in this binary
//! and applied by [`migrate::migrate`]. See docs/architecture.md, "Install model".
//!
//! One module per capability; each keeps its SQL in `.sql` files next to it.
use pgrx::prelude::*;

::pgrx::pg_module_magic!(name, version);

pub mod audit;
pub mod completeness;
pub mod credits;
pub mod demo;
pub mod errors;
pub mod foryou;
pub mod impersonation;
pub mod kept_plans;
pub mod migrate;
pub mod outbox;
pub mod partitions;
pub mod progress;
pub mod retention;
pub mod rls;
pub mod secrets;
pub mod shared;
pub mod summaries;
pub mod trigger_tuple;

// Objects created before every generated function: the comment on the extension schema and the
// privileges model of schema `platform` (internal; never exposed through PostgREST).
extension_sql_file!("../sql/bootstrap.sql", name = "bootstrap", bootstrap);
// Objects created after everything else: privileges and comments on the generated functions.
extension_sql_file!("../sql/finalize.sql", name = "finalize", finalize);

/// Required by `cargo pgrx test`.
#[cfg(test)]
pub mod pg_test {
    pub fn setup(_options: Vec<&str>) {}

    #[must_use]
    pub fn postgresql_conf_options() -> Vec<&'static str> {
        vec![]
    }
}
