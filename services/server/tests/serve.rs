//! `serve` end to end over a small hand-made store: health, reflection in both
//! protocols, and the status codes clients see. Runs on 127.0.0.1:0, never sleeps.

use greenroom_proto::v1::{
    Award, Encounter, Entity, EntityKind, EntityRef, Event, EventFilter, EventKind, EventStatus,
    FindEncountersRequest, GetDocumentRequest, GetEntityRequest, GetEventRequest,
    ListAwardsRequest, ListDocumentsRequest, ListEventsRequest, Source,
    document_service_client::DocumentServiceClient, entity_service_client::EntityServiceClient,
    event::Details, event_service_client::EventServiceClient,
};
use greenroom_store::{NewDocument, Store};
use tokio::{net::TcpListener, sync::oneshot, task::JoinHandle};
use tonic::{Code, transport::Channel};
use tonic_health::pb::{
    HealthCheckRequest, health_check_response::ServingStatus, health_client::HealthClient,
};

struct Running {
    channel: Channel,
    stop: oneshot::Sender<()>,
    task: JoinHandle<()>,
    _dir: tempfile::TempDir,
}

fn person(id: &str, name: &str) -> EntityRef {
    EntityRef {
        id: id.into(),
        name: name.into(),
        kind: EntityKind::Person as i32,
    }
}

fn entity(reference: &EntityRef, aliases: &[&str], members: &[EntityRef]) -> Entity {
    Entity {
        id: reference.id.clone(),
        name: reference.name.clone(),
        kind: reference.kind,
        aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        members: members.to_vec(),
        ..Entity::default()
    }
}

fn source(evidence: &str) -> Source {
    Source {
        document_id: "doc-1".into(),
        evidence: evidence.into(),
        rule: "test".into(),
        confidence: 0.9,
        ..Source::default()
    }
}

/// A store with one document: BTS (members RM and Jin) won an award, RM met Halsey.
fn fill(store: &Store) {
    let bts = EntityRef {
        id: "bts".into(),
        name: "BTS".into(),
        kind: EntityKind::Group as i32,
    };
    let rm = person("rm", "RM");
    let jin = person("jin", "Jin");
    let halsey = person("halsey", "Halsey");
    let bbmas = EntityRef {
        id: "billboard-music-awards".into(),
        name: "Billboard Music Awards".into(),
        kind: EntityKind::Ceremony as i32,
    };
    let award = Event {
        id: "award-1".into(),
        kind: EventKind::Award as i32,
        year: 2019,
        ceremony: Some(bbmas.clone()),
        status: EventStatus::Occurred as i32,
        details: Some(Details::Award(Award {
            recipients: vec![bts.clone()],
            category: "Top Social Artist".into(),
            work: None,
        })),
        sources: vec![source("BTS won Top Social Artist.")],
        confidence: 0.9,
        ..Event::default()
    };
    let encounter = Event {
        id: "encounter-1".into(),
        kind: EventKind::Encounter as i32,
        year: 2019,
        ceremony: Some(bbmas.clone()),
        status: EventStatus::Occurred as i32,
        details: Some(Details::Encounter(Encounter {
            participants: vec![rm.clone(), halsey.clone()],
            setting: 0,
        })),
        sources: vec![source("RM met Halsey backstage.")],
        confidence: 0.9,
        ..Event::default()
    };
    store
        .ingest(NewDocument {
            id: "doc-1".into(),
            title: "BTS at the BBMAs".into(),
            published_date: "2019-05-02".into(),
            text: "BTS won Top Social Artist. RM met Halsey backstage.".into(),
            events: vec![award, encounter],
            entities: vec![
                entity(&bts, &["Bangtan Boys"], &[rm.clone(), jin.clone()]),
                entity(&rm, &[], &[]),
                entity(&jin, &[], &[]),
                entity(&halsey, &[], &[]),
                entity(&bbmas, &["BBMAs"], &[]),
            ],
        })
        .expect("ingest");
}

