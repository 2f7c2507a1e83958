//! `greenroom-worker rebuild`: re-extracts every stored document into a fresh store
//! of this build's schema, then swaps it in. The old store stays untouched until the
//! new one is complete, so an interrupted rebuild loses nothing.

use std::{fs, path::Path, process::ExitCode};

use anyhow::{Context, bail};
use greenroom_extract::Extractor;
use greenroom_store::Store;

use super::ingest::{Summary, ingest_one};

pub fn run(db: &Path, extractor: &Extractor) -> anyhow::Result<ExitCode> {
    if !db.exists() {
        bail!("no store at {}: nothing to rebuild", db.display());
    }
    let texts = Store::read_texts(db)
        .with_context(|| format!("cannot read the documents of store {}", db.display()))?;
    let fresh = sibling(db, "rebuild");
    let retired = sibling(db, "old");
    for leftover in [&fresh, &retired] {
        if leftover.exists() {
            fs::remove_dir_all(leftover)
                .with_context(|| format!("cannot remove leftover {}", leftover.display()))?;
        }
    }

    let mut summary = Summary::default();
    {
        let store = Store::open(&fresh)
            .with_context(|| format!("cannot create store {}", fresh.display()))?;
        for stored in texts {
            ingest_one(&store, extractor, stored.id, stored.text, &mut summary);
        }
    }
    if summary.failed > 0 {
        bail!(
            "rebuild failed for {} documents; {} is unchanged, the partial rebuild is in {}",
            summary.failed,
            db.display(),
            fresh.display()
        );
    }
    fs::rename(db, &retired).with_context(|| format!("cannot move {} aside", db.display()))?;
    fs::rename(&fresh, db)
        .with_context(|| format!("cannot move the rebuilt store into {}", db.display()))?;
    fs::remove_dir_all(&retired)
        .with_context(|| format!("cannot remove the old store {}", retired.display()))?;
    eprintln!("rebuilt {}: {summary}", db.display());
    Ok(ExitCode::SUCCESS)
}

/// `data/greenroom-db` -> `data/greenroom-db.rebuild`.
fn sibling(db: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(suffix);
    db.with_file_name(name)
}
