//! The worker's subcommands, each in its own module, and what they share: building
//! the extractor and turning one article into wire-form events and entities.

mod extract;
pub mod ingest;
mod rebuild;

pub use ingest::ingest_paths;

use std::{
    fs,
    panic::{self, AssertUnwindSafe},
    path::Path,
    process::ExitCode,
};

use anyhow::Context;
use greenroom_extract::{Extraction, Extractor, KnowledgeBase};
use greenroom_proto::v1;

use crate::{cli, convert, inputs::Skipped};

/// Runs one subcommand.
pub fn run(cli: cli::Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        cli::Command::Extract {
            paths,
            format,
            explain,
            knowledge,
        } => extract::run(
            &paths,
            format,
            explain,
            &extractor(knowledge.knowledge.as_deref())?,
        ),
        cli::Command::Ingest {
            paths,
            db,
            knowledge,
        } => ingest::run(&paths, &db, &extractor(knowledge.knowledge.as_deref())?),
        cli::Command::Rebuild { db, knowledge } => {
            rebuild::run(&db, &extractor(knowledge.knowledge.as_deref())?)
        }
    }
}

/// Builds the extractor over the bundled knowledge base, extended by the user's file.
fn extractor(extra_knowledge: Option<&Path>) -> anyhow::Result<Extractor> {
    let mut knowledge = KnowledgeBase::bundled();
    if let Some(path) = extra_knowledge {
        let json = fs::read_to_string(path)
            .with_context(|| format!("cannot read knowledge file {}", path.display()))?;
        let extra = KnowledgeBase::from_json(&json)
            .with_context(|| format!("knowledge file {} is invalid", path.display()))?;
        knowledge.extend(extra);
    }
    Ok(Extractor::new(knowledge))
}

/// One article's extraction in wire form.
struct Extracted {
    extraction: Extraction,
    events: Vec<v1::Event>,
    entities: Vec<v1::Entity>,
}

/// Extracts one article. A panic inside the extractor (a bug on some unforeseen text)
/// is caught and returned as the reason, so that one article cannot stop a run and
/// lose the others.
fn extract_article(extractor: &Extractor, id: &str, text: &str) -> Result<Extracted, String> {
    let extraction = panic::catch_unwind(AssertUnwindSafe(|| extractor.extract(id, text)))
        .map_err(|payload| {
            let message = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("unknown panic");
            format!("the extractor failed on it (a bug, please report): {message}")
        })?;
    let events = extraction.events.iter().map(convert::event).collect();
    let entities = extraction.entities.iter().map(convert::entity).collect();
    Ok(Extracted {
        extraction,
        events,
        entities,
    })
}

/// Prints the skipped files to stderr, one line each.
fn report_skipped(skipped: &[Skipped]) {
    for file in skipped {
        eprintln!("skipped {}: {}", file.path.display(), file.reason);
    }
}
