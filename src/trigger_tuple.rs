//! Reading trigger tuple columns whose types `PgHeapTuple::get_by_name` cannot unbox (arrays of
//! text, SQL enums), straight from the trigger's heap tuple; and `Deformed`, a row read many
//! columns at a time (deformed once) and written back in one step.
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

/// The OLD or NEW heap tuple of a row-level trigger; None when the event has no such row.
fn row_tuple(trigger: &PgTrigger<'_>, row: Row) -> Option<pg_sys::HeapTuple> {
    let td = trigger.trigger_data();
    let update = matches!(trigger.op(), Ok(PgTriggerOperation::Update));
    let tuple = match (row, update) {
        (Row::New, true) => td.tg_newtuple,
        (Row::Old, false) if matches!(trigger.op(), Ok(PgTriggerOperation::Insert)) => return None,
        (Row::New, false) if matches!(trigger.op(), Ok(PgTriggerOperation::Delete)) => return None,
        _ => td.tg_trigtuple,
    };
    (!tuple.is_null()).then_some(tuple)
}

/// A trigger row deformed once: every column's datum by position, the positions found in one
/// pass over the descriptor's names, the row re-formed once. `PgHeapTuple::get_by_name` converts
/// and compares the descriptor's names up to the one asked for at every call (a C string scan
/// and a UTF-8 check each), and `set_by_name` once more.
pub struct Deformed<'a> {
    desc: pg_sys::TupleDesc,
    tuple: pg_sys::HeapTuple,
    values: Vec<pg_sys::Datum>,
    nulls: Vec<bool>,
    _trigger: std::marker::PhantomData<&'a PgTrigger<'a>>,
}

impl<'a> Deformed<'a> {
    /// The trigger's OLD or NEW row; None when the event has no such row.
    pub fn new(trigger: &'a PgTrigger<'a>, row: Row) -> Option<Self> {
        let tuple = row_tuple(trigger, row)?;
        // SAFETY: the relation and tuple pointers come from the running trigger's TriggerData;
        // heap_deform_tuple writes natts entries into arrays of natts.
        unsafe {
            let desc = (*trigger.trigger_data().tg_relation).rd_att;
            let n = (*desc).natts as usize;
            let mut values = vec![pg_sys::Datum::from(0usize); n];
            let mut nulls = vec![true; n];
            pg_sys::heap_deform_tuple(tuple, desc, values.as_mut_ptr(), nulls.as_mut_ptr());
            Some(Self { desc, tuple, values, nulls, _trigger: std::marker::PhantomData })
        }
    }

    /// The positions of the named live columns (None: no such column), each column's name
    /// converted once.
    pub fn positions<const N: usize>(&self, names: &[&str; N]) -> [Option<usize>; N] {
        let mut out = [None; N];
        // SAFETY: the relation's descriptor outlives the trigger call.
        let desc = unsafe { PgTupleDesc::from_pg_unchecked(self.desc) };
        for (i, att) in desc.iter().enumerate() {
            if att.is_dropped() {
                continue;
            }
            let name = att.name();
            if let Some(k) = names.iter().position(|n| *n == name) {
                out[k] = Some(i);
            }
        }
        out
    }

    /// The column's type must be `oid` (the datum is read as that type): an error naming the
    /// column otherwise (the table was altered under the trigger).
    fn check_type(&self, i: usize, oid: pg_sys::Oid) {
        // SAFETY: the relation's descriptor outlives the trigger call; i < natts.
        let desc = unsafe { PgTupleDesc::from_pg_unchecked(self.desc) };
        let att = desc.get(i).expect("a column of this row");
        if att.atttypid != oid {
            ereport!(
                ERROR,
                PgSqlErrorCode::ERRCODE_DATATYPE_MISMATCH,
                format!("column {} has type {}, not the {} this trigger reads", att.name(), att.atttypid, oid)
            );
        }
    }

    fn datum(&self, at: Option<usize>, oid: pg_sys::Oid) -> Option<pg_sys::Datum> {
        let i = at?;
        self.check_type(i, oid);
        (!self.nulls[i]).then(|| self.values[i])
    }

    /// A text column, borrowed (detoasted if it had to be); None when NULL or absent.
    pub fn text(&self, at: Option<usize>) -> Option<&str> {
        // SAFETY: the datum is a live, non-NULL text value of this row (type checked).
        self.datum(at, pg_sys::TEXTOID).and_then(|d| unsafe { <&str as FromDatum>::from_datum(d, false) })
    }

    /// A uuid column; None when NULL or absent.
    pub fn uuid(&self, at: Option<usize>) -> Option<pgrx::Uuid> {
        // SAFETY: the datum is a live, non-NULL uuid value of this row (type checked).
        self.datum(at, pg_sys::UUIDOID).and_then(|d| unsafe { pgrx::Uuid::from_datum(d, false) })
    }

    /// Whether any element of a text[] column satisfies `pred` (NULL elements are passed as None).
    pub fn any_text_element(&self, at: Option<usize>, pred: impl Fn(Option<&str>) -> bool) -> bool {
        // SAFETY: the datum is a live, non-NULL text[] value of this row (type checked).
        self.datum(at, pg_sys::TEXTARRAYOID)
            .and_then(|d| unsafe { pgrx::Array::<&str>::from_datum(d, false) })
            .is_some_and(|a| a.iter().any(&pred))
    }

    /// The row with the column at `at` (of type `oid`) set to `value`, formed once, keeping the
    /// row's identity (t_self, t_tableOid, t_ctid) as heap_modify_tuple does.
    pub fn with_value(
        mut self,
        at: usize,
        oid: pg_sys::Oid,
        value: pg_sys::Datum,
    ) -> PgHeapTuple<'a, pgrx::AllocatedByPostgres> {
        self.check_type(at, oid);
        self.values[at] = value;
        self.nulls[at] = false;
        // SAFETY: values / nulls hold natts entries for this descriptor; the new tuple is palloc'd
        // in the trigger's memory context, as heap_modify_tuple's would be.
        unsafe {
            let new = pg_sys::heap_form_tuple(self.desc, self.values.as_mut_ptr(), self.nulls.as_mut_ptr());
            (*(*new).t_data).t_ctid = (*(*self.tuple).t_data).t_ctid;
            (*new).t_self = (*self.tuple).t_self;
            (*new).t_tableOid = (*self.tuple).t_tableOid;
            PgHeapTuple::from_heap_tuple(PgTupleDesc::from_pg_unchecked(self.desc), new)
        }
    }
}

/// The raw datum and type of `column` in the trigger's OLD or NEW row; None when NULL or absent.
fn raw(trigger: &PgTrigger<'_>, row: Row, column: &str) -> Option<(pg_sys::Datum, pg_sys::Oid)> {
    let td = trigger.trigger_data();
    let tuple = row_tuple(trigger, row)?;
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
