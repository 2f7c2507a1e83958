use std::collections::HashSet;

use greenroom_proto::v1::{
    EventFilter, EventKind, EventStatus, GetEventRequest, ListEventsRequest,
    ListPerformancesRequest, ListRecordsRequest, event::Details,
};
use greenroom_tests::TestServer;
use tonic::Code;

use crate::{entity_filter, names};

async fn all_events(
    client: &mut greenroom_proto::v1::event_service_client::EventServiceClient<
        tonic::transport::Channel,
    >,
    page_size: i32,
) -> Vec<greenroom_proto::v1::Event> {
    let mut events = Vec::new();
    let mut token = String::new();
    for _ in 0..1000 {
        let page = client
            .list_events(ListEventsRequest {
                page_size,
                page_token: token.clone(),
                ..ListEventsRequest::default()
            })
            .await
            .expect("ListEvents succeeds")
            .into_inner();
        assert!(page.events.len() <= page_size as usize);
        events.extend(page.events);
        if page.next_page_token.is_empty() {
            return events;
        }
        token = page.next_page_token;
    }
    panic!("pagination never ended");
}

#[tokio::test]
async fn list_events_pages_to_the_end_without_repeats_or_gaps() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let everything = all_events(&mut client, 1000).await;
    assert!(everything.len() >= 20, "the corpus yields many events");
    for page_size in [1, 2, 7] {
        let paged = all_events(&mut client, page_size).await;
        let ids: Vec<&str> = paged.iter().map(|event| event.id.as_str()).collect();
        let expected: Vec<&str> = everything.iter().map(|event| event.id.as_str()).collect();
        assert_eq!(ids, expected, "page size {page_size}");
    }
    let unique: HashSet<&str> = everything.iter().map(|event| event.id.as_str()).collect();
    assert_eq!(unique.len(), everything.len());
    let order: Vec<(i32, &str)> = everything
        .iter()
        .map(|event| (event.year, event.id.as_str()))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "stable order: year, then id");
}

#[tokio::test]
async fn the_default_page_size_is_fifty() {
    let server = TestServer::start(&[greenroom_tests::corpus_dir()]).await;
    let mut client = server.events().await;
    let everything = all_events(&mut client, 1000).await;
    let first = client
        .list_events(ListEventsRequest::default())
        .await
        .expect("ListEvents succeeds")
        .into_inner();
    assert_eq!(first.events.len(), everything.len().min(50));
    assert_eq!(first.next_page_token.is_empty(), everything.len() <= 50);
}

#[tokio::test]
async fn get_event_returns_the_listed_event_and_not_found_for_an_unknown_id() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;
    let listed = all_events(&mut client, 1000).await;

    let fetched = client
        .get_event(GetEventRequest {
            id: listed[0].id.clone(),
        })
        .await
        .expect("GetEvent succeeds")
        .into_inner()
        .event;
    assert_eq!(fetched.as_ref(), Some(&listed[0]));

    let missing = client
        .get_event(GetEventRequest {
            id: "ev-does-not-exist".to_owned(),
        })
        .await
        .expect_err("unknown id");
    assert_eq!(missing.code(), Code::NotFound);
    assert!(
        missing.message().contains("ev-does-not-exist"),
        "{}",
        missing.message()
    );
}

#[tokio::test]
async fn a_fact_told_by_two_documents_is_one_event_with_both_sources() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let performances = client
        .list_performances(ListPerformancesRequest {
            filter: Some(EventFilter {
                entity: "BTS".to_owned(),
                year: 2018,
                ..EventFilter::default()
            }),
            work: "Fake Love".to_owned(),
            ..ListPerformancesRequest::default()
        })
        .await
        .expect("ListPerformances succeeds")
        .into_inner()
        .events;

    assert_eq!(performances.len(), 1, "{performances:#?}");
    let mut documents: Vec<&str> = performances[0]
        .sources
        .iter()
        .map(|source| source.document_id.as_str())
        .collect();
    documents.sort();
    documents.dedup();
    assert_eq!(documents, ["001_f4d45373cd7150dd", "004_20f4a8ba732c7fea"]);
    let single_source_confidence = performances[0]
        .sources
        .iter()
        .map(|source| source.confidence)
        .fold(0.0, f64::max);
    assert!(performances[0].confidence > single_source_confidence);
}

