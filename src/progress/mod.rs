//! Course progress rollups: `course_signups.progress_percent`, `completed_modules`, `started_at`,
//! `completed_at` and `courses.module_count`, maintained on every write so that reading progress
//! is O(1). The arithmetic is pure Rust in `calc`.
//!
//! Correctness under concurrency: for each (user, course) a statement touches, the trigger first
//! locks the signup row, then recounts in a new statement (a fresh snapshot in READ COMMITTED),
//! so two transactions recording engagements at once serialise on the row and the second counts
//! the first's committed work: no lost update. Recounting a touched course is O(its modules).
use pgrx::pg_sys::panic::ErrorReport;
use pgrx::prelude::*;
use pgrx::spi::{SpiClient, SpiResult};
use pgrx::trigger_support::PgTriggerOperation;
use pgrx::{JsonB, Uuid};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::errors::{spi, Raise, TriggerError};
use crate::kept_plans;

pub mod calc;

/// (tenant, user, course) pairs touched by an INSERT statement on course_engagements.
const KEYS_INSERT: &str = r#"SELECT DISTINCT n.tenant_id, n.user_id, n.course_id FROM new_rows n"#;
const KEYS_UPDATE: &str = include_str!("queries/keys_update.sql");
const KEYS_DELETE: &str = r#"SELECT DISTINCT o.tenant_id, o.user_id, o.course_id FROM old_rows o"#;
const ENSURE_COUNTS: &str = include_str!("queries/ensure_counts.sql");
const ENSURE_SIGNUPS: &str = include_str!("queries/ensure_signups.sql");
const LOCK_SIGNUPS: &str = include_str!("queries/lock_signups.sql");
const LOCK_COURSE_SIGNUPS: &str =
    r#"SELECT s.id FROM public.course_signups s WHERE s.course_id = ANY ($1::uuid[]) ORDER BY s.id FOR UPDATE"#;
const COUNT: &str = include_str!("queries/count.sql");
const APPLY: &str = include_str!("queries/apply.sql");
const COMPLETED: &str = r#"SELECT platform.log_course_completions($1)"#;
const COURSE_KEYS: &str = include_str!("queries/course_keys.sql");
const COURSE_KEYS_INSERT: &str = r#"SELECT DISTINCT n.course_id FROM new_rows n"#;
const COURSE_KEYS_DELETE: &str = r#"SELECT DISTINCT o.course_id FROM old_rows o"#;
/// Lock the courses, then count (a fresh snapshot, after the lock: concurrent module writes are seen).
const LOCK_COURSES: &str =
    r#"SELECT c.id FROM public.courses c WHERE c.id = ANY ($1::uuid[]) ORDER BY c.id FOR UPDATE"#;
const SET_MODULE_COUNT: &str = include_str!("queries/set_module_count.sql");
const INIT_SIGNUP: &str = include_str!("queries/init_signup.sql");
const PAGES: &str = include_str!("queries/pages.sql");
const SIGNUP: &str = include_str!("queries/signup.sql");

/// ROUND(completed / total * 100), as the reference query computes course progress.
#[pg_extern(immutable, strict, parallel_safe)]
fn progress_percent(completed: i64, total: i64) -> i16 {
    calc::percent(completed, total)
}

/// Set while the rollup's ensure step inserts the signups whose engagements it has just counted
/// (ensure_counts.sql): their progress columns come with them, so course_signups_init does not
/// count again, one query per row. Backend-local (a backend runs one statement at a time), never
/// settable by SQL, and cleared when the step ends, by error too (the guard's Drop runs as the
/// error unwinds). What such a signup carries is recounted by the rollup under its lock anyway.
static ENSURING: AtomicBool = AtomicBool::new(false);

struct Ensuring;

impl Ensuring {
    fn start() -> Self {
        ENSURING.store(true, Ordering::Relaxed);
        Ensuring
    }
}

impl Drop for Ensuring {
    fn drop(&mut self) {
        ENSURING.store(false, Ordering::Relaxed);
    }
}

