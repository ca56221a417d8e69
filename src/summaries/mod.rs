//! Provider daily summaries (`public.provider_summaries`): aggregates recomputed from the source
//! tables for any past day.
use pgrx::prelude::*;

extension_sql_file!("sql/provider_summaries.sql", name = "provider_summaries", requires = ["domain_events"]);
