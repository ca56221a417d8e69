//! Partition management for quarterly RANGE partitions (`public.activities`), the way pg_partman
//! does it: partitions created ahead of time, rows rescued from the DEFAULT partition, retention
//! by detaching, one entry point for a scheduler. Which quarters to create or retire is pure Rust
//! (`quarter`); the DDL is in `sql/ddl.sql`.
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::spi::{SpiClient, SpiResult};

use crate::errors::{spi, spi_opt, Raise};

pub mod quarter;
use quarter::Quarter;

const CONFIG: &str = include_str!("queries/config.sql");
const PARTITIONS: &str = include_str!("queries/partitions.sql");
const DEFAULT_QUARTERS: &str = include_str!("queries/default_quarters.sql");
const PARENT: &str = include_str!("queries/parent.sql");
/// One maintainer per parent at a time (concurrent callers wait, then find the work done);
/// released at commit.
const LOCK: &str = r#"SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('platform.partitions:' || $1::pg_catalog.oid::text, 0))"#;
const TODAY: &str = r#"SELECT pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')"#;
const CREATE: &str = r#"SELECT platform.create_range_partition($1, $2, $3::timestamptz, $4::timestamptz)"#;
const RETIRE: &str = include_str!("queries/retire.sql");
const RESOLVE: &str = r#"SELECT pg_catalog.to_regclass($1)::pg_catalog.oid"#;

extension_sql_file!("sql/ddl.sql", name = "partition_ddl");

fn text_rows(client: &mut SpiClient<'_>, sql: &str, args: &[pgrx::datum::DatumWithOid<'_>]) -> Vec<String> {
    // A NULL (e.g. the quarter of a row with a NULL key, waiting in the default partition) is skipped.
    spi(
        spi(client.update(sql, None, args), "partition catalog")
            .filter_map(|r| r.get::<String>(1).transpose())
            .collect::<SpiResult<Vec<String>>>(),
        "read partition catalog",
    )
}

/// Lock `parent` for maintenance, check it is quarterly-partitionable, and return its name and
/// existing quarters.
fn prepare(client: &mut SpiClient<'_>, parent: pg_sys::Oid, func: &'static str) -> (String, Vec<(String, Quarter)>) {
    let name = spi_opt(
        client.update(PARENT, Some(1), &[parent.into()]).and_then(|t| t.first().get_one::<String>()),
        "read parent",
    )
    .unwrap_or_else(|| {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_WRONG_OBJECT_TYPE,
            "the parent must be a table RANGE-partitioned on a date or timestamp column",
            func,
        )
        .set_hint("platform partition management handles quarterly range partitions such as public.activities.")
        .raise()
    });
    spi(client.update(LOCK, None, &[parent.into()]), "lock parent");
    // A partition whose lower bound is not a quarter start (or not a date, e.g. MINVALUE) is not
    // one of ours: skipped.
    let existing = spi(
        spi(client.update(PARTITIONS, None, &[parent.into()]), "list partitions")
            .map(|r| {
                Ok(match (r.get::<String>(1)?, r.get::<String>(2)?) {
                    (Some(n), Some(d)) => Quarter::of_date(&d).map(|q| (n, q)),
                    _ => None,
                })
            })
            .collect::<SpiResult<Vec<Option<(String, Quarter)>>>>(),
        "read partitions",
    )
    .into_iter()
    .flatten()
    .collect();
    (name, existing)
}

fn current_quarter(client: &mut SpiClient<'_>) -> Quarter {
    let today = text_rows(client, TODAY, &[]).pop().unwrap_or_default();
    Quarter::of_date(&today).expect("today is a date")
}

/// Create the missing quarterly partitions of `parent`, from the earliest quarter needed through
/// the current quarter + `premake`, rescuing rows waiting in the DEFAULT partition. Idempotent and
/// safe to run concurrently. Returns the partitions it created.
#[pg_extern(volatile, parallel_unsafe)]
fn ensure_partitions_impl(
    parent: pg_sys::Oid,
    premake: i32,
) -> TableIterator<
    'static,
    (name!(partition, String), name!(range_from, String), name!(range_to, String), name!(rows_moved, i64)),
