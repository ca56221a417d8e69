//! Schema migrations: the plain-SQL files of `migrations/`, embedded at build time, applied in
//! order by `platform.migrate()` under an advisory lock and recorded with their sha256 in the
//! ledger `platform.schema_migrations`.
use pgrx::datum::TimestampWithTimeZone;
use pgrx::pg_sys::panic::{CaughtError, ErrorReport};
use pgrx::prelude::*;
use pgrx::spi::{SpiClient, SpiResult};
use std::panic::AssertUnwindSafe;
use std::time::Instant;

use crate::errors::{spi, Raise};

pub mod plan;
use plan::{Applied, Migration, PlanError};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/migrations.rs"));
}

const LEDGER_DDL: &str = include_str!("queries/ledger.sql");
/// Serialises concurrent migrate() calls; released at commit/rollback.
const LOCK: &str = r#"SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('platform.migrate', 0))"#;
const APPLIED: &str = r#"SELECT version, name, checksum FROM platform.schema_migrations ORDER BY version"#;
const LEDGER_EXISTS: &str = r#"SELECT pg_catalog.to_regclass('platform.schema_migrations') IS NOT NULL"#;
const STATUS_TIMES: &str = r#"SELECT version, applied_at, applied_by FROM platform.schema_migrations ORDER BY version"#;
const RECORD: &str = include_str!("queries/record.sql");
const SEARCH_PATH: &str = include_str!("queries/search_path.sql");
const SET_SEARCH_PATH: &str = r#"SELECT pg_catalog.set_config('search_path', $1, true)"#;
const CURRENT_SEARCH_PATH: &str = r#"SELECT pg_catalog.current_setting('search_path')"#;
/// The version of the platform extension installed in this database (its SQL objects).
const INSTALLED_VERSION: &str = r#"SELECT e.extversion FROM pg_catalog.pg_extension e WHERE e.extname = 'platform'"#;

/// Refuse to migrate when the extension's SQL objects in this database are of another version
/// than this library: the embedded migrations may use functions only the new version's script
/// creates (after new binaries are installed, `ALTER EXTENSION platform UPDATE` comes first).
fn check_installed_version(client: &mut SpiClient<'_>) {
    let installed = spi(
        client.update(INSTALLED_VERSION, None, &[]).and_then(|t| t.first().get_one::<String>()),
        "read installed extension version",
    )
    .unwrap_or_default();
    let library = env!("CARGO_PKG_VERSION");
    if installed != library {
        ErrorReport::new(
            PgSqlErrorCode::ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE,
            format!("extension platform {installed} is installed in this database, but the library is {library}"),
            "platform.migrate",
        )
        .set_detail(
            "The migrations embedded in this library may depend on functions of version ".to_string() + library + ".",
        )
        .set_hint(format!("Run ALTER EXTENSION platform UPDATE TO '{library}'; then platform.migrate()."))
        .raise()
    }
}

/// The migrations shipped in this build, validated (names, order, no duplicate versions).
pub fn embedded() -> Vec<Migration> {
    plan::load(embedded::MIGRATIONS).unwrap_or_else(|e| plan_error(e, "platform.migrate"))
}

fn plan_error(e: PlanError, func: &'static str) -> ! {
    let code = PgSqlErrorCode::ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE;
    match e {
        PlanError::Edited { version, name, applied, embedded } => ErrorReport::new(
            code,
            format!("migration {version}_{name} was changed after it was applied"),
            func,
        )
        .set_detail(format!("ledger checksum {applied}, file checksum {embedded}"))
        .set_hint(
            "Released migrations are immutable: restore the original file and put the change in a new migration.",
        ),
        PlanError::Unknown { version, name } => ErrorReport::new(
            code,
            format!("the database has migration {version}_{name}, which this build of platform does not ship"),
            func,
        )
        .set_hint("Install the platform extension version that applied it (ALTER EXTENSION platform UPDATE)."),
        PlanError::OutOfOrder { version, name, newest_applied } => ErrorReport::new(
            code,
            format!("pending migration {version}_{name} is older than the newest applied one ({newest_applied})"),
            func,
        )
        .set_hint("Give the new migration a version later than every applied one."),
        PlanError::BadFileName(f) => ErrorReport::new(
            PgSqlErrorCode::ERRCODE_INTERNAL_ERROR,
            format!("embedded migration file name {f:?} is not <14-digit version>_<name>.sql"),
            func,
        ),
        PlanError::DuplicateVersion(v) => ErrorReport::new(
            PgSqlErrorCode::ERRCODE_INTERNAL_ERROR,
            format!("two embedded migrations share version {v}"),
            func,
        ),
    }
    .raise()
}