/// Make the statement's transition tables (new_rows / old_rows) visible to SPI queries.
fn register_transition_tables(trigger: &PgTrigger<'_>) {
    let data = trigger.trigger_data() as *const pg_sys::TriggerData as *mut pg_sys::TriggerData;
    // SAFETY: called inside an SPI connection, with the TriggerData of the running trigger.
    unsafe { pg_sys::SPI_register_trigger_data(data) };
}

/// The non-NULL values of a uuid column.
fn uuid_column(rows: pgrx::spi::SpiTupleTable<'_>, col: usize) -> SpiResult<Vec<Uuid>> {
    rows.filter_map(|r| r.get::<Uuid>(col).transpose()).collect()
}

/// Progress columns rolled up from counted rows (count.sql, ensure_counts.sql: columns completed,
/// total, engaged), one entry per row, as the statements that store them take them.
#[derive(Default)]
struct Progress {
    completed: Vec<i32>,
    percent: Vec<i16>,
    engaged: Vec<bool>,
    completes: Vec<bool>,
}

impl Progress {
    /// Roll up one counted row of a signup completed before (`already`) or not; with whether the
    /// user engaged at all.
    fn count(r: &pgrx::spi::SpiHeapTupleData<'_>, already: bool) -> SpiResult<(calc::Rollup, bool)> {
        let roll = calc::rollup(
            r.get_by_name::<i64, _>("completed")?.unwrap_or(0),
            r.get_by_name::<i64, _>("total")?.unwrap_or(0),
            already,
        );
        Ok((roll, r.get_by_name::<bool, _>("engaged")?.unwrap_or(false)))
    }

    fn add(&mut self, roll: calc::Rollup, engaged: bool) {
        self.completed.push(roll.completed_modules);
        self.percent.push(roll.progress_percent);
        self.engaged.push(engaged);
        self.completes.push(roll.completes_now);
    }

    /// Roll up one counted row and keep it.
    fn push(&mut self, r: &pgrx::spi::SpiHeapTupleData<'_>, already: bool) -> SpiResult<calc::Rollup> {
        let (roll, engaged) = Self::count(r, already)?;
        self.add(roll, engaged);
        Ok(roll)
    }
}

/// Recount and store the progress of the given (locked) signups; log first completions.
fn rollup_signups(client: &mut SpiClient<'_>, ids: Vec<Uuid>) -> SpiResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let rows = spi(client.update(COUNT, None, &[ids.into()]), "count engagements");
    let (mut id, mut p) = (vec![], Progress::default());
    let mut newly: Vec<Uuid> = vec![];
    for r in rows {
        let sid: Uuid = r.get_by_name::<Uuid, _>("id")?.expect("id");
        let already = r.get_by_name::<bool, _>("already_completed")?.unwrap_or(false);
        let (roll, engaged) = Progress::count(&r, already)?;
        // Only signups whose stored values change go to the update (apply.sql):
        // a signup this statement has just created carries its counts already, and an UPDATE
        // with nothing to write still joined every id (at 1M items its plan flipped between
        // probes, 9 ms, and a spilled hash of the whole table, 150-180 ms).
        let unchanged = r.get_by_name::<i32, _>("stored_completed")? == Some(roll.completed_modules)
            && r.get_by_name::<i16, _>("stored_percent")? == Some(roll.progress_percent)
            && !(engaged && r.get_by_name::<bool, _>("not_started")?.unwrap_or(false))
            && !roll.completes_now;
        if unchanged {
            continue;
        }
        id.push(sid);
        p.add(roll, engaged);
        if roll.completes_now {
            newly.push(sid);
        }
    }
    if !id.is_empty() {
        spi(
            client.update(
                APPLY,
                None,
                &[id.into(), p.completed.into(), p.percent.into(), p.engaged.into(), p.completes.into()],
            ),
            "store progress",
        );
    }
    if !newly.is_empty() {
        spi(client.update(COMPLETED, None, &[newly.into()]), "log course completion");
    }
    Ok(())
}

