//! The query layer's executor: answers checked queries from [`crate::query`] with the
//! store. Entity, ceremony and work names are resolved here (id, canonical name or
//! alias, through `Store::resolve_entity`), groups are expanded with their members,
//! and every blocking sled call runs on tokio's blocking pool.
//!
//! A list filter naming an entity the store does not know is a valid query with no
//! matches: it yields an empty page, not an error. NOT_FOUND is only for the Get
//! RPCs, which look one resource up.

use greenroom_proto::v1::{Document, Entity, Event};
use greenroom_store::{EventQuery, Page, Store, StoreError};

use crate::{
    error::ServiceError,
    query::{
        DocumentLookup, DocumentsQuery, EntitiesQuery, EntityLookup, EventLookup, EventsQuery,
    },
};

/// The store, seen through checked queries. Cheap to clone.
#[derive(Clone)]
pub struct Catalog {
    store: Store,
}

impl Catalog {
    /// Answers queries from `store`.
    pub fn new(store: Store) -> Catalog {
        Catalog { store }
    }

    /// One page of events matching `query`.
    pub async fn events(&self, query: EventsQuery) -> Result<Page<Event>, ServiceError> {
        self.blocking(move |store| {
            match resolve_events_query(&query, |name| store.resolve_entity(name))? {
                Some(resolved) => Ok(store.list_events(&resolved, &query.page)?),
                None => Ok(empty_page()),
            }
        })
        .await
    }

    /// One event, or NOT_FOUND.
    pub async fn event(&self, lookup: EventLookup) -> Result<Event, ServiceError> {
        self.blocking(move |store| {
            store
                .get_event(&lookup.id)?
                .ok_or_else(|| ServiceError::not_found("event", lookup.id))
        })
        .await
    }

    /// One entity by id, canonical name or alias, or NOT_FOUND.
    pub async fn entity(&self, lookup: EntityLookup) -> Result<Entity, ServiceError> {
        self.blocking(move |store| {
            store
                .resolve_entity(&lookup.name)?
                .ok_or_else(|| ServiceError::not_found("entity", lookup.name))
        })
        .await
    }

    /// One page of entities.
    pub async fn entities(&self, query: EntitiesQuery) -> Result<Page<Entity>, ServiceError> {
        self.blocking(move |store| {
            Ok(store.list_entities(query.kind, &query.query, &query.page)?)
        })
        .await
    }

    /// One document, or NOT_FOUND.
    pub async fn document(&self, lookup: DocumentLookup) -> Result<Document, ServiceError> {
        self.blocking(move |store| {
            store
                .get_document(&lookup.id, lookup.include_text)?
                .ok_or_else(|| ServiceError::not_found("document", lookup.id))
        })
        .await
    }

    /// One page of documents, without their text.
    pub async fn documents(&self, query: DocumentsQuery) -> Result<Page<Document>, ServiceError> {
        self.blocking(move |store| Ok(store.list_documents(&query.page)?))
            .await
    }

    /// Runs `work` on the blocking pool; a panic there becomes an error, not a crash.
    async fn blocking<T, F>(&self, work: F) -> Result<T, ServiceError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, ServiceError> + Send + 'static,
    {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || work(&store))
            .await
            .map_err(|error| ServiceError::TaskFailed(error.to_string()))?
    }
}

fn empty_page<T>() -> Page<T> {
    Page {
        items: Vec::new(),
        next_token: String::new(),
    }
}

/// Turns a checked query into the store's query, resolving names with `resolve`.
/// `Ok(None)` means a named entity, ceremony or work does not exist, so nothing can
/// match.
pub fn resolve_events_query(
    query: &EventsQuery,
    mut resolve: impl FnMut(&str) -> Result<Option<Entity>, StoreError>,
) -> Result<Option<EventQuery>, ServiceError> {
    let mut resolved = EventQuery {
        kind: query.kind,
        document_id: query.document_id.clone(),
        min_year: query.min_year,
        max_year: query.max_year,
        category_contains: query.category.clone(),
        include_planned: query.include_planned,
        ..EventQuery::default()
    };
    if let Some(name) = &query.entity {
        let Some(entity) = resolve(name)? else {
            return Ok(None);
        };
        resolved.entity_any_of = with_members(entity, query.include_members);
    }
    if let Some(name) = &query.other_entity {
        let Some(other) = resolve(name)? else {
            return Ok(None);
        };
        if resolved.entity_any_of.first() == Some(&other.id) {
            return Err(ServiceError::invalid(
                "other_entity",
                format!("names the same entity as filter.entity ({:?})", other.id),
            ));
        }
        resolved.other_entity_any_of = with_members(other, query.include_members);
    }
    if let Some(name) = &query.ceremony {
        let Some(ceremony) = resolve(name)? else {
            return Ok(None);
        };
        resolved.ceremony = Some(ceremony.id);
    }
    if let Some(name) = &query.work {
        let Some(work) = resolve(name)? else {
            return Ok(None);
        };
        resolved.work = Some(work.id);
    }
    Ok(Some(resolved))
}

