//! The Greenroom gRPC service: `greenroom.v1` EventService, EntityService and
//! DocumentService over an open [`Store`], with `grpc.health.v1.Health` and server
//! reflection (v1 and v1alpha).
//!
//! [`serve`] is the whole server; the binary only reads [`settings`], opens the store,
//! binds and calls it, so tests can run the real thing on `127.0.0.1:0`.
//!
//! Layers: [`query`] checks requests into domain queries, [`catalog`] answers them
//! from the store, [`grpc`] adapts both to the generated tonic traits, and [`error`]
//! holds the one mapping from errors to gRPC statuses.

use std::future::Future;

use greenroom_proto::v1::{
    document_service_server::{self, DocumentServiceServer},
    entity_service_server::{self, EntityServiceServer},
    event_service_server::{self, EventServiceServer},
};
use greenroom_store::Store;
use tokio::net::TcpListener;
use tokio_stream::wrappers::TcpListenerStream;
use tonic::transport::Server;
use tonic_health::{ServingStatus, server::HealthReporter};

pub mod catalog;
pub mod error;
pub mod grpc;
pub mod query;
pub mod settings;

pub use error::ServiceError;
pub use settings::{Cli, Settings, SettingsError};

/// The names health reports on: the overall server ("") and each greenroom service.
pub const HEALTH_SERVICES: [&str; 4] = [
    "",
    event_service_server::SERVICE_NAME,
    entity_service_server::SERVICE_NAME,
    document_service_server::SERVICE_NAME,
];

/// Why [`serve`] stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The descriptor sets given to reflection do not decode.
    #[error("cannot build the reflection service: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    /// The gRPC server failed.
    #[error("gRPC server failed: {0}")]
    Transport(#[from] tonic::transport::Error),
}

/// Serves the greenroom services, health and reflection on `listener` until
/// `shutdown` completes, then drains in-flight requests and returns.
///
/// Health reports NOT_SERVING for "" and the three services until the server starts
/// accepting, SERVING while it does, and NOT_SERVING again once `shutdown` fires.
pub async fn serve(
    listener: TcpListener,
    store: Store,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ServeError> {
    let (health, health_service) = tonic_health::server::health_reporter();
    set_health(&health, ServingStatus::NotServing).await;

    let reflection = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(greenroom_proto::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
    };
    let reflection_v1 = reflection().build_v1()?;
    let reflection_v1alpha = reflection().build_v1alpha()?;

    let api = grpc::Api::new(catalog::Catalog::new(store));
    let router = Server::builder()
        .add_service(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(EventServiceServer::new(api.clone()))
        .add_service(EntityServiceServer::new(api.clone()))
        .add_service(DocumentServiceServer::new(api));

    set_health(&health, ServingStatus::Serving).await;
    router
        .serve_with_incoming_shutdown(TcpListenerStream::new(listener), async move {
            shutdown.await;
            tracing::info!("shutting down: draining in-flight requests");
            set_health(&health, ServingStatus::NotServing).await;
        })
        .await?;
    Ok(())
}

async fn set_health(reporter: &HealthReporter, status: ServingStatus) {
    for name in HEALTH_SERVICES {
        reporter.set_service_status(name, status).await;
    }
}