/// AFTER INSERT / UPDATE / DELETE ON course_engagements, FOR EACH STATEMENT, with transition
/// tables new_rows / old_rows.
#[pg_trigger]
fn course_engagements_rollup<'a>(
    trigger: &'a PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, impl WhoAllocated>>, TriggerError> {
    let (keys_sql, may_enrol) = match trigger.op()? {
        PgTriggerOperation::Insert => (KEYS_INSERT, true),
        PgTriggerOperation::Update => (KEYS_UPDATE, true),
        PgTriggerOperation::Delete => (KEYS_DELETE, false),
        PgTriggerOperation::Truncate => return Ok(None::<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>),
    };
    Spi::connect_mut(|client| -> Result<(), TriggerError> {
        register_transition_tables(trigger);
        let (mut tenants, mut users, mut courses) = (vec![], vec![], vec![]);
        for r in spi(client.update(keys_sql, None, &[]), "touched pairs") {
            tenants.push(r.get::<Uuid>(1)?.expect("tenant_id"));
            users.push(r.get::<Uuid>(2)?.expect("user_id"));
            courses.push(r.get::<Uuid>(3)?.expect("course_id"));
        }
        if users.is_empty() {
            return Ok(());
        }
        if may_enrol {
            let rows = spi(
                client.update(ENSURE_COUNTS, None, &[tenants.into(), users.clone().into(), courses.clone().into()]),
                "count new signups' engagements",
            );
            let (mut t, mut u, mut c, mut p) = (vec![], vec![], vec![], Progress::default());
            for r in rows {
                t.push(r.get_by_name::<Uuid, _>("tenant_id")?.expect("tenant_id"));
                u.push(r.get_by_name::<Uuid, _>("user_id")?.expect("user_id"));
                c.push(r.get_by_name::<Uuid, _>("course_id")?.expect("course_id"));
                p.push(&r, false)?;
            }
            if !u.is_empty() {
                let _ensuring = Ensuring::start();
                spi(
                    client.update(
                        ENSURE_SIGNUPS,
                        None,
                        &[
                            t.into(),
                            u.into(),
                            c.into(),
                            p.completed.into(),
                            p.percent.into(),
                            p.engaged.into(),
                            p.completes.into(),
                        ],
                    ),
                    "enrol engaged users",
                );
            }
        }
        let locked =
            uuid_column(spi(client.update(LOCK_SIGNUPS, None, &[users.into(), courses.into()]), "lock signups"), 1)?;
        rollup_signups(client, locked)?;
        Ok(())
    })?;
    Ok(None::<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>)
}

/// AFTER INSERT / UPDATE / DELETE ON course_modules, FOR EACH STATEMENT: a course's module count
/// changed, so every signup's percentage may have.
#[pg_trigger]
fn course_modules_rollup<'a>(
    trigger: &'a PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, impl WhoAllocated>>, TriggerError> {
    let keys_sql = match trigger.op()? {
        PgTriggerOperation::Insert => COURSE_KEYS_INSERT,
        PgTriggerOperation::Update => COURSE_KEYS,
        PgTriggerOperation::Delete => COURSE_KEYS_DELETE,
        PgTriggerOperation::Truncate => return Ok(None::<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>),
    };
    Spi::connect_mut(|client| -> Result<(), TriggerError> {
        register_transition_tables(trigger);
        let courses = uuid_column(spi(client.update(keys_sql, None, &[]), "touched courses"), 1)?;
        if courses.is_empty() {
            return Ok(());
        }
        spi(client.update(LOCK_COURSES, None, &[courses.clone().into()]), "lock courses");
        spi(client.update(SET_MODULE_COUNT, None, &[courses.clone().into()]), "count modules");
        let signups = uuid_column(spi(client.update(LOCK_COURSE_SIGNUPS, None, &[courses.into()]), "lock signups"), 1)?;
        rollup_signups(client, signups)?;
        Ok(())
    })?;
    Ok(None::<PgHeapTuple<'a, pgrx::AllocatedByPostgres>>)
}

