//! Pure parts of the For You feed: the taste vector (a weighted, normalised centroid) and the
//! canonical-text hash that detects stale content embeddings.
use sha2::{Digest, Sha256};

/// Weighted centroid of `vectors`, normalised to unit length (cosine space). Vectors of another
/// dimension than the first, and non-positive weights, are ignored. None when nothing remains.
pub fn weighted_centroid(vectors: &[(Vec<f32>, f64)]) -> Option<Vec<f32>> {
    let dim = vectors.iter().find(|(_, w)| *w > 0.0)?.0.len();
    let mut acc = vec![0f64; dim];
    let mut total = 0.0;
    for (v, w) in vectors.iter().filter(|(v, w)| *w > 0.0 && v.len() == dim) {
        let norm = v.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
        if norm == 0.0 {
            continue;
        }
        for (a, x) in acc.iter_mut().zip(v) {
            *a += w * (*x as f64) / norm;
        }
        total += w;
    }
    if total == 0.0 {
        return None;
    }
    let norm = acc.iter().map(|x| x * x).sum::<f64>().sqrt();
    if norm == 0.0 {
        return None;
    }
    Some(acc.into_iter().map(|x| (x / norm) as f32).collect())
}

/// Weight of one interaction, by action and age: heavier actions count more, and an interaction
/// loses half its weight every `half_life_days`.
pub fn interaction_weight(action: &str, age_days: f64, half_life_days: f64) -> f64 {
    let base = match action.rsplit('.').next().unwrap_or("") {
        "completed" => 5.0,
        "enrolled" | "signed_up" | "attended" => 4.0,
        "saved" | "shared" => 3.0,
        "clicked" => 2.0,
        "viewed" => 1.0,
        "dismissed" => 0.0,
        _ => 0.5,
    };
    base * 0.5f64.powf(age_days.max(0.0) / half_life_days.max(1.0))
}

/// sha256 (hex) of the canonical text an embedding is computed from.
pub fn content_hash(canonical_text: &str) -> String {
    Sha256::digest(canonical_text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centroid_is_weighted_and_normalised() {
        let c = weighted_centroid(&[(vec![1.0, 0.0], 3.0), (vec![0.0, 2.0], 1.0)]).unwrap();
        let norm: f32 = c.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-6);
        assert!((c[0] / c[1] - 3.0).abs() < 1e-5, "inputs are normalised before weighting: {c:?}");
        assert_eq!(weighted_centroid(&[]), None);
        assert_eq!(weighted_centroid(&[(vec![1.0, 0.0], 0.0)]), None, "zero weight");
        assert_eq!(weighted_centroid(&[(vec![1.0, -1.0], 1.0), (vec![-1.0, 1.0], 1.0)]), None, "cancelling out");
        let mixed = weighted_centroid(&[(vec![1.0, 0.0], 1.0), (vec![1.0, 0.0, 0.0], 5.0)]).unwrap();
        assert_eq!(mixed, vec![1.0, 0.0], "other dimensions are ignored");
    }

    #[test]
    fn weights_decay_and_rank_actions() {
        assert!(interaction_weight("course.completed", 0.0, 30.0) > interaction_weight("course.viewed", 0.0, 30.0));
        assert!((interaction_weight("resource.viewed", 30.0, 30.0) - 0.5).abs() < 1e-12);
        assert_eq!(interaction_weight("programme.dismissed", 0.0, 30.0), 0.0);
    }

    #[test]
    fn hash_is_sha256_hex() {
        assert_eq!(content_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
