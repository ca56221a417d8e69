//! Pure course-progress arithmetic, matching the reference's "Get Course Progress" query:
//! `ROUND(completed::numeric / total * 100)` (numeric ROUND: halves away from zero).

/// Progress in percent of `completed` out of `total` modules; 0 for a course without modules.
pub fn percent(completed: i64, total: i64) -> i16 {
    if total <= 0 {
        return 0;
    }
    let c = completed.clamp(0, total) as i128;
    // Rounded half up, in i128: 200 * c overflows i64 for counts near i64::MAX (found by the
    // bad-input sweep, tests/pgtap/71_bad_input.sql: a panic in debug builds, a wrong value in
    // release ones). The result is 0..=100 whatever the inputs.
    let t = total as i128;
    ((200 * c + t) / (2 * t)) as i16
}

/// The rolled-up state of one course signup after a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rollup {
    pub completed_modules: i32,
    pub progress_percent: i16,
    /// The course is complete now and was not before: set completed_at, log, enqueue (once).
    pub completes_now: bool,
}

/// Roll up `completed` of `total` modules for a signup whose completed_at is `already_completed`.
/// completed_at is set once, the first time every module is complete; it is never cleared.
pub fn rollup(completed: i64, total: i64, already_completed: bool) -> Rollup {
    let completed = completed.max(0);
    Rollup {
        completed_modules: completed as i32,
        progress_percent: percent(completed, total),
        completes_now: !already_completed && total > 0 && completed >= total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// numeric ROUND(c / t * 100), computed exactly with rationals.
    fn reference(c: i64, t: i64) -> i16 {
        let num = 100 * c; // value = num / t
        let q = num / t;
        let r = num % t;
        (if 2 * r >= t { q + 1 } else { q }) as i16
    }

    #[test]
    fn matches_numeric_round_for_all_small_courses() {
        for t in 1..=200 {
            for c in 0..=t {
                assert_eq!(percent(c, t), reference(c, t), "{c}/{t}");
            }
        }
    }

    #[test]
    fn edge_cases() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 8), 13); // 12.5 rounds up, as numeric ROUND does
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(5, 3), 100); // clamped
        assert_eq!(percent(-1, 3), 0);
        // Extreme counts do not overflow (the bad-input sweep's find).
        assert_eq!(percent(i64::MAX, i64::MAX), 100);
        assert_eq!(percent(i64::MAX / 2, i64::MAX), 50);
        assert_eq!(percent(10, i64::MAX), 0);
        assert_eq!(percent(i64::MIN, i64::MAX), 0);
    }

    #[test]
    fn completion_is_reported_once() {
        assert!(rollup(3, 3, false).completes_now);
        assert!(!rollup(3, 3, true).completes_now);
        assert!(!rollup(2, 3, false).completes_now);
        assert!(!rollup(0, 0, false).completes_now, "a course without modules is never complete");
        assert_eq!(rollup(-2, 3, false).completed_modules, 0);
    }
}
