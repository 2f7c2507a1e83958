//! The end-to-end harness: a temporary store filled by the real worker from a corpus
//! folder, and the real gRPC server on an ephemeral port, shut down when dropped.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use greenroom_proto::v1::{
    document_service_client::DocumentServiceClient, entity_service_client::EntityServiceClient,
    event_service_client::EventServiceClient,
};
use greenroom_store::Store;
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use tonic::transport::Channel;

/// The bundled sample corpus at the repository root.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus")
}

/// Articles written for the tests, in `tests/fixtures/`.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// A running server over its own temporary store.
pub struct TestServer {
    /// Where it listens.
    pub addr: SocketAddr,
    /// What the worker reported while filling the store.
    pub ingest: greenroom_worker::IngestSummary,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
    _dir: tempfile::TempDir,
}

impl TestServer {
    /// Ingests `paths` into a fresh store with the worker, then serves it on 127.0.0.1:0.
    pub async fn start(paths: &[PathBuf]) -> TestServer {
        let dir = tempfile::tempdir().expect("temporary folder");
        let store = Store::open(&dir.path().join("db")).expect("open a fresh store");
        let ingest = {
            let store = store.clone();
            let paths = paths.to_vec();
            tokio::task::spawn_blocking(move || greenroom_worker::ingest_paths(&store, &paths))
                .await
                .expect("ingest task")
        };
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("local address");
        let (shutdown, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            greenroom_server::serve(listener, store, async {
                let _ = stopped.await;
            })
            .await
            .expect("server runs");
        });
        TestServer {
            addr,
            ingest,
            shutdown: Some(shutdown),
            task: Some(task),
            _dir: dir,
        }
    }

    /// Serves the bundled corpus.
    pub async fn with_corpus() -> TestServer {
        TestServer::start(&[corpus_dir()]).await
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A connected channel.
    pub async fn channel(&self) -> Channel {
        Channel::from_shared(self.url())
            .expect("valid url")
            .connect()
            .await
            .expect("connect to the test server")
    }

    /// A client of `greenroom.v1.EventService`.
    pub async fn events(&self) -> EventServiceClient<Channel> {
        EventServiceClient::new(self.channel().await)
    }

    /// A client of `greenroom.v1.EntityService`.
    pub async fn entities(&self) -> EntityServiceClient<Channel> {
        EntityServiceClient::new(self.channel().await)
    }

    /// A client of `greenroom.v1.DocumentService`.
    pub async fn documents(&self) -> DocumentServiceClient<Channel> {
        DocumentServiceClient::new(self.channel().await)
    }

    /// Stops the server and waits for it to finish.
    pub async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task ends cleanly");
        }
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}
