//! `greenroom-worker ingest`: articles into the store, one atomic, flushed write per
//! document, with a summary at the end.

use std::{path::Path, path::PathBuf, process::ExitCode};

use anyhow::Context;
use greenroom_extract::Extractor;
use greenroom_store::{IngestOutcome, NewDocument, Store};

use super::{extract_article, report_skipped};
use crate::inputs;

/// What an ingest run did.
#[derive(Debug, Default)]
pub struct Summary {
    /// New documents stored.
    pub stored: usize,
    /// Documents whose content changed and were replaced.
    pub replaced: usize,
    /// Documents already stored with the same content.
    pub unchanged: usize,
    /// Events not stored before.
    pub new_events: usize,
    /// Events merged into stored ones.
    pub merged_events: usize,
    /// Documents the store refused.
    pub failed: usize,
    /// Files that could not be read.
    pub skipped: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "documents: {} stored, {} replaced, {} unchanged, {} failed; {} files skipped; events: {} new, {} merged into stored ones",
            self.stored,
            self.replaced,
            self.unchanged,
            self.failed,
            self.skipped,
            self.new_events,
            self.merged_events
        )
    }
}

pub fn run(paths: &[PathBuf], db: &Path, extractor: &Extractor) -> anyhow::Result<ExitCode> {
    let store = Store::open(db).with_context(|| format!("cannot open store {}", db.display()))?;
    let summary = ingest_into(&store, paths, extractor);
    let (documents, events, entities) = store.counts().context("cannot count the store")?;
    eprintln!("{summary}");
    eprintln!(
        "store {} now holds {documents} documents, {events} events, {entities} entities",
        db.display()
    );
    Ok(if summary.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Ingests every article under `paths` into an open store with the bundled knowledge
/// base, as `greenroom-worker ingest` does.
pub fn ingest_paths(store: &Store, paths: &[PathBuf]) -> Summary {
    ingest_into(
        store,
        paths,
        &Extractor::new(greenroom_extract::KnowledgeBase::bundled()),
    )
}

fn ingest_into(store: &Store, paths: &[PathBuf], extractor: &Extractor) -> Summary {
    let inputs = inputs::read(paths);
    let mut summary = Summary {
        skipped: inputs.skipped.len(),
        ..Summary::default()
    };
    for article in inputs.articles {
        ingest_one(store, extractor, article.id, article.text, &mut summary);
    }
    report_skipped(&inputs.skipped);
    summary
}

/// Extracts and stores one document; a store failure is reported and counted, and the
/// run goes on with the next document (what is already stored stays).
pub(super) fn ingest_one(
    store: &Store,
    extractor: &Extractor,
    id: String,
    text: String,
    summary: &mut Summary,
) {
    let extracted = match extract_article(extractor, &id, &text, false) {
        Ok(extracted) => extracted,
        Err(reason) => {
            summary.failed += 1;
            eprintln!("failed to extract document {id}: {reason}");
            return;
        }
    };
    let document = NewDocument {
        id: id.clone(),
        title: extracted.extraction.title.clone(),
        published_date: extracted
            .extraction
            .published
            .map(|date| date.to_string())
            .unwrap_or_default(),
        text,
        events: extracted.events,
        entities: extracted
            .extraction
            .entities
            .iter()
            .map(crate::convert::entity)
            .collect(),
    };
    match store.ingest(document) {
        Ok(IngestOutcome::Unchanged) => summary.unchanged += 1,
        Ok(IngestOutcome::Stored {
            new_events,
            merged_events,
        }) => {
            summary.stored += 1;
            summary.new_events += new_events;
            summary.merged_events += merged_events;
        }
        Ok(IngestOutcome::Replaced {
            new_events,
            merged_events,
        }) => {
            summary.replaced += 1;
            summary.new_events += new_events;
            summary.merged_events += merged_events;
        }
        Err(error) => {
            summary.failed += 1;
            eprintln!("failed to store document {id}: {error}");
        }
    }
}
