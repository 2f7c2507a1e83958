use greenroom_tests::TestServer;
use tonic_health::pb::{
    HealthCheckRequest, health_check_response::ServingStatus, health_client::HealthClient,
};

#[tokio::test]
async fn health_reports_serving_for_the_server_and_each_service() {
    let server = TestServer::with_corpus().await;
    let mut health = HealthClient::new(server.channel().await);

    for service in [
        "",
        "greenroom.v1.EventService",
        "greenroom.v1.EntityService",
        "greenroom.v1.DocumentService",
    ] {
        let status = health
            .check(HealthCheckRequest {
                service: service.to_owned(),
            })
            .await
            .unwrap_or_else(|status| panic!("health check of {service:?}: {status}"))
            .into_inner()
            .status;
        assert_eq!(status, ServingStatus::Serving as i32, "{service:?}");
    }
    server.stop().await;
}
