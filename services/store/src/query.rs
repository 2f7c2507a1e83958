//! Answering an [`EventQuery`]: pick an index, scan it in `(year, id)` order from
//! the page token, fetch each event and keep those that pass every filter.
//!
//! The plan reads roughly what it returns. Of the fields a query sets, the index
//! scanned is the one most likely to be narrow, in this fixed order: document (a
//! handful of events), entity (one artist's events), ceremony, work, the "other"
//! entity, kind (a quarter of the store), and otherwise the global order. A year
//! range bounds the scan itself, since every index key ends in `year ++ id`.
//! Several entity ids (a group and its members) scan several prefixes merged in
//! order with duplicates dropped. Whatever the index, the filters are all applied
//! to the fetched event, so the index only decides how much is read, never what
//! is returned.

use std::collections::BTreeSet;

use greenroom_proto::v1::event::Details;
use greenroom_proto::v1::{Event, EventKind, EventStatus};

use crate::codec::{decode, engine};
use crate::index::{self, Index};
use crate::keys;
use crate::schema::Trees;
use crate::tokens;
use crate::{EventQuery, Page, PageRequest, StoreError};

/// Lists the events matching `query` (see [`crate::Store::list_events`]).
pub(crate) fn list(
    trees: &Trees,
    query: &EventQuery,
    page: &PageRequest,
) -> Result<Page<Event>, StoreError> {
    let after = tokens::decode_event_token(&page.token)?;
    let size = crate::page_size(page.size);
    let filter = Filter::new(query);
    let scans = plan(query)
        .into_iter()
        .map(|(index, prefix)| scan(index.tree(trees), prefix, after.as_deref(), query))
        .collect();

    let mut items: Vec<Event> = Vec::with_capacity(size.min(64));
    let mut more = false;
    for order in Merge::new(scans) {
        let order = order?;
        // `scan` only yields tails of at least a year's length.
        let id = &order[keys::INT_LEN..];
        let Some(bytes) = trees.events.get(id).map_err(engine)? else {
            // An index entry read just before a concurrent ingest removed its event.
            continue;
        };
        let event: Event = decode("events", id, &bytes)?;
        if !filter.matches(&event) {
            continue;
        }
        if items.len() == size {
            // Looked one match ahead: the full page is not the last.
            more = true;
            break;
        }
        items.push(event);
    }
    let next_token = match items.last() {
        Some(last) if more => tokens::event_token(last.year, &last.id),
        _ => String::new(),
    };
    Ok(Page { items, next_token })
}

/// The index to scan and the prefixes to scan in it (see the module doc).
fn plan(query: &EventQuery) -> Vec<(Index, Vec<u8>)> {
    let strings = |index: Index, ids: &[String]| -> Vec<(Index, Vec<u8>)> {
        let ids: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
        ids.into_iter()
            .map(|id| (index, keys::string_prefix(id)))
            .collect()
    };
    if let Some(document) = set(&query.document_id) {
        vec![(Index::Document, keys::string_prefix(document))]
    } else if !query.entity_any_of.is_empty() {
        strings(Index::Entity, &query.entity_any_of)
    } else if let Some(ceremony) = set(&query.ceremony) {
        vec![(Index::Ceremony, keys::string_prefix(ceremony))]
    } else if let Some(work) = set(&query.work) {
        vec![(Index::Work, keys::string_prefix(work))]
    } else if !query.other_entity_any_of.is_empty() {
        strings(Index::Entity, &query.other_entity_any_of)
    } else if let Some(kind) = kind(query) {
        vec![(Index::Kind, keys::int_prefix(kind))]
    } else {
        vec![(Index::Year, Vec::new())]
    }
}

/// An optional string filter; an empty string sets nothing.
fn set(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|value| !value.is_empty())
}

/// The kind filter; "unspecified" means any kind.
fn kind(query: &EventQuery) -> Option<i32> {
    query
        .kind
        .filter(|kind| *kind != EventKind::Unspecified)
        .map(|kind| kind as i32)
}

