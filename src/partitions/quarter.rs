//! Pure quarter arithmetic for quarterly RANGE partitions (UTC quarters).
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    pub year: i32,
    /// 1..=4
    pub q: u8,
}

impl Quarter {
    pub fn new(year: i32, q: u8) -> Option<Self> {
        (1..=4).contains(&q).then_some(Quarter { year, q })
    }

    /// The quarter containing month `month` (1..=12) of `year`.
    pub fn of(year: i32, month: u32) -> Option<Self> {
        (1..=12).contains(&month).then(|| Quarter { year, q: ((month - 1) / 3 + 1) as u8 })
    }

    /// Parse a `YYYY-MM-DD...` date (the first 10 characters), e.g. a partition bound.
    pub fn of_date(date: &str) -> Option<Self> {
        let year = date.get(0..4)?.parse().ok()?;
        let month = date.get(5..7)?.parse().ok()?;
        Quarter::of(year, month)
    }

    pub fn next(self) -> Self {
        if self.q == 4 {
            Quarter { year: self.year + 1, q: 1 }
        } else {
            Quarter { year: self.year, q: self.q + 1 }
        }
    }

    pub fn plus(self, n: u32) -> Self {
        (0..n).fold(self, |q, _| q.next())
    }

    pub fn minus(self, n: u32) -> Self {
        let idx = self.year as i64 * 4 + (self.q as i64 - 1) - n as i64;
        Quarter { year: idx.div_euclid(4) as i32, q: (idx.rem_euclid(4) + 1) as u8 }
    }

    /// First instant of the quarter, as a timestamptz literal in UTC.
    pub fn start(self) -> String {
        format!("{:04}-{:02}-01 00:00:00+00", self.year, (self.q - 1) * 3 + 1)
    }

    /// First instant after the quarter.
    pub fn end(self) -> String {
        self.next().start()
    }

    /// Partition name for `parent`: activities_2027q2.
    pub fn partition_name(self, parent: &str) -> String {
        format!("{parent}_{:04}q{}", self.year, self.q)
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}Q{}", self.year, self.q)
    }
}

/// The quarters a parent needs: every quarter from the earliest of (existing partitions, rows
/// waiting in the default partition, the current quarter) through the current quarter + premake,
/// plus the quarter of every row in the default partition (rescued even when far ahead); minus
/// those that exist. Sorted.
pub fn missing(existing: &[Quarter], in_default: &[Quarter], current: Quarter, premake: u32) -> Vec<Quarter> {
    let last = current.plus(premake);
    let first = existing.iter().chain(in_default).copied().min().unwrap_or(current).min(current);
    let mut need: Vec<Quarter> = std::iter::successors(Some(first), |q| (q.next() <= last).then(|| q.next())).collect();
    need.extend(in_default.iter().copied());
    need.sort();
    need.dedup();
    need.retain(|q| !existing.contains(q));
    need
}

/// Partitions to retire: those that end at or before the start of the oldest quarter kept
/// (the current quarter and the `keep` - 1 before it; keep = 0 keeps nothing before the current).
pub fn retired(existing: &[Quarter], current: Quarter, keep: u32) -> Vec<Quarter> {
    let oldest_kept = current.minus(keep.saturating_sub(1));
    let mut out: Vec<Quarter> = existing.iter().copied().filter(|q| *q < oldest_kept && *q < current).collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(y: i32, q: u8) -> Quarter {
        Quarter::new(y, q).unwrap()
    }

    #[test]
    fn arithmetic() {
        assert_eq!(Quarter::of(2026, 11), Some(q(2026, 4)));
        assert_eq!(Quarter::of(2026, 13), None);
        assert_eq!(Quarter::of_date("2027-04-01 00:00:00+00"), Some(q(2027, 2)));
        assert_eq!(q(2026, 4).next(), q(2027, 1));
        assert_eq!(q(2026, 4).plus(5), q(2028, 1));
        assert_eq!(q(2027, 1).minus(1), q(2026, 4));
        assert_eq!(q(2027, 1).minus(9), q(2024, 4));
        assert_eq!(q(2026, 2).start(), "2026-04-01 00:00:00+00");
        assert_eq!(q(2026, 4).end(), "2027-01-01 00:00:00+00");
        assert_eq!(q(2027, 2).partition_name("activities"), "activities_2027q2");
        for y in 2020..2030 {
            for n in 0..20 {
                assert_eq!(q(y, 3).plus(n).minus(n), q(y, 3));
            }
        }
    }

    #[test]
    fn missing_quarters() {
        let existing: Vec<Quarter> = (1..=4).map(|i| q(2026, i)).chain([q(2027, 1)]).collect();
        // Now 2026Q4, premake 4: through 2027Q4.
        assert_eq!(missing(&existing, &[], q(2026, 4), 4), vec![q(2027, 2), q(2027, 3), q(2027, 4)]);
        // A row two years out is rescued without filling the gap before it.
        assert_eq!(
            missing(&existing, &[q(2028, 4)], q(2026, 4), 4),
            vec![q(2027, 2), q(2027, 3), q(2027, 4), q(2028, 4)]
        );
        // A row from before the first partition: fill from there.
        assert_eq!(missing(&existing, &[q(2025, 3)], q(2026, 1), 0), vec![q(2025, 3), q(2025, 4)]);
        // Idempotent: nothing missing once created.
        let all: Vec<Quarter> = existing.iter().copied().chain(missing(&existing, &[], q(2026, 4), 4)).collect();
        assert!(missing(&all, &[], q(2026, 4), 4).is_empty());
        // No partitions at all: current through premake.
        assert_eq!(missing(&[], &[], q(2030, 2), 1), vec![q(2030, 2), q(2030, 3)]);
    }

    #[test]
    fn retention() {
        let existing: Vec<Quarter> = (1..=4).map(|i| q(2026, i)).chain([q(2027, 1), q(2027, 2)]).collect();
        // In 2027Q2 keeping 2 quarters (2027Q1, 2027Q2): retire 2026.
        assert_eq!(retired(&existing, q(2027, 2), 2), (1..=4).map(|i| q(2026, i)).collect::<Vec<_>>());
        // Keeping 0 still never retires the current quarter or the future.
        assert_eq!(retired(&existing, q(2027, 1), 0).last(), Some(&q(2026, 4)));
        assert!(retired(&existing, q(2026, 1), 8).is_empty());
    }
}
