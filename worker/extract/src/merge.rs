//! Merging within a document: the same fact told by several sentences becomes one
//! event with several sources, and event ids are derived from the canonical fact so
//! that any document telling it gets the same id.
//!
//! Besides exact duplicates, a less specific telling is absorbed by a more specific
//! one: an award or performance without a work by the same one with a work, an award
//! category that is a shorter form of another ("Best Artist" / "Best Artist of the
//! Year"), a record told twice with the work named only once, and a meeting told once
//! without its venue and once with it in the same year.

use sha2::{Digest, Sha256};

use crate::entities::Registry;
use crate::model::{EntityRef, Event, EventDetails, Source, Status};
use crate::roles::Fact;

/// An event found in one sentence, before merging.
#[derive(Clone, Debug)]
pub struct Draft {
    /// The fact.
    pub fact: Fact,
    /// Occurred or planned.
    pub status: Status,
    /// The year it happened.
    pub year: Option<i32>,
    /// The ceremony (doc entity index).
    pub ceremony: Option<usize>,
    /// Where it was told.
    pub source: Source,
}

/// A word that narrows a category to another one: "*Male* Artist of the Year",
/// "*Country* Song of the Year".
fn is_qualifier(word: &str) -> bool {
    matches!(
        word,
        "male"
            | "female"
            | "new"
            | "international"
            | "british"
            | "global"
            | "group"
            | "duo"
            | "solo"
            | "pop"
            | "rock"
            | "country"
            | "latin"
            | "hip-hop"
            | "hip"
            | "hop"
            | "r&b"
            | "dance"
            | "alternative"
            | "k-pop"
            | "rap"
            | "breakthrough"
            | "rookie"
            | "social"
            | "christian"
            | "gospel"
            | "urban"
            | "electronic"
            | "indie"
            | "jazz"
            | "classical"
            | "regional"
            | "tropical"
            | "digital"
            | "physical"
            | "album"
            | "song"
            | "touring"
            | "streaming"
            | "radio"
            | "b"
    )
}

/// Lowercase words of a category, minus filler ("the", "of", "award", "best").
pub fn category_tokens(category: &str) -> Vec<String> {
    let mut t: Vec<String> = category
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    *w,
                    "the"
                        | "of"
                        | "a"
                        | "an"
                        | "award"
                        | "awards"
                        | "for"
                        | "gong"
                        | "trophy"
                        | "prize"
                )
        })
        .map(str::to_string)
        .collect();
    t.sort();
    t.dedup();
    t
}

fn folded_category(category: &str) -> String {
    // The kept words joined by single spaces, written straight into one string (no
    // vector of words and joined copy: this runs for every award drafted).
    let lower = crate::lexicon::to_lower(category);
    let mut out = String::with_capacity(lower.len());
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "the" | "award"))
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The entities' ids, sorted, without repeats, joined by commas.
fn sorted_ids(ids: &[usize], reg: &Registry<'_>) -> String {
    let mut v: Vec<&str> = ids.iter().map(|&i| reg.entities[i].id.as_str()).collect();
    v.sort_unstable();
    v.dedup();
    v.join(",")
}

/// The canonical text of a fact, the basis of its id.
///
/// Built in one string from borrowed ids (this runs for every event):
/// `award|RECIPIENTS|CATEGORY|TAIL`, `encounter|PARTICIPANTS|TAIL`,
/// `performance|PERFORMERS|WORK|TAIL`, `record|HOLDER|PREVIOUS|WORK|TAIL[|most]`,
/// where TAIL is `CEREMONY|YEAR` and a missing id or year is empty.
pub fn canonical(
    fact: &Fact,
    ceremony: Option<usize>,
    year: Option<i32>,
    reg: &Registry<'_>,
) -> String {
    let id = |i: Option<usize>| i.map_or("", |i| reg.entities[i].id.as_str());
    let mut out = String::with_capacity(96);
    let mut field = |text: &str| {
        out.push_str(text);
        out.push('|');
    };
    match fact {
        // One category of one edition has one winner: the work is not part of the
        // identity, so an article that names it and one that does not tell one event.
        Fact::Award {
            recipients,
            category,
            ..
        } => {
            field("award");
            field(&sorted_ids(recipients, reg));
            field(&folded_category(category));
        }
        Fact::Encounter { participants, .. } => {
            field("encounter");
            field(&sorted_ids(participants, reg));
        }
        Fact::Performance { performers, work } => {
            field("performance");
            field(&sorted_ids(performers, reg));
            field(id(*work));
        }
        Fact::Record {
            holder,
            previous,
            work,
            ..
        } => {
            field("record");
            field(id(Some(*holder)));
            field(id(*previous));
            field(id(*work));
        }
    }
    field(id(ceremony));
    if let Some(y) = year {
        out.push_str(&y.to_string());
    }
    // A superlative is a record of its own next to a "first" by the holder.
    if let Fact::Record { description, .. } = fact
        && record_sort(description) == Some(false)
    {
        out.push_str("|most");
    }
    out
}

