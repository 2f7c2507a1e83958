//! Merging the same fact told twice: one event, the union of its sources, and a
//! confidence that grows with independent documents.
//!
//! Both the worker (merging a folder's events before printing them) and the store
//! (merging a new document's events into stored ones) use this, so the rule lives here.

use std::collections::{BTreeMap, HashSet};

use crate::v1::{Event, EventStatus, Source};

/// Adds `other`'s sources to `into` (skipping exact repeats) and recomputes the confidence.
///
/// Both events must carry the same id; the caller checks that.
pub fn merge_event(into: &mut Event, other: Event) {
    // Nearly every merge adds a source or two to a few: comparing them in place is
    // cheaper than hashing a copy of every key. A set of what is already there keeps
    // merging linear when a fact is told by thousands of documents.
    if (into.sources.len() + other.sources.len()) * other.sources.len() <= FEW_COMPARISONS {
        for source in other.sources {
            if !into.sources.iter().any(|known| same_source(known, &source)) {
                into.sources.push(source);
            }
        }
    } else {
        let mut known: HashSet<SourceKey> = into.sources.iter().map(SourceKey::of).collect();
        for source in other.sources {
            if known.insert(SourceKey::of(&source)) {
                into.sources.push(source);
            }
        }
    }
    if into.date.is_empty() {
        into.date = other.date;
    }
    // A fact told as done anywhere is done, even where another article only announced it.
    if other.status == EventStatus::Occurred as i32 {
        into.status = EventStatus::Occurred as i32;
    }
    recompute_confidence(into);
}

/// Removes every source from `document_id`; returns whether any source is left.
pub fn remove_document(event: &mut Event, document_id: &str) -> bool {
    event
        .sources
        .retain(|source| source.document_id != document_id);
    recompute_confidence(event);
    !event.sources.is_empty()
}

/// Sets `event.confidence` to the chance that not every document is wrong:
/// `1 - Π(1 - best confidence in each document)`.
pub fn recompute_confidence(event: &mut Event) {
    // Ordered, so the product is computed in the same order on every run.
    let mut best_per_document: BTreeMap<&str, f64> = BTreeMap::new();
    for source in &event.sources {
        let confidence = source.confidence.clamp(0.0, 1.0);
        let best = best_per_document
            .entry(source.document_id.as_str())
            .or_insert(confidence);
        *best = best.max(confidence);
    }
    let all_wrong: f64 = best_per_document
        .values()
        .map(|confidence| 1.0 - confidence)
        .product();
    event.confidence = if best_per_document.is_empty() {
        0.0
    } else {
        ((1.0 - all_wrong) * 1000.0).round() / 1000.0
    };
}

/// Up to how many source comparisons [`merge_event`] compares sources in place rather
/// than through a set of their keys.
const FEW_COMPARISONS: usize = 64;

/// Whether two sources are the same by [`SourceKey`]: one document, one span, one rule.
fn same_source(a: &Source, b: &Source) -> bool {
    a.span.map(|span| (span.start, span.end)) == b.span.map(|span| (span.start, span.end))
        && a.rule == b.rule
        && a.document_id == b.document_id
}

/// What makes two sources the same: one document, one span, one rule.
#[derive(PartialEq, Eq, Hash)]
struct SourceKey {
    document_id: String,
    span: Option<(u32, u32)>,
    rule: String,
}

impl SourceKey {
    fn of(source: &Source) -> SourceKey {
        SourceKey {
            document_id: source.document_id.clone(),
            span: source.span.map(|span| (span.start, span.end)),
            rule: source.rule.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::v1::Span;

    fn source(document: &str, start: u32, confidence: f64) -> Source {
        Source {
            document_id: document.to_owned(),
            evidence: "They met.".to_owned(),
            span: Some(Span {
                start,
                end: start + 9,
            }),
            rule: "encounter.met".to_owned(),
            confidence,
        }
    }

    fn event(sources: Vec<Source>) -> Event {
        let mut event = Event {
            id: "ev-1".to_owned(),
            status: EventStatus::Occurred as i32,
            sources,
            ..Event::default()
        };
        recompute_confidence(&mut event);
        event
    }

    #[test]
    fn a_second_document_raises_confidence() {
        let mut stored = event(vec![source("a", 0, 0.8)]);
        assert_eq!(stored.confidence, 0.8);
        merge_event(&mut stored, event(vec![source("b", 10, 0.5)]));
        assert_eq!(stored.sources.len(), 2);
        assert_eq!(stored.confidence, 0.9);
    }

    #[test]
    fn the_same_source_twice_is_kept_once() {
        let mut stored = event(vec![source("a", 0, 0.8)]);
        merge_event(&mut stored, event(vec![source("a", 0, 0.8)]));
        assert_eq!(stored.sources.len(), 1);
        assert_eq!(stored.confidence, 0.8);
    }

    #[test]
    fn two_sentences_of_one_document_are_not_independent() {
        let stored = event(vec![source("a", 0, 0.6), source("a", 40, 0.7)]);
        assert_eq!(stored.confidence, 0.7);
    }

    #[test]
    fn removing_a_document_drops_its_sources() {
        let mut stored = event(vec![source("a", 0, 0.8), source("b", 0, 0.5)]);
        assert!(remove_document(&mut stored, "a"));
        assert_eq!(stored.confidence, 0.5);
        assert!(!remove_document(&mut stored, "b"));
    }

    #[test]
    fn planned_and_occurred_merge_to_occurred() {
        let mut planned = event(vec![source("a", 0, 0.8)]);
        planned.status = EventStatus::Planned as i32;
        let occurred = event(vec![source("b", 0, 0.8)]);
        merge_event(&mut planned, occurred);
        assert_eq!(planned.status, EventStatus::Occurred as i32);
    }
}
