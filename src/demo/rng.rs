//! Deterministic pseudo-random building blocks for the demo data generator. Every value is a pure
//! function of (seed, kind, n), so the same seed always yields the same dataset, whatever order or
//! parallelism the SQL that calls these runs with.

/// Dimension of every embedding in the platform (Gemini text-embedding-004).
pub const DIM: usize = 768;

/// splitmix64 finaliser: a high-quality 64-bit mix.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a of the kind label, so different kinds of draws are independent streams.
fn label(kind: &str) -> u64 {
    kind.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// A stream of 64-bit values for (seed, kind, n).
pub struct Stream(u64);

impl Stream {
    pub fn new(seed: i32, kind: &str, n: i64) -> Self {
        Stream(mix(mix(seed as u64 ^ label(kind)) ^ n as u64))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }
    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    /// Standard normal (Box-Muller).
    pub fn next_gaussian(&mut self) -> f64 {
        let u1 = self.next_f64().max(f64::MIN_POSITIVE);
        let u2 = self.next_f64();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

/// A version-4-shaped UUID determined by (seed, kind, n).
pub fn uuid(seed: i32, kind: &str, n: i64) -> [u8; 16] {
    let mut s = Stream::new(seed, kind, n);
    let mut b = [0u8; 16];
    b[..8].copy_from_slice(&s.next_u64().to_be_bytes());
    b[8..].copy_from_slice(&s.next_u64().to_be_bytes());
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    b
}

/// Uniform in [0, 1) determined by (seed, kind, n).
pub fn uniform(seed: i32, kind: &str, n: i64) -> f64 {
    Stream::new(seed, kind, n).next_f64()
}

/// Zipf-distributed rank in [0, k): rank r has weight 1 / (r + 1)^s.
pub fn zipf(seed: i32, kind: &str, n: i64, k: u32, s: f64) -> u32 {
    if k <= 1 {
        return 0;
    }
    let weights: Vec<f64> = (1..=k).map(|r| 1.0 / (r as f64).powf(s)).collect();
    let total: f64 = weights.iter().sum();
    let mut target = uniform(seed, kind, n) * total;
    for (r, w) in weights.iter().enumerate() {
        if target < *w {
            return r as u32;
        }
        target -= w;
    }
    k - 1
}

fn normalise(v: &mut [f64]) {
    let norm = v.iter().map(|x| x * x).sum::<f64>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
}

/// The unit centroid of a topic cluster.
pub fn centroid(seed: i32, topic: i32) -> Vec<f64> {
    let mut s = Stream::new(seed, "topic-centroid", topic as i64);
    let mut v: Vec<f64> = (0..DIM).map(|_| s.next_gaussian()).collect();
    normalise(&mut v);
    v
}

thread_local! {
    /// The last centroids computed, by (seed, topic): a demo load draws a million vectors from 24
    /// topics, and recomputing the centroid (768 Gaussian draws) was half of each vector's cost.
    static CENTROIDS: std::cell::RefCell<std::collections::HashMap<(i32, i32), Vec<f64>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// `centroid`, remembered per backend (at most 1 024 entries: the generator uses 24 topics).
fn centroid_cached(seed: i32, topic: i32) -> Vec<f64> {
    CENTROIDS.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 1024 {
            c.clear();
        }
        c.entry((seed, topic)).or_insert_with(|| centroid(seed, topic)).clone()
    })
}

/// A unit vector of topic `topic`: the centroid plus isotropic noise of norm ~`spread`.
/// Cosine to its own centroid is about 1/sqrt(1 + spread^2); to another topic's, about 0.
pub fn clustered_vector(seed: i32, topic: i32, n: i64, spread: f64) -> Vec<f32> {
    around(centroid_cached(seed, topic), seed, n, spread)
}

/// `centroid` plus the noise of draw (seed, n), normalised.
fn around(mut v: Vec<f64>, seed: i32, n: i64, spread: f64) -> Vec<f32> {
    let mut s = Stream::new(seed, "vector-noise", n);
    let scale = spread / (DIM as f64).sqrt();
    v.iter_mut().for_each(|x| *x += scale * s.next_gaussian());
    normalise(&mut v);
    v.into_iter().map(|x| x as f32).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cosine(a: &[f32], b: &[f32]) -> f64 {
        a.iter().zip(b).map(|(x, y)| *x as f64 * *y as f64).sum()
    }

    #[test]
    fn draws_are_deterministic_and_independent() {
        assert_eq!(uuid(1, "user", 7), uuid(1, "user", 7));
        assert_ne!(uuid(1, "user", 7), uuid(2, "user", 7));
        assert_ne!(uuid(1, "user", 7), uuid(1, "tenant", 7));
        assert_ne!(uuid(1, "user", 7), uuid(1, "user", 8));
        let u = uuid(3, "x", 1);
        assert_eq!(u[6] >> 4, 4, "version nibble");
        assert_eq!(u[8] >> 6, 2, "variant bits");
    }

    #[test]
    fn uniform_is_in_range_with_the_right_mean() {
        let xs: Vec<f64> = (0..20_000).map(|n| uniform(9, "u", n)).collect();
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        assert!((mean - 0.5).abs() < 0.01, "mean {mean}");
    }

    #[test]
    fn zipf_prefers_low_ranks() {
        let mut counts = [0u32; 10];
        for n in 0..50_000 {
            counts[zipf(4, "z", n, 10, 1.0) as usize] += 1;
        }
        // Weight of rank 1 over rank 2 is 2 under s = 1.
        let ratio = counts[0] as f64 / counts[1] as f64;
        assert!((1.8..2.2).contains(&ratio), "ratio {ratio}");
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
        assert_eq!(zipf(4, "z", 1, 1, 1.0), 0);
    }

    #[test]
    fn vectors_cluster_by_topic() {
        let a1 = clustered_vector(1, 3, 1, 0.8);
        let a2 = clustered_vector(1, 3, 2, 0.8);
        let b1 = clustered_vector(1, 4, 3, 0.8);
        assert_eq!(a1.len(), DIM);
        assert!((cosine(&a1, &a1) - 1.0).abs() < 1e-5, "unit norm");
        let same = cosine(&a1, &a2);
        let other = cosine(&a1, &b1);
        assert!(same > 0.5, "same topic {same}");
        assert!(other.abs() < 0.2, "other topic {other}");
        assert_eq!(a1, clustered_vector(1, 3, 1, 0.8), "deterministic");
    }

    #[test]
    fn remembered_centroids_give_the_vectors_computed_afresh() {
        // Interleaved seeds and topics: a cache keyed on less than (seed, topic) would hand one
        // seed's centroid to another.
        for round in 0..2 {
            for seed in [1, 2, 7] {
                for topic in [0, 5, 23] {
                    let n = (round * 100 + seed * 10 + topic) as i64;
                    assert_eq!(
                        clustered_vector(seed, topic, n, 0.8),
                        around(centroid(seed, topic), seed, n, 0.8),
                        "seed {seed} topic {topic}"
                    );
                }
            }
        }
    }
}
