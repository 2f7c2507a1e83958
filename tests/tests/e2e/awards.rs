use greenroom_proto::v1::{EventFilter, EventKind, ListAwardsRequest, event::Details};
use greenroom_tests::TestServer;

use crate::{category, documents_of, entity_filter, names};

#[tokio::test]
async fn list_awards_for_bts_returns_the_seed_awards_with_their_sources() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let response = client
        .list_awards(ListAwardsRequest {
            filter: entity_filter("BTS"),
            ..ListAwardsRequest::default()
        })
        .await
        .expect("ListAwards succeeds")
        .into_inner();

    assert!(
        response.next_page_token.is_empty(),
        "one page holds them all"
    );
    let awards = response.events;
    for award in &awards {
        assert_eq!(award.kind, EventKind::Award as i32);
        let Some(Details::Award(details)) = &award.details else {
            panic!("award event without award details: {award:?}");
        };
        assert!(names(&details.recipients).contains(&"BTS".to_owned()));
        assert!(!award.sources.is_empty(), "every event keeps its sources");
        for source in &award.sources {
            assert!(!source.evidence.is_empty());
            assert!(source.span.is_some());
        }
    }
    let top_social_2019 = awards
        .iter()
        .find(|award| category(award) == "Top Social Artist" && award.year == 2019)
        .expect("BTS won Top Social Artist at the 2019 BBMAs");
    assert_eq!(
        top_social_2019.ceremony.as_ref().map(|c| c.name.as_str()),
        Some("Billboard Music Awards")
    );
    assert_eq!(documents_of(top_social_2019), ["000_6bacc3cf0143657c"]);
    let years: Vec<i32> = awards
        .iter()
        .filter(|award| category(award) == "Top Social Artist")
        .map(|award| award.year)
        .collect();
    assert_eq!(
        years,
        [2017, 2018, 2019],
        "ordered by year, one per edition"
    );
    assert!(
        awards.iter().filter(|award| award.year == 2018).count() >= 5,
        "the MAMA 2018 wins and the 2018 BBMA win are all there: {awards:#?}"
    );
}

#[tokio::test]
async fn award_filters_accept_aliases_for_the_winner_and_the_ceremony() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let by_alias = client
        .list_awards(ListAwardsRequest {
            filter: Some(EventFilter {
                entity: "Bangtan Boys".to_owned(),
                ceremony: "BBMAs".to_owned(),
                year: 2019,
                ..EventFilter::default()
            }),
            ..ListAwardsRequest::default()
        })
        .await
        .expect("ListAwards succeeds")
        .into_inner()
        .events;

    assert_eq!(
        by_alias.len(),
        2,
        "two BTS wins at the 2019 BBMAs: {by_alias:#?}"
    );
    assert!(by_alias.iter().all(|award| award.year == 2019));

    let janet = client
        .list_awards(ListAwardsRequest {
            filter: entity_filter("Janet Jackson"),
            category: "inspiration".to_owned(),
            ..ListAwardsRequest::default()
        })
        .await
        .expect("ListAwards succeeds")
        .into_inner()
        .events;
    assert_eq!(janet.len(), 1);
    assert_eq!(janet[0].year, 2018);
}

#[tokio::test]
async fn a_year_range_keeps_only_the_years_inside_it() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let awards = client
        .list_awards(ListAwardsRequest {
            filter: Some(EventFilter {
                min_year: 2017,
                max_year: 2018,
                ..EventFilter::default()
            }),
            ..ListAwardsRequest::default()
        })
        .await
        .expect("ListAwards succeeds")
        .into_inner()
        .events;

    assert!(!awards.is_empty());
    assert!(
        awards
            .iter()
            .all(|award| (2017..=2018).contains(&award.year))
    );
    assert!(awards.iter().any(|award| award.year == 2017));
}
