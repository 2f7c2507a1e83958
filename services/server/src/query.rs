//! Checked domain queries: each request message converts (`TryFrom`) into a query
//! whose fields are known good, or into [`ServiceError::InvalidArgument`] naming the
//! first bad field. Nothing here touches the store or tonic; names of entities are
//! still names here and are resolved by [`crate::catalog`].

use greenroom_proto::v1::{
    EntityKind, EventFilter, EventKind, FindEncountersRequest, GetDocumentRequest,
    GetEntityRequest, GetEventRequest, ListAwardsRequest, ListDocumentsRequest,
    ListEntitiesRequest, ListEventsRequest, ListPerformancesRequest, ListRecordsRequest,
};
use greenroom_store::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageRequest};

use crate::error::ServiceError;

/// A checked event list query (every event RPC but GetEvent). Set fields are ANDed.
/// Entity, ceremony and work are ids, canonical names or aliases, not yet resolved.
#[derive(Clone, Debug)]
pub struct EventsQuery {
    /// Only this kind (fixed per RPC; ListEvents' `kind`).
    pub kind: Option<EventKind>,
    /// An entity taking part in any participant role.
    pub entity: Option<String>,
    /// A second participant (FindEncounters' `other_entity`).
    pub other_entity: Option<String>,
    /// Expand `entity` and `other_entity` with their groups' members.
    pub include_members: bool,
    /// The ceremony.
    pub ceremony: Option<String>,
    /// The work (ListPerformances' `work`).
    pub work: Option<String>,
    /// Told by this document (ListEvents' `document_id`).
    pub document_id: Option<String>,
    /// Earliest year, inclusive.
    pub min_year: Option<i32>,
    /// Latest year, inclusive.
    pub max_year: Option<i32>,
    /// Substring of the award category (ListAwards' `category`).
    pub category: Option<String>,
    /// Include planned events.
    pub include_planned: bool,
    /// The page wanted.
    pub page: PageRequest,
}

/// A checked GetEvent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventLookup {
    /// The event id, non-empty.
    pub id: String,
}

/// A checked GetEntity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityLookup {
    /// An id, canonical name or alias, non-empty.
    pub name: String,
}

/// A checked ListEntities.
#[derive(Clone, Debug)]
pub struct EntitiesQuery {
    /// Only this kind.
    pub kind: Option<EntityKind>,
    /// Substring of the name or an alias; empty for all.
    pub query: String,
    /// The page wanted.
    pub page: PageRequest,
}

/// A checked GetDocument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentLookup {
    /// The document id, non-empty.
    pub id: String,
    /// Also return the text.
    pub include_text: bool,
}

/// A checked ListDocuments.
#[derive(Clone, Debug)]
pub struct DocumentsQuery {
    /// The page wanted.
    pub page: PageRequest,
}

/// Checks `page_size` (0 means [`DEFAULT_PAGE_SIZE`]) and carries the token as is:
/// the store, which issued it, checks it.
pub fn page_request(page_size: i32, page_token: String) -> Result<PageRequest, ServiceError> {
    let size = match usize::try_from(page_size) {
        Err(_) => return Err(ServiceError::invalid("page_size", "must not be negative")),
        Ok(0) => DEFAULT_PAGE_SIZE,
        Ok(size) if size > MAX_PAGE_SIZE => {
            return Err(ServiceError::invalid(
                "page_size",
                format!("{size} is above the maximum of {MAX_PAGE_SIZE}"),
            ));
        }
        Ok(size) => size,
    };
    Ok(PageRequest {
        size,
        token: page_token,
    })
}