type Tails = Box<dyn Iterator<Item = Result<Vec<u8>, StoreError>>>;

/// The order-key tails of one index prefix, after `after` and within the query's
/// years, ascending.
fn scan(tree: &sled::Tree, prefix: Vec<u8>, after: Option<&[u8]>, query: &EventQuery) -> Tails {
    let mut start = match query.min_year {
        Some(min) => keys::index_key(&prefix, min, ""),
        None => prefix.clone(),
    };
    if let Some(after) = after {
        let mut resume = prefix.clone();
        resume.extend_from_slice(after);
        start = start.max(keys::successor(&resume));
    }
    let end = match query.max_year.and_then(|max| max.checked_add(1)) {
        Some(end) => Some(keys::index_key(&prefix, end, "")),
        None => keys::prefix_end(&prefix),
    };
    let range = match end {
        Some(end) if start >= end => return Box::new(std::iter::empty()),
        Some(end) => tree.range(start..end),
        None => tree.range(start..),
    };
    let prefix_len = prefix.len();
    Box::new(range.keys().map(move |key| {
        let key = key.map_err(engine)?;
        keys::order_tail(&key, prefix_len)
            .map(<[u8]>::to_vec)
            .ok_or_else(|| {
                crate::codec::decode_error(
                    "index",
                    &key,
                    "key shorter than its prefix and year".to_owned(),
                )
            })
    }))
}

/// Several ascending scans merged into one ascending scan without repeats.
struct Merge {
    scans: Vec<Tails>,
    /// The next tail of each scan, pulled ahead so they can be compared.
    heads: Vec<Option<Result<Vec<u8>, StoreError>>>,
    last: Option<Vec<u8>>,
}

impl Merge {
    fn new(mut scans: Vec<Tails>) -> Merge {
        let heads = scans.iter_mut().map(Iterator::next).collect();
        Merge {
            scans,
            heads,
            last: None,
        }
    }

    /// Takes the head of scan `position`, pulling that scan's next one.
    fn take(&mut self, position: usize) -> Option<Result<Vec<u8>, StoreError>> {
        let next = self.scans.get_mut(position)?.next();
        std::mem::replace(self.heads.get_mut(position)?, next)
    }
}

impl Iterator for Merge {
    type Item = Result<Vec<u8>, StoreError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(failed) = self
                .heads
                .iter()
                .position(|head| matches!(head, Some(Err(_))))
            {
                return self.take(failed);
            }
            let smallest = self
                .heads
                .iter()
                .enumerate()
                .filter_map(|(position, head)| match head {
                    Some(Ok(tail)) => Some((position, tail)),
                    _ => None,
                })
                .min_by(|a, b| a.1.cmp(b.1))
                .map(|(position, _)| position)?;
            let Some(Ok(tail)) = self.take(smallest) else {
                continue;
            };
            // The same event under two of the ids (a group and its member).
            if self.last.as_ref() == Some(&tail) {
                continue;
            }
            self.last = Some(tail.clone());
            return Some(Ok(tail));
        }
    }
}

/// The query's filters, prepared once per page.
struct Filter<'q> {
    kind: Option<i32>,
    entities: BTreeSet<&'q str>,
    others: BTreeSet<&'q str>,
    ceremony: Option<&'q str>,
    work: Option<&'q str>,
    document: Option<&'q str>,
    years: Option<(i32, i32)>,
    category: Option<String>,
    include_planned: bool,
}

