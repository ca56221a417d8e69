//! The For You feed (`public.for_you`), its retrieval strategy, taste vectors and the embedding
//! staleness queue. The SQL is in `sql/for_you.sql`; the pure parts (weighted centroid,
//! interaction weights, canonical-text hash) are in `taste`; the validation of the tenant's
//! `settings.for_you` is in `settings`. The per-tenant vector index layout is `sql/vector_indexes.sql`; the
//! tag-ordered vector copy of the exact path is maintained by `sql/tag_vectors.sql`.
use pgrx::prelude::*;
use pgrx::spi::SpiResult;
use pgrx::Uuid;

use crate::errors::spi;

pub mod settings;
pub mod taste;

const INTERACTIONS: &str = include_str!("queries/interactions.sql");
const PREFERENCE_VECTORS: &str = include_str!("queries/preference_vectors.sql");
const STORE_TASTE: &str = include_str!("queries/store_taste.sql");

/// sha256 (hex) of a canonical content text (embeddings.input_hash).
#[pg_extern(immutable, strict, parallel_safe)]
fn content_hash(canonical_text: &str) -> String {
    taste::content_hash(canonical_text)
}

/// Recompute a user's taste vector in a tenant from their interactions (recency-decayed, weighted
/// by action) and their preference topics, and upsert user_embeddings. Returns false when there
/// is no signal at all (nothing is stored; the feed then cold-starts).
#[pg_extern(volatile, strict)]
fn refresh_user_embedding(user_id: Uuid, tenant_id: Uuid) -> bool {
    crate::errors::require_primary("platform.refresh_user_embedding");
    let mut weighted: Vec<(Vec<f32>, f64)> = Vec::new();
    let read = Spi::connect(|client| -> SpiResult<()> {
        // A NULL vector (no embedding) is no signal: skipped.
        for r in spi(client.select(INTERACTIONS, None, &[user_id.into(), tenant_id.into()]), "read interactions") {
            let v = r.get::<Vec<f32>>(1)?;
            let action = r.get::<String>(2)?.unwrap_or_default();
            let age = r.get::<f64>(3)?.unwrap_or(0.0);
            if let Some(v) = v {
                weighted.push((v, taste::interaction_weight(&action, age, 30.0)));
            }
        }
        for r in spi(client.select(PREFERENCE_VECTORS, None, &[user_id.into(), tenant_id.into()]), "read preferences") {
            if let Some(v) = r.get::<Vec<f32>>(1)? {
                weighted.push((v, 3.0));
            }
        }
        Ok(())
    });
    spi(read, "read taste signals");
    match taste::weighted_centroid(&weighted) {
        Some(v) => {
            spi(Spi::run_with_args(STORE_TASTE, &[user_id.into(), tenant_id.into(), v.into()]), "store taste");
            true
        }
        None => false,
    }
}

extension_sql_file!("sql/for_you.sql", name = "for_you", requires = [content_hash, "rls_helpers", "rls_caller"]);
extension_sql_file!("sql/vector_indexes.sql", name = "vector_indexes", requires = ["for_you"]);
extension_sql_file!("sql/tag_vectors.sql", name = "tag_vectors", requires = ["for_you"]);
extension_sql_file!("sql/comments.sql", name = "foryou_comments", requires = [refresh_user_embedding]);
