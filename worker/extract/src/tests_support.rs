//! Test helpers: run the bundled extractor on a text and describe events compactly.

use crate::{EventDetails, Extractor, KnowledgeBase, Status};

/// The extractor over the bundled knowledge base, built once for all tests (building
/// it is most of a test's time in a debug build).
pub fn bundled() -> &'static Extractor {
    static EXTRACTOR: std::sync::LazyLock<Extractor> =
        std::sync::LazyLock::new(|| Extractor::new(KnowledgeBase::bundled()));
    &EXTRACTOR
}

fn run(text: &str) -> Vec<crate::Event> {
    run_document(&format!("Title\n{text}"))
}

/// The events of a whole document: its first line is the headline.
fn run_document(doc: &str) -> Vec<crate::Event> {
    bundled().extract("test", doc).events
}

fn planned(s: Status) -> &'static str {
    if s == Status::Planned {
        " (planned)"
    } else {
        ""
    }
}

/// "Recipient | Category | Work".
pub fn awards(text: &str) -> Vec<String> {
    describe_awards(run(text))
}

/// [`awards`] of a whole document, headline first.
pub fn document_awards(doc: &str) -> Vec<String> {
    describe_awards(run_document(doc))
}

fn describe_awards(events: Vec<crate::Event>) -> Vec<String> {
    events
        .into_iter()
        .filter_map(|e| match e.details {
            EventDetails::Award {
                recipients,
                category,
                work,
            } => {
                let mut s = format!(
                    "{} | {category}",
                    recipients
                        .iter()
                        .map(|r| r.name.as_str())
                        .collect::<Vec<_>>()
                        .join(" + ")
                );
                if let Some(w) = work {
                    s.push_str(&format!(" | {}", w.name));
                }
                s.push_str(planned(e.status));
                Some(s)
            }
            _ => None,
        })
        .collect()
}

/// "A + B @Setting".
pub fn encounters(text: &str) -> Vec<String> {
    describe_encounters(run(text))
}

/// [`encounters`] of a whole document, headline first.
pub fn document_encounters(doc: &str) -> Vec<String> {
    describe_encounters(run_document(doc))
}

fn describe_encounters(events: Vec<crate::Event>) -> Vec<String> {
    events
        .into_iter()
        .filter_map(|e| match e.details {
            EventDetails::Encounter {
                participants,
                setting,
            } => {
                let mut s = participants
                    .iter()
                    .map(|r| r.name.as_str())
                    .collect::<Vec<_>>()
                    .join(" + ");
                if let Some(set) = setting {
                    s.push_str(&format!(" @{set:?}"));
                }
                s.push_str(planned(e.status));
                Some(s)
            }
            _ => None,
        })
        .collect()
}

/// "A + B | Work".
pub fn performances(text: &str) -> Vec<String> {
    describe_performances(run(text))
}

/// [`performances`] of a whole document, headline first.
pub fn document_performances(doc: &str) -> Vec<String> {
    describe_performances(run_document(doc))
}

fn describe_performances(events: Vec<crate::Event>) -> Vec<String> {
    events
        .into_iter()
        .filter_map(|e| match e.details {
            EventDetails::Performance { performers, work } => {
                let mut s = performers
                    .iter()
                    .map(|r| r.name.as_str())
                    .collect::<Vec<_>>()
                    .join(" + ");
                if let Some(w) = work {
                    s.push_str(&format!(" | {}", w.name));
                }
                s.push_str(planned(e.status));
                Some(s)
            }
            _ => None,
        })
        .collect()
}

/// "Holder < Previous | Work".
pub fn records(text: &str) -> Vec<String> {
    run(text)
        .into_iter()
        .filter_map(|e| match e.details {
            EventDetails::Record {
                holder,
                previous_holder,
                work,
                ..
            } => {
                let mut s = holder.name.clone();
                if let Some(p) = previous_holder {
                    s.push_str(&format!(" < {}", p.name));
                }
                if let Some(w) = work {
                    s.push_str(&format!(" | {}", w.name));
                }
                s.push_str(planned(e.status));
                Some(s)
            }
            _ => None,
        })
        .collect()
}

/// (kind, year) pairs.
pub fn years(text: &str) -> Vec<(String, Option<i32>)> {
    bundled()
        .extract("test", text)
        .events
        .into_iter()
        .map(|e| (format!("{:?}", e.details.kind()), e.year))
        .collect()
}

/// (kind, ceremony name, year) triples of a whole document (its first line is the title).
pub fn placed(text: &str) -> Vec<(String, Option<String>, Option<i32>)> {
    bundled()
        .extract("test", text)
        .events
        .into_iter()
        .map(|e| {
            (
                format!("{:?}", e.details.kind()),
                e.ceremony.map(|c| c.name),
                e.year,
            )
        })
        .collect()
}

/// The years of a whole document's events, sorted.
pub fn sorted_years(text: &str) -> Vec<Option<i32>> {
    let mut years: Vec<Option<i32>> = placed(text).into_iter().map(|(_, _, y)| y).collect();
    years.sort();
    years
}
