//! Demo data: `platform.generate_demo_data(scale, seed)` and the deterministic helpers it uses.
//! The generator itself is set-based SQL (sql/generate_demo_data.sql); the randomness comes from
//! the pure functions in `rng`, so the same seed always produces the same rows.
use pgrx::prelude::*;

pub mod rng;

/// A UUID determined by (seed, kind, n): stable ids for generated rows.
#[pg_extern(immutable, strict, parallel_safe)]
fn demo_uuid(seed: i32, kind: &str, n: i64) -> pgrx::Uuid {
    pgrx::Uuid::from_bytes(rng::uuid(seed, kind, n))
}

/// A uniform draw in [0, 1) determined by (seed, kind, n).
#[pg_extern(immutable, strict, parallel_safe)]
fn demo_random(seed: i32, kind: &str, n: i64) -> f64 {
    rng::uniform(seed, kind, n)
}

/// A Zipf-distributed rank in [0, k) determined by (seed, kind, n).
#[pg_extern(immutable, strict, parallel_safe)]
fn demo_zipf(seed: i32, kind: &str, n: i64, k: i32, s: default!(f64, 1.0)) -> i32 {
    rng::zipf(seed, kind, n, k.max(1) as u32, s) as i32
}

/// A 768-d unit vector of topic cluster `topic` (spread 0 gives the topic's centroid). Returned as
/// real[]; pgvector's assignment cast turns it into `vector` on insert.
#[pg_extern(immutable, strict, parallel_safe)]
fn demo_vector(seed: i32, topic: i32, n: i64, spread: default!(f64, 0.8)) -> Vec<f32> {
    rng::clustered_vector(seed, topic, n, spread)
}

extension_sql_file!("sql/generate_demo_data.sql", name = "generate_demo_data", requires = [demo_uuid, demo_random, demo_zipf, demo_vector]);
