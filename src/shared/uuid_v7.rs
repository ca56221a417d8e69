//! Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, the version, 74 random
//! bits. The id default of the append-heavy tables (audit_logs, activities, notifications,
//! event_outbox), so their primary keys grow at the right edge.
//!
//! In Rust rather than SQL: every audit row, activity and notification pays for its id, and the
//! SQL form (gen_random_uuid, its bytes overlaid with the clock, two set_bit and a hex round trip,
//! inlined into the column default) cost ~2 us per id, ~10 ms of a 5 000-row audit trail. Here it
//! is one clock read and ten bytes from a per-backend pool of strong random bytes, refilled 4 kB
//! at a time from `pg_strong_random` (the source of gen_random_uuid).
use pgrx::prelude::*;
use pgrx::Uuid;
use std::cell::RefCell;

/// Microseconds from the Unix epoch to PostgreSQL's (2000-01-01).
const PG_EPOCH_UNIX_US: i64 = 946_684_800_000_000;
const POOL_BYTES: usize = 4096;

thread_local! {
    /// Strong random bytes not yet handed out, and where the unused ones start.
    static POOL: RefCell<(Box<[u8; POOL_BYTES]>, usize)> = RefCell::new((Box::new([0; POOL_BYTES]), POOL_BYTES));
}

/// `N` bytes from the backend's pool of strong random bytes.
fn strong_random<const N: usize>() -> [u8; N] {
    POOL.with(|pool| {
        let mut pool = pool.borrow_mut();
        if pool.1 + N > POOL_BYTES {
            // SAFETY: the buffer is POOL_BYTES long and owned by this backend.
            if !unsafe { pg_sys::pg_strong_random(pool.0.as_mut_ptr().cast(), POOL_BYTES) } {
                error!("could not generate random values");
            }
            pool.1 = 0;
        }
        let mut out = [0u8; N];
        out.copy_from_slice(&pool.0[pool.1..pool.1 + N]);
        pool.1 += N;
        out
    })
}

/// The 16 bytes of a version 7 UUID from Unix milliseconds and ten random bytes.
pub(crate) fn v7_bytes(unix_ms: u64, random: [u8; 10]) -> [u8; 16] {
    let mut b = [0u8; 16];
    b[..6].copy_from_slice(&unix_ms.to_be_bytes()[2..]);
    b[6] = 0x70 | (random[0] & 0x0f); // version 7, then 12 bits rand_a
    b[7] = random[1];
    b[8] = 0x80 | (random[2] & 0x3f); // variant 10, then 62 bits rand_b
    b[9..].copy_from_slice(&random[3..]);
    b
}

/// A time-ordered UUID (version 7: Unix milliseconds then random bits).
#[pg_extern(volatile, parallel_safe)]
fn uuid_v7() -> Uuid {
    // SAFETY: reads the clock (gettimeofday), no shared state.
    let now_us = unsafe { pg_sys::GetCurrentTimestamp() } + PG_EPOCH_UNIX_US;
    Uuid::from_bytes(v7_bytes((now_us / 1000).max(0) as u64, strong_random::<10>()))
}

#[cfg(test)]
mod tests {
    use super::v7_bytes;

    #[test]
    fn layout() {
        let b = v7_bytes(0x0123_4567_89ab, [0xff; 10]);
        assert_eq!(&b[..6], &[0x01, 0x23, 0x45, 0x67, 0x89, 0xab]);
        assert_eq!(b[6] >> 4, 7, "version");
        assert_eq!(b[8] >> 6, 0b10, "variant");
        assert_eq!(b[6] & 0x0f, 0x0f);
        assert_eq!(&b[9..], &[0xff; 7]);
        let z = v7_bytes(1, [0; 10]);
        assert_eq!(z[6], 0x70);
        assert_eq!(z[8], 0x80);
    }

    #[test]
    fn orders_by_time() {
        assert!(v7_bytes(1_700_000_000_000, [0xff; 10]) < v7_bytes(1_700_000_000_001, [0; 10]));
    }
}