> {
    crate::errors::require_primary("platform.ensure_partitions");
    if !(0..=40).contains(&premake) {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_INVALID_PARAMETER_VALUE,
            format!("premake must be 0 to 40 quarters, not {premake}"),
            "platform.ensure_partitions",
        )
        .set_hint("premake is how many quarters after the current one get partitions ahead of time.")
        .raise();
    }
    let created = Spi::connect_mut(|client| {
        let (name, existing) = prepare(client, parent, "platform.ensure_partitions");
        let current = current_quarter(client);
        let in_default: Vec<Quarter> = match text_rows(client, DEFAULT_QUARTERS, &[parent.into()]).pop() {
            Some(stmt) => text_rows(client, &stmt, &[]).iter().filter_map(|d| Quarter::of_date(d)).collect(),
            None => vec![],
        };
        let have: Vec<Quarter> = existing.iter().map(|e| e.1).collect();
        let mut out = vec![];
        for q in quarter::missing(&have, &in_default, current, premake as u32) {
            let part = q.partition_name(&name);
            let moved = spi_opt(
                client
                    .update(CREATE, None, &[parent.into(), part.clone().into(), q.start().into(), q.end().into()])
                    .and_then(|t| t.first().get_one::<i64>()),
                "create partition",
            )
            .unwrap_or(0);
            out.push((part, q.start(), q.end(), moved));
        }
        out
    });
    TableIterator::new(created)
}

/// Retention: detach (with `drop`, drop) the partitions of `parent` older than the window of
/// `keep_quarters` quarters ending with the current one. Returns what it did.
#[pg_extern(volatile, parallel_unsafe)]
fn detach_old_partitions_impl(
    keep_quarters: i32,
    drop: bool,
    parent: pg_sys::Oid,
) -> TableIterator<'static, (name!(partition, String), name!(action, String))> {
    crate::errors::require_primary("platform.detach_old_partitions");
    if keep_quarters < 1 {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_INVALID_PARAMETER_VALUE,
            format!("keep_quarters must be at least 1, not {keep_quarters}"),
            "platform.detach_old_partitions",
        )
        .set_hint("keep_quarters counts the current quarter: 4 keeps this quarter and the three before it.")
        .raise();
    }
    let done = Spi::connect_mut(|client| {
        let (_, existing) = prepare(client, parent, "platform.detach_old_partitions");
        let current = current_quarter(client);
        let have: Vec<Quarter> = existing.iter().map(|e| e.1).collect();
        let mut out = vec![];
        for q in quarter::retired(&have, current, keep_quarters as u32) {
            let part = existing.iter().find(|e| e.1 == q).map(|e| e.0.clone()).expect("existing partition");
            let action =
                text_rows(client, RETIRE, &[parent.into(), part.clone().into(), drop.into()]).pop().unwrap_or_default();
            out.push((part, action));
        }
        out
    });
    TableIterator::new(done)
}

/// One entry point for a scheduler (pg_cron or cron + psql): for every parent in
/// platform.partition_config, ensure partitions ahead and apply retention.
#[pg_extern(volatile, parallel_unsafe)]
fn run_maintenance() -> TableIterator<'static, (name!(parent, String), name!(partition, String), name!(action, String))>
{
    crate::errors::require_primary("platform.run_maintenance");
    let configs: Vec<(String, i32, Option<i32>, bool)> = Spi::connect(|client| {
        spi(
            spi(client.select(CONFIG, None, &[]), "read partition config")
                .map(|r| {
                    Ok((
                        r.get::<String>(1)?.unwrap_or_default(),
                        r.get::<i32>(2)?.unwrap_or(4),
                        r.get::<i32>(3)?,
                        r.get::<bool>(4)?.unwrap_or(false),
                    ))
                })
                .collect::<SpiResult<Vec<_>>>(),
            "read partition config row",
        )
    });
    let mut out = vec![];
    for (parent, premake, retention, drop) in configs {
        let oid = spi_opt(Spi::get_one_with_args::<pg_sys::Oid>(RESOLVE, &[parent.clone().into()]), "resolve parent");
        let Some(oid) = oid else { continue };
        for (p, _, _, moved) in ensure_partitions_impl(oid, premake) {
            out.push((parent.clone(), p, format!("created ({moved} rows moved from default)")));
        }
        if let Some(keep) = retention {
            for (p, action) in detach_old_partitions_impl(keep, drop, oid) {
                out.push((parent.clone(), p, action));
            }
        }
    }
    TableIterator::new(out)
}

extension_sql_file!(
    "sql/api.sql",
    name = "partition_api",
    requires = ["partition_ddl", ensure_partitions_impl, detach_old_partitions_impl, run_maintenance]
);
