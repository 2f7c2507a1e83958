//! The secondary indexes of events, and which entries one event owns.
//!
//! Every index key is `prefix ++ year ++ id` with an empty value (see `keys`), so a
//! prefix scan yields that prefix's events already in the global `(year, id)`
//! order, and queries never sort. An event's entries are a pure function of the
//! event ([`entries`]): updating one means removing the entries of the stored
//! version that the new version no longer has and adding the new ones, with no
//! need to scan anything inside a transaction.

use std::collections::BTreeSet;

use greenroom_proto::v1::event::Details;
use greenroom_proto::v1::{EntityRef, Event};

use crate::keys;
use crate::schema::Trees;

/// One of the event indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Index {
    /// Every event: the global order (empty prefix).
    Year,
    /// By `EventKind`.
    Kind,
    /// By participant entity id (recipient, participant, performer, holder,
    /// previous holder).
    Entity,
    /// By ceremony entity id.
    Ceremony,
    /// By work entity id (award, performance or record work).
    Work,
    /// By the id of a document that tells the event.
    Document,
}

impl Index {
    /// The tree of this index.
    pub(crate) fn tree(self, trees: &Trees) -> &sled::Tree {
        match self {
            Index::Year => &trees.by_year,
            Index::Kind => &trees.by_kind,
            Index::Entity => &trees.by_entity,
            Index::Ceremony => &trees.by_ceremony,
            Index::Work => &trees.by_work,
            Index::Document => &trees.by_document,
        }
    }
}

/// Every index entry of `event`, as (index, key).
pub(crate) fn entries(event: &Event) -> BTreeSet<(Index, Vec<u8>)> {
    let (year, id) = (event.year, event.id.as_str());
    let mut entries = BTreeSet::new();
    entries.insert((Index::Year, keys::order_key(year, id)));
    entries.insert((
        Index::Kind,
        keys::index_key(&keys::int_prefix(event.kind), year, id),
    ));
    for entity in participants(event) {
        entries.insert((
            Index::Entity,
            keys::index_key(&keys::string_prefix(entity), year, id),
        ));
    }
    if let Some(ceremony) = event
        .ceremony
        .as_ref()
        .filter(|ceremony| !ceremony.id.is_empty())
    {
        entries.insert((
            Index::Ceremony,
            keys::index_key(&keys::string_prefix(&ceremony.id), year, id),
        ));
    }
    if let Some(work) = work(event) {
        entries.insert((
            Index::Work,
            keys::index_key(&keys::string_prefix(work), year, id),
        ));
    }
    for source in &event.sources {
        let prefix = keys::string_prefix(&source.document_id);
        entries.insert((Index::Document, keys::index_key(&prefix, year, id)));
    }
    entries
}

/// Ids of the entities named in a participant role (empty ids skipped).
pub(crate) fn participants(event: &Event) -> impl Iterator<Item = &str> {
    let refs: Vec<&EntityRef> = match &event.details {
        Some(Details::Award(award)) => award.recipients.iter().collect(),
        Some(Details::Encounter(encounter)) => encounter.participants.iter().collect(),
        Some(Details::Performance(performance)) => performance.performers.iter().collect(),
        Some(Details::Record(record)) => record
            .holder
            .iter()
            .chain(record.previous_holder.iter())
            .collect(),
        None => Vec::new(),
    };
    refs.into_iter()
        .map(|entity| entity.id.as_str())
        .filter(|id| !id.is_empty())
}

/// Id of the work the event is about, if any.
pub(crate) fn work(event: &Event) -> Option<&str> {
    let work = match &event.details {
        Some(Details::Award(award)) => award.work.as_ref(),
        Some(Details::Performance(performance)) => performance.work.as_ref(),
        Some(Details::Record(record)) => record.work.as_ref(),
        Some(Details::Encounter(_)) | None => None,
    };
    work.map(|work| work.id.as_str())
        .filter(|id| !id.is_empty())
}

#[cfg(test)]
mod tests {
    use greenroom_proto::v1::{Award, Record, Source};

    use super::*;

    fn entity(id: &str) -> EntityRef {
        EntityRef {
            id: id.to_owned(),
            ..EntityRef::default()
        }
    }

    #[test]
    fn a_record_indexes_holder_previous_holder_and_work() {
        let event = Event {
            id: "rec".to_owned(),
            kind: 4,
            year: 2020,
            details: Some(Details::Record(Record {
                holder: Some(entity("bts")),
                previous_holder: Some(entity("psy")),
                work: Some(entity("dynamite")),
                description: String::new(),
            })),
            ..Event::default()
        };
        let found: Vec<&str> = participants(&event).collect();
        assert_eq!(found, ["bts", "psy"]);
        assert_eq!(work(&event), Some("dynamite"));
        let entries = entries(&event);
        let count = |index| entries.iter().filter(|(found, _)| *found == index).count();
        assert_eq!(
            (count(Index::Year), count(Index::Kind), count(Index::Entity)),
            (1, 1, 2)
        );
        assert_eq!(
            (
                count(Index::Ceremony),
                count(Index::Work),
                count(Index::Document)
            ),
            (0, 1, 0)
        );
    }

    #[test]
    fn an_award_indexes_each_document_once() {
        let source = |document: &str, start| Source {
            document_id: document.to_owned(),
            span: Some(greenroom_proto::v1::Span {
                start,
                end: start + 1,
            }),
            ..Source::default()
        };
        let event = Event {
            id: "aw".to_owned(),
            kind: 1,
            year: 2019,
            ceremony: Some(entity("bbma")),
            details: Some(Details::Award(Award {
                recipients: vec![entity("bts"), entity("")],
                category: "Top Social Artist".to_owned(),
                work: None,
            })),
            sources: vec![source("a", 0), source("a", 9), source("b", 0)],
            ..Event::default()
        };
        let entries = entries(&event);
        let count = |index| entries.iter().filter(|(found, _)| *found == index).count();
        assert_eq!(
            (
                count(Index::Entity),
                count(Index::Ceremony),
                count(Index::Document)
            ),
            (1, 1, 2)
        );
    }
}
