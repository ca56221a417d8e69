//! Pure profile-completeness scoring for companies: which fields count, their weights, the score
//! 0-100, and what each missing field would add. No Postgres here (unit-tested with cargo test).
use serde_json::{Map, Value};

/// The fields that count, with their default weights (they sum to 100) and how the app should
/// phrase the suggestion to add them.
pub const FIELDS: &[(&str, u32, &str)] = &[
    ("description", 15, "add a description of what you do"),
    ("stage", 15, "add your business stage"),
    ("funding_stage", 15, "add your funding stage"),
    ("challenges", 10, "list your current challenges"),
    ("sector", 10, "add your sector"),
    ("company_size", 10, "add your company size"),
    ("location", 10, "add your location or postcode"),
    ("website", 5, "add your website"),
    ("logo", 5, "upload a logo"),
    ("staff", 5, "invite a colleague to your company"),
];

/// Largest accepted weight for one field (weights are relative; this only stops nonsense).
pub const MAX_WEIGHT: u64 = 1000;

/// Which counted fields a company profile has filled in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub description: bool,
    pub stage: bool,
    pub funding_stage: bool,
    pub challenges: bool,
    pub sector: bool,
    pub company_size: bool,
    pub location: bool,
    pub website: bool,
    pub logo: bool,
    pub staff: bool,
}

impl Profile {
    pub fn has(&self, field: &str) -> bool {
        match field {
            "description" => self.description,
            "stage" => self.stage,
            "funding_stage" => self.funding_stage,
            "challenges" => self.challenges,
            "sector" => self.sector,
            "company_size" => self.company_size,
            "location" => self.location,
            "website" => self.website,
            "logo" => self.logo,
            "staff" => self.staff,
            _ => false,
        }
    }
}

/// A text column counts when it has non-blank content.
pub fn filled(text: Option<&str>) -> bool {
    text.is_some_and(|t| !t.trim().is_empty())
}

/// Weights per field, in FIELDS order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Weights(pub Vec<u32>);