impl<'q> Filter<'q> {
    fn new(query: &'q EventQuery) -> Filter<'q> {
        let years = (query.min_year.is_some() || query.max_year.is_some()).then(|| {
            (
                query.min_year.unwrap_or(i32::MIN),
                query.max_year.unwrap_or(i32::MAX),
            )
        });
        Filter {
            kind: kind(query),
            entities: query.entity_any_of.iter().map(String::as_str).collect(),
            others: query
                .other_entity_any_of
                .iter()
                .map(String::as_str)
                .collect(),
            ceremony: set(&query.ceremony),
            work: set(&query.work),
            document: set(&query.document_id),
            years,
            category: query
                .category_contains
                .as_deref()
                .map(|needle| needle.trim().to_lowercase())
                .filter(|needle| !needle.is_empty()),
            include_planned: query.include_planned,
        }
    }

    /// The participant filters: one of `entities` takes part and, when `others` is
    /// set, one of `others` too, and they are two different participants. Asking
    /// who in BTS (the group and its members) met Jungkook must not return every
    /// event Jungkook alone took part in.
    fn names_participants(&self, event: &Event) -> bool {
        if self.entities.is_empty() && self.others.is_empty() {
            return true;
        }
        let participants: BTreeSet<&str> = index::participants(event).collect();
        let named = |set: &BTreeSet<&str>| -> Vec<&str> {
            participants
                .iter()
                .copied()
                .filter(|id| set.contains(id))
                .collect()
        };
        let (entities, others) = (named(&self.entities), named(&self.others));
        match (self.entities.is_empty(), self.others.is_empty()) {
            (false, true) => !entities.is_empty(),
            (true, false) => !others.is_empty(),
            _ => entities
                .iter()
                .any(|entity| others.iter().any(|other| other != entity)),
        }
    }

    fn matches(&self, event: &Event) -> bool {
        if !self.include_planned && event.status == EventStatus::Planned as i32 {
            return false;
        }
        if self.kind.is_some_and(|kind| event.kind != kind) {
            return false;
        }
        if let Some((min, max)) = self.years
            && (event.year == 0 || event.year < min || event.year > max)
        {
            return false;
        }
        if !self.names_participants(event) {
            return false;
        }
        if let Some(ceremony) = self.ceremony
            && event
                .ceremony
                .as_ref()
                .is_none_or(|found| found.id != ceremony)
        {
            return false;
        }
        if self.work.is_some() && index::work(event) != self.work {
            return false;
        }
        if let Some(document) = self.document
            && !event
                .sources
                .iter()
                .any(|source| source.document_id == document)
        {
            return false;
        }
        if let Some(needle) = &self.category {
            let Some(Details::Award(award)) = &event.details else {
                return false;
            };
            if !award.category.to_lowercase().contains(needle.as_str()) {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testutil::{
        award, document, encounter, first_page, ids, performance, planned, record, store,
    };

    /// Twenty events over three documents, one of them planned.
    fn corpus() -> (tempfile::TempDir, Store) {
        let (dir, store) = store();
        store
            .ingest(document(
                "d1",
                "awards",
                vec![
                    award(
                        "aw-2019-bts",
                        2019,
                        &["bts"],
                        "Top Social Artist",
                        "bbma",
                        None,
                    ),
                    award(
                        "aw-2018-bts",
                        2018,
                        &["bts"],
                        "Top Social Artist",
                        "bbma",
                        None,
                    ),
                    award(
                        "aw-2019-posty",
                        2019,
                        &["post-malone"],
                        "Top Rap Song",
                        "bbma",
                        Some("rockstar"),
                    ),
                    award("aw-2020-jk", 2020, &["jungkook"], "Best Solo", "mama", None),
                ],
            ))
            .expect("d1");
        store
            .ingest(document(
                "d2",
                "meetings",
                vec![
                    encounter("enc-2019-bts-halsey", 2019, &["bts", "halsey"]),
                    encounter("enc-2019-jk-halsey", 2019, &["jungkook", "halsey"]),
                    encounter("enc-2020-rm-lizzo", 2020, &["rm", "lizzo"]),
                    performance(
                        "perf-2019-bts",
                        2019,
                        &["bts", "halsey"],
                        Some("boy-with-luv"),
                    ),
                    performance("perf-0-bts", 0, &["bts"], None),
                    record("rec-2020-bts", 2020, "bts", Some("psy"), Some("dynamite")),
                    performance("perf-2021-bts-jk", 2021, &["bts", "jungkook"], None),
                    planned(performance("plan-2025-bts", 2025, &["bts"], None)),
                ],
            ))
            .expect("d2");
        let fillers: Vec<Event> = (0..8)
            .map(|n| {
                performance(
                    &format!("perf-filler-{n}"),
                    2010 + n % 3,
                    &[&format!("act-{n}")],
                    None,
                )
            })
            .collect();
        store
            .ingest(document("d3", "fillers", fillers))
            .expect("d3");
        assert_eq!(store.counts().expect("counts").1, 20);
        (dir, store)
    }

    fn list(store: &Store, query: &EventQuery) -> Vec<String> {
        let page = store.list_events(query, &first_page(100)).expect("list");
        assert!(page.next_token.is_empty());
        ids(&page).into_iter().map(str::to_owned).collect()
    }

    fn strings(ids: &[&str]) -> Vec<String> {
        ids.iter().map(|id| (*id).to_owned()).collect()
    }

    #[test]
    fn events_come_in_year_then_id_order_with_unknown_year_first() {
        let (_dir, store) = corpus();
        let all = list(&store, &EventQuery::default());
        assert_eq!(all.first().map(String::as_str), Some("perf-0-bts"));
        let events: Vec<Event> = all
            .iter()
            .map(|id| store.get_event(id).expect("get").expect("stored"))
            .collect();
        assert!(
            events
                .windows(2)
                .all(|pair| (pair[0].year, &pair[0].id) < (pair[1].year, &pair[1].id))
        );
        assert_eq!(all.len(), 19, "the planned event is left out");
    }

    #[test]
    fn entity_filter_matches_every_participant_role() {
        let (_dir, store) = corpus();
        let query = EventQuery {
            entity_any_of: strings(&["bts"]),
            ..EventQuery::default()
        };
        let expected = [
            "perf-0-bts",
            "aw-2018-bts",
            "aw-2019-bts",
            "enc-2019-bts-halsey",
            "perf-2019-bts",
            "rec-2020-bts",
            "perf-2021-bts-jk",
        ];
        assert_eq!(list(&store, &query), strings(&expected));
        let previous_holder = EventQuery {
            entity_any_of: strings(&["psy"]),
            ..EventQuery::default()
        };
        assert_eq!(list(&store, &previous_holder), strings(&["rec-2020-bts"]));
    }

    #[test]
    fn several_entities_merge_in_order_without_repeats() {
        let (_dir, store) = corpus();
        let query = EventQuery {
            entity_any_of: strings(&["jungkook", "bts", "bts"]),
            ..EventQuery::default()
        };
        let expected = [
            "perf-0-bts",
            "aw-2018-bts",
            "aw-2019-bts",
            "enc-2019-bts-halsey",
            "enc-2019-jk-halsey",
            "perf-2019-bts",
            "aw-2020-jk",
            "rec-2020-bts",
            "perf-2021-bts-jk",
        ];
        assert_eq!(list(&store, &query), strings(&expected));
    }

    #[test]
    fn other_entity_must_also_be_named() {
        let (_dir, store) = corpus();
        let query = EventQuery {
            entity_any_of: strings(&["bts", "jungkook", "rm"]),
            other_entity_any_of: strings(&["halsey"]),
            ..EventQuery::default()
        };
        assert_eq!(
            list(&store, &query),
            strings(&["enc-2019-bts-halsey", "enc-2019-jk-halsey", "perf-2019-bts"])
        );
        let encounters = EventQuery {
            kind: Some(EventKind::Encounter),
            ..query.clone()
        };
        assert_eq!(
            list(&store, &encounters),
            strings(&["enc-2019-bts-halsey", "enc-2019-jk-halsey"])
        );
        // Jungkook is in the BTS set: only events naming someone else of it count.
        let bts_met_jungkook = EventQuery {
            entity_any_of: strings(&["bts", "jungkook", "rm"]),
            other_entity_any_of: strings(&["jungkook"]),
            ..EventQuery::default()
        };
        assert_eq!(
            list(&store, &bts_met_jungkook),
            strings(&["perf-2021-bts-jk"])
        );
        let only_other = EventQuery {
            other_entity_any_of: strings(&["lizzo"]),
            ..EventQuery::default()
        };
        assert_eq!(list(&store, &only_other), strings(&["enc-2020-rm-lizzo"]));
    }

    #[test]
    fn ceremony_work_and_document_filters() {
        let (_dir, store) = corpus();
        let ceremony = EventQuery {
            ceremony: Some("bbma".to_owned()),
            ..EventQuery::default()
        };
        assert_eq!(
            list(&store, &ceremony),
            strings(&["aw-2018-bts", "aw-2019-bts", "aw-2019-posty"])
        );
        for (work, expected) in [
            ("rockstar", "aw-2019-posty"),
            ("boy-with-luv", "perf-2019-bts"),
            ("dynamite", "rec-2020-bts"),
        ] {
            let query = EventQuery {
                work: Some(work.to_owned()),
                ..EventQuery::default()
            };
            assert_eq!(list(&store, &query), strings(&[expected]), "{work}");
        }
        let document = EventQuery {
            document_id: Some("d1".to_owned()),
            entity_any_of: strings(&["bts"]),
            ..EventQuery::default()
        };
        assert_eq!(
            list(&store, &document),
            strings(&["aw-2018-bts", "aw-2019-bts"])
        );
        let unknown = EventQuery {
            document_id: Some("nope".to_owned()),
            ..EventQuery::default()
        };
        assert!(list(&store, &unknown).is_empty());
    }

    #[test]
    fn kind_and_category_filters() {
        let (_dir, store) = corpus();
        let awards = EventQuery {
            kind: Some(EventKind::Award),
            ..EventQuery::default()
        };
        assert_eq!(list(&store, &awards).len(), 4);
        let records = EventQuery {
            kind: Some(EventKind::Record),
            ..EventQuery::default()
        };
        assert_eq!(list(&store, &records), strings(&["rec-2020-bts"]));
        let social = EventQuery {
            category_contains: Some("SOCIAL".to_owned()),
            ..EventQuery::default()
        };
        assert_eq!(
            list(&store, &social),
            strings(&["aw-2018-bts", "aw-2019-bts"])
        );
        let top = EventQuery {
            category_contains: Some("top ".to_owned()),
            ceremony: Some("bbma".to_owned()),
            ..EventQuery::default()
        };
        assert_eq!(list(&store, &top).len(), 3);
    }

    #[test]
    fn year_range_is_inclusive_and_never_matches_unknown_years() {
        let (_dir, store) = corpus();
        let bts = |min_year, max_year| EventQuery {
            entity_any_of: strings(&["bts"]),
            min_year,
            max_year,
            ..EventQuery::default()
        };
        assert_eq!(
            list(&store, &bts(Some(2019), Some(2019))),
            strings(&["aw-2019-bts", "enc-2019-bts-halsey", "perf-2019-bts"])
        );
        assert_eq!(
            list(&store, &bts(None, Some(2018))),
            strings(&["aw-2018-bts"])
        );
        assert_eq!(
            list(&store, &bts(Some(2020), None)),
            strings(&["rec-2020-bts", "perf-2021-bts-jk"])
        );
        assert!(list(&store, &bts(Some(2021), Some(2019))).is_empty());
        let global = EventQuery {
            min_year: Some(i32::MIN),
            max_year: Some(i32::MAX),
            ..EventQuery::default()
        };
        assert_eq!(
            list(&store, &global).len(),
            18,
            "all but the planned and the year-0 event"
        );
    }

    #[test]
    fn planned_events_are_excluded_unless_asked_for() {
        let (_dir, store) = corpus();
        let query = EventQuery {
            entity_any_of: strings(&["bts"]),
            min_year: Some(2025),
            ..EventQuery::default()
        };
        assert!(list(&store, &query).is_empty());
        let with_planned = EventQuery {
            include_planned: true,
            ..query
        };
        assert_eq!(list(&store, &with_planned), strings(&["plan-2025-bts"]));
    }

    /// Pages through `query` with `size`, checking every page but the last is full.
    fn page_through(store: &Store, query: &EventQuery, size: usize) -> Vec<String> {
        let mut seen = Vec::new();
        let mut token = String::new();
        for _ in 0..100 {
            let page = store
                .list_events(query, &PageRequest { size, token })
                .expect("page");
            assert!(page.items.len() <= size);
            seen.extend(page.items.iter().map(|event| event.id.clone()));
            if page.next_token.is_empty() {
                return seen;
            }
            assert_eq!(page.items.len(), size, "only the last page may be short");
            token = page.next_token;
        }
        panic!("pagination does not end");
    }

    #[test]
    fn paging_visits_every_event_once_whatever_the_page_size() {
        let (_dir, store) = corpus();
        let queries = [
            EventQuery {
                include_planned: true,
                ..EventQuery::default()
            },
            EventQuery {
                entity_any_of: strings(&["bts", "jungkook"]),
                ..EventQuery::default()
            },
            EventQuery {
                kind: Some(EventKind::Performance),
                min_year: Some(2011),
                ..EventQuery::default()
            },
        ];
        for query in &queries {
            let everything = list(&store, query);
            assert!(!everything.is_empty());
            for size in [1, 2, 3] {
                assert_eq!(
                    page_through(&store, query, size),
                    everything,
                    "size {size}: {query:?}"
                );
            }
        }
        let all = page_through(&store, &queries[0], 3);
        assert_eq!(all.len(), 20);
    }

    #[test]
    fn an_exact_last_page_has_no_next_token() {
        let (_dir, store) = corpus();
        let query = EventQuery {
            kind: Some(EventKind::Award),
            ..EventQuery::default()
        };
        let first = store.list_events(&query, &first_page(2)).expect("first");
        assert!(!first.next_token.is_empty());
        let second = store
            .list_events(
                &query,
                &PageRequest {
                    size: 2,
                    token: first.next_token,
                },
            )
            .expect("second");
        assert_eq!(second.items.len(), 2);
        assert!(second.next_token.is_empty());
    }

    #[test]
    fn a_malformed_page_token_is_invalid() {
        let (_dir, store) = corpus();
        for token in ["garbage!", "AQ", &tokens::id_token("x")] {
            let page = PageRequest {
                size: 2,
                token: token.to_owned(),
            };
            let result = store.list_events(&EventQuery::default(), &page);
            assert!(
                matches!(result, Err(StoreError::InvalidPageToken(_))),
                "{token}"
            );
        }
    }

    #[test]
    fn the_plan_scans_the_narrowest_index_set() {
        let everything = EventQuery {
            kind: Some(EventKind::Award),
            ceremony: Some("bbma".to_owned()),
            entity_any_of: strings(&["bts", "rm"]),
            document_id: Some("d1".to_owned()),
            ..EventQuery::default()
        };
        assert_eq!(plan(&everything)[0].0, Index::Document);
        let entities = EventQuery {
            document_id: None,
            ..everything.clone()
        };
        assert_eq!(plan(&entities).len(), 2);
        assert_eq!(plan(&entities)[0].0, Index::Entity);
        let ceremony = EventQuery {
            entity_any_of: Vec::new(),
            ..entities
        };
        assert_eq!(plan(&ceremony)[0].0, Index::Ceremony);
        let kind = EventQuery {
            ceremony: None,
            ..ceremony
        };
        assert_eq!(plan(&kind)[0].0, Index::Kind);
        assert_eq!(plan(&EventQuery::default())[0].0, Index::Year);
    }
}
