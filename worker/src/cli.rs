//! The command line: subcommands and their flags.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Greenroom's ingestion worker: articles in, typed events out.
#[derive(Debug, Parser)]
#[command(name = "greenroom-worker", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The worker's subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extracts events and prints them; touches no store.
    Extract {
        /// Article files, or folders of `.txt` articles; the document id is the file stem.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format: `json` prints one proto3-JSON Event per line.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also print, per event, the rule that fired and the spans it used, and per
        /// sentence with an event cue that produced nothing, why not.
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        knowledge: KnowledgeArgs,
    },
    /// Extracts events and writes documents, events and entities to the store.
    Ingest {
        /// Article files, or folders of `.txt` articles; the document id is the file stem.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The store folder (created if missing). The server must not hold it open.
        #[arg(long, env = "GREENROOM_DB", default_value = "data/greenroom-db")]
        db: PathBuf,
        #[command(flatten)]
        knowledge: KnowledgeArgs,
    },
    /// Rebuilds the store from its own documents with this build's extractor and schema.
    Rebuild {
        /// The store folder to rebuild in place.
        #[arg(long, env = "GREENROOM_DB", default_value = "data/greenroom-db")]
        db: PathBuf,
        #[command(flatten)]
        knowledge: KnowledgeArgs,
    },
}

/// Flags that extend the bundled knowledge base.
#[derive(Debug, clap::Args)]
pub struct KnowledgeArgs {
    /// A JSON knowledge file (same format as the bundled one) whose entries add to or
    /// override the bundled entities, aliases and memberships.
    #[arg(long, env = "GREENROOM_KNOWLEDGE")]
    pub knowledge: Option<PathBuf>,
    /// Use only the --knowledge file, not the bundled knowledge base: for a domain of
    /// your own, or to measure how the extractor reads names it does not know.
    #[arg(long, requires = "knowledge")]
    pub knowledge_only: bool,
}

/// How `extract` prints events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One proto3-JSON `greenroom.v1.Event` per line, as grpcurl prints them.
    Json,
    /// One readable line per event.
    Text,
}
