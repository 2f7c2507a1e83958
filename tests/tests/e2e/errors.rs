use greenroom_proto::v1::{
    EventFilter, FindEncountersRequest, GetEntityRequest, GetEventRequest, ListAwardsRequest,
    ListDocumentsRequest, ListEntitiesRequest, ListEventsRequest,
};
use greenroom_tests::TestServer;
use tonic::{Code, Status};

fn assert_invalid(result: Result<impl std::fmt::Debug, Status>, field: &str) {
    let status = result.expect_err("the request is invalid");
    assert_eq!(status.code(), Code::InvalidArgument, "{status}");
    assert!(
        status.message().contains(field),
        "the message names `{field}`: {}",
        status.message()
    );
}

#[tokio::test]
async fn bad_arguments_are_invalid_argument_naming_the_field() {
    let server = TestServer::with_corpus().await;
    let mut events = server.events().await;

    let with_filter = |filter: EventFilter| ListAwardsRequest {
        filter: Some(filter),
        ..ListAwardsRequest::default()
    };
    assert_invalid(
        events
            .list_awards(ListAwardsRequest {
                page_size: -1,
                ..ListAwardsRequest::default()
            })
            .await,
        "page_size",
    );
    assert_invalid(
        events
            .list_awards(ListAwardsRequest {
                page_size: 1001,
                ..ListAwardsRequest::default()
            })
            .await,
        "page_size",
    );
    assert_invalid(
        events
            .list_awards(ListAwardsRequest {
                page_token: "not-a-token".to_owned(),
                ..ListAwardsRequest::default()
            })
            .await,
        "page_token",
    );
    assert_invalid(
        events
            .list_awards(with_filter(EventFilter {
                year: 2019,
                min_year: 2018,
                ..EventFilter::default()
            }))
            .await,
        "year",
    );
    assert_invalid(
        events
            .list_awards(with_filter(EventFilter {
                min_year: 2020,
                max_year: 2010,
                ..EventFilter::default()
            }))
            .await,
        "min_year",
    );
    assert_invalid(
        events
            .list_events(ListEventsRequest {
                kind: 42,
                ..ListEventsRequest::default()
            })
            .await,
        "kind",
    );
    assert_invalid(
        events
            .find_encounters(FindEncountersRequest {
                other_entity: "Drake".to_owned(),
                ..FindEncountersRequest::default()
            })
            .await,
        "entity",
    );
    assert_invalid(events.get_event(GetEventRequest::default()).await, "id");

    let mut entities = server.entities().await;
    assert_invalid(
        entities.get_entity(GetEntityRequest::default()).await,
        "entity",
    );
    assert_invalid(
        entities
            .list_entities(ListEntitiesRequest {
                kind: -3,
                ..ListEntitiesRequest::default()
            })
            .await,
        "kind",
    );

    let mut documents = server.documents().await;
    assert_invalid(
        documents
            .list_documents(ListDocumentsRequest {
                page_token: "%%%".to_owned(),
                ..ListDocumentsRequest::default()
            })
            .await,
        "page_token",
    );
}

#[tokio::test]
async fn a_filter_naming_an_unknown_entity_matches_nothing() {
    let server = TestServer::with_corpus().await;
    let mut events = server.events().await;

    let response = events
        .list_awards(ListAwardsRequest {
            filter: Some(EventFilter {
                entity: "Somebody Nobody Knows".to_owned(),
                ..EventFilter::default()
            }),
            ..ListAwardsRequest::default()
        })
        .await
        .expect("a valid query with no matches")
        .into_inner();
    assert!(response.events.is_empty());
    assert!(response.next_page_token.is_empty());
}
