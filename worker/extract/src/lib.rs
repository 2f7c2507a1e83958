//! `greenroom-extract`: entertainment-news text in, typed events out.
//!
//! Pure and synchronous: no I/O, no storage, no wire format. The worker builds one
//! [`Extractor`] (which compiles every automaton once) and calls
//! [`Extractor::extract`] per article.
//!
//! Pipeline per document: [`document`] reads the date, title and sentences;
//! per sentence, [`entities`] recognises names, [`coreference`] resolves descriptors
//! and pronouns, the rules in [`award`], [`encounter`], [`performance`] and [`record`]
//! propose facts, [`factuality`] drops what did not happen, [`time`] dates them; at
//! the end [`merge`] folds duplicates into events with several sources and
//! [`explain`] keeps the diagnosis.

pub mod award;
pub mod coreference;
pub mod document;
pub mod encounter;
pub mod entities;
pub mod explain;
pub mod factuality;
pub mod knowledge;
pub mod merge;
pub mod model;
pub mod performance;
pub mod record;
pub mod roles;
pub mod time;

#[cfg(test)]
mod tests_support;

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

pub use explain::Explanation;
pub use knowledge::{KnowledgeBase, KnowledgeError};
pub use model::*;

use coreference::Salience;
use entities::{Mention, Registry};
use knowledge::Gazetteer;
use merge::Draft;
use roles::{Clause, Fact, Found, Miss};

/// Extracts events from articles; build once, use for many documents.
#[derive(Debug)]
pub struct Extractor {
    gaz: Gazetteer,
}

/// What one article yields.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    /// Publication date from the ` date YYYY-MM-DD` first line.
    pub published: Option<Date>,
    /// The first real line, trimmed.
    pub title: String,
    /// Events, merged within the document.
    pub events: Vec<Event>,
    /// Every entity the events name, with aliases and membership.
    pub entities: Vec<Entity>,
    /// Why each event was emitted, and why cues produced nothing.
    pub explanations: Vec<Explanation>,
}

static REAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:real name(?: is)?|born|née|aka|a\.k\.a\.)\s+([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){0,3})")
        .expect("valid regex")
});

impl Extractor {
    /// Compiles the knowledge base and every rule's automaton.
    pub fn new(knowledge: KnowledgeBase) -> Extractor {
        Extractor {
            gaz: Gazetteer::new(&knowledge),
        }
    }

