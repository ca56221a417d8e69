//! Pure migration planning: file-name parsing, checksums, and the decision of what to apply.
//! No Postgres here, so all of it is unit-tested with plain `cargo test`.
use sha2::{Digest, Sha256};

/// One migration file embedded in the binary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Migration {
    /// 14-digit UTC timestamp prefix, e.g. `20260210171318`.
    pub version: String,
    /// The rest of the file name without `.sql`, e.g. `init_platform`.
    pub name: String,
    pub sql: &'static str,
    /// Lower-case hex sha256 of the file's bytes.
    pub checksum: String,
}

/// One row of the ledger `platform.schema_migrations`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub version: String,
    pub name: String,
    pub checksum: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// A file name is not `<14 digits>_<name>.sql`.
    BadFileName(String),
    /// Two files share a version.
    DuplicateVersion(String),
    /// An applied migration's file was changed after it was applied.
    Edited { version: String, name: String, applied: String, embedded: String },
    /// The ledger holds a version this build does not ship (a newer build applied it).
    Unknown { version: String, name: String },
    /// A pending file is older than the newest applied one.
    OutOfOrder { version: String, name: String, newest_applied: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Applied,
    Pending,
    ChecksumMismatch,
    Unknown,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            State::Applied => "applied",
            State::Pending => "pending",
            State::ChecksumMismatch => "checksum_mismatch",
            State::Unknown => "unknown",
        }
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Parse `20260210171318_init_platform.sql` into (version, name).
pub fn parse_file_name(file: &str) -> Result<(String, String), PlanError> {
    let bad = || PlanError::BadFileName(file.to_string());
    let stem = file.strip_suffix(".sql").ok_or_else(bad)?;
    let (version, name) = stem.split_once('_').ok_or_else(bad)?;
    let name_ok = !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if version.len() != 14 || !version.chars().all(|c| c.is_ascii_digit()) || !name_ok {
        return Err(bad());
    }
    Ok((version.to_string(), name.to_string()))
}

/// Turn the embedded `(file name, contents)` list into sorted, validated migrations.
pub fn load(files: &[(&str, &'static str)]) -> Result<Vec<Migration>, PlanError> {
    let mut out = Vec::with_capacity(files.len());
    for (file, sql) in files {
        let (version, name) = parse_file_name(file)?;
        out.push(Migration { version, name, sql, checksum: sha256_hex(sql.as_bytes()) });
    }
    out.sort_by(|a, b| a.version.cmp(&b.version));
    if let Some(w) = out.windows(2).find(|w| w[0].version == w[1].version) {
        return Err(PlanError::DuplicateVersion(w[0].version.clone()));
    }
    Ok(out)
}

/// Decide which migrations to apply, refusing any state that is not a clean prefix of history.
pub fn pending<'a>(embedded: &'a [Migration], applied: &[Applied]) -> Result<Vec<&'a Migration>, PlanError> {
    for a in applied {
        match embedded.iter().find(|m| m.version == a.version) {
            None => return Err(PlanError::Unknown { version: a.version.clone(), name: a.name.clone() }),
            Some(m) if m.checksum != a.checksum => {
                return Err(PlanError::Edited {
                    version: a.version.clone(),
                    name: a.name.clone(),
                    applied: a.checksum.clone(),
                    embedded: m.checksum.clone(),
                })
            }
            Some(_) => {}
        }
    }
    let newest = applied.iter().map(|a| a.version.as_str()).max();
    let todo: Vec<&Migration> = embedded.iter().filter(|m| !applied.iter().any(|a| a.version == m.version)).collect();
    if let (Some(newest), Some(first)) = (newest, todo.first()) {
        if first.version.as_str() < newest {
            return Err(PlanError::OutOfOrder {
                version: first.version.clone(),
                name: first.name.clone(),
                newest_applied: newest.to_string(),
            });
        }
    }
    Ok(todo)
}

/// The state of every embedded file plus every ledger row this build does not know.
pub fn status<'a>(embedded: &'a [Migration], applied: &'a [Applied]) -> Vec<(String, String, State)> {
    let mut rows: Vec<(String, String, State)> = embedded
        .iter()
        .map(|m| {
            let state = match applied.iter().find(|a| a.version == m.version) {
                None => State::Pending,
                Some(a) if a.checksum == m.checksum => State::Applied,
                Some(_) => State::ChecksumMismatch,
            };
            (m.version.clone(), m.name.clone(), state)
        })
        .collect();
    for a in applied.iter().filter(|a| !embedded.iter().any(|m| m.version == a.version)) {
        rows.push((a.version.clone(), a.name.clone(), State::Unknown));
    }
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files() -> Vec<(&'static str, &'static str)> {
        vec![("20260102000000_second.sql", "select 2;"), ("20260101000000_first.sql", "select 1;")]
    }

    fn applied(m: &Migration) -> Applied {
        Applied { version: m.version.clone(), name: m.name.clone(), checksum: m.checksum.clone() }
    }

    #[test]
    fn sha256_matches_known_vector() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn file_names_are_validated() {
        let cases = [
            ("20260210171318_init_platform.sql", true),
            ("20260210171318_init.sql", true),
            ("2026021017131_short.sql", false),
            ("20260210171318-dash.sql", false),
            ("20260210171318_.sql", false),
            ("20260210171318_Upper.sql", false),
            ("20260210171318_init.txt", false),
        ];
        for (name, ok) in cases {
            assert_eq!(parse_file_name(name).is_ok(), ok, "{name}");
        }
    }

    #[test]
    fn load_sorts_and_rejects_duplicates() {
        let m = load(&files()).unwrap();
        assert_eq!(m.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), ["first", "second"]);
        let dup = [("20260101000000_a.sql", ""), ("20260101000000_b.sql", "")];
        assert_eq!(load(&dup), Err(PlanError::DuplicateVersion("20260101000000".into())));
    }

    #[test]
    fn fresh_database_applies_everything_then_nothing() {
        let m = load(&files()).unwrap();
        assert_eq!(pending(&m, &[]).unwrap().len(), 2);
        let all: Vec<Applied> = m.iter().map(applied).collect();
        assert!(pending(&m, &all).unwrap().is_empty());
        assert_eq!(pending(&m, &all[..1]).unwrap()[0].name, "second");
    }

    #[test]
    fn edited_unknown_and_out_of_order_are_refused() {
        let m = load(&files()).unwrap();
        let mut edited = applied(&m[0]);
        edited.checksum = "0".repeat(64);
        assert!(matches!(pending(&m, &[edited]), Err(PlanError::Edited { .. })));

        let unknown = Applied { version: "20990101000000".into(), name: "x".into(), checksum: "0".into() };
        assert!(matches!(pending(&m, &[unknown]), Err(PlanError::Unknown { .. })));

        assert!(matches!(pending(&m, &[applied(&m[1])]), Err(PlanError::OutOfOrder { .. })));
    }

    #[test]
    fn status_reports_every_state() {
        let m = load(&files()).unwrap();
        let mut bad = applied(&m[1]);
        bad.checksum = "f".repeat(64);
        let ghost = Applied { version: "20990101000000".into(), name: "ghost".into(), checksum: "0".into() };
        let rows = status(&m, &[applied(&m[0]), bad, ghost]);
        let states: Vec<State> = rows.iter().map(|r| r.2).collect();
        assert_eq!(states, [State::Applied, State::ChecksumMismatch, State::Unknown]);
        assert_eq!(status(&m, &[])[0].2, State::Pending);
    }
}
