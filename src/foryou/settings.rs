//! Validation of the For You section of `tenants.settings` (`settings -> 'for_you'`), which
//! `public.for_you` (`sql/for_you.sql`) reads on every feed call. No Postgres here (unit-tested
//! with cargo test); the `tenants_settings_check` trigger calls [`validate`].
use serde_json::Value;

pub use crate::completeness::score::SettingsError;

/// The blend weights, each a JSON number from 0 to 1.
pub const WEIGHTS: &[&str] = &["similarity", "recency", "popularity", "diversity"];

/// Largest accepted `exact_threshold` (the SQL clamps to the same range).
pub const MAX_EXACT_THRESHOLD: u64 = 100_000;

/// Check `tenants.settings -> 'for_you'`:
///
/// - absent: fine (every key takes its default);
/// - otherwise it must be an object whose keys are among `similarity`, `recency`, `popularity`,
///   `diversity` (each a JSON number from 0 to 1) and `exact_threshold` (a JSON integer from 0 to
///   100000); any other key is refused, so a typo cannot silently fall back to the default.
///
/// Strict on types: `public.for_you` reads the values with `->>` and casts the text, so a JSON
/// string such as `"0.5"` would happen to work there, but only JSON numbers are accepted here (as
/// is JSON `null`: leave a key out to get its default). Out-of-range values, which the SQL would
/// clamp, are refused too.
///
/// The error names the full path of the offending key, e.g. `for_you.exact_threshold`.
pub fn validate(settings: &Value) -> Result<(), SettingsError> {
    let Some(section) = settings.get("for_you") else {
        return Ok(());
    };
    let section = section
        .as_object()
        .ok_or_else(|| SettingsError { key: "for_you".into(), message: "must be an object".into() })?;
    for (name, value) in section {
        let key = format!("for_you.{name}");
        if WEIGHTS.contains(&name.as_str()) {
            match value.as_f64() {
                Some(w) if (0.0..=1.0).contains(&w) => {}
                _ => return Err(SettingsError { key, message: format!("must be a number from 0 to 1, not {value}") }),
            }
        } else if name == "exact_threshold" {
            match value.as_u64() {
                Some(n) if n <= MAX_EXACT_THRESHOLD => {}
                _ => {
                    return Err(SettingsError {
                        key,
                        message: format!("must be an integer from 0 to {MAX_EXACT_THRESHOLD}, not {value}"),
                    })
                }
            }
        } else {
            return Err(SettingsError {
                key,
                message: format!("is not a known setting (expected one of: {}, exact_threshold)", WEIGHTS.join(", ")),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn key_of(v: Value) -> String {
        validate(&v).expect_err("should be refused").key
    }

    #[test]
    fn absent_or_empty_section_is_fine() {
        assert_eq!(validate(&json!({})), Ok(()));
        assert_eq!(validate(&json!({"profile_completeness": {"weights": {}}})), Ok(()));
        assert_eq!(validate(&json!({"for_you": {}})), Ok(()));
    }

    #[test]
    fn full_section_and_bounds_are_fine() {
        let full = json!({"for_you": {"similarity": 0.75, "recency": 0.1, "popularity": 0.15, "diversity": 0.05, "exact_threshold": 5000}});
        assert_eq!(validate(&full), Ok(()));
        let bounds = json!({"for_you": {"similarity": 0, "recency": 1, "popularity": 0.0, "diversity": 1.0, "exact_threshold": 0}});
        assert_eq!(validate(&bounds), Ok(()));
        assert_eq!(validate(&json!({"for_you": {"exact_threshold": 100000}})), Ok(()));
    }

    #[test]
    fn section_must_be_an_object() {
        for bad in [json!(null), json!([]), json!("x"), json!(1)] {
            let e = validate(&json!({ "for_you": bad })).unwrap_err();
            assert_eq!(e.key, "for_you");
            assert!(e.message.contains("object"), "{}", e.message);
        }
    }

    #[test]
    fn unknown_key_is_refused() {
        let e = validate(&json!({"for_you": {"similarty": 0.5}})).unwrap_err();
        assert_eq!(e.key, "for_you.similarty");
        assert!(e.message.contains("exact_threshold"), "{}", e.message);
    }

    #[test]
    fn weight_must_be_a_number_from_0_to_1() {
        for w in WEIGHTS {
            for bad in [json!("0.5"), json!(null), json!(true), json!(-0.01), json!(1.5), json!(2), json!([0.5])] {
                let e = validate(&json!({ "for_you": { *w: bad.clone() } })).unwrap_err();
                assert_eq!(e.key, format!("for_you.{w}"), "{bad}");
                assert!(e.message.contains("from 0 to 1"), "{}", e.message);
            }
        }
    }

    #[test]
    fn exact_threshold_must_be_an_integer_from_0_to_100000() {
        for bad in [
            json!("x"),
            json!("5000"),
            json!(null),
            json!(5000.5),
            json!(5000.0),
            json!(-1),
            json!(100001),
            json!(1e12),
        ] {
            let e = validate(&json!({"for_you": {"exact_threshold": bad.clone()}})).unwrap_err();
            assert_eq!(e.key, "for_you.exact_threshold", "{bad}");
            assert!(e.message.contains("integer from 0 to 100000"), "{}", e.message);
        }
    }

    #[test]
    fn first_bad_key_is_named_even_among_good_ones() {
        assert_eq!(key_of(json!({"for_you": {"similarity": 0.5, "diversity": 3}})), "for_you.diversity");
    }
}
