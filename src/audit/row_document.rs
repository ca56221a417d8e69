//! `platform.row_document(row)`: the audit trail's row document, equal to `to_jsonb(row)`, with
//! each column's conversion decided once per call site instead of once per row.
//!
//! `to_jsonb` of a row looks up, for every column of every row, how its type converts (base
//! type, element type, row type, output function, and for an extension's type a cast to json):
//! four or five catalog-cache probes per column. For the 18 columns of a company that was 5.7 us
//! of a row's ~12 us audit cost (measured on 5 000 rows, medium demo data). Here a call site keeps
//! the row type's plan in `fn_extra`: each column's kind, its output function, its key in jsonb
//! order. Per row, only the values are converted.
//!
//! The kinds follow PostgreSQL 15's `jsonb_categorize_type` / `datum_to_jsonb` (jsonb.c), with
//! the same results by shorter ways where there are: booleans; integers and finite numerics as
//! the number itself (what `numeric_in` makes of their text), floats through their text (NaN and
//! the infinities as strings); dates and timestamps (`JsonEncodeDateTime`); uuid, text and varchar
//! written directly, other scalars by their output function; one-dimensional arrays of those; and
//! everything else (arrays of more dimensions or of containers, composites, json, jsonb, an
//! extension's type with a cast to json) converted by `to_jsonb` itself for that one value and
//! spliced in. tests/pgtap/52_row_document.sql
//! compares it with `to_jsonb` column type by column type.
use crate::errors::Raise;
use pgrx::pg_sys;
use pgrx::prelude::*;
use pgrx::PgMemoryContexts;
use std::ffi::CStr;
use std::ptr;

extension_sql_file!("sql/row_document.sql", name = "row_document");

enum Kind {
    Bool,
    /// int2, int4, int8: the number itself (what numeric_in makes of its output text).
    Int(pg_sys::Oid),
    /// numeric: the value itself, or its output text for NaN and the infinities.
    Numeric(pg_sys::FmgrInfo),
    /// float4, float8: output text, then numeric_in (a string for NaN and the infinities).
    Float(pg_sys::FmgrInfo),
    /// date, timestamp, timestamptz (the base type's oid).
    DateTime(pg_sys::Oid),
    /// uuid: its canonical text, written here (uuid_out appends char by char).
    Uuid,
    /// text, varchar: the characters themselves, no copy.
    Varlena,
    /// Any other scalar without a cast to json: its output text as a string.
    Output(pg_sys::FmgrInfo),
    /// A one-dimensional array of such scalars (more dimensions: Generic).
    Array(Box<Element>),
    /// to_jsonb of the value (its FmgrInfo carries an expression of the column's type).
    Generic(pg_sys::FmgrInfo),
}

struct Element {
    typid: pg_sys::Oid,
    len: i16,
    byval: bool,
    align: std::ffi::c_char,
    kind: Kind,
}

struct Column {
    attno: usize,
    /// The column's name, and the jsonb key pointing at it (built once: keys are the same in
    /// every row; pushJsonbValue copies the value, not the name).
    name: Vec<u8>,
    key: pg_sys::JsonbValue,
    kind: Kind,
}

/// One call site's plan for one row type.
struct Plan {
    typid: pg_sys::Oid,
    typmod: i32,
    desc: pg_sys::TupleDesc,
    columns: Vec<Column>,
    numeric_in: pg_sys::FmgrInfo,
    values: Vec<pg_sys::Datum>,
    nulls: Vec<bool>,
}

#[no_mangle]
#[doc(hidden)]
pub extern "C" fn pg_finfo_row_document() -> &'static pg_sys::Pg_finfo_record {
    const V1_API: pg_sys::Pg_finfo_record = pg_sys::Pg_finfo_record { api_version: 1 };
    &V1_API
}

/// The C entry point (`platform.row_document(anyelement) RETURNS jsonb`, STRICT).
///
/// # Safety
/// Called by the function manager with a valid `fcinfo` for one composite argument.
#[no_mangle]
#[doc(hidden)]
pub unsafe extern "C-unwind" fn row_document(fcinfo: pg_sys::FunctionCallInfo) -> pg_sys::Datum {
    // SAFETY: the guard turns a Rust panic or a PostgreSQL error into an ereport.
    unsafe { pg_sys::submodules::panic::pgrx_extern_c_guard(|| document(fcinfo)) }
}

fn fmgr_info(oid: pg_sys::Oid, mcxt: pg_sys::MemoryContext) -> pg_sys::FmgrInfo {
    // SAFETY: fmgr_info_cxt fills the whole struct.
    unsafe {
        let mut f: pg_sys::FmgrInfo = std::mem::zeroed();
        pg_sys::fmgr_info_cxt(oid, &mut f, mcxt);
        f
    }
}