#[tokio::test]
async fn separate_performances_stay_separate_and_planned_ones_are_opt_in() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;
    let list = |entity: &str, year: i32, include_planned: bool| ListPerformancesRequest {
        filter: Some(EventFilter {
            entity: entity.to_owned(),
            year,
            include_planned,
            ..EventFilter::default()
        }),
        ..ListPerformancesRequest::default()
    };

    let new_years_eve = client
        .list_performances(list("Post Malone", 2020, false))
        .await
        .expect("ListPerformances succeeds")
        .into_inner()
        .events;
    for performance in &new_years_eve {
        let Some(Details::Performance(details)) = &performance.details else {
            panic!("not a performance");
        };
        assert_eq!(
            names(&details.performers),
            ["Post Malone"],
            "they performed separately"
        );
        assert_eq!(performance.status, EventStatus::Occurred as i32);
    }
    assert!(!new_years_eve.is_empty());

    let with_planned = client
        .list_performances(list("Post Malone", 2020, true))
        .await
        .expect("ListPerformances succeeds")
        .into_inner()
        .events;
    assert!(
        with_planned
            .iter()
            .any(|event| event.status == EventStatus::Planned as i32),
        "'set to perform at the 2020 Billboard Music Awards' is kept as planned: {with_planned:#?}"
    );
}

#[tokio::test]
async fn list_records_finds_the_holder_and_the_previous_holder() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    for who in ["Jimin", "Drake"] {
        let records = client
            .list_records(ListRecordsRequest {
                filter: entity_filter(who),
                ..ListRecordsRequest::default()
            })
            .await
            .expect("ListRecords succeeds")
            .into_inner()
            .events;
        assert_eq!(records.len(), 1, "{who}: {records:#?}");
        let Some(Details::Record(record)) = &records[0].details else {
            panic!("not a record");
        };
        assert_eq!(
            record.holder.as_ref().map(|h| h.name.as_str()),
            Some("Jimin")
        );
        assert_eq!(
            record.previous_holder.as_ref().map(|h| h.name.as_str()),
            Some("Drake")
        );
        assert_eq!(records[0].year, 2019);
        assert_eq!(records[0].kind, EventKind::Record as i32);
    }
}

#[tokio::test]
async fn include_members_widens_a_group_filter_to_its_members() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;
    let records = |include_members: bool| ListRecordsRequest {
        filter: Some(EventFilter {
            entity: "BTS".to_owned(),
            include_members,
            ..EventFilter::default()
        }),
        ..ListRecordsRequest::default()
    };

    let group_only = client
        .list_records(records(false))
        .await
        .expect("ListRecords succeeds")
        .into_inner()
        .events;
    let with_members = client
        .list_records(records(true))
        .await
        .expect("ListRecords succeeds")
        .into_inner()
        .events;

    let holders = |events: &[greenroom_proto::v1::Event]| -> Vec<String> {
        events
            .iter()
            .filter_map(|event| match &event.details {
                Some(Details::Record(record)) => record.holder.as_ref().map(|h| h.name.clone()),
                _ => None,
            })
            .collect()
    };
    assert!(!holders(&group_only).contains(&"Jimin".to_owned()));
    assert!(holders(&with_members).contains(&"Jimin".to_owned()));
}

#[tokio::test]
async fn list_events_filters_by_kind_and_document() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let events = client
        .list_events(ListEventsRequest {
            kind: EventKind::Encounter as i32,
            document_id: "003_4d6bb4f0a1faaf92".to_owned(),
            ..ListEventsRequest::default()
        })
        .await
        .expect("ListEvents succeeds")
        .into_inner()
        .events;

    assert!(!events.is_empty());
    for event in &events {
        assert_eq!(event.kind, EventKind::Encounter as i32);
        assert!(
            event
                .sources
                .iter()
                .any(|source| source.document_id == "003_4d6bb4f0a1faaf92")
        );
    }
}
