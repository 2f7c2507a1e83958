//! The worker's subcommands, each in its own module, and what they share: building
//! the extractor and turning one article into wire-form events and entities.

mod extract;
pub mod ingest;
mod rebuild;

pub use ingest::ingest_paths;

use std::{
    fs,
    panic::{self, AssertUnwindSafe},
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
        } => extract::run(&paths, format, explain, &extractor(&knowledge)?),
        cli::Command::Ingest {
            paths,
            db,
            knowledge,
        } => ingest::run(&paths, &db, &extractor(&knowledge)?),
        cli::Command::Rebuild { db, knowledge } => rebuild::run(&db, &extractor(&knowledge)?),
    }
}

/// Builds the extractor over the bundled knowledge base, extended by the user's file.
fn extractor(args: &cli::KnowledgeArgs) -> anyhow::Result<Extractor> {
    let mut knowledge = if args.knowledge_only {
        KnowledgeBase::default()
    } else {
        KnowledgeBase::bundled()
    };
    if let Some(path) = &args.knowledge {
        let json = fs::read_to_string(path)
            .with_context(|| format!("cannot read knowledge file {}", path.display()))?;
        let extra = KnowledgeBase::from_json(&json)
            .with_context(|| format!("knowledge file {} is invalid", path.display()))?;
        knowledge.extend(extra);
    }
    Ok(Extractor::new(knowledge))
}

/// One article's extraction, its events moved out into wire form. (Its entities are
/// converted by the command that stores them: `extract` prints events only.)
struct Extracted {
    extraction: Extraction,
    events: Vec<v1::Event>,
}

/// Extracts one article. A panic inside the extractor (a bug on some unforeseen text)
/// is caught and returned as the reason, so that one article cannot stop a run and
/// lose the others. The explanations are written only if `explain` (they cost a
/// diagnosis per finding).
fn extract_article(
    extractor: &Extractor,
    id: &str,
    text: &str,
    explain: bool,
) -> Result<Extracted, String> {
    let extract = || {
        if explain {
            extractor.extract(id, text)
        } else {
            extractor.extract_events(id, text)
        }
    };
    let mut extraction = panic::catch_unwind(AssertUnwindSafe(extract)).map_err(|payload| {
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("unknown panic");
        format!("the extractor failed on it (a bug, please report): {message}")
    })?;
    let events = std::mem::take(&mut extraction.events)
        .into_iter()
        .map(convert::event)
        .collect();
    Ok(Extracted { extraction, events })
}

/// Prints the skipped files to stderr, one line each.
fn report_skipped(skipped: &[Skipped]) {
    for file in skipped {
        eprintln!("skipped {}: {}", file.path.display(), file.reason);
    }
}

#[cfg(test)]
mod tests {
    use super::extractor;
    use crate::cli::KnowledgeArgs;
    use greenroom_extract::EventDetails;

    fn recipients(args: &KnowledgeArgs) -> Vec<String> {
        let ex = extractor(args).expect("extractor builds");
        ex.extract(
            "t",
            "Title\nPark Jimin won Best Male Solo at the 2023 MAMA Awards.",
        )
        .events
        .into_iter()
        .filter_map(|e| match e.details {
            EventDetails::Award { recipients, .. } => Some(recipients[0].name.clone()),
            _ => None,
        })
        .collect()
    }

    #[test]
    fn knowledge_only_leaves_the_bundled_knowledge_out() {
        let dir = std::env::temp_dir().join(format!("greenroom-kb-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let file = dir.join("shows.json");
        std::fs::write(
            &file,
            r#"{"entities":[{"name":"MAMA Awards","kind":"ceremony"}]}"#,
        )
        .expect("write");
        // The bundled base knows Park Jimin as BTS's Jimin.
        let bundled = KnowledgeArgs {
            knowledge: Some(file.clone()),
            knowledge_only: false,
        };
        assert_eq!(recipients(&bundled), ["Jimin"]);
        let only = KnowledgeArgs {
            knowledge: Some(file),
            knowledge_only: true,
        };
        assert_eq!(recipients(&only), ["Park Jimin"]);
        std::fs::remove_dir_all(&dir).ok();
    }
}