fn output_fn(typid: pg_sys::Oid, mcxt: pg_sys::MemoryContext) -> pg_sys::FmgrInfo {
    let mut out = pg_sys::Oid::INVALID;
    let mut varlena = false;
    // SAFETY: plain catalog lookup.
    unsafe { pg_sys::getTypeOutputInfo(typid, &mut out, &mut varlena) };
    fmgr_info(out, mcxt)
}

/// to_jsonb for a value of `typid`: an FmgrInfo whose expression tells to_jsonb the argument type.
fn to_jsonb_fn(typid: pg_sys::Oid, typmod: i32, mcxt: pg_sys::MemoryContext) -> pg_sys::FmgrInfo {
    let to_jsonb = pg_sys::Oid::from(pg_sys::F_TO_JSONB);
    let mut f = fmgr_info(to_jsonb, mcxt);
    // SAFETY: the nodes are built in the call site's memory context, which outlives the FmgrInfo.
    unsafe {
        PgMemoryContexts::For(mcxt).switch_to(|_| {
            let mut len: i16 = 0;
            let mut byval = false;
            pg_sys::get_typlenbyval(typid, &mut len, &mut byval);
            let arg = pg_sys::makeConst(
                typid,
                typmod,
                pg_sys::get_typcollation(typid),
                len.into(),
                pg_sys::Datum::from(0usize),
                true,
                byval,
            );
            let call = pg_sys::makeFuncExpr(
                to_jsonb,
                pg_sys::JSONBOID,
                pg_sys::lappend(ptr::null_mut(), arg.cast()),
                pg_sys::Oid::INVALID,
                pg_sys::Oid::INVALID,
                pg_sys::CoercionForm::COERCE_EXPLICIT_CALL,
            );
            f.fn_expr = call.cast();
        });
    }
    f
}

/// PostgreSQL 15's jsonb_categorize_type, refined into the kinds above.
fn kind_of(typid: pg_sys::Oid, typmod: i32, mcxt: pg_sys::MemoryContext) -> Kind {
    // SAFETY: catalog lookups.
    unsafe {
        let base = pg_sys::getBaseType(typid);
        let elem = pg_sys::get_element_type(base);
        match base {
            pg_sys::BOOLOID => Kind::Bool,
            pg_sys::INT2OID | pg_sys::INT4OID | pg_sys::INT8OID => Kind::Int(base),
            pg_sys::NUMERICOID => Kind::Numeric(output_fn(base, mcxt)),
            pg_sys::FLOAT4OID | pg_sys::FLOAT8OID => Kind::Float(output_fn(base, mcxt)),
            pg_sys::DATEOID | pg_sys::TIMESTAMPOID | pg_sys::TIMESTAMPTZOID => Kind::DateTime(base),
            pg_sys::UUIDOID => Kind::Uuid,
            pg_sys::TEXTOID | pg_sys::VARCHAROID => Kind::Varlena,
            pg_sys::JSONOID | pg_sys::JSONBOID => Kind::Generic(to_jsonb_fn(typid, typmod, mcxt)),
            _ if elem != pg_sys::Oid::INVALID => {
                let kind = kind_of(elem, -1, mcxt);
                if matches!(kind, Kind::Generic(_) | Kind::Array(_)) {
                    return Kind::Generic(to_jsonb_fn(typid, typmod, mcxt));
                }
                let mut len: i16 = 0;
                let mut byval = false;
                let mut align: std::ffi::c_char = 0;
                pg_sys::get_typlenbyvalalign(elem, &mut len, &mut byval, &mut align);
                Kind::Array(Box::new(Element { typid: elem, len, byval, align, kind }))
            }
            _ if base == pg_sys::ANYARRAYOID
                || base == pg_sys::ANYCOMPATIBLEARRAYOID
                || base == pg_sys::RECORDARRAYOID
                || pg_sys::type_is_rowtype(base) =>
            {
                Kind::Generic(to_jsonb_fn(typid, typmod, mcxt))
            }
            _ => {
                if base.to_u32() >= pg_sys::FirstNormalObjectId {
                    let mut cast = pg_sys::Oid::INVALID;
                    let path = pg_sys::find_coercion_pathway(
                        pg_sys::JSONOID,
                        base,
                        pg_sys::CoercionContext::COERCION_EXPLICIT,
                        &mut cast,
                    );
                    if path == pg_sys::CoercionPathType::COERCION_PATH_FUNC && cast != pg_sys::Oid::INVALID {
                        return Kind::Generic(to_jsonb_fn(typid, typmod, mcxt));
                    }
                }
                Kind::Output(output_fn(base, mcxt))
            }
        }
    }
}