async fn start() -> Running {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::open(&dir.path().join("db")).expect("open a fresh store");
    fill(&store);
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("local address");
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        greenroom_server::serve(listener, store, async {
            let _ = stopped.await;
        })
        .await
        .expect("serve");
    });
    // The listener is bound already: connecting needs no retry.
    let channel = Channel::from_shared(format!("http://{addr}"))
        .expect("url")
        .connect()
        .await
        .expect("connect");
    Running {
        channel,
        stop,
        task,
        _dir: dir,
    }
}

async fn health(channel: &Channel, service: &str) -> i32 {
    HealthClient::new(channel.clone())
        .check(HealthCheckRequest {
            service: service.into(),
        })
        .await
        .expect("health check")
        .into_inner()
        .status
}

#[tokio::test]
async fn health_is_serving_while_serving_and_not_serving_on_shutdown() {
    let server = start().await;
    for service in greenroom_server::HEALTH_SERVICES {
        assert_eq!(
            health(&server.channel, service).await,
            ServingStatus::Serving as i32,
            "{service:?}"
        );
    }

    let mut watch = HealthClient::new(server.channel.clone())
        .watch(HealthCheckRequest {
            service: "greenroom.v1.EventService".into(),
        })
        .await
        .expect("watch")
        .into_inner();
    let first = watch.message().await.expect("watch").expect("a status");
    assert_eq!(first.status, ServingStatus::Serving as i32);

    server.stop.send(()).expect("server still running");
    let next = watch.message().await.expect("watch").expect("a status");
    assert_eq!(next.status, ServingStatus::NotServing as i32);
    drop(watch);
    drop(server.channel);
    server.task.await.expect("serve returns");
}

#[tokio::test]
async fn reflection_answers_in_both_protocols() {
    use tonic_reflection::pb::{v1, v1alpha};
    let server = start().await;

    let mut alpha =
        v1alpha::server_reflection_client::ServerReflectionClient::new(server.channel.clone());
    let request = v1alpha::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(
            v1alpha::server_reflection_request::MessageRequest::ListServices(String::new()),
        ),
    };
    let mut responses = alpha
        .server_reflection_info(tokio_stream::iter([request]))
        .await
        .expect("v1alpha reflection")
        .into_inner();
    let response = responses
        .message()
        .await
        .expect("stream")
        .expect("a response");
    let Some(v1alpha::server_reflection_response::MessageResponse::ListServicesResponse(list)) =
        response.message_response
    else {
        panic!("not a service list: {response:?}");
    };
    let names: Vec<_> = list.service.iter().map(|s| s.name.as_str()).collect();
    for service in [
        "greenroom.v1.EventService",
        "greenroom.v1.EntityService",
        "greenroom.v1.DocumentService",
        "grpc.health.v1.Health",
    ] {
        assert!(names.contains(&service), "{service} in {names:?}");
    }

    // grpcurl describes messages through their files and imports.
    let mut v1 = v1::server_reflection_client::ServerReflectionClient::new(server.channel.clone());
    let requests = ["greenroom.v1.Event", "google.protobuf.Timestamp"].map(|symbol| {
        v1::ServerReflectionRequest {
            host: String::new(),
            message_request: Some(
                v1::server_reflection_request::MessageRequest::FileContainingSymbol(symbol.into()),
            ),
        }
    });
    let mut responses = v1
        .server_reflection_info(tokio_stream::iter(requests))
        .await
        .expect("v1 reflection")
        .into_inner();
    for symbol in ["greenroom.v1.Event", "google.protobuf.Timestamp"] {
        let response = responses
            .message()
            .await
            .expect("stream")
            .expect("a response");
        assert!(
            matches!(
                response.message_response,
                Some(v1::server_reflection_response::MessageResponse::FileDescriptorResponse(_))
            ),
            "{symbol}: {response:?}"
        );
    }
}

