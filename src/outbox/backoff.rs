//! Retry delay for failed outbox deliveries: exponential backoff with jitter.

/// Delay in seconds before retry number `attempts` (the attempts made so far, >= 1):
/// `base * 2^(attempts - 1)`, capped at `cap`, then spread by +/-25 % with `unit` in [0, 1) so
/// that many consumers failing together do not retry in lockstep.
pub fn delay_seconds(attempts: i32, base: f64, cap: f64, unit: f64) -> f64 {
    let exponent = (attempts.max(1) - 1).min(62);
    let raw = (base * 2f64.powi(exponent)).min(cap);
    raw * (0.75 + 0.5 * unit.clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_exponentially_until_the_cap() {
        let d: Vec<f64> = (1..=8).map(|a| delay_seconds(a, 10.0, 3600.0, 0.5)).collect();
        assert_eq!(d[..4], [10.0, 20.0, 40.0, 80.0]);
        assert!(d.windows(2).all(|w| w[1] >= w[0]));
        assert_eq!(delay_seconds(30, 10.0, 3600.0, 0.5), 3600.0);
        assert_eq!(delay_seconds(10_000, 10.0, 3600.0, 0.5), 3600.0, "no overflow");
    }

    #[test]
    fn jitter_stays_within_25_percent() {
        for a in 1..10 {
            let mid = delay_seconds(a, 5.0, 600.0, 0.5);
            for u in [0.0, 0.1, 0.5, 0.9, 0.999_999] {
                let d = delay_seconds(a, 5.0, 600.0, u);
                assert!(d >= 0.75 * mid - 1e-9 && d <= 1.25 * mid + 1e-9, "{a} {u} {d}");
            }
        }
        assert_eq!(delay_seconds(0, 10.0, 100.0, 0.5), 10.0, "attempts below 1 count as the first");
    }
}
