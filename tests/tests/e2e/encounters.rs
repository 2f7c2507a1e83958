use greenroom_proto::v1::{EncounterSetting, EventFilter, FindEncountersRequest, event::Details};
use greenroom_tests::TestServer;

use crate::{documents_of, entity_filter, names};

#[tokio::test]
async fn bts_met_drake_once_backstage_at_the_2019_bbmas() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let encounters = client
        .find_encounters(FindEncountersRequest {
            filter: entity_filter("BTS"),
            other_entity: "Drake".to_owned(),
            ..FindEncountersRequest::default()
        })
        .await
        .expect("FindEncounters succeeds")
        .into_inner()
        .events;

    assert_eq!(encounters.len(), 1, "{encounters:#?}");
    let encounter = &encounters[0];
    assert_eq!(encounter.year, 2019);
    assert_eq!(
        encounter.ceremony.as_ref().map(|c| c.name.as_str()),
        Some("Billboard Music Awards")
    );
    let Some(Details::Encounter(details)) = &encounter.details else {
        panic!("not an encounter: {encounter:?}");
    };
    assert_eq!(names(&details.participants), ["BTS", "Drake"]);
    assert_eq!(details.setting, EncounterSetting::Backstage as i32);
    assert_eq!(documents_of(encounter), ["000_6bacc3cf0143657c"]);
}

#[tokio::test]
async fn a_hoped_for_meeting_is_not_an_encounter() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let encounters = client
        .find_encounters(FindEncountersRequest {
            filter: Some(EventFilter {
                entity: "Posty".to_owned(),
                year: 2020,
                ceremony: "Billboard Music Awards".to_owned(),
                include_planned: true,
                ..EventFilter::default()
            }),
            other_entity: "BTS".to_owned(),
            ..FindEncountersRequest::default()
        })
        .await
        .expect("FindEncounters succeeds")
        .into_inner()
        .events;

    assert!(
        encounters.is_empty(),
        "fans only hoped for it: {encounters:#?}"
    );
}

#[tokio::test]
async fn everyone_bts_met_includes_the_stars_of_each_show() {
    let server = TestServer::with_corpus().await;
    let mut client = server.events().await;

    let encounters = client
        .find_encounters(FindEncountersRequest {
            filter: entity_filter("bts"),
            ..FindEncountersRequest::default()
        })
        .await
        .expect("FindEncounters succeeds")
        .into_inner()
        .events;

    let mut met: Vec<String> = encounters
        .iter()
        .filter_map(|event| match &event.details {
            Some(Details::Encounter(details)) => Some(names(&details.participants)),
            _ => None,
        })
        .flatten()
        .filter(|name| name != "BTS")
        .collect();
    met.sort();
    met.dedup();
    for star in [
        "Drake",
        "Janet Jackson",
        "John Legend",
        "Khalid",
        "Post Malone",
        "Taylor Swift",
    ] {
        assert!(
            met.contains(&star.to_owned()),
            "{star} missing from {met:?}"
        );
    }
}
