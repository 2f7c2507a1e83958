//! `greenroom-server`: reads the settings, opens the store, binds, and serves
//! `greenroom.v1` until Ctrl-C or SIGTERM, then drains in-flight requests.

use std::{io::IsTerminal, process::ExitCode};

use anyhow::Context;
use greenroom_server::Settings;
use greenroom_store::Store;
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // The whole cause chain on one line, without a backtrace.
            eprintln!("greenroom-server: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> anyhow::Result<()> {
    let settings = Settings::from_process()?;
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::new(&settings.log))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();

    let db = settings.db.clone();
    let store = tokio::task::spawn_blocking(move || Store::open(&db))
        .await
        .context("the task opening the store failed")?
        .with_context(|| format!("cannot open the store at {}", settings.db.display()))?;
    let counts = {
        let store = store.clone();
        tokio::task::spawn_blocking(move || store.counts()).await?
    }
    .context("cannot read the store")?;
    let (documents, events, entities) = counts;
    tracing::info!(db = %settings.db.display(), documents, events, entities, "store open");

    let listener = TcpListener::bind(settings.listen)
        .await
        .with_context(|| format!("cannot listen on {}", settings.listen))?;
    tracing::info!(addr = %listener.local_addr()?, "listening");

    greenroom_server::serve(listener, store, shutdown_signal()).await?;
    tracing::info!("stopped");
    Ok(())
}

/// Completes on Ctrl-C or (on Unix) SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut sigterm) => {
                sigterm.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("Ctrl-C received"),
        () = terminate => tracing::info!("SIGTERM received"),
    }
}
