//! Reading trigger tuple columns whose types `PgHeapTuple::get_by_name` cannot unbox (arrays of
//! text, SQL enums), straight from the trigger's heap tuple.
use pgrx::prelude::*;
use pgrx::trigger_support::PgTriggerOperation;
use pgrx::PgTupleDesc;
use std::num::NonZeroUsize;

/// Which row of a row-level trigger to read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Old,
    New,
}

/// The raw datum and type of `column` in the trigger's OLD or NEW row; None when NULL or absent.
fn raw(trigger: &PgTrigger<'_>, row: Row, column: &str) -> Option<(pg_sys::Datum, pg_sys::Oid)> {
    let td = trigger.trigger_data();
    let update = matches!(trigger.op(), Ok(PgTriggerOperation::Update));
    let tuple = match (row, update) {
        (Row::New, true) => td.tg_newtuple,
        (Row::Old, false) if matches!(trigger.op(), Ok(PgTriggerOperation::Insert)) => return None,
        (Row::New, false) if matches!(trigger.op(), Ok(PgTriggerOperation::Delete)) => return None,
        _ => td.tg_trigtuple,
    };
    if tuple.is_null() {
        return None;
    }
    // SAFETY: the relation and tuple pointers come from the running trigger's TriggerData.
    unsafe {
        let rd_att = (*td.tg_relation).rd_att;
        let desc = PgTupleDesc::from_pg_unchecked(rd_att);
        let (idx, att) = desc.iter().enumerate().find(|(_, a)| !a.is_dropped() && a.name() == column)?;
        let datum = pgrx::heap_getattr_raw(tuple, NonZeroUsize::new(idx + 1)?, rd_att)?;
        Some((datum, att.type_oid().value()))
    }
}

/// The label of a SQL enum column.
pub fn enum_label(trigger: &PgTrigger<'_>, row: Row, column: &str) -> Option<String> {
    raw(trigger, row, column).map(|(d, _)| pgrx::enum_helper::lookup_enum_by_oid(pg_sys::Oid::from(d.value() as u32)).0)
}

/// A text[] column.
pub fn text_array(trigger: &PgTrigger<'_>, row: Row, column: &str) -> Option<Vec<Option<String>>> {
    // SAFETY: the datum is a live text[] of the trigger's tuple, copied out by from_datum.
    raw(trigger, row, column)
        .and_then(|(d, oid)| unsafe { Vec::<Option<String>>::from_polymorphic_datum(d, false, oid) })
}