/// BEFORE INSERT ON course_signups: start from the engagements the user already has (someone
/// re-enrolling); whatever progress the client sent is replaced. A signup that is complete from
/// the start gets completed_at now (its completion is logged after the insert). The rollup's
/// ensure step is the one exception: it inserts the progress it has just counted (ENSURING).
#[pg_trigger]
fn course_signups_init<'a>(
    trigger: &'a PgTrigger<'a>,
) -> Result<Option<PgHeapTuple<'a, impl WhoAllocated>>, TriggerError> {
    let mut new = trigger.new().ok_or(TriggerError::missing("NEW"))?.into_owned();
    if ENSURING.load(Ordering::Relaxed) {
        // Inserted by the rollup's ensure step with the progress it has just counted.
        return Ok(Some(new));
    }
    let user: Uuid = new.get_by_name("user_id")?.expect("user_id is NOT NULL");
    let course: Uuid = new.get_by_name("course_id")?.expect("course_id is NOT NULL");
    let (done, engaged, total, now) = Spi::connect_mut(|client| -> Result<_, TriggerError> {
        let t =
            spi(kept_plans::execute(client, INIT_SIGNUP, Some(1), &[user.into(), course.into()]), "initial progress");
        Ok(match t.into_iter().next() {
            Some(r) => (
                r.get_by_name::<i64, _>("completed")?.unwrap_or(0),
                r.get_by_name::<bool, _>("engaged")?.unwrap_or(false),
                r.get_by_name::<i64, _>("total")?.unwrap_or(0),
                r.get_by_name::<pgrx::datum::TimestampWithTimeZone, _>("now")?,
            ),
            None => (0, false, 0, None),
        })
    })?;
    let roll = calc::rollup(done, total, false);
    new.set_by_name("completed_modules", roll.completed_modules)?;
    new.set_by_name("progress_percent", roll.progress_percent)?;
    // Complete from the start (re-enrolling after a deleted signup with every module done):
    // completed now. The completion is logged by the AFTER INSERT statement trigger
    // (platform.course_signups_completed), which, unlike this one, does not fire for a row
    // ON CONFLICT DO NOTHING skips.
    new.set_by_name("completed_at", if roll.completes_now { now } else { None })?;
    if !engaged {
        new.set_by_name("started_at", None::<pgrx::datum::TimestampWithTimeZone>)?;
    } else if new.get_by_name::<pgrx::datum::TimestampWithTimeZone>("started_at")?.is_none() {
        // Engaged before this signup (engagements outlive a deleted one): started now.
        new.set_by_name("started_at", now)?;
    }
    Ok(Some(new))
}

/// A user's progress in a course, with per-page detail.
#[pg_extern(stable, strict, parallel_safe)]
fn course_progress(user_id: Uuid, course_id: Uuid) -> JsonB {
    let progress = Spi::connect(|client| -> SpiResult<JsonB> {
        let head = spi(client.select(SIGNUP, Some(1), &[user_id.into(), course_id.into()]), "read signup");
        let Some(h) = head.into_iter().next() else {
            ErrorReport::new(
                PgSqlErrorCode::ERRCODE_NO_DATA_FOUND,
                format!("course {course_id} does not exist or is not visible to you"),
                "platform.course_progress",
            )
            .raise()
        };
        // The signup columns are NULL when the user is not enrolled (LEFT JOIN).
        let total = h.get_by_name::<i32, _>("module_count")?.unwrap_or(0);
        let percent = h.get_by_name::<i16, _>("progress_percent")?;
        let title = h.get_by_name::<String, _>("title")?;
        let completed_modules = h.get_by_name::<i32, _>("completed_modules")?.unwrap_or(0);
        let started_at = h.get_by_name::<String, _>("started_at")?;
        let completed_at = h.get_by_name::<String, _>("completed_at")?;
        let mut out = json!({
            "user_id": user_id.to_string(),
            "course_id": course_id.to_string(),
            "title": title,
            "enrolled": percent.is_some(),
            "progress_percent": percent.unwrap_or(0),
            "completed_modules": completed_modules,
            "total_modules": total,
            "started_at": started_at,
            "completed_at": completed_at,
        });
        let pages = spi(client.select(PAGES, None, &[user_id.into(), course_id.into()]), "read pages")
            .map(|r| -> SpiResult<Value> {
                // required is NULL when the page names no required modules.
                let get = |c: &str| r.get_by_name::<i64, _>(c).map(|v| v.unwrap_or(0));
                let (modules, done, required, done_required) =
                    (get("modules")?, get("completed_modules")?, get("required")?, get("completed_required")?);
                let complete = if required > 0 { done_required >= required } else { done >= modules };
                Ok(json!({
                    "page_id": r.get_by_name::<Uuid, _>("id")?.map(|u| u.to_string()),
                    "title": r.get_by_name::<String, _>("title")?,
                    "path": r.get_by_name::<String, _>("path")?,
                    "modules": modules,
                    "completed_modules": done,
                    "required_modules": required,
                    "completed_required_modules": done_required,
                    "complete": complete,
                }))
            })
            .collect::<SpiResult<Vec<Value>>>()?;
        out["pages"] = Value::Array(pages);
        Ok(JsonB(out))
    });
    spi(progress, "read course progress")
}