fn read_ledger(client: &mut SpiClient<'_>) -> Vec<Applied> {
    let rows = spi(client.update(APPLIED, None, &[]), "read migration ledger");
    rows.map(|row| Applied {
        version: spi(row.get_by_name::<String, _>("version"), "version").unwrap_or_default(),
        name: spi(row.get_by_name::<String, _>("name"), "name").unwrap_or_default(),
        checksum: spi(row.get_by_name::<String, _>("checksum"), "checksum").unwrap_or_default(),
    })
    .collect()
}

/// Run one migration file; an error names the file and keeps the original SQLSTATE, detail and
/// hint (the transaction aborts either way, so nothing of the file stays applied).
fn apply(client: &mut SpiClient<'_>, m: &Migration) {
    let file = format!("{}_{}", m.version, m.name);
    PgTryBuilder::new(AssertUnwindSafe(|| {
        spi(client.update(m.sql, None, &[]), "apply migration");
    }))
    .catch_others(|caught| match caught {
        CaughtError::PostgresError(e) | CaughtError::ErrorReport(e) => {
            let mut report = ErrorReport::new(
                e.sql_error_code(),
                format!("migration {file} failed: {}", e.message()),
                "platform.migrate",
            );
            if let Some(d) = e.detail() {
                report = report.set_detail(d.to_string());
            }
            if let Some(h) = e.hint() {
                report = report.set_hint(h.to_string());
            }
            report.raise()
        }
        other => other.rethrow(),
    })
    .execute()
}

/// Apply every pending migration, in order, in the caller's transaction. Returns what it applied.
#[pg_extern(volatile, parallel_unsafe)]
fn migrate() -> SetOfIterator<'static, String> {
    crate::errors::require_primary("platform.migrate");
    let migrations = embedded();
    let applied_names = Spi::connect_mut(|client| {
        // `update` (not `select`) throughout: it makes SPI take a fresh snapshot per statement, so
        // a caller that waited on the lock sees the ledger rows the other caller just committed.
        spi(client.update(LOCK, None, &[]), "take migration lock");
        check_installed_version(client);
        let ledger_exists =
            spi(client.update(LEDGER_EXISTS, None, &[]).and_then(|t| t.first().get_one::<bool>()), "ledger exists");
        if ledger_exists != Some(true) {
            spi(client.update(LEDGER_DDL, None, &[]), "create migration ledger");
        }
        let applied = read_ledger(client);
        let todo = plan::pending(&migrations, &applied).unwrap_or_else(|e| plan_error(e, "platform.migrate"));
        if todo.is_empty() {
            return Vec::new();
        }
        let original: String = spi(
            client.update(CURRENT_SEARCH_PATH, None, &[]).and_then(|t| t.first().get_one::<String>()),
            "read search_path",
        )
        .unwrap_or_default();
        let path: String = spi(
            client.update(SEARCH_PATH, None, &[]).and_then(|t| t.first().get_one::<String>()),
            "compute search_path",
        )
        .unwrap_or_else(|| "public".into());
        spi(client.update(SET_SEARCH_PATH, None, &[path.into()]), "set search_path");
        let mut names = Vec::with_capacity(todo.len());
        for m in todo {
            let started = Instant::now();
            apply(client, m);
            let ms = pgrx::AnyNumeric::try_from(started.elapsed().as_secs_f64() * 1000.0).unwrap_or_default();
            spi(
                client.update(
                    RECORD,
                    None,
                    &[m.version.clone().into(), m.name.clone().into(), m.checksum.clone().into(), ms.into()],
                ),
                "record migration",
            );
            names.push(format!("{}_{}", m.version, m.name));
        }
        spi(client.update(SET_SEARCH_PATH, None, &[original.into()]), "restore search_path");
        names
    });
    SetOfIterator::new(applied_names)
}

/// Every embedded migration and every ledger row, with its state.
#[pg_extern(stable, parallel_safe)]
#[allow(clippy::type_complexity)]
fn migration_status() -> TableIterator<
    'static,
    (
        name!(version, String),
        name!(name, String),
        name!(state, String),
        name!(checksum, Option<String>),
        name!(applied_at, Option<TimestampWithTimeZone>),
        name!(applied_by, Option<String>),
    ),