/// The plan for a row type: its live columns, in jsonb's key order (shorter keys first, then
/// bytewise; equal names in column order, so that the last one wins as in to_jsonb).
fn plan(typid: pg_sys::Oid, typmod: i32, mcxt: pg_sys::MemoryContext) -> Plan {
    // SAFETY: the descriptor copy lives in the call site's memory context.
    unsafe {
        let desc = PgMemoryContexts::For(mcxt).switch_to(|_| pg_sys::lookup_rowtype_tupdesc_copy(typid, typmod));
        let natts = (*desc).natts as usize;
        let atts = (*desc).attrs.as_slice(natts);
        let mut columns = Vec::with_capacity(natts);
        for (i, att) in atts.iter().enumerate() {
            if att.attisdropped {
                continue;
            }
            let name = CStr::from_ptr(att.attname.data.as_ptr()).to_bytes().to_vec();
            columns.push(Column {
                attno: i,
                key: string_of(name.as_ptr().cast_mut().cast(), name.len()),
                name,
                kind: kind_of(att.atttypid, att.atttypmod, mcxt),
            });
        }
        columns.sort_by(|a, b| a.name.len().cmp(&b.name.len()).then(a.name.cmp(&b.name)).then(a.attno.cmp(&b.attno)));
        Plan {
            typid,
            typmod,
            desc,
            columns,
            numeric_in: fmgr_info(pg_sys::Oid::from(pg_sys::F_NUMERIC_IN), mcxt),
            values: vec![pg_sys::Datum::from(0usize); natts],
            nulls: vec![true; natts],
        }
    }
}

fn null_value() -> pg_sys::JsonbValue {
    // SAFETY: all-zero is a valid JsonbValue (jbvNull is 0).
    let mut v: pg_sys::JsonbValue = unsafe { std::mem::zeroed() };
    v.type_ = pg_sys::jbvType::jbvNull;
    v
}

/// A jsonb string of `len` bytes at `s` (not copied: they must outlive the document's build).
fn string_of(s: *mut std::ffi::c_char, len: usize) -> pg_sys::JsonbValue {
    let mut v = null_value();
    v.type_ = pg_sys::jbvType::jbvString;
    v.val.string.len = len as i32;
    v.val.string.val = s;
    v
}

fn string_value(s: *mut std::ffi::c_char) -> pg_sys::JsonbValue {
    // SAFETY: s is a NUL-terminated string palloc'd by an output function.
    string_of(s, unsafe { CStr::from_ptr(s) }.to_bytes().len())
}

/// A JSON number as PostgreSQL's output functions write one: not NaN or an infinity.
fn is_json_number(s: &[u8]) -> bool {
    match s {
        [c, ..] if c.is_ascii_digit() => true,
        [b'-', c, ..] => c.is_ascii_digit(),
        _ => false,
    }
}

unsafe fn push(
    state: &mut *mut pg_sys::JsonbParseState,
    token: pg_sys::JsonbIteratorToken::Type,
    v: *mut pg_sys::JsonbValue,
) {
    // SAFETY: the caller passes a value valid until the document is built, or NULL for a
    // container's begin and end.
    unsafe { pg_sys::pushJsonbValue(state, token, v) };
}

/// Splices a jsonb value in as the current key's value.
unsafe fn splice(state: &mut *mut pg_sys::JsonbParseState, datum: pg_sys::Datum) {
    use pg_sys::JsonbIteratorToken::*;
    // SAFETY: datum is a jsonb returned by to_jsonb.
    unsafe {
        let jb = pg_sys::pg_detoast_datum(datum.cast_mut_ptr()) as *mut pg_sys::Jsonb;
        let root = ptr::addr_of_mut!((*jb).root);
        let mut v: pg_sys::JsonbValue = std::mem::zeroed();
        if (*root).header & pg_sys::JB_FSCALAR != 0 {
            pg_sys::JsonbExtractScalar(root, &mut v);
            push(state, WJB_VALUE, &mut v);
            return;
        }
        let mut it = pg_sys::JsonbIteratorInit(root);
        loop {
            let token = pg_sys::JsonbIteratorNext(&mut it, &mut v, false);
            match token {
                WJB_DONE => break,
                WJB_BEGIN_ARRAY | WJB_END_ARRAY | WJB_BEGIN_OBJECT | WJB_END_OBJECT => {
                    push(state, token, ptr::null_mut())
                }
                _ => push(state, token, &mut v),
            }
        }
    }
}

