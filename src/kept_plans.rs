//! Statements kept prepared for the life of the backend (`SPI_prepare` + `SPI_keepplan`), for the
//! SQL that row-level triggers run once per row. Planning such a statement on every call cost
//! ~100-150 us, several times the query itself (measured: the completeness trigger spent 128 us
//! per inserted company, the signup initialiser 193 us per row, almost all of it planning).
//!
//! Postgres' plan cache revalidates kept plans when the tables they use change, so a cached plan
//! never outlives a schema change; the statements are schema-qualified and run with the fixed
//! search_path of the SECURITY DEFINER functions that call them.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use pgrx::datum::{DatumWithOid, FromDatum, IntoDatum};
use pgrx::pg_sys::PgOid;
use pgrx::spi::{OwnedPreparedStatement, Spi, SpiClient, SpiResult, SpiTupleTable};

thread_local! {
    static PLANS: RefCell<HashMap<&'static str, Rc<OwnedPreparedStatement>>> = RefCell::new(HashMap::new());
}

/// Execute `sql` with `args` through its kept plan, preparing it on first use (argument types are
/// taken from `args`, so every call site of one statement must pass the same types). Statements
/// run as "mutating" (a fresh snapshot per statement, like `SpiClient::update`), so a trigger sees
/// everything its transaction did before.
///
/// The map is borrowed only to look the plan up: a statement that fires triggers which use this
/// cache again is fine, and an error while it runs leaves the cache intact.
pub fn execute<'conn>(
    client: &mut SpiClient<'conn>,
    sql: &'static str,
    limit: Option<i64>,
    args: &[DatumWithOid<'_>],
) -> SpiResult<SpiTupleTable<'conn>> {
    let cached = PLANS.with(|p| p.borrow().get(sql).cloned());
    let plan = match cached {
        Some(plan) => plan,
        None => {
            let types: Vec<PgOid> = args.iter().map(|a| PgOid::from_untagged(a.oid())).collect();
            let plan = Rc::new(client.prepare_mut(sql, &types)?.keep());
            PLANS.with(|p| p.borrow_mut().insert(sql, Rc::clone(&plan)));
            plan
        }
    };
    client.update(&*plan, limit.map(|l| l as _), args)
}

/// `Spi::get_one_with_args` through a kept plan: the first column of the first row (`Err` with
/// `InvalidPosition` when there is no row, as there).
pub fn get_one<T: FromDatum + IntoDatum>(sql: &'static str, args: &[DatumWithOid<'_>]) -> SpiResult<Option<T>> {
    Spi::connect_mut(|client| execute(client, sql, Some(1), args)?.first().get_one::<T>())
}

#[cfg(feature = "pg_test")] // #[pg_test]s: layer 2 (cargo pgrx test) only, see scripts/test.sh
#[pgrx::pg_schema]
mod tests {
    use pgrx::prelude::*;

    const Q: &str = "SELECT v::text FROM plans_probe WHERE id = $1";

    fn get(id: i32) -> Option<String> {
        Spi::connect_mut(|c| {
            let t = super::execute(c, Q, Some(1), &[id.into()])?;
            if t.is_empty() {
                Ok(None)
            } else {
                t.first().get_one::<String>()
            }
        })
        .unwrap()
    }

    /// A kept plan answers with current data and follows schema changes (Postgres' plan cache
    /// revalidates it), even when the table is dropped and created again.
    #[pg_test]
    fn kept_plans_follow_data_and_schema_changes() {
        Spi::run("CREATE TABLE plans_probe (id int, v text); INSERT INTO plans_probe VALUES (1, 'a'), (2, 'b')")
            .unwrap();
        assert_eq!(get(1).as_deref(), Some("a"));
        assert_eq!(get(2).as_deref(), Some("b"));
        Spi::run("UPDATE plans_probe SET v = 'a2' WHERE id = 1").unwrap();
        assert_eq!(get(1).as_deref(), Some("a2"));
        Spi::run("ALTER TABLE plans_probe ALTER COLUMN v TYPE varchar(10)").unwrap();
        assert_eq!(get(2).as_deref(), Some("b"));
        Spi::run(
            "DROP TABLE plans_probe; CREATE TABLE plans_probe (id int, v int); INSERT INTO plans_probe VALUES (1, 7)",
        )
        .unwrap();
        assert_eq!(get(1).as_deref(), Some("7"));
        assert_eq!(get(3), None);
    }
}