/// "ev-" and 16 hex digits of the SHA-256 of the canonical fact.
pub fn event_id(canonical: &str) -> String {
    let digest = Sha256::digest(canonical.as_bytes());
    let mut out = String::with_capacity(19);
    out.push_str("ev-");
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for b in digest.iter().take(8) {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

/// True when `a` may be absorbed into `b` (same fact, `b` at least as specific).
/// Two short lists of distinct entity indexes hold the same entities.
fn same_set(a: &[usize], b: &[usize]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// What [`absorbs`] asks of a draft's text, worked out once per draft: the folded
/// category and category tokens of an award, the sort of a record.
#[derive(Default)]
struct Keys {
    folded: String,
    tokens: Vec<String>,
    sort: Option<bool>,
}

impl Keys {
    fn of(fact: &Fact) -> Keys {
        match fact {
            Fact::Award { category, .. } => Keys {
                folded: folded_category(category),
                tokens: category_tokens(category),
                sort: None,
            },
            Fact::Record { description, .. } => Keys {
                sort: record_sort(description),
                ..Keys::default()
            },
            _ => Keys::default(),
        }
    }
}

/// A draft as [`absorbs`] compares it: with the year it is taken to have.
#[derive(Clone, Copy)]
struct Side<'a> {
    draft: &'a Draft,
    year: Option<i32>,
    keys: &'a Keys,
}

fn absorbs(sa: Side<'_>, sb: Side<'_>) -> bool {
    let (a, b) = (sa.draft, sb.draft);
    // A record told once with its ceremony and once without is one record.
    let record_venue_unknown = matches!(a.fact, Fact::Record { .. }) && b.ceremony.is_none();
    if sa.year != sb.year
        || a.ceremony != b.ceremony && a.ceremony.is_some() && !record_venue_unknown
    {
        return false;
    }
    match (&a.fact, &b.fact) {
        (
            Fact::Award {
                recipients: ra,
                work: wa,
                ..
            },
            Fact::Award {
                recipients: rb,
                work: wb,
                ..
            },
        ) => {
            // One category of one edition has one set of winners: a headline naming
            // only one of them tells the same award.
            let fewer = a.ceremony.is_some()
                && sa.year.is_some()
                && ra.len() < rb.len()
                && ra.iter().all(|r| rb.contains(r));
            if !(same_set(ra, rb) || fewer) || a.ceremony != b.ceremony {
                return false;
            }
            // Same category, or a shortened form of it: "Best Artist" is "Best Artist
            // of the Year", "Video Vanguard" is "Michael Jackson Video Vanguard", but
            // "Top Artist" is not "Top Female Artist".
            let (fa, fb) = (&sa.keys.folded, &sb.keys.folded);
            let cat_ok = sa.keys.tokens == sb.keys.tokens
                || !fa.is_empty()
                    && fb.len() > fa.len()
                    && fb.starts_with(fa.as_str())
                    && fb[fa.len()..].starts_with(' ')
                || (fa.contains(' ')
                    || matches!(
                        fa.as_str(),
                        "daesang" | "bonsang" | "contest" | "competition"
                    ))
                    && fb.len() > fa.len()
                    && fb.ends_with(fa.as_str())
                    && fb[..fb.len() - fa.len()].ends_with(' ')
                    // But "Male Artist of the Year" is not "Artist of the Year".
                    && !fb[..fb.len() - fa.len()]
                        .split_whitespace()
                        .last()
                        .is_some_and(is_qualifier);
            cat_ok && (wa.is_none() || wa == wb || fewer && wb.is_none())
        }
        (
            Fact::Performance {
                performers: pa,
                work: wa,
            },
            Fact::Performance {
                performers: pb,
                work: wb,
            },
        ) => same_set(pa, pb) && a.ceremony == b.ceremony && wa.is_none() && wb.is_some(),
        // "after meeting Malone" with no venue, and "at the 2017 AMAs ... to meet the
        // rapper": one meeting that year.
        (
            Fact::Encounter {
                participants: pa, ..
            },
            Fact::Encounter {
                participants: pb, ..
            },
        ) => same_set(pa, pb) && a.ceremony.is_none() && b.ceremony.is_some(),
        (
            Fact::Record {
                holder: ha,
                previous: pa,
                work: wa,
                ..
            },
            Fact::Record {
                holder: hb,
                previous: pb,
                work: wb,
                ..
            },
        ) => {
            // Two tellings that name different parts of one record ("shattering the
            // record" with the song, "surpassed Adele's record" with the rival).
            // A telling that says neither "first" nor "most" is vague enough to be
            // part of another; a "first" and a broken record are two records.
            let (sa, sb) = (sa.keys.sort, sb.keys.sort);
            // A "first" has no previous holder, so it never takes one over.
            let agree = |x: &Option<usize>, y: &Option<usize>| {
                x == y
                    || (x.is_none() || y.is_none())
                        && (sa.is_none() || sb.is_none())
                        && sa != Some(true)
                        && sb != Some(true)
            };
            ha == hb
                && agree(pa, pb)
                && (wa.is_none() || wb.is_none() || wa == wb)
                && sa.is_none_or(|x| sb.is_none_or(|y| x == y))
        }
        _ => false,
    }
}

/// What sort of record a description tells: a first ("the first K-pop act to ...")
/// or a superlative ("the most-watched show", "the biggest audience"). A first and a
/// superlative by the same holder are two records, not two tellings of one.
fn record_sort(description: &str) -> Option<bool> {
    let l = crate::lexicon::to_lower(description);
    let words = || l.split(|c: char| !c.is_alphanumeric() && c != '-');
    if words().any(|w| w == "first" || w == "first-ever" || w == "only") {
        Some(true)
    } else if words().any(|w| {
        w == "most"
            || w.starts_with("most-")
            || w.starts_with("biggest")
            || w.starts_with("highest")
            || w.starts_with("largest")
            || w.starts_with("fastest")
            || w == "longest"
    }) {
        Some(false)
    } else {
        None
    }
}

/// Merges drafts into events.
pub fn merge(reg: &Registry<'_>, mut drafts: Vec<Draft>) -> (Vec<Event>, Vec<usize>) {
    // Records: the year and description of a vaguer telling carry over.
    let n = drafts.len();
    let mut target: Vec<usize> = (0..n).collect();
    let keys: Vec<Keys> = drafts.iter().map(|d| Keys::of(&d.fact)).collect();
    let side = |i: usize, year: Option<i32>| Side {
        draft: &drafts[i],
        year,
        keys: &keys[i],
    };
    for i in 0..n {
        // Only the draft's year changes from pair to pair.
        let mut a_year = drafts[i].year;
        let borrows_year = matches!(drafts[i].fact, Fact::Record { .. }) && a_year.is_none();
        for j in 0..n {
            if i == j || target[j] != j {
                continue;
            }
            if borrows_year {
                a_year = drafts[j].year;
            }
            let (a, b) = (side(i, a_year), side(j, drafts[j].year));
            // Of two equal tellings the later absorbs the earlier, except that an
            // undated one (a headline) always joins the dated one.
            if absorbs(a, b) && !(absorbs(b, a) && j > i && drafts[i].year.is_some()) {
                target[i] = j;
                break;
            }
        }
    }
    // Follow chains.
    for i in 0..n {
        let mut t = target[i];
        let mut guard = 0;
        while target[t] != t && guard < n {
            t = target[t];
            guard += 1;
        }
        target[i] = t;
    }
    // Fill record years and descriptions from absorbed drafts.
    for i in 0..n {
        let t = target[i];
        if t == i {
            continue;
        }
        if drafts[t].year.is_none() {
            drafts[t].year = drafts[i].year;
        }
        if drafts[t].ceremony.is_none() && matches!(drafts[t].fact, Fact::Record { .. }) {
            drafts[t].ceremony = drafts[i].ceremony;
        }
        // The telling kept takes the rival and work the other one named.
        if let (
            Fact::Record {
                previous: p_i,
                work: w_i,
                ..
            },
            Fact::Record {
                previous: p_t,
                work: w_t,
                ..
            },
        ) = (drafts[i].fact.clone(), &mut drafts[t].fact)
        {
            if p_t.is_none() {
                *p_t = p_i;
            }
            if w_t.is_none() {
                *w_t = w_i;
            }
        }
        // The fuller telling keeps the work the shorter one named.
        if let (Fact::Award { work: Some(w), .. }, Fact::Award { work: w_t, .. }) =
            (drafts[i].fact.clone(), &mut drafts[t].fact)
            && w_t.is_none()
        {
            *w_t = Some(w);
        }
        if let (
            Fact::Record {
                description: d_i, ..
            },
            Fact::Record {
                description: d_t, ..
            },
        ) = (drafts[i].fact.clone(), &mut drafts[t].fact)
            && d_i.len() > d_t.len()
        {
            *d_t = d_i;
        }
    }
    let mut events: Vec<Event> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let mut event_of: Vec<usize> = vec![0; n];
    let mut order: Vec<usize> = (0..n).filter(|&i| target[i] == i).collect();
    order.sort_by_key(|&i| drafts[i].source.span.start);
    for &t in &order {
        let d = &drafts[t];
        let canon = canonical(&d.fact, d.ceremony, d.year, reg);
        let id = event_id(&canon);
        let sources: Vec<Source> = (0..n)
            .filter(|&i| target[i] == t)
            .map(|i| drafts[i].source.clone())
            .collect();
        let status = if (0..n).any(|i| target[i] == t && drafts[i].status == Status::Occurred) {
            Status::Occurred
        } else {
            Status::Planned
        };
        if let Some(k) = keys.iter().position(|k| *k == id) {
            for i in (0..n).filter(|&i| target[i] == t) {
                event_of[i] = k;
            }
            let ev = &mut events[k];
            ev.sources.extend(sources);
            if status == Status::Occurred {
                ev.status = Status::Occurred;
            }
            ev.confidence = ev.sources.iter().map(|s| s.confidence).fold(0.0, f64::max);
            merge_setting(&mut ev.details, &d.fact);
            continue;
        }
        let confidence = sources.iter().map(|s| s.confidence).fold(0.0, f64::max);
        let r = |i: usize| -> EntityRef { reg.entity_ref(i) };
        let details = match &d.fact {
            Fact::Award {
                recipients,
                category,
                work,
            } => EventDetails::Award {
                recipients: recipients.iter().map(|&i| r(i)).collect(),
                category: category.clone(),
                work: work.map(r),
            },
            Fact::Encounter {
                participants,
                setting,
            } => EventDetails::Encounter {
                participants: participants.iter().map(|&i| r(i)).collect(),
                setting: *setting,
            },
            Fact::Performance { performers, work } => EventDetails::Performance {
                performers: performers.iter().map(|&i| r(i)).collect(),
                work: work.map(r),
            },
            Fact::Record {
                holder,
                previous,
                work,
                description,
            } => EventDetails::Record {
                holder: r(*holder),
                previous_holder: previous.map(r),
                work: work.map(r),
                description: description.clone(),
            },
        };
        for i in (0..n).filter(|&i| target[i] == t) {
            event_of[i] = events.len();
        }
        keys.push(id.clone());
        events.push(Event {
            id,
            year: d.year,
            date: None,
            ceremony: d.ceremony.map(r),
            status,
            details,
            sources,
            confidence,
        });
    }
    (events, event_of)
}

fn merge_setting(details: &mut EventDetails, fact: &Fact) {
    if let (EventDetails::Encounter { setting, .. }, Fact::Encounter { setting: s2, .. }) =
        (details, fact)
        && setting.is_none()
    {
        *setting = *s2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_prefixed() {
        let a = event_id("award|bts|top social artist||billboard-music-awards|2019");
        assert_eq!(
            a,
            event_id("award|bts|top social artist||billboard-music-awards|2019")
        );
        assert!(a.starts_with("ev-") && a.len() == 19);
    }

    #[test]
    fn category_tokens_drop_filler() {
        assert_eq!(
            category_tokens("the Best Asian Style award"),
            ["asian", "best", "style"]
        );
    }

    #[test]
    fn a_headline_naming_one_of_the_winners_is_the_same_award() {
        let ex = crate::Extractor::new(crate::KnowledgeBase::bundled());
        let out = ex.extract(
            "t",
            "Marta Velasquez Takes Best Original Song for 'Salt Roads'\nMarta Velasquez and her brother Tomas Velasquez won best original song at the 96th Academy Awards.",
        );
        let awards: Vec<_> = out
            .events
            .iter()
            .filter(|e| matches!(e.details, crate::EventDetails::Award { .. }))
            .collect();
        assert_eq!(awards.len(), 1, "{awards:?}");
        assert_eq!(awards[0].year, Some(2024));
        assert_eq!(awards[0].sources.len(), 2);
    }

    #[test]
    fn shortened_categories_merge_but_distinct_ones_do_not() {
        let ex = crate::Extractor::new(crate::KnowledgeBase::bundled());
        let out = ex.extract(
            "t",
            "Title\nTWICE were named Best Artist of the Year. Picking up the gong for Best Artist, TWICE cried.",
        );
        assert_eq!(out.events.len(), 1);
        assert_eq!(out.events[0].sources.len(), 2);
        let out = ex.extract("t", "Title\nLorde won Top Artist and Top Female Artist.");
        assert_eq!(out.events.len(), 2);
    }
}