extension_sql_file!(
    "sql/finalize.sql",
    name = "progress_finalize",
    requires =
        [course_engagements_rollup, course_modules_rollup, course_signups_init, progress_percent, course_progress]
);
extension_sql_file!("sql/completion.sql", name = "progress_completion");

#[cfg(feature = "pg_test")] // #[pg_test]s: layer 2 (cargo pgrx test) only, see scripts/test.sh
#[pg_schema]
mod tests {
    use crate::demo::rng::Stream;
    use pgrx::prelude::*;
    use pgrx::Uuid;

    const FIXTURE: &str = "
        INSERT INTO auth.users (id) SELECT ('00000000-0000-4000-8000-00000000000' || i)::uuid FROM generate_series(1, 4) i;
        INSERT INTO public.users (id) SELECT ('00000000-0000-4000-8000-00000000000' || i)::uuid FROM generate_series(1, 4) i;
        INSERT INTO public.tenants (id, name, slug) VALUES ('00000000-0000-4000-8000-0000000000a0', 'T', 'prop');
        INSERT INTO public.providers (id, tenant_id, name, slug) VALUES ('00000000-0000-4000-8000-0000000000b0', '00000000-0000-4000-8000-0000000000a0', 'P', 'p');
        INSERT INTO public.programmes (id, provider_id, title) VALUES ('00000000-0000-4000-8000-0000000000c0', '00000000-0000-4000-8000-0000000000b0', 'Prog');
        INSERT INTO public.courses (id, programme_id, title) SELECT ('00000000-0000-4000-8000-0000000000d' || i)::uuid, '00000000-0000-4000-8000-0000000000c0', 'C' || i FROM generate_series(1, 2) i;
        INSERT INTO public.course_pages (id, course_id, title, path)
            SELECT ('00000000-0000-4000-8000-000000000e' || c || p)::uuid, ('00000000-0000-4000-8000-0000000000d' || c)::uuid, 'Page', 'p' || p
            FROM generate_series(1, 2) c, generate_series(1, 2) p;";

    /// The reference query's progress (completed engagements) vs the stored value, for every signup.
    const MISMATCHES: &str = "
        SELECT count(*) FROM public.course_signups s
        LEFT JOIN LATERAL (
            SELECT ROUND(COUNT(DISTINCT ce.module_id)::numeric / COUNT(DISTINCT cm.id) * 100) AS pct,
                   COUNT(DISTINCT ce.module_id) AS done
            FROM public.courses c
            JOIN public.course_pages cp ON cp.course_id = c.id
            JOIN public.course_modules cm ON cm.page_id = cp.id
            LEFT JOIN public.course_engagements ce ON ce.module_id = cm.id AND ce.user_id = s.user_id AND ce.completed_at IS NOT NULL
            WHERE c.id = s.course_id
            GROUP BY c.id) r ON true
        WHERE s.progress_percent <> COALESCE(r.pct, 0) OR s.completed_modules <> COALESCE(r.done, 0)
           OR (s.completed_at IS NULL AND r.pct = 100)";