    /// Extracts the events of one article. `text` is the whole file; spans in the
    /// result are byte offsets into it.
    pub fn extract(&self, document_id: &str, text: &str) -> Extraction {
        let doc = document::read(text);
        let editions = time::prescan_editions(&self.gaz, text);
        let mut reg = Registry::new(&self.gaz);
        let mut sal = Salience::default();
        let mut kb_buf = Vec::new();
        let mut pending = encounter::Pending::default();
        let mut current_ceremony: Option<(usize, Option<i32>)> = None;
        let mut context_year: Option<i32> = None;
        let mut doc_editions: HashMap<usize, i32> = HashMap::new();
        let mut drafts: Vec<Draft> = Vec::new();
        let mut explanations: Vec<Explanation> = Vec::new();
        let mut pending_expl: Vec<(usize, Explanation)> = Vec::new();

        for sentence in &doc.sentences {
            let (s_start, s_end) = (sentence.span.start, sentence.span.end);
            let s = &text[s_start..s_end];
            let mut rec = entities::recognise(&self.gaz, &mut reg, s, sentence.title, &mut kb_buf);
            coreference::resolve(s, &mut reg, &sal, &mut rec.mentions);
            learn_real_names(s, &mut reg, &rec.mentions);
            let lower = s.to_lowercase();
            let lower_ref: &str = if lower.len() == s.len() { &lower } else { s };

            // Ceremonies said in this sentence, with their edition year.
            let mut ceremonies: Vec<(usize, usize, Option<i32>, bool)> = Vec::new();
            for m in rec.mentions.iter().filter(|m| m.kind == EntityKind::Ceremony) {
                let after = s[m.end..].trim_start().to_lowercase();
                // "the Grammy winner", "Grammy-winning": a title, not the venue.
                if after.starts_with("winner") || after.starts_with("-winning") || after.starts_with("winning") || after.starts_with("nominee") || after.starts_with("-nominated") || after.starts_with("speech") || after.starts_with("they collected") {
                    continue;
                }
                let e = m.entities[0];
                let base = reg.entities[e].edition_base;
                let said = time::edition_year(s, m.start, m.end, base);
                let year = said
                    .or_else(|| editions.get(&reg.entities[e].id).copied())
                    .or_else(|| doc_editions.get(&e).copied());
                ceremonies.push((m.start, e, year, said.is_some()));
            }
            let years = time::sentence_years(s, doc.published, context_year);

            let mut found: Vec<Found> = Vec::new();
            let mut misses: Vec<Miss> = Vec::new();
            {
                let clause = Clause {
                    text: s,
                    lower: lower_ref,
                    mentions: &rec.mentions,
                    categories: &rec.categories,
                    reg: &reg,
                };
                let focus = sal_focus(&sal, &reg);
                award::find(&clause, focus, &mut found, &mut misses);
                encounter::find(&clause, &mut pending, &mut found, &mut misses);
                performance::find(&clause, &mut found, &mut misses);
                record::find(&clause, &mut found, &mut misses);
            }
            let in_a_row = time::years_in_a_row(s);
            let mut in_a_row_used = false;

            for f in found {
                let modality = factuality::assess(s, f.cue.0, f.cue.1);
                let cue_text = s[f.cue.0..f.cue.1].to_string();
                let Some(status) = modality.status() else {
                    let reason = match modality {
                        factuality::Modality::Blocked(r) => r,
                        _ => "not a fact",
                    };
                    explanations.push(Explanation {
                        sentence: sentence.span,
                        event_id: None,
                        rule: f.rule,
                        cue: (abs(s_start, f.cue), cue_text.clone()),
                        used: used_spans(s, s_start, &f.used),
                        message: format!("{} cue '{cue_text}' under {reason}", family(f.rule)),
                    });
                    continue;
                };
                // Fix-ups the rule decided: a name used as a work is a work, and the
                // winner of an award for a work is its artist.
                if let Some(w) = f.retype_work {
                    if reg.entities[w].kb.is_none() && reg.entities[w].kind == EntityKind::Person {
                        reg.entities[w].kind = EntityKind::Work;
                    }
                    if let Fact::Award { recipients, .. } = &f.fact {
                        if recipients.len() == 1 && reg.entities[w].owner.is_none() {
                            reg.entities[w].owner = Some(recipients[0]);
                        }
                    }
                }
                let is_record = matches!(f.fact, Fact::Record { .. });
                // The ceremony: the one nearest the cue, else the one the document is at.
                let here = ceremonies.iter().min_by_key(|c| c.0.abs_diff(f.cue.0)).copied();
                let (mut ceremony, cer_year, in_sentence) = match here {
                    Some((_, e, y, _)) => (Some(e), y, true),
                    None => match current_ceremony {
                        Some((e, y)) => (Some(e), y.or_else(|| doc_editions.get(&e).copied()), false),
                        None => (None, None, false),
                    },
                };
                let expr = time::nearest(&years, f.cue.0);
                let adjacent = here.is_some_and(|h| ceremonies.iter().any(|c| c.0 == h.0 && c.3));
                let mut year = if adjacent { cer_year } else { None };
                if year.is_none() {
                    if let Some(x) = expr {
                        year = Some(x.year);
                        // "In the video ... in 2020": not at the ceremony of earlier paragraphs.
                        if !in_sentence && cer_year.is_some_and(|cy| cy != x.year) {
                            ceremony = None;
                        }
                    }
                }
                if year.is_none() {
                    year = cer_year.or(doc.published.map(|d| d.year)).or(context_year);
                }
                if is_record {
                    ceremony = None;
                }
                let confidence = if sentence.title { f.confidence * 0.9 } else { f.confidence };
                let source = Source {
                    document_id: document_id.to_string(),
                    evidence: s.to_string(),
                    span: sentence.span,
                    rule: f.rule,
                    confidence,
                };
                let summary = summarize(&reg, &f.fact);
                let main_expl = (
                    usize::MAX,
                    Explanation {
                        sentence: sentence.span,
                        event_id: None,
                        rule: f.rule,
                        cue: (abs(s_start, f.cue), cue_text.clone()),
                        used: used_spans(s, s_start, &f.used),
                        message: summary,
                    },
                );
                // "for the third year in a row": the earlier wins too.
                let mut back: Vec<i32> = f.years_back.clone();
                if let (Some((pos, n)), Fact::Award { .. }) = (in_a_row, &f.fact) {
                    if !in_a_row_used && pos > f.cue.0 {
                        in_a_row_used = true;
                        back.extend(1..=n as i32);
                    }
                }
                for b in back {
                    let mut fact = f.fact.clone();
                    if let Fact::Award { work, .. } = &mut fact {
                        *work = None;
                    }
                    let mut src = source.clone();
                    src.rule = "award.in_a_row";
                    src.confidence = confidence * 0.9;
                    pending_expl.push((
                        drafts.len(),
                        Explanation {
                            sentence: sentence.span,
                            event_id: None,
                            rule: "award.in_a_row",
                            cue: (abs(s_start, f.cue), cue_text.clone()),
                            used: used_spans(s, s_start, &f.used),
                            message: format!("earlier win implied by 'in a row', {b} year(s) before"),
                        },
                    ));
                    drafts.push(Draft {
                        fact,
                        status,
                        year: year.map(|y| y - b),
                        ceremony,
                        source: src,
                    });
                }
                pending_expl.push((drafts.len(), main_expl.1));
                drafts.push(Draft {
                    fact: f.fact,
                    status,
                    year,
                    ceremony,
                    source,
                });
            }
            for m in misses {
                explanations.push(Explanation {
                    sentence: sentence.span,
                    event_id: None,
                    rule: m.kind,
                    cue: (abs(s_start, m.cue), s[m.cue.0..m.cue.1].to_string()),
                    used: Vec::new(),
                    message: m.reason,
                });
            }

            // What this sentence establishes for the next ones; a future or
            // hypothetical mention ("set to perform at the EMAs") does not move the
            // story to that ceremony.
            let hypothetical = factuality::assess(s, s.len(), s.len()) != factuality::Modality::Occurred
                || factuality::mentions_future(lower_ref);
            if hypothetical {
                for &(_, e, y, _) in &ceremonies {
                    if let Some(y) = y {
                        doc_editions.entry(e).or_insert(y);
                    }
                }
            } else if let Some(&(_, e, y, _)) = ceremonies.last() {
                if let Some(y) = y {
                    doc_editions.entry(e).or_insert(y);
                }
                current_ceremony = Some((e, y.or_else(|| doc_editions.get(&e).copied())));
            }
            for &(_, _, y, _) in &ceremonies {
                if let Some(y) = y {
                    context_year = Some(y);
                }
            }
            if let Some(y) = years.iter().rev().find(|c| !c.relative) {
                context_year = Some(y.year);
            }
            sal.update(&reg, &rec.mentions);
        }

        let (events, event_of) = merge::merge(&reg, drafts.clone());
        // Attach event ids to explanations.
        for (i, mut e) in pending_expl {
            if let Some(ev) = event_of.get(i).and_then(|&k| events.get(k)) {
                e.event_id = Some(ev.id.clone());
            }
            explanations.push(e);
        }
        explanations.sort_by_key(|e| (e.sentence.start, e.cue.0.start));

        let mut used: Vec<usize> = Vec::new();
        let note = |i: usize, used: &mut Vec<usize>| {
            if !used.contains(&i) {
                used.push(i);
            }
        };
        for d in &drafts {
            if let Some(c) = d.ceremony {
                note(c, &mut used);
            }
            match &d.fact {
                Fact::Award { recipients, work, .. } => {
                    recipients.iter().for_each(|&r| note(r, &mut used));
                    work.iter().for_each(|&w| note(w, &mut used));
                }
                Fact::Encounter { participants, .. } => participants.iter().for_each(|&p| note(p, &mut used)),
                Fact::Performance { performers, work } => {
                    performers.iter().for_each(|&p| note(p, &mut used));
                    work.iter().for_each(|&w| note(w, &mut used));
                }
                Fact::Record { holder, previous, work, .. } => {
                    note(*holder, &mut used);
                    previous.iter().for_each(|&p| note(p, &mut used));
                    work.iter().for_each(|&w| note(w, &mut used));
                }
            }
        }
        let entities = used.into_iter().map(|i| reg.entity(i)).collect();
        Extraction {
            published: doc.published,
            title: doc.title,
            events,
            entities,
            explanations,
        }
    }
}