impl Default for Weights {
    fn default() -> Self {
        Weights(FIELDS.iter().map(|f| f.1).collect())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsError {
    /// JSON path of the offending key, e.g. `profile_completeness.weights.funding`.
    pub key: String,
    pub message: String,
}

/// Read the weights a tenant overrides in `tenants.settings -> 'profile_completeness' -> 'weights'`
/// (an object of field -> non-negative integer). Fields not mentioned keep their default. An
/// unknown field, a value that is not an integer in 0..=1000, or weights that sum to 0 are errors
/// naming the key.
pub fn weights_from_settings(settings: &Value) -> Result<Weights, SettingsError> {
    let mut weights = Weights::default();
    let Some(section) = settings.get("profile_completeness") else {
        return Ok(weights);
    };
    let section = section
        .as_object()
        .ok_or_else(|| SettingsError { key: "profile_completeness".into(), message: "must be an object".into() })?;
    if let Some(key) = section.keys().find(|k| k.as_str() != "weights") {
        return Err(SettingsError {
            key: format!("profile_completeness.{key}"),
            message: "is not a known setting (expected: weights)".into(),
        });
    }
    let Some(w) = section.get("weights") else {
        return Ok(weights);
    };
    let w: &Map<String, Value> = w.as_object().ok_or_else(|| SettingsError {
        key: "profile_completeness.weights".into(),
        message: "must be an object of field: weight".into(),
    })?;
    for (field, value) in w {
        let key = format!("profile_completeness.weights.{field}");
        let Some(i) = FIELDS.iter().position(|f| f.0 == field) else {
            let known: Vec<&str> = FIELDS.iter().map(|f| f.0).collect();
            return Err(SettingsError {
                key,
                message: format!("is not a counted field (expected one of: {})", known.join(", ")),
            });
        };
        match value.as_u64() {
            Some(v) if v <= MAX_WEIGHT => weights.0[i] = v as u32,
            _ => {
                return Err(SettingsError {
                    key,
                    message: format!("must be an integer from 0 to {MAX_WEIGHT}, not {value}"),
                })
            }
        }
    }
    if weights.0.iter().all(|w| *w == 0) {
        return Err(SettingsError {
            key: "profile_completeness.weights".into(),
            message: "must not make every weight 0".into(),
        });
    }
    Ok(weights)
}

/// One counted field in a score breakdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldScore {
    pub field: &'static str,
    pub present: bool,
    pub weight: u32,
    /// Points (0-100 scale) the field contributes when present.
    pub points: u32,
    pub suggestion: &'static str,
}

/// Round-half-up of 100 * part / total, in integers.
fn percent(part: u64, total: u64) -> u32 {
    if total == 0 {
        return 0;
    }
    ((200 * part + total) / (2 * total)) as u32
}

/// The score (0-100, rounded half up from the weighted share of present fields) and the breakdown.
pub fn score(profile: &Profile, weights: &Weights) -> (u8, Vec<FieldScore>) {
    let total: u64 = weights.0.iter().map(|w| *w as u64).sum();
    let present: u64 = FIELDS.iter().zip(&weights.0).filter(|(f, _)| profile.has(f.0)).map(|(_, w)| *w as u64).sum();
    let breakdown = FIELDS
        .iter()
        .zip(&weights.0)
        .map(|(f, w)| FieldScore {
            field: f.0,
            present: profile.has(f.0),
            weight: *w,
            points: percent(*w as u64, total),
            suggestion: f.2,
        })
        .collect();
    (percent(present, total).min(100) as u8, breakdown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn full() -> Profile {
        Profile {
            description: true,
            stage: true,
            funding_stage: true,
            challenges: true,
            sector: true,
            company_size: true,
            location: true,
            website: true,
            logo: true,
            staff: true,
        }
    }

    #[test]
    fn default_weights_sum_to_100() {
        assert_eq!(Weights::default().0.iter().sum::<u32>(), 100);
    }

    #[test]
    fn empty_and_full_profiles() {
        assert_eq!(score(&Profile::default(), &Weights::default()).0, 0);
        assert_eq!(score(&full(), &Weights::default()).0, 100);
    }

    #[test]
    fn each_field_adds_its_weight() {
        let cases = [
            ("description", 15),
            ("stage", 15),
            ("funding_stage", 15),
            ("challenges", 10),
            ("website", 5),
            ("staff", 5),
        ];
        for (field, expected) in cases {
            let mut p = Profile::default();
            match field {
                "description" => p.description = true,
                "stage" => p.stage = true,
                "funding_stage" => p.funding_stage = true,
                "challenges" => p.challenges = true,
                "website" => p.website = true,
                _ => p.staff = true,
            }
            assert_eq!(score(&p, &Weights::default()).0, expected, "{field}");
        }
        let (_, breakdown) = score(&Profile::default(), &Weights::default());
        let funding = breakdown.iter().find(|f| f.field == "funding_stage").unwrap();
        assert_eq!((funding.points, funding.suggestion), (15, "add your funding stage"));
    }

    #[test]
    fn blank_text_does_not_count() {
        assert!(!filled(None));
        assert!(!filled(Some("   ")));
        assert!(filled(Some(" x ")));
    }

    #[test]
    fn tenant_weights_are_relative_and_rounded() {
        let w =
            weights_from_settings(&json!({"profile_completeness": {"weights": {"logo": 0, "staff": 0, "website": 0}}}))
                .unwrap();
        // 85 points left; description alone is 15/85 = 17.6 -> 18.
        let p = Profile { description: true, ..Default::default() };
        assert_eq!(score(&p, &w).0, 18);
        // Unrelated settings are ignored; missing section gives defaults.
        assert_eq!(weights_from_settings(&json!({"for_you": {"k": 1}})).unwrap(), Weights::default());
    }

    #[test]
    fn bad_settings_name_the_bad_key() {
        let cases = [
            (json!({"profile_completeness": {"weights": {"funding": 10}}}), "profile_completeness.weights.funding"),
            (json!({"profile_completeness": {"weights": {"stage": -1}}}), "profile_completeness.weights.stage"),
            (json!({"profile_completeness": {"weights": {"stage": 2.5}}}), "profile_completeness.weights.stage"),
            (json!({"profile_completeness": {"weights": {"stage": 5000}}}), "profile_completeness.weights.stage"),
            (json!({"profile_completeness": {"weights": []}}), "profile_completeness.weights"),
            (json!({"profile_completeness": {"wieghts": {}}}), "profile_completeness.wieghts"),
            (json!({"profile_completeness": 3}), "profile_completeness"),
        ];
        for (settings, key) in cases {
            assert_eq!(weights_from_settings(&settings).unwrap_err().key, key, "{settings}");
        }
        let zero: Map<String, Value> = FIELDS.iter().map(|f| (f.0.to_string(), json!(0))).collect();
        let err = weights_from_settings(&json!({"profile_completeness": {"weights": zero}})).unwrap_err();
        assert_eq!(err.key, "profile_completeness.weights");
    }

    #[test]
    fn score_never_exceeds_100_and_is_monotonic() {
        // Adding any field never lowers the score, under default and custom weights.
        let custom =
            weights_from_settings(&json!({"profile_completeness": {"weights": {"logo": 77, "sector": 3}}})).unwrap();
        for w in [Weights::default(), custom] {
            for mask in 0u32..1024 {
                let p = profile_from_mask(mask);
                let s = score(&p, &w).0;
                assert!(s <= 100);
                for bit in 0..10 {
                    let q = profile_from_mask(mask | (1 << bit));
                    assert!(score(&q, &w).0 >= s);
                }
            }
        }
    }

    fn profile_from_mask(m: u32) -> Profile {
        let b = |i: u32| m & (1 << i) != 0;
        Profile {
            description: b(0),
            stage: b(1),
            funding_stage: b(2),
            challenges: b(3),
            sector: b(4),
            company_size: b(5),
            location: b(6),
            website: b(7),
            logo: b(8),
            staff: b(9),
        }
    }
}
