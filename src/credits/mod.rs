//! Mentor credit consumption: booking a session is a plain INSERT into mentor_sessions; a
//! trigger moves `mentor_credits.credits_used` atomically. The accounting rules are pure Rust in
//! `ledger`; the trigger applies them with one conditional UPDATE per ledger.
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::spi::SpiResult;
use pgrx::Uuid;

use crate::errors::{spi, spi_opt, Raise, TriggerError};
use crate::kept_plans;
use crate::trigger_tuple::{enum_label, Row};

pub mod ledger;
use ledger::Booking;

const CONSUME: &str = include_str!("queries/consume.sql");
const DIAGNOSE: &str = include_str!("queries/diagnose.sql");
const MENTOR_ON_PROGRAMME: &str = include_str!("queries/mentor_on_programme.sql");
const FUNC: &str = "platform.mentor_sessions_credits";

fn booking(
    trigger: &PgTrigger<'_>,
    which: Row,
    row: &PgHeapTuple<'_, impl WhoAllocated>,
) -> Result<Booking<Uuid>, TriggerError> {
    Ok(Booking {
        credit_id: row.get_by_name::<Uuid>("credit_id")?,
        credits: row.get_by_name::<i32>("credits_consumed")?.unwrap_or(0),
        cancelled: enum_label(trigger, which, "status").as_deref() == Some("cancelled"),
    })
}

fn refuse(code: PgSqlErrorCode, message: String, hint: &str) -> ! {
    ErrorReport::new(code, message, FUNC).set_hint(hint.to_string()).raise()
}

/// Why a consumption was refused: status, not yet valid, expired, remaining, same tenant.
type Diagnosis = (String, bool, bool, i32, bool);

/// Consume (delta > 0) or refund (delta < 0) credits on one ledger, or fail saying why.
fn move_credits(credit_id: Uuid, delta: i32, tenant_id: Uuid, mentor_id: Option<Uuid>) {
    if delta > 0 {
        if let Some(mentor) = mentor_id {
            let ok = spi(
                kept_plans::get_one::<bool>(MENTOR_ON_PROGRAMME, &[credit_id.into(), mentor.into()]),
                "check mentor programme",
            );
            if ok == Some(false) {
                refuse(
                    PgSqlErrorCode::ERRCODE_CHECK_VIOLATION,
                    format!("mentor {mentor} is not assigned to the programme of credit ledger {credit_id}"),
                    "Book a mentor of the programme the credits were granted for (mentor_programmes).",
                );
            }
        }
    }
    let remaining = spi_opt(
        kept_plans::get_one::<i32>(CONSUME, &[credit_id.into(), delta.into(), tenant_id.into()]),
        "move credits",
    );
    if remaining.is_some() {
        return;
    }
    // Refused: say why, and change nothing (the statement fails).
    // A failure to read the diagnosis is an error of its own, never a reason made up from defaults.
    let why = Spi::connect(|client| -> SpiResult<Option<Diagnosis>> {
        let t = spi(client.select(DIAGNOSE, Some(1), &[credit_id.into(), tenant_id.into()]), "diagnose credits");
        let Some(r) = t.into_iter().next() else { return Ok(None) };
        // NULLs (no valid_from, ...) read as "no objection".
        Ok(Some((
            r.get_by_name::<String, _>("status")?.unwrap_or_default(),
            r.get_by_name::<bool, _>("not_yet_valid")?.unwrap_or(false),
            r.get_by_name::<bool, _>("expired")?.unwrap_or(false),
            r.get_by_name::<i32, _>("remaining")?.unwrap_or(0),
            r.get_by_name::<bool, _>("same_tenant")?.unwrap_or(false),
        )))
    });
    let why = spi(why, "read credit diagnosis");
    match why {
        None | Some((_, _, _, _, false)) => refuse(
            PgSqlErrorCode::ERRCODE_FOREIGN_KEY_VIOLATION,
            format!("mentor credit ledger {credit_id} does not exist in this tenant"),
            "credit_id must name a mentor_credits row of the session's tenant.",
        ),
        Some((status, _, _, _, _)) if status != "active" => refuse(
            PgSqlErrorCode::ERRCODE_CHECK_VIOLATION,
            format!("mentor credit ledger {credit_id} is {status}, not active"),
            "Only active credit ledgers can be booked against.",
        ),
        Some((_, true, _, _, _)) => refuse(
            PgSqlErrorCode::ERRCODE_CHECK_VIOLATION,
            format!("mentor credit ledger {credit_id} is not valid yet"),
            "The credits become usable at valid_from.",
        ),
        Some((_, _, true, _, _)) => refuse(
            PgSqlErrorCode::ERRCODE_CHECK_VIOLATION,
            format!("mentor credit ledger {credit_id} has expired"),
            "Expired credits cannot be booked; ask the provider for a new grant.",
        ),
        Some((_, _, _, remaining, _)) => refuse(
            PgSqlErrorCode::ERRCODE_CHECK_VIOLATION,
            format!("insufficient mentor credits: {remaining} remaining, {delta} requested (ledger {credit_id})"),
            "Book fewer credits, or ask the programme's provider to grant more.",
        ),
    }
}

/// AFTER INSERT OR UPDATE OR DELETE ON mentor_sessions, FOR EACH ROW (after RLS has accepted the row).
#[pg_trigger]
fn mentor_sessions_credits<'a>(
    trigger: &'a PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, impl WhoAllocated>>, TriggerError> {
    let old = trigger.old();
    let new = trigger.new();
    let before = old.as_ref().map(|r| booking(trigger, Row::Old, r)).transpose()?;
    let after = new.as_ref().map(|r| booking(trigger, Row::New, r)).transpose()?;
    if let Some(b) = &after {
        if b.credits > 0 && b.credit_id.is_none() {
            refuse(
                PgSqlErrorCode::ERRCODE_NOT_NULL_VIOLATION,
                "a session that consumes credits needs a credit_id".into(),
                "Set credit_id to the company's mentor_credits ledger, or credits_consumed to 0.",
            );
        }
    }
    let row = new.as_ref().or(old.as_ref()).expect("a row trigger has a row");
    let tenant_id: Uuid = row.get_by_name("tenant_id")?.expect("tenant_id is NOT NULL");
    // The mentor check applies to new consumption only (a refund never needs it).
    let mentor_id: Option<Uuid> = match &new {
        Some(n) => n.get_by_name("mentor_id")?,
        None => None,
    };
    for (credit_id, delta) in ledger::deltas(before.as_ref(), after.as_ref()) {
        move_credits(credit_id, delta, tenant_id, mentor_id);
    }
    Ok(new.or(old))
}

extension_sql_file!("sql/finalize.sql", name = "credits_finalize", requires = [mentor_sessions_credits]);
extension_sql_file!("sql/lifecycle.sql", name = "session_lifecycle", requires = ["rls_caller", "rls_helpers"]);
