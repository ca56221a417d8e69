//! Embeds every file of `migrations/` into the binary, in file-name order.
//!
//! The generated `migrations.rs` is a static slice of `(file name, contents)`; the contents come
//! from `include_str!`, so the plain-SQL files stay the single source a reviewer reads.
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = fs::read_dir(&dir)
        .expect("migrations/ directory")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".sql"))
        .collect();
    files.sort();
    let mut out = String::from("pub static MIGRATIONS: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
        out.push_str(&format!("    ({f:?}, include_str!({:?})),\n", dir.join(f).display().to_string()));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("migrations.rs");
    fs::write(dest, out).unwrap();
}