fn numeric_value(n: pg_sys::Numeric) -> pg_sys::JsonbValue {
    let mut v = null_value();
    v.type_ = pg_sys::jbvType::jbvNumeric;
    v.val.numeric = n;
    v
}

/// The text of a uuid (8-4-4-4-12 lowercase hex), palloc'd as uuid_out would.
unsafe fn uuid_text(value: pg_sys::Datum) -> *mut std::ffi::c_char {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    // SAFETY: a uuid datum points at 16 bytes; the buffer has room for 36 + NUL.
    unsafe {
        let bytes = std::slice::from_raw_parts(value.cast_mut_ptr::<u8>(), 16);
        let out = pg_sys::palloc(37) as *mut u8;
        let mut j = 0;
        for (i, b) in bytes.iter().enumerate() {
            if matches!(i, 4 | 6 | 8 | 10) {
                *out.add(j) = b'-';
                j += 1;
            }
            *out.add(j) = HEX[(b >> 4) as usize];
            *out.add(j + 1) = HEX[(b & 15) as usize];
            j += 2;
        }
        *out.add(36) = 0;
        out.cast()
    }
}

/// One non-null value of a scalar kind (not Array, not Generic).
unsafe fn scalar(kind: &mut Kind, numeric_in: &mut pg_sys::FmgrInfo, value: pg_sys::Datum) -> pg_sys::JsonbValue {
    // SAFETY: value is a non-null datum of the kind's type.
    unsafe {
        match kind {
            Kind::Bool => {
                let mut v = null_value();
                v.type_ = pg_sys::jbvType::jbvBool;
                v.val.boolean = value.value() != 0;
                v
            }
            Kind::Int(base) => {
                let n = match *base {
                    pg_sys::INT2OID => value.value() as i16 as i64,
                    pg_sys::INT4OID => value.value() as i32 as i64,
                    _ => value.value() as i64,
                };
                numeric_value(pg_sys::int64_to_numeric(n))
            }
            Kind::Numeric(out) => {
                let n = pg_sys::pg_detoast_datum(value.cast_mut_ptr()) as pg_sys::Numeric;
                if pg_sys::numeric_is_nan(n) || pg_sys::numeric_is_inf(n) {
                    string_value(pg_sys::OutputFunctionCall(out, value))
                } else {
                    numeric_value(n)
                }
            }
            Kind::Float(out) => {
                let s = pg_sys::OutputFunctionCall(out, value);
                if is_json_number(CStr::from_ptr(s).to_bytes()) {
                    numeric_value(
                        pg_sys::FunctionCall3Coll(
                            numeric_in,
                            pg_sys::Oid::INVALID,
                            pg_sys::Datum::from(s),
                            pg_sys::Datum::from(pg_sys::Oid::INVALID),
                            pg_sys::Datum::from(-1i32),
                        )
                        .cast_mut_ptr(),
                    )
                } else {
                    string_value(s)
                }
            }
            Kind::DateTime(base) => {
                string_value(pg_sys::JsonEncodeDateTime(ptr::null_mut(), value, *base, ptr::null()))
            }
            Kind::Uuid => string_value(uuid_text(value)),
            Kind::Varlena => {
                let t = pg_sys::pg_detoast_datum_packed(value.cast_mut_ptr());
                string_of(pgrx::varlena::vardata_any(t).cast_mut(), pgrx::varlena::varsize_any_exhdr(t))
            }
            Kind::Output(out) => string_value(pg_sys::OutputFunctionCall(out, value)),
            Kind::Array(_) | Kind::Generic(_) => unreachable!("containers are not scalars"),
        }
    }
}

/// A one-dimensional array of scalars as a jsonb array (array_to_jsonb's order; NULL elements
/// as null); an array of more dimensions through to_jsonb.
unsafe fn array(
    state: &mut *mut pg_sys::JsonbParseState,
    elem: &mut Element,
    numeric_in: &mut pg_sys::FmgrInfo,
    value: pg_sys::Datum,
) {
    use pg_sys::JsonbIteratorToken::*;
    // SAFETY: value is a non-null array of elem's type.
    unsafe {
        let arr = pg_sys::pg_detoast_datum(value.cast_mut_ptr()) as *mut pg_sys::ArrayType;
        let ndim = (*arr).ndim;
        if ndim > 1 {
            // Rare: an array of more dimensions, by to_jsonb itself (set up for this value).
            let mut f = to_jsonb_fn(pg_sys::get_array_type(elem.typid), -1, pg_sys::CurrentMemoryContext);
            splice(state, pg_sys::FunctionCall1Coll(&mut f, pg_sys::Oid::INVALID, value));
            return;
        }
        push(state, WJB_BEGIN_ARRAY, ptr::null_mut());
        if ndim == 1 {
            let mut elems: *mut pg_sys::Datum = ptr::null_mut();
            let mut nulls: *mut bool = ptr::null_mut();
            let mut n: i32 = 0;
            pg_sys::deconstruct_array(
                arr,
                elem.typid,
                elem.len.into(),
                elem.byval,
                elem.align,
                &mut elems,
                &mut nulls,
                &mut n,
            );
            for i in 0..n as usize {
                let mut v =
                    if *nulls.add(i) { null_value() } else { scalar(&mut elem.kind, numeric_in, *elems.add(i)) };
                push(state, WJB_ELEM, &mut v);
            }
        }
        push(state, WJB_END_ARRAY, ptr::null_mut());
    }
}

