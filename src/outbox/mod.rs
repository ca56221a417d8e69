//! The transactional outbox (`public.event_outbox`), the domain events that fill it and the
//! notifications they create. Retry backoff is pure Rust.
use pgrx::prelude::*;

pub mod backoff;

/// Retry delay in seconds after `attempts` attempts: base * 2^(attempts-1), capped, +/-25 % jitter
/// (`unit` in [0, 1)).
#[pg_extern(immutable, strict, parallel_safe)]
fn outbox_backoff_seconds(attempts: i32, base: f64, cap: f64, unit: f64) -> f64 {
    backoff::delay_seconds(attempts, base, cap, unit)
}

extension_sql_file!("sql/outbox.sql", name = "outbox", requires = [outbox_backoff_seconds]);
extension_sql_file!("sql/domain_events.sql", name = "domain_events", requires = ["outbox", "rls_helpers"]);
