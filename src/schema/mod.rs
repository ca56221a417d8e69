//! Code the schema's tables rely on: trigger functions shared by many tables.
use pgrx::prelude::*;

extension_sql_file!("sql/updated_at.sql", name = "updated_at");