unsafe fn document(fcinfo: pg_sys::FunctionCallInfo) -> pg_sys::Datum {
    use pg_sys::JsonbIteratorToken::*;
    // SAFETY: fcinfo is valid for the call; the function is STRICT with one composite argument.
    unsafe {
        let flinfo = (*fcinfo).flinfo;
        if (*flinfo).fn_extra.is_null() {
            let argtype = pg_sys::get_fn_expr_argtype(flinfo, 0);
            if argtype != pg_sys::Oid::INVALID && !pg_sys::type_is_rowtype(argtype) {
                pgrx::pg_sys::panic::ErrorReport::new(
                    PgSqlErrorCode::ERRCODE_DATATYPE_MISMATCH,
                    "platform.row_document takes a row, not a value of a scalar type",
                    "platform.row_document",
                )
                .set_hint("Pass a table row or a ROW(...) value; for a single value use to_jsonb.")
                .raise();
            }
        }
        let arg = (*fcinfo).args.as_slice(1)[0].value;
        let header = pg_sys::pg_detoast_datum(arg.cast_mut_ptr()) as pg_sys::HeapTupleHeader;
        let typid = (*header).t_choice.t_datum.datum_typeid;
        let typmod = (*header).t_choice.t_datum.datum_typmod;

        let mut cached = (*flinfo).fn_extra as *mut Plan;
        if cached.is_null() || (*cached).typid != typid || (*cached).typmod != typmod {
            // (A call site sees one row type; a new one replaces the plan, the old stays until
            // the call site's context goes.)
            let mcxt = (*flinfo).fn_mcxt;
            cached = PgMemoryContexts::For(mcxt).leak_and_drop_on_delete(plan(typid, typmod, mcxt));
            (*flinfo).fn_extra = cached.cast();
        }
        let plan = &mut *cached;

        let mut tuple: pg_sys::HeapTupleData = std::mem::zeroed();
        tuple.t_len = pgrx::varlena::varsize_any(header.cast()) as u32;
        tuple.t_data = header;
        pg_sys::heap_deform_tuple(&mut tuple, plan.desc, plan.values.as_mut_ptr(), plan.nulls.as_mut_ptr());

        let mut state: *mut pg_sys::JsonbParseState = ptr::null_mut();
        push(&mut state, WJB_BEGIN_OBJECT, ptr::null_mut());
        for col in plan.columns.iter_mut() {
            push(&mut state, WJB_KEY, &mut col.key);
            let value = plan.values[col.attno];
            if plan.nulls[col.attno] {
                push(&mut state, WJB_VALUE, &mut null_value());
                continue;
            }
            match &mut col.kind {
                Kind::Generic(to_jsonb) => {
                    splice(&mut state, pg_sys::FunctionCall1Coll(to_jsonb, pg_sys::Oid::INVALID, value));
                }
                Kind::Array(elem) => array(&mut state, elem, &mut plan.numeric_in, value),
                kind => {
                    let mut v = scalar(kind, &mut plan.numeric_in, value);
                    push(&mut state, WJB_VALUE, &mut v);
                }
            }
        }
        let result = pg_sys::pushJsonbValue(&mut state, WJB_END_OBJECT, ptr::null_mut());
        pg_sys::Datum::from(pg_sys::JsonbValueToJsonb(result))
    }
}

#[cfg(test)]
mod tests {
    use super::is_json_number;

    #[test]
    fn json_numbers_are_what_output_functions_write_for_finite_values() {
        for s in ["0", "12", "-3", "1.5", "-0.25", "1e+100", "-1.5e-07"] {
            assert!(is_json_number(s.as_bytes()), "{s}");
        }
        for s in ["NaN", "Infinity", "-Infinity", "", "-"] {
            assert!(!is_json_number(s.as_bytes()), "{s}");
        }
    }
}
