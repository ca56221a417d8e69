//! Errors with a SQLSTATE, a message, and where useful a detail and a hint.
//!
//! Every user-facing failure goes through [`Raise::raise`], so callers (psql, PostgREST) always get
//! a proper SQLSTATE instead of a Rust panic message (XX000).
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::spi::SpiResult;

/// Report an [`ErrorReport`] at ERROR level; never returns.
pub trait Raise {
    fn raise(self) -> !;
}

impl Raise for ErrorReport {
    fn raise(self) -> ! {
        self.report(PgLogLevel::ERROR);
        unreachable!("ERROR-level reports do not return")
    }
}

/// Unwrap an SPI result. SQL errors inside SPI already arrive as Postgres errors (with their own
/// SQLSTATE); what reaches here is a pgrx-side failure (type mismatch, ...), which is a bug.
#[track_caller]
pub fn spi<T>(result: SpiResult<T>, context: &'static str) -> T {
    match result {
        Ok(v) => v,
        Err(e) => ErrorReport::new(PgSqlErrorCode::ERRCODE_INTERNAL_ERROR, format!("{context}: {e}"), context).raise(),
    }
}

/// The error type of this crate's trigger functions: whatever went wrong reading or writing the
/// trigger's tuples (pgrx reports it as an ERROR with the message).
#[derive(Debug)]
pub struct TriggerError(pub String);

impl std::fmt::Display for TriggerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TriggerError {}

macro_rules! trigger_error_from {
    ($($t:ty),*) => {$(
        impl From<$t> for TriggerError {
            fn from(e: $t) -> Self {
                TriggerError(e.to_string())
            }
        }
    )*};
}
trigger_error_from!(
    pgrx::datum::TryFromDatumError,
    pgrx::heap_tuple::PgHeapTupleError,
    pgrx::trigger_support::PgTriggerError,
    pgrx::spi::SpiError
);

impl TriggerError {
    /// A row-level trigger was fired without the row it needs (a misdeclared trigger).
    pub fn missing(what: &str) -> Self {
        TriggerError(format!("trigger fired without {what}: check the CREATE TRIGGER statement"))
    }
}

/// Like [`spi`] for `Spi::get_one*`, where "no row at all" is an answer (None), not an error.
#[track_caller]
pub fn spi_opt<T>(result: SpiResult<Option<T>>, context: &'static str) -> Option<T> {
    match result {
        Err(pgrx::spi::SpiError::InvalidPosition) => None,
        other => spi(other, context),
    }
}

/// Refuse to start `what` on a hot standby: SQLSTATE 25006 (read_only_sql_transaction) with a
/// hint, before anything is attempted. Without it the first write deep inside failed with XX000
/// "cannot assign TransactionIds during recovery" (migrate) or a bare 25006 naming a statement
/// the caller never wrote.
pub fn require_primary(what: &'static str) {
    // SAFETY: RecoveryInProgress reads shared memory state; callable from any backend.
    if unsafe { pg_sys::RecoveryInProgress() } {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_READ_ONLY_SQL_TRANSACTION,
            format!("{what} writes, and this server is a read-only standby"),
            what,
        )
        .set_hint("Run it on the primary: what it writes reaches the standbys by replication.")
        .raise();
    }
}
