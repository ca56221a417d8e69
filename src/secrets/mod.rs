//! Secrets kept in business tables: encrypted at rest with pgcrypto, keys outside the tables.
use pgrx::prelude::*;

extension_sql_file!("sql/calendar_token.sql", name = "calendar_token", requires = ["rls_caller"]);