/// The entity's id, then (when asked) its members' ids, without repeats.
fn with_members(entity: Entity, include_members: bool) -> Vec<String> {
    let mut ids = vec![entity.id];
    if include_members {
        for member in entity.members {
            if !ids.contains(&member.id) {
                ids.push(member.id);
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use greenroom_proto::v1::{
        EntityKind, EntityRef, EventFilter, EventKind, FindEncountersRequest, ListAwardsRequest,
        ListPerformancesRequest,
    };

    use super::*;

    fn entity(id: &str, kind: EntityKind, members: &[&str]) -> Entity {
        Entity {
            id: id.into(),
            name: id.to_uppercase(),
            kind: kind as i32,
            members: members
                .iter()
                .map(|m| EntityRef {
                    id: (*m).into(),
                    name: m.to_uppercase(),
                    kind: EntityKind::Person as i32,
                })
                .collect(),
            ..Default::default()
        }
    }

    /// A resolver over a few known names, standing in for the store.
    fn known() -> impl FnMut(&str) -> Result<Option<Entity>, StoreError> {
        let mut names = HashMap::new();
        let bts = entity("bts", EntityKind::Group, &["rm", "jin", "rm"]);
        names.insert("bts".to_string(), bts.clone());
        names.insert("bangtan boys".to_string(), bts);
        names.insert(
            "halsey".to_string(),
            entity("halsey", EntityKind::Person, &[]),
        );
        names.insert(
            "bbmas".to_string(),
            entity("billboard-music-awards", EntityKind::Ceremony, &[]),
        );
        names.insert(
            "boy with luv".to_string(),
            entity("boy-with-luv", EntityKind::Work, &[]),
        );
        move |name| Ok(names.get(&name.to_lowercase()).cloned())
    }

    fn awards(filter: EventFilter) -> EventsQuery {
        EventsQuery::try_from(ListAwardsRequest {
            filter: Some(filter),
            category: "social".into(),
            ..Default::default()
        })
        .unwrap()
    }

    #[test]
    fn names_resolve_to_ids() {
        let query = awards(EventFilter {
            entity: "Bangtan Boys".into(),
            ceremony: "BBMAs".into(),
            year: 2019,
            ..Default::default()
        });
        let resolved = resolve_events_query(&query, known()).unwrap().unwrap();
        assert_eq!(resolved.kind, Some(EventKind::Award));
        assert_eq!(resolved.entity_any_of, ["bts"]);
        assert!(resolved.other_entity_any_of.is_empty());
        assert_eq!(resolved.ceremony.as_deref(), Some("billboard-music-awards"));
        assert_eq!(
            (resolved.min_year, resolved.max_year),
            (Some(2019), Some(2019))
        );
        assert_eq!(resolved.category_contains.as_deref(), Some("social"));
        assert!(!resolved.include_planned);
    }

    #[test]
    fn include_members_expands_the_group_once() {
        let query = awards(EventFilter {
            entity: "BTS".into(),
            include_members: true,
            ..Default::default()
        });
        let resolved = resolve_events_query(&query, known()).unwrap().unwrap();
        assert_eq!(resolved.entity_any_of, ["bts", "rm", "jin"]);
    }

    #[test]
    fn other_entity_resolves_and_expands_too() {
        let query = EventsQuery::try_from(FindEncountersRequest {
            filter: Some(EventFilter {
                entity: "Halsey".into(),
                include_members: true,
                ..Default::default()
            }),
            other_entity: "bts".into(),
            ..Default::default()
        })
        .unwrap();
        let resolved = resolve_events_query(&query, known()).unwrap().unwrap();
        assert_eq!(resolved.entity_any_of, ["halsey"]);
        assert_eq!(resolved.other_entity_any_of, ["bts", "rm", "jin"]);
    }

    #[test]
    fn meeting_oneself_is_invalid() {
        let query = EventsQuery::try_from(FindEncountersRequest {
            filter: Some(EventFilter {
                entity: "BTS".into(),
                ..Default::default()
            }),
            other_entity: "Bangtan Boys".into(),
            ..Default::default()
        })
        .unwrap();
        match resolve_events_query(&query, known()) {
            Err(ServiceError::InvalidArgument { field, .. }) => assert_eq!(field, "other_entity"),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
    }

    #[test]
    fn an_unknown_name_matches_nothing() {
        let unknown_entity = awards(EventFilter {
            entity: "Nobody".into(),
            ..Default::default()
        });
        assert!(
            resolve_events_query(&unknown_entity, known())
                .unwrap()
                .is_none()
        );
        let unknown_ceremony = awards(EventFilter {
            ceremony: "Nowhere Awards".into(),
            ..Default::default()
        });
        assert!(
            resolve_events_query(&unknown_ceremony, known())
                .unwrap()
                .is_none()
        );
        let unknown_work = EventsQuery::try_from(ListPerformancesRequest {
            work: "No Song".into(),
            ..Default::default()
        })
        .unwrap();
        assert!(
            resolve_events_query(&unknown_work, known())
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn resolution_failures_propagate() {
        let query = awards(EventFilter {
            entity: "BTS".into(),
            ..Default::default()
        });
        let error =
            resolve_events_query(&query, |_| Err(StoreError::Engine("io".into()))).unwrap_err();
        assert!(matches!(error, ServiceError::Store(StoreError::Engine(_))));
    }

    #[test]
    fn no_names_means_no_lookups() {
        let query = awards(EventFilter::default());
        let resolved = resolve_events_query(&query, |name| panic!("looked up {name}"))
            .unwrap()
            .unwrap();
        assert!(resolved.entity_any_of.is_empty());
        assert_eq!(resolved.ceremony, None);
        assert_eq!(resolved.work, None);
    }
}
