//! `greenroom-worker`: reads articles, extracts events, and prints them or writes
//! them to the sled store.
//!
//! ```text
//! greenroom-worker extract corpus/ --format json      # no store: one proto3-JSON Event per line
//! greenroom-worker ingest corpus/ --db data/greenroom-db
//! greenroom-worker rebuild --db data/greenroom-db     # re-extract every stored document
//! ```

use clap::Parser;
use greenroom_worker::cli::Cli;

/// mimalloc instead of the system allocator: extraction makes many small, short-lived
/// allocations (names, keys, mention lists), and glibc's malloc and free were about
/// a sixth of its instructions.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("GREENROOM_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    match greenroom_worker::run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
