//! Whole-system tests: the real worker fills a temporary store from `corpus/`, the
//! real server answers on an ephemeral port, and tonic clients (or grpcurl) ask.

mod awards;
mod documents;
mod encounters;
mod entities;
mod errors;
mod events;
mod grpcurl;
mod health;
mod ingest;

use greenroom_proto::v1::{EntityRef, Event, EventFilter, event::Details};

/// A filter on one entity and nothing else.
fn entity_filter(entity: &str) -> Option<EventFilter> {
    Some(EventFilter {
        entity: entity.to_owned(),
        ..EventFilter::default()
    })
}

/// The display names of a list of references, sorted.
fn names(refs: &[EntityRef]) -> Vec<String> {
    let mut names: Vec<String> = refs.iter().map(|entity| entity.name.clone()).collect();
    names.sort();
    names
}

/// The ids of the documents that tell an event, sorted.
fn documents_of(event: &Event) -> Vec<String> {
    let mut documents: Vec<String> = event
        .sources
        .iter()
        .map(|source| source.document_id.clone())
        .collect();
    documents.sort();
    documents.dedup();
    documents
}

/// Award category of an event, or "" when it is not an award.
fn category(event: &Event) -> &str {
    match &event.details {
        Some(Details::Award(award)) => &award.category,
        _ => "",
    }
}
