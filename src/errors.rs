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
        Err(e) => ErrorReport::new(
            PgSqlErrorCode::ERRCODE_INTERNAL_ERROR,
            format!("{context}: {e}"),
            context,
        )
        .raise(),
    }
}