    fn id(prefix: &str, n: u64) -> Uuid {
        Uuid::from_bytes(*uuid_bytes(&format!(
            "00000000-0000-4000-8000-{prefix}{n:0>width$}",
            width = 12 - prefix.len()
        )))
    }

    fn uuid_bytes(s: &str) -> Box<[u8; 16]> {
        let hex: String = s.chars().filter(|c| *c != '-').collect();
        let mut b = [0u8; 16];
        for i in 0..16 {
            b[i] = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap();
        }
        Box::new(b)
    }

    #[pg_test]
    fn progress_matches_the_reference_query_over_random_histories() {
        Spi::run("SELECT count(*) FROM platform.migrate()").unwrap();
        Spi::run(FIXTURE).unwrap();
        let mut rng = Stream::new(42, "progress-property", 0);
        let mut next_module = 0u64;
        for step in 0..400 {
            let user = id("00000000000", 1 + rng.next_u64() % 4);
            let course = 1 + rng.next_u64() % 2;
            let page = id("000000000e", course * 10 + 1 + rng.next_u64() % 2);
            let course_id = id("0000000000d", course);
            // A random existing module of the course (if any).
            let module: Option<Uuid> = Spi::get_one_with_args(
                "SELECT id FROM public.course_modules WHERE course_id = $1 ORDER BY id OFFSET $2 LIMIT 1",
                &[course_id.into(), ((rng.next_u64() % 6) as i64).into()],
            )
            .unwrap_or(None); // no row yet: Err(InvalidPosition)
            match (rng.next_u64() % 10, module) {
                (0, _) | (_, None) => {
                    next_module += 1;
                    Spi::run_with_args(
                        "INSERT INTO public.course_modules (id, page_id, type) VALUES ($1, $2, 'text')",
                        &[id("0000000f", next_module).into(), page.into()],
                    )
                    .unwrap();
                }
                (1, Some(m)) => {
                    Spi::run_with_args("DELETE FROM public.course_modules WHERE id = $1", &[m.into()]).unwrap();
                }
                (2..=6, Some(m)) => {
                    let completed = !rng.next_u64().is_multiple_of(5);
                    Spi::run_with_args(
                        "INSERT INTO public.course_engagements (user_id, module_id, completed_at)
                         VALUES ($1, $2, CASE WHEN $3 THEN now() END)
                         ON CONFLICT (user_id, module_id) DO UPDATE SET completed_at = EXCLUDED.completed_at",
                        &[user.into(), m.into(), completed.into()],
                    )
                    .unwrap();
                }
                (7..=8, Some(m)) => {
                    Spi::run_with_args(
                        "UPDATE public.course_engagements SET completed_at = CASE WHEN completed_at IS NULL THEN now() END
                         WHERE user_id = $1 AND module_id = $2",
                        &[user.into(), m.into()],
                    )
                    .unwrap();
                }
                (_, Some(m)) => {
                    Spi::run_with_args(
                        "DELETE FROM public.course_engagements WHERE user_id = $1 AND module_id = $2",
                        &[user.into(), m.into()],
                    )
                    .unwrap();
                }
            }
            let bad = Spi::get_one::<i64>(MISMATCHES).unwrap().unwrap();
            assert_eq!(bad, 0, "stored progress differs from the reference query after step {step}");
        }
        // The history did exercise the interesting states.
        let (signups, done) = Spi::get_two::<i64, i64>(
            "SELECT count(*), count(*) FILTER (WHERE completed_at IS NOT NULL) FROM public.course_signups",
        )
        .unwrap();
        assert!(signups.unwrap() >= 6, "signups were created by engagements");
        assert!(done.unwrap() >= 1, "some course was completed along the way");
        let logged = Spi::get_one::<i64>("SELECT count(*) FROM public.activities WHERE action = 'course.completed'")
            .unwrap()
            .unwrap();
        assert_eq!(Some(logged), done, "each completion is logged exactly once");
    }
}