/// A trimmed name, or `None` when empty (proto3's "not set").
fn optional(value: String) -> Option<String> {
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// A trimmed, required string.
fn required(field: &'static str, value: String) -> Result<String, ServiceError> {
    optional(value).ok_or_else(|| ServiceError::invalid(field, "is required"))
}

/// A non-negative year; 0 is "not set".
fn year(field: &'static str, value: i32) -> Result<Option<i32>, ServiceError> {
    match value {
        0 => Ok(None),
        v if v < 0 => Err(ServiceError::invalid(
            field,
            format!("{v} is negative; years are positive (0 means not set)"),
        )),
        v => Ok(Some(v)),
    }
}

impl EventsQuery {
    /// Checks the shared filter and the page, for an RPC whose kind is `kind`.
    fn new(
        kind: Option<EventKind>,
        filter: Option<EventFilter>,
        page_size: i32,
        page_token: String,
    ) -> Result<EventsQuery, ServiceError> {
        let filter = filter.unwrap_or_default();
        let exact = year("filter.year", filter.year)?;
        let min = year("filter.min_year", filter.min_year)?;
        let max = year("filter.max_year", filter.max_year)?;
        let (min_year, max_year) = match (exact, min, max) {
            (Some(_), Some(_), _) | (Some(_), _, Some(_)) => {
                return Err(ServiceError::invalid(
                    "filter.year",
                    "cannot be combined with filter.min_year or filter.max_year",
                ));
            }
            (Some(y), None, None) => (Some(y), Some(y)),
            (None, Some(lo), Some(hi)) if lo > hi => {
                return Err(ServiceError::invalid(
                    "filter.min_year",
                    format!("{lo} is after filter.max_year {hi}"),
                ));
            }
            (None, lo, hi) => (lo, hi),
        };
        Ok(EventsQuery {
            kind,
            entity: optional(filter.entity),
            other_entity: None,
            include_members: filter.include_members,
            ceremony: optional(filter.ceremony),
            work: None,
            document_id: None,
            min_year,
            max_year,
            category: None,
            include_planned: filter.include_planned,
            page: page_request(page_size, page_token)?,
        })
    }
}

impl TryFrom<ListAwardsRequest> for EventsQuery {
    type Error = ServiceError;

    fn try_from(request: ListAwardsRequest) -> Result<Self, Self::Error> {
        let mut query = EventsQuery::new(
            Some(EventKind::Award),
            request.filter,
            request.page_size,
            request.page_token,
        )?;
        query.category = optional(request.category);
        Ok(query)
    }
}

impl TryFrom<FindEncountersRequest> for EventsQuery {
    type Error = ServiceError;

    fn try_from(request: FindEncountersRequest) -> Result<Self, Self::Error> {
        let mut query = EventsQuery::new(
            Some(EventKind::Encounter),
            request.filter,
            request.page_size,
            request.page_token,
        )?;
        query.other_entity = optional(request.other_entity);
        if query.other_entity.is_some() && query.entity.is_none() {
            // "Whether two entities met" needs both; "who met X" is `filter.entity` alone.
            return Err(ServiceError::invalid(
                "filter.entity",
                "is required when other_entity is set",
            ));
        }
        Ok(query)
    }
}

impl TryFrom<ListPerformancesRequest> for EventsQuery {
    type Error = ServiceError;

    fn try_from(request: ListPerformancesRequest) -> Result<Self, Self::Error> {
        let mut query = EventsQuery::new(
            Some(EventKind::Performance),
            request.filter,
            request.page_size,
            request.page_token,
        )?;
        query.work = optional(request.work);
        Ok(query)
    }
}

impl TryFrom<ListRecordsRequest> for EventsQuery {
    type Error = ServiceError;

    fn try_from(request: ListRecordsRequest) -> Result<Self, Self::Error> {
        // `entity` matches the holder or the previous holder: both are participant
        // roles in the store's entity index.
        EventsQuery::new(
            Some(EventKind::Record),
            request.filter,
            request.page_size,
            request.page_token,
        )
    }
}

impl TryFrom<ListEventsRequest> for EventsQuery {
    type Error = ServiceError;

    fn try_from(request: ListEventsRequest) -> Result<Self, Self::Error> {
        let kind = match EventKind::try_from(request.kind) {
            Ok(EventKind::Unspecified) => None,
            Ok(kind) => Some(kind),
            Err(_) => {
                return Err(ServiceError::invalid(
                    "kind",
                    format!("{} is not an EventKind", request.kind),
                ));
            }
        };
        let mut query =
            EventsQuery::new(kind, request.filter, request.page_size, request.page_token)?;
        query.document_id = optional(request.document_id);
        Ok(query)
    }
}

impl TryFrom<GetEventRequest> for EventLookup {
    type Error = ServiceError;

    fn try_from(request: GetEventRequest) -> Result<Self, Self::Error> {
        Ok(EventLookup {
            id: required("id", request.id)?,
        })
    }
}

impl TryFrom<GetEntityRequest> for EntityLookup {
    type Error = ServiceError;

    fn try_from(request: GetEntityRequest) -> Result<Self, Self::Error> {
        Ok(EntityLookup {
            name: required("entity", request.entity)?,
        })
    }
}

impl TryFrom<ListEntitiesRequest> for EntitiesQuery {
    type Error = ServiceError;

    fn try_from(request: ListEntitiesRequest) -> Result<Self, Self::Error> {
        let kind = match EntityKind::try_from(request.kind) {
            Ok(EntityKind::Unspecified) => None,
            Ok(kind) => Some(kind),
            Err(_) => {
                return Err(ServiceError::invalid(
                    "kind",
                    format!("{} is not an EntityKind", request.kind),
                ));
            }
        };
        Ok(EntitiesQuery {
            kind,
            query: optional(request.query).unwrap_or_default(),
            page: page_request(request.page_size, request.page_token)?,
        })
    }
}

impl TryFrom<GetDocumentRequest> for DocumentLookup {
    type Error = ServiceError;

    fn try_from(request: GetDocumentRequest) -> Result<Self, Self::Error> {
        Ok(DocumentLookup {
            id: required("id", request.id)?,
            include_text: request.include_text,
        })
    }
}

impl TryFrom<ListDocumentsRequest> for DocumentsQuery {
    type Error = ServiceError;

    fn try_from(request: ListDocumentsRequest) -> Result<Self, Self::Error> {
        Ok(DocumentsQuery {
            page: page_request(request.page_size, request.page_token)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tonic::{Code, Status};

    /// Asserts `result` is INVALID_ARGUMENT naming `field`, as a client would see it.
    #[track_caller]
    fn assert_invalid<T: std::fmt::Debug>(result: Result<T, ServiceError>, field: &str) {
        let error = result.expect_err("should be rejected");
        match &error {
            ServiceError::InvalidArgument { field: named, .. } => assert_eq!(*named, field),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
        let status = Status::from(error);
        assert_eq!(status.code(), Code::InvalidArgument);
        assert!(
            status.message().starts_with(&format!("{field}: ")),
            "{}",
            status.message()
        );
    }

    fn awards(filter: EventFilter) -> ListAwardsRequest {
        ListAwardsRequest {
            filter: Some(filter),
            ..Default::default()
        }
    }

    #[test]
    fn page_size_zero_is_the_default() {
        let page = page_request(0, String::new()).unwrap();
        assert_eq!(page.size, DEFAULT_PAGE_SIZE);
        assert_eq!(page_request(1, String::new()).unwrap().size, 1);
        assert_eq!(
            page_request(1000, "tok".into()).unwrap().size,
            MAX_PAGE_SIZE
        );
        assert_eq!(page_request(7, "tok".into()).unwrap().token, "tok");
    }

    #[test]
    fn page_size_out_of_range_names_page_size_and_the_maximum() {
        assert_invalid(page_request(-1, String::new()), "page_size");
        assert_invalid(page_request(i32::MIN, String::new()), "page_size");
        let error = page_request(1001, String::new()).unwrap_err();
        assert!(error.to_string().contains("1000"), "{error}");
        assert_invalid(page_request(1001, String::new()), "page_size");
        assert_invalid(page_request(i32::MAX, String::new()), "page_size");
    }

    #[test]
    fn every_list_checks_page_size() {
        assert_invalid(
            EventsQuery::try_from(ListAwardsRequest {
                page_size: -5,
                ..Default::default()
            }),
            "page_size",
        );
        assert_invalid(
            EventsQuery::try_from(FindEncountersRequest {
                page_size: 5000,
                ..Default::default()
            }),
            "page_size",
        );
        assert_invalid(
            EventsQuery::try_from(ListPerformancesRequest {
                page_size: -1,
                ..Default::default()
            }),
            "page_size",
        );
        assert_invalid(
            EventsQuery::try_from(ListRecordsRequest {
                page_size: -1,
                ..Default::default()
            }),
            "page_size",
        );
        assert_invalid(
            EventsQuery::try_from(ListEventsRequest {
                page_size: 1001,
                ..Default::default()
            }),
            "page_size",
        );
        assert_invalid(
            EntitiesQuery::try_from(ListEntitiesRequest {
                page_size: -1,
                ..Default::default()
            }),
            "page_size",
        );
        assert_invalid(
            DocumentsQuery::try_from(ListDocumentsRequest {
                page_size: 1001,
                ..Default::default()
            }),
            "page_size",
        );
    }

    #[test]
    fn year_cannot_be_combined_with_a_range() {
        for (min_year, max_year) in [(2019, 0), (0, 2021), (2019, 2021)] {
            assert_invalid(
                EventsQuery::try_from(awards(EventFilter {
                    year: 2020,
                    min_year,
                    max_year,
                    ..Default::default()
                })),
                "filter.year",
            );
        }
    }

    #[test]
    fn min_year_after_max_year_is_rejected() {
        assert_invalid(
            EventsQuery::try_from(awards(EventFilter {
                min_year: 2022,
                max_year: 2021,
                ..Default::default()
            })),
            "filter.min_year",
        );
    }

    #[test]
    fn negative_years_are_rejected() {
        let cases: [(EventFilter, &str); 3] = [
            (
                EventFilter {
                    year: -1,
                    ..Default::default()
                },
                "filter.year",
            ),
            (
                EventFilter {
                    min_year: -2000,
                    ..Default::default()
                },
                "filter.min_year",
            ),
            (
                EventFilter {
                    max_year: -3,
                    ..Default::default()
                },
                "filter.max_year",
            ),
        ];
        for (filter, field) in cases {
            assert_invalid(EventsQuery::try_from(awards(filter)), field);
        }
    }

    #[test]
    fn years_become_an_inclusive_range() {
        let exact = EventsQuery::try_from(awards(EventFilter {
            year: 2019,
            ..Default::default()
        }))
        .unwrap();
        assert_eq!((exact.min_year, exact.max_year), (Some(2019), Some(2019)));
        let open = EventsQuery::try_from(awards(EventFilter {
            min_year: 2018,
            ..Default::default()
        }))
        .unwrap();
        assert_eq!((open.min_year, open.max_year), (Some(2018), None));
        let same = EventsQuery::try_from(awards(EventFilter {
            min_year: 2018,
            max_year: 2018,
            ..Default::default()
        }))
        .unwrap();
        assert_eq!((same.min_year, same.max_year), (Some(2018), Some(2018)));
        let none = EventsQuery::try_from(ListAwardsRequest::default()).unwrap();
        assert_eq!((none.min_year, none.max_year), (None, None));
    }

    #[test]
    fn unknown_enum_values_name_kind() {
        assert_invalid(
            EventsQuery::try_from(ListEventsRequest {
                kind: 99,
                ..Default::default()
            }),
            "kind",
        );
        assert_invalid(
            EventsQuery::try_from(ListEventsRequest {
                kind: -1,
                ..Default::default()
            }),
            "kind",
        );
        assert_invalid(
            EntitiesQuery::try_from(ListEntitiesRequest {
                kind: 42,
                ..Default::default()
            }),
            "kind",
        );
    }

    #[test]
    fn empty_ids_are_rejected() {
        assert_invalid(EventLookup::try_from(GetEventRequest::default()), "id");
        assert_invalid(
            EventLookup::try_from(GetEventRequest { id: "  ".into() }),
            "id",
        );
        assert_invalid(
            EntityLookup::try_from(GetEntityRequest::default()),
            "entity",
        );
        assert_invalid(
            DocumentLookup::try_from(GetDocumentRequest::default()),
            "id",
        );
    }

    #[test]
    fn other_entity_needs_an_entity() {
        assert_invalid(
            EventsQuery::try_from(FindEncountersRequest {
                other_entity: "Drake".into(),
                ..Default::default()
            }),
            "filter.entity",
        );
    }

    #[test]
    fn each_rpc_fixes_its_kind() {
        let kind = |q: Result<EventsQuery, ServiceError>| q.unwrap().kind;
        assert_eq!(
            kind(EventsQuery::try_from(ListAwardsRequest::default())),
            Some(EventKind::Award)
        );
        assert_eq!(
            kind(EventsQuery::try_from(FindEncountersRequest::default())),
            Some(EventKind::Encounter)
        );
        assert_eq!(
            kind(EventsQuery::try_from(ListPerformancesRequest::default())),
            Some(EventKind::Performance)
        );
        assert_eq!(
            kind(EventsQuery::try_from(ListRecordsRequest::default())),
            Some(EventKind::Record)
        );
        assert_eq!(
            kind(EventsQuery::try_from(ListEventsRequest::default())),
            None
        );
        assert_eq!(
            kind(EventsQuery::try_from(ListEventsRequest {
                kind: EventKind::Record as i32,
                ..Default::default()
            })),
            Some(EventKind::Record)
        );
    }

    #[test]
    fn fields_are_carried_trimmed_and_empty_means_unset() {
        let query = EventsQuery::try_from(ListAwardsRequest {
            filter: Some(EventFilter {
                entity: " Posty ".into(),
                include_members: true,
                ceremony: "BBMAs".into(),
                include_planned: true,
                ..Default::default()
            }),
            category: "social artist".into(),
            page_size: 10,
            page_token: "abc".into(),
        })
        .unwrap();
        assert_eq!(query.entity.as_deref(), Some("Posty"));
        assert!(query.include_members);
        assert_eq!(query.ceremony.as_deref(), Some("BBMAs"));
        assert_eq!(query.category.as_deref(), Some("social artist"));
        assert!(query.include_planned);
        assert_eq!((query.page.size, query.page.token.as_str()), (10, "abc"));

        let query = EventsQuery::try_from(FindEncountersRequest {
            filter: Some(EventFilter {
                entity: "BTS".into(),
                ..Default::default()
            }),
            other_entity: "Halsey".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(query.other_entity.as_deref(), Some("Halsey"));
        assert_eq!(query.category, None);

        let query = EventsQuery::try_from(ListPerformancesRequest {
            work: "Boy With Luv".into(),
            filter: Some(EventFilter {
                entity: "   ".into(),
                ..Default::default()
            }),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(query.work.as_deref(), Some("Boy With Luv"));
        assert_eq!(query.entity, None);

        let query = EventsQuery::try_from(ListEventsRequest {
            document_id: "bbmas-2019".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(query.document_id.as_deref(), Some("bbmas-2019"));

        let query = EntitiesQuery::try_from(ListEntitiesRequest {
            kind: EntityKind::Group as i32,
            query: "bangtan".into(),
            ..Default::default()
        })
        .unwrap();
        assert_eq!(query.kind, Some(EntityKind::Group));
        assert_eq!(query.query, "bangtan");
        assert_eq!(query.page.size, DEFAULT_PAGE_SIZE);

        let lookup = DocumentLookup::try_from(GetDocumentRequest {
            id: "doc".into(),
            include_text: true,
        })
        .unwrap();
        assert_eq!(
            lookup,
            DocumentLookup {
                id: "doc".into(),
                include_text: true
            }
        );
    }
}
