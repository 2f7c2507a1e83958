//! The Greenroom ingestion worker: article files in, events out — printed (`extract`)
//! or written to the sled store (`ingest`, `rebuild`).
//!
//! The binary `greenroom-worker` is a thin shell over [`run`]; the end-to-end tests
//! call the same functions to fill their stores.

pub mod cli;
mod commands;
mod convert;
mod inputs;

pub use commands::{ingest::Summary as IngestSummary, ingest_paths, run};