#[tokio::test]
async fn rpcs_answer_and_map_errors_to_statuses() {
    let server = start().await;
    let mut events = EventServiceClient::new(server.channel.clone());
    let awards = |entity: &str, include_members: bool| ListAwardsRequest {
        filter: Some(EventFilter {
            entity: entity.into(),
            include_members,
            ceremony: "BBMAs".into(),
            year: 2019,
            ..EventFilter::default()
        }),
        ..ListAwardsRequest::default()
    };

    let found = events
        .list_awards(awards("Bangtan Boys", false))
        .await
        .expect("ListAwards by alias")
        .into_inner();
    assert_eq!(found.events.len(), 1);
    assert_eq!(found.events[0].id, "award-1");
    assert!(found.next_page_token.is_empty());

    let nobody = events
        .list_awards(awards("Nobody At All", false))
        .await
        .expect("an unknown entity is a valid query")
        .into_inner();
    assert!(nobody.events.is_empty() && nobody.next_page_token.is_empty());

    let met = |include_members: bool| FindEncountersRequest {
        filter: Some(EventFilter {
            entity: "BTS".into(),
            include_members,
            ..EventFilter::default()
        }),
        other_entity: "Halsey".into(),
        ..FindEncountersRequest::default()
    };
    let group_only = events
        .find_encounters(met(false))
        .await
        .expect("FindEncounters");
    assert!(group_only.into_inner().events.is_empty());
    let with_members = events
        .find_encounters(met(true))
        .await
        .expect("FindEncounters");
    assert_eq!(with_members.into_inner().events[0].id, "encounter-1");

    let all = events
        .list_events(ListEventsRequest {
            document_id: "doc-1".into(),
            page_size: 1,
            ..ListEventsRequest::default()
        })
        .await
        .expect("ListEvents")
        .into_inner();
    assert_eq!(all.events.len(), 1);
    assert!(!all.next_page_token.is_empty());

    let event = events
        .get_event(GetEventRequest {
            id: "award-1".into(),
        })
        .await
        .expect("GetEvent")
        .into_inner();
    assert_eq!(event.event.map(|e| e.year), Some(2019));

    let missing = events
        .get_event(GetEventRequest { id: "nope".into() })
        .await
        .expect_err("unknown event");
    assert_eq!(missing.code(), Code::NotFound);

    let invalid = events
        .list_awards(ListAwardsRequest {
            page_size: 1001,
            ..ListAwardsRequest::default()
        })
        .await
        .expect_err("page too large");
    assert_eq!(invalid.code(), Code::InvalidArgument);
    assert!(invalid.message().contains("page_size"), "{invalid}");

    let token = events
        .list_awards(ListAwardsRequest {
            page_token: "not-a-token".into(),
            ..ListAwardsRequest::default()
        })
        .await
        .expect_err("bad token");
    assert_eq!(token.code(), Code::InvalidArgument);
    assert!(token.message().contains("page_token"), "{token}");

    let mut entities = EntityServiceClient::new(server.channel.clone());
    let bts = entities
        .get_entity(GetEntityRequest {
            entity: "bangtan boys".into(),
        })
        .await
        .expect("GetEntity by alias")
        .into_inner()
        .entity
        .expect("an entity");
    assert_eq!(bts.id, "bts");
    let unknown = entities
        .get_entity(GetEntityRequest {
            entity: "Nobody At All".into(),
        })
        .await
        .expect_err("unknown entity");
    assert_eq!(unknown.code(), Code::NotFound);

    let mut documents = DocumentServiceClient::new(server.channel.clone());
    let listed = documents
        .list_documents(ListDocumentsRequest::default())
        .await
        .expect("ListDocuments")
        .into_inner();
    assert_eq!(listed.documents.len(), 1);
    assert!(listed.documents[0].text.is_empty());
    let document = documents
        .get_document(GetDocumentRequest {
            id: "doc-1".into(),
            include_text: true,
        })
        .await
        .expect("GetDocument")
        .into_inner()
        .document
        .expect("a document");
    assert!(document.text.starts_with("BTS won"));
}
