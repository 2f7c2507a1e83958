use greenroom_proto::v1::{EntityKind, GetEntityRequest, ListEntitiesRequest};
use greenroom_tests::TestServer;
use tonic::Code;

#[tokio::test]
async fn get_entity_resolves_nicknames_and_abbreviations() {
    let server = TestServer::with_corpus().await;
    let mut client = server.entities().await;

    for (asked, id, name, kind) in [
        ("Posty", "post-malone", "Post Malone", EntityKind::Person),
        ("posty", "post-malone", "Post Malone", EntityKind::Person),
        (
            "BBMAs",
            "billboard-music-awards",
            "Billboard Music Awards",
            EntityKind::Ceremony,
        ),
        ("Bangtan Boys", "bts", "BTS", EntityKind::Group),
        ("bts", "bts", "BTS", EntityKind::Group),
    ] {
        let entity = client
            .get_entity(GetEntityRequest {
                entity: asked.to_owned(),
            })
            .await
            .unwrap_or_else(|status| panic!("GetEntity {asked}: {status}"))
            .into_inner()
            .entity
            .expect("entity set");
        assert_eq!(entity.id, id, "{asked}");
        assert_eq!(entity.name, name, "{asked}");
        assert_eq!(entity.kind, kind as i32, "{asked}");
        assert!(entity.event_count > 0, "{asked} has events");
    }
}

#[tokio::test]
async fn a_group_lists_its_members() {
    let server = TestServer::with_corpus().await;
    let mut client = server.entities().await;

    let bts = client
        .get_entity(GetEntityRequest {
            entity: "BTS".to_owned(),
        })
        .await
        .expect("GetEntity succeeds")
        .into_inner()
        .entity
        .expect("entity set");
    let members: Vec<&str> = bts
        .members
        .iter()
        .map(|member| member.id.as_str())
        .collect();
    for member in ["rm", "jin", "suga", "j-hope", "jimin", "v", "jungkook"] {
        assert!(
            members.contains(&member),
            "{member} missing from {members:?}"
        );
    }
}

#[tokio::test]
async fn get_entity_of_an_unknown_name_is_not_found() {
    let server = TestServer::with_corpus().await;
    let mut client = server.entities().await;

    let status = client
        .get_entity(GetEntityRequest {
            entity: "Nobody Anybody".to_owned(),
        })
        .await
        .expect_err("unknown entity");
    assert_eq!(status.code(), Code::NotFound);
    assert!(
        status.message().contains("Nobody Anybody"),
        "{}",
        status.message()
    );
}

#[tokio::test]
async fn list_entities_filters_by_kind_and_query_in_id_order() {
    let server = TestServer::with_corpus().await;
    let mut client = server.entities().await;

    let ceremonies = client
        .list_entities(ListEntitiesRequest {
            kind: EntityKind::Ceremony as i32,
            ..ListEntitiesRequest::default()
        })
        .await
        .expect("ListEntities succeeds")
        .into_inner()
        .entities;
    let ids: Vec<&str> = ceremonies.iter().map(|entity| entity.id.as_str()).collect();
    assert!(ids.contains(&"billboard-music-awards"), "{ids:?}");
    assert!(ids.contains(&"mnet-asian-music-awards"), "{ids:?}");
    assert!(
        ceremonies
            .iter()
            .all(|entity| entity.kind == EntityKind::Ceremony as i32)
    );
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);

    let by_alias = client
        .list_entities(ListEntitiesRequest {
            query: "posty".to_owned(),
            ..ListEntitiesRequest::default()
        })
        .await
        .expect("ListEntities succeeds")
        .into_inner()
        .entities;
    assert_eq!(by_alias.len(), 1);
    assert_eq!(by_alias[0].id, "post-malone");
}
