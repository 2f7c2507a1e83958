//! Builders shared by the unit tests: a store in a temporary folder, and events,
//! entities and documents small enough to read in a test.

use greenroom_proto::v1::event::Details;
use greenroom_proto::v1::{
    Award, Encounter, Entity, EntityKind, EntityRef, Event, EventKind, EventStatus, Performance,
    Record, Source, Span,
};
use tempfile::TempDir;

use crate::{NewDocument, Page, PageRequest, Store};

/// A fresh store; keep the folder alive as long as the store.
pub(crate) fn store() -> (TempDir, Store) {
    let dir = TempDir::new().expect("temp dir");
    let store = Store::open(dir.path()).expect("open");
    (dir, store)
}

pub(crate) fn entity_ref(id: &str) -> EntityRef {
    EntityRef {
        id: id.to_owned(),
        name: id.to_owned(),
        kind: EntityKind::Person as i32,
    }
}

fn refs(ids: &[&str]) -> Vec<EntityRef> {
    ids.iter().map(|id| entity_ref(id)).collect()
}

fn event(id: &str, kind: EventKind, year: i32, details: Details) -> Event {
    Event {
        id: id.to_owned(),
        kind: kind as i32,
        year,
        status: EventStatus::Occurred as i32,
        details: Some(details),
        ..Event::default()
    }
}

/// An award to `recipients` at `ceremony`, optionally for `work`.
pub(crate) fn award(
    id: &str,
    year: i32,
    recipients: &[&str],
    category: &str,
    ceremony: &str,
    work: Option<&str>,
) -> Event {
    let mut award = event(
        id,
        EventKind::Award,
        year,
        Details::Award(Award {
            recipients: refs(recipients),
            category: category.to_owned(),
            work: work.map(entity_ref),
        }),
    );
    award.ceremony = Some(entity_ref(ceremony));
    award
}

pub(crate) fn encounter(id: &str, year: i32, participants: &[&str]) -> Event {
    event(
        id,
        EventKind::Encounter,
        year,
        Details::Encounter(Encounter {
            participants: refs(participants),
            setting: 0,
        }),
    )
}

pub(crate) fn performance(id: &str, year: i32, performers: &[&str], work: Option<&str>) -> Event {
    event(
        id,
        EventKind::Performance,
        year,
        Details::Performance(Performance {
            performers: refs(performers),
            work: work.map(entity_ref),
        }),
    )
}

pub(crate) fn record(
    id: &str,
    year: i32,
    holder: &str,
    previous: Option<&str>,
    work: Option<&str>,
) -> Event {
    event(
        id,
        EventKind::Record,
        year,
        Details::Record(Record {
            holder: Some(entity_ref(holder)),
            previous_holder: previous.map(entity_ref),
            work: work.map(entity_ref),
            description: "most streams".to_owned(),
        }),
    )
}

/// Marks an event planned.
pub(crate) fn planned(mut event: Event) -> Event {
    event.status = EventStatus::Planned as i32;
    event
}

pub(crate) fn entity(id: &str, name: &str, kind: EntityKind, aliases: &[&str]) -> Entity {
    Entity {
        id: id.to_owned(),
        name: name.to_owned(),
        kind: kind as i32,
        aliases: aliases.iter().map(|alias| (*alias).to_owned()).collect(),
        ..Entity::default()
    }
}

/// A document telling `events`, each from its own sentence with confidence 0.8
/// unless the event already carries sources.
pub(crate) fn document(id: &str, text: &str, events: Vec<Event>) -> NewDocument {
    let events = events
        .into_iter()
        .enumerate()
        .map(|(position, mut event)| {
            if event.sources.is_empty() {
                let start = u32::try_from(position).expect("few events") * 10;
                event.sources.push(Source {
                    document_id: id.to_owned(),
                    evidence: format!("sentence {position}"),
                    span: Some(Span {
                        start,
                        end: start + 9,
                    }),
                    rule: "test".to_owned(),
                    confidence: 0.8,
                });
            }
            event
        })
        .collect();
    NewDocument {
        id: id.to_owned(),
        title: format!("Title of {id}"),
        published_date: "2024-05-01".to_owned(),
        text: text.to_owned(),
        events,
        entities: Vec::new(),
    }
}

pub(crate) fn first_page(size: usize) -> PageRequest {
    PageRequest {
        size,
        token: String::new(),
    }
}

pub(crate) fn ids(page: &Page<Event>) -> Vec<&str> {
    page.items.iter().map(|event| event.id.as_str()).collect()
}