> {
    let migrations = embedded();
    let rows = Spi::connect(|client| {
        let exists =
            spi(client.select(LEDGER_EXISTS, None, &[]).and_then(|t| t.first().get_one::<bool>()), "ledger exists")
                .unwrap_or(false);
        let (applied, times) = if exists {
            let applied: Vec<Applied> = spi(
                spi(client.select(APPLIED, None, &[]), "read ledger")
                    .map(|row| {
                        Ok(Applied {
                            version: row.get_by_name::<String, _>("version")?.unwrap_or_default(),
                            name: row.get_by_name::<String, _>("name")?.unwrap_or_default(),
                            checksum: row.get_by_name::<String, _>("checksum")?.unwrap_or_default(),
                        })
                    })
                    .collect::<SpiResult<Vec<_>>>(),
                "read ledger row",
            );
            let times: Vec<(String, Option<TimestampWithTimeZone>, Option<String>)> = spi(
                spi(client.select(STATUS_TIMES, None, &[]), "read ledger times")
                    .map(|row| {
                        Ok((
                            row.get::<String>(1)?.unwrap_or_default(),
                            row.get::<TimestampWithTimeZone>(2)?,
                            row.get::<String>(3)?,
                        ))
                    })
                    .collect::<SpiResult<Vec<_>>>(),
                "read ledger times row",
            );
            (applied, times)
        } else {
            (Vec::new(), Vec::new())
        };
        plan::status(&migrations, &applied)
            .into_iter()
            .map(|(version, name, state)| {
                let checksum = migrations
                    .iter()
                    .find(|m| m.version == version)
                    .map(|m| m.checksum.clone())
                    .or_else(|| applied.iter().find(|a| a.version == version).map(|a| a.checksum.clone()));
                let (at, by) =
                    times.iter().find(|t| t.0 == version).map(|t| (t.1, t.2.clone())).unwrap_or((None, None));
                (version, name, state.as_str().to_string(), checksum, at, by)
            })
            .collect::<Vec<_>>()
    });
    TableIterator::new(rows)
}

#[cfg(feature = "pg_test")] // #[pg_test]s: layer 2 (cargo pgrx test) only, see scripts/test.sh
#[pg_schema]
mod tests {
    use pgrx::prelude::*;

    #[pg_test]
    fn migrate_is_idempotent_and_status_agrees() {
        let first = Spi::get_one::<i64>("SELECT count(*) FROM platform.migrate()").unwrap().unwrap();
        assert_eq!(first as usize, super::embedded().len());
        let second = Spi::get_one::<i64>("SELECT count(*) FROM platform.migrate()").unwrap().unwrap();
        assert_eq!(second, 0);
        let not_applied =
            Spi::get_one::<i64>("SELECT count(*) FROM platform.migration_status() WHERE state <> 'applied'")
                .unwrap()
                .unwrap();
        assert_eq!(not_applied, 0);
    }

    #[pg_test(error = "migration 20260210171318_init_platform was changed after it was applied")]
    fn edited_migration_is_refused() {
        Spi::run("SELECT count(*) FROM platform.migrate()").unwrap();
        Spi::run("UPDATE platform.schema_migrations SET checksum = repeat('0', 64) WHERE version = '20260210171318'")
            .unwrap();
        Spi::run("SELECT count(*) FROM platform.migrate()").unwrap();
    }

    #[pg_test(error = "migration 20260210171318_init_platform failed: type \"entity_status\" already exists")]
    fn a_failing_migration_is_named_in_the_error() {
        // The schema exists but the ledger says nothing was applied: the first file fails.
        Spi::run("SELECT count(*) FROM platform.migrate()").unwrap();
        Spi::run("TRUNCATE platform.schema_migrations").unwrap();
        Spi::run("SELECT count(*) FROM platform.migrate()").unwrap();
    }

    #[pg_test]
    fn migrate_restores_the_callers_search_path() {
        Spi::run("SET LOCAL search_path = pg_catalog, pg_temp").unwrap();
        Spi::run("SELECT count(*) FROM platform.migrate()").unwrap();
        let path = Spi::get_one::<String>("SELECT current_setting('search_path')").unwrap().unwrap();
        assert_eq!(path, "pg_catalog, pg_temp");
    }
}
