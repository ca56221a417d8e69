//! Code the schema's tables rely on: trigger functions shared by many tables.
//!
//! - `set_updated_at`: keeps `updated_at` current.
//! - `fill_scope_from_parent`: fills a child's tenant/provider/course ids from its parent.
//! - `check_parent_scope`: the scope guarantee of single-column self-references.
//! - `check_polymorphic_ref` / `delete_polymorphic_refs`: foreign-key guarantees for the
//!   polymorphic (type, id) columns.
//! - `uuid_v7`: time-ordered ids for the append-heavy tables.
use pgrx::prelude::*;

extension_sql_file!("sql/require_primary.sql", name = "require_primary");
extension_sql_file!("sql/updated_at.sql", name = "updated_at");
extension_sql_file!("sql/scope.sql", name = "scope");
extension_sql_file!("sql/polymorphic.sql", name = "polymorphic");
mod uuid_v7;

extension_sql_file!("sql/uuid_v7.sql", name = "uuid_v7", requires = [uuid_v7::uuid_v7]);
extension_sql_file!("sql/parent_scope.sql", name = "parent_scope");