fn sal_focus(sal: &Salience, reg: &Registry<'_>) -> Option<usize> {
    sal.focus(reg)
}

fn abs(offset: usize, span: (usize, usize)) -> Span {
    Span {
        start: offset + span.0,
        end: offset + span.1,
    }
}

fn used_spans(s: &str, offset: usize, used: &[(usize, usize)]) -> Vec<(Span, String)> {
    used.iter()
        .filter(|&&(a, b)| a <= b && b <= s.len() && s.is_char_boundary(a) && s.is_char_boundary(b))
        .map(|&(a, b)| (abs(offset, (a, b)), s[a..b].to_string()))
        .collect()
}

fn family(rule: &str) -> &str {
    rule.split('.').next().unwrap_or(rule)
}

fn summarize(reg: &Registry<'_>, fact: &Fact) -> String {
    let n = |i: usize| reg.entities[i].name.clone();
    let list = |v: &[usize]| v.iter().map(|&i| n(i)).collect::<Vec<_>>().join(" + ");
    match fact {
        Fact::Award { recipients, category, work } => format!(
            "award: {} won '{category}'{}",
            list(recipients),
            work.map_or(String::new(), |w| format!(" for {}", n(w)))
        ),
        Fact::Encounter { participants, .. } => format!("encounter: {}", list(participants)),
        Fact::Performance { performers, work } => format!(
            "performance: {}{}",
            list(performers),
            work.map_or(String::new(), |w| format!(" of {}", n(w)))
        ),
        Fact::Record { holder, previous, .. } => format!(
            "record: {}{}",
            n(*holder),
            previous.map_or(String::new(), |p| format!(" (previously {})", n(p)))
        ),
    }
}

/// "The rapper, whose real name is Terrence Abernathy": an alias of the rapper.
fn learn_real_names(s: &str, reg: &mut Registry<'_>, mentions: &[Mention]) {
    for c in REAL_NAME.captures_iter(s) {
        let (Some(all), Some(name)) = (c.get(0), c.get(1)) else { continue };
        let Some(owner) = mentions
            .iter()
            .rev()
            .find(|m| m.end <= all.start() && m.kind == EntityKind::Person && m.entities.len() == 1)
        else {
            continue;
        };
        let target = owner.entities[0];
        // The alias may have been registered as a new person by recognition.
        reg.add_alias(target, name.as_str());
        reg.redirect(name.as_str(), target);
    }
}
