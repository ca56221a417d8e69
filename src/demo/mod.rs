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

extension_sql_file!(
    "sql/generate_demo_data.sql",
    name = "generate_demo_data",
    requires = [demo_uuid, demo_random, demo_zipf, demo_vector, "vector_indexes"]
);

#[cfg(feature = "pg_test")] // #[pg_test]s: layer 2 (cargo pgrx test) only, see scripts/test.sh
#[pg_schema]
mod tests {
    use pgrx::prelude::*;

    #[pg_test]
    fn demo_helpers_behave_in_sql() {
        let cases: &[(&str, bool)] = &[
            ("SELECT platform.demo_uuid(1, 'x', 1) = platform.demo_uuid(1, 'x', 1)", true),
            ("SELECT platform.demo_uuid(1, 'x', 1) = platform.demo_uuid(1, 'x', 2)", false),
            ("SELECT platform.demo_random(1, 'x', 1) >= 0 AND platform.demo_random(1, 'x', 1) < 1", true),
            ("SELECT bool_and(platform.demo_zipf(1, 'x', n, 5) BETWEEN 0 AND 4) FROM generate_series(1, 100) n", true),
            ("SELECT vector_dims(platform.demo_vector(1, 0, 1)::vector) = 768", true),
            ("SELECT abs(vector_norm(platform.demo_vector(1, 0, 1)::vector) - 1) < 1e-5", true),
            ("SELECT platform.demo_vector(1, 0, 1, 0.0) = platform.demo_vector(1, 0, 2, 0.0)", true),
        ];
        for (sql, expected) in cases {
            assert_eq!(Spi::get_one::<bool>(sql).unwrap(), Some(*expected), "{sql}");
        }
    }

    #[pg_test]
    fn tiny_demo_data_loads_into_a_migrated_database() {
        Spi::run("SELECT count(*) FROM platform.migrate()").unwrap();
        let summary = Spi::get_one::<pgrx::JsonB>("SELECT platform.generate_demo_data('tiny', 5)").unwrap().unwrap();
        assert_eq!(summary.0["tenants"], 3);
        assert_eq!(summary.0["content_items"], 400);
    }

    #[pg_test(error = "unknown demo scale 'galactic'")]
    fn unknown_scale_is_refused() {
        Spi::run("SELECT count(*) FROM platform.migrate()").unwrap();
        Spi::run("SELECT platform.generate_demo_data('galactic', 1)").unwrap();
    }
}
