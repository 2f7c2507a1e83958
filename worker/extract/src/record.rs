//! Record rules: a record set or broken, with the previous holder, the work and the
//! figure.
//!
//! - `record.broke`: "X broke Y's record for Z", "the song broke Y's record".
//! - `record.set`: "X set a (new) record", "made history".
//! - `record.first`: "became the first K-pop album to top ...", "making X the first
//!   ..." (no previous holder).
//! - `record.superlative`: "the highest-grossing tour of all time", "the most wins in
//!   the show's history", "a record-tying 19 weeks": a superlative anchored by "ever",
//!   "of all time", "in history" or "record-", so that "the most emotional moment of
//!   the night" is not a record.
//!
//! The previous holder is the possessive inside the cue ("broke Drake's record") or
//! the actor after "past", "tying", "overtaking" ... ("tying Beyoncé for the most").
//!
//! A work as subject ("the song", "it", "“Lanterns”") means its artist holds the record.

use std::sync::LazyLock;

use regex::Regex;

use crate::cues;
use crate::entities::Mention;
use crate::gated::GatedRegex;
use crate::model::EntityKind;
use crate::roles::{Clause, Fact, Found, Miss};

static BROKE: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:broke|breaks|broken|break|breaking|shattered|shatters|smashed|smashes|beat|eclipsed|surpassed)\s+(?:[\w’'.&-]+\s+){0,5}?records?(?-u:\b)",
        cues::BROKE,
    )
});
static SET: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:set|sets|setting|established|claimed|earned)\s+(?:a|an|the)\s+(?:new\s+|all-time\s+|world\s+)*records?(?-u:\b)|(?-u:\b)made history(?-u:\b)|(?-u:\b)makes history(?-u:\b)|(?-u:\b)making history(?-u:\b)",
        cues::SET_RECORD,
    )
});
static FIRST: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:became|becoming|becomes|become)\s+the\s+(?:first|only|youngest|fastest)(?-u:\b)|(?-u:\b)(?:is|was|are|were)\s+the\s+(?:first|only|youngest)\s+(?:[\w’'-]+\s+){1,3}?ever(?-u:\b)|(?-u:\b)(?:made|making|makes|make)\s+(?:[\w’'.&*-]+\s+){1,4}?the\s+(?:first|only|youngest|fastest|oldest|most-awarded|most-decorated|best-selling|highest-grossing|most-streamed|most-watched)(?-u:\b)",
        cues::FIRST,
    )
});
static SUPERLATIVE: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:the|a|an|her|his|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:most|highest|biggest|best|fastest|youngest|oldest|longest|largest|first|only)(?:-[\w]+)?(?-u:\b)|(?-u:\b)record-(?:tying|extending|setting|equalling|equaling|breaking)(?-u:\b)",
        cues::SUPERLATIVE,
    )
});
/// What makes a superlative a record: said within its clause after it.
const SUPERLATIVE_ANCHORS: &[&str] = &[
    " ever",
    "of all time",
    "all-time",
    " history",
    "on record",
    " this decade",
    " this century",
];
/// Words after which an actor is the previous holder: "edging past Katy Perry's".
static PREVIOUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)(?-u:\b)(?:past|passing|passed|surpassing|surpassed|overtaking|overtaken|overtook|tying|ties|tied|beating|topping|eclipsing|eclipsed|dethroning|dethroned|ending|unseating|unseated|toppling|toppled)\s+(?:[\w’'.,-]+\s+){0,4}?["“‘']?$"#).expect("valid regex")
});
/// "a record held since 1938 by actress Luise Rainer", "the record set by Jennifer Lopez":
/// who held it before.
static HELD_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?-u:\b)held|^\s*set)(?:\s+(?:since|for|from|in)\s+[\w ]{1,20}?)?\s+by\s+(?:[a-z-]+\s+){0,2}$")
        .expect("valid regex")
});
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)\d+(?:[.,]\d+)?\s*(?:million|billion|thousand|m|bn|k)(?-u:\b)(?:\s+(?:streams|views|times|plays|copies|units|sales|listeners|downloads))?").expect("valid regex")
});

/// Runs every record rule on a sentence.
pub fn find(
    c: &Clause<'_, '_, '_>,
    focus: Option<usize>,
    recent_work: Option<usize>,
    out: &mut Vec<Found>,
    misses: &mut Vec<Miss>,
) {
    let mut cues: Vec<(usize, usize, &'static str)> = Vec::new();
    cues.extend(
        BROKE
            .find_iter(c)
            .map(|m| (m.start(), m.end(), "record.broke")),
    );
    cues.extend(SET.find_iter(c).map(|m| (m.start(), m.end(), "record.set")));
    cues.extend(
        FIRST
            .find_iter(c)
            // "That makes it the most-watched set ever": whose "it" is, the
            // superlative rule works out.
            .filter(|m| {
                let cue = &c.lower[m.start()..m.end()];
                !(cue.contains(" it the ") && cue.contains('-'))
            })
            .map(|m| (m.start(), m.end(), "record.first")),
    );
    if cues.is_empty() {
        cues.extend(
            SUPERLATIVE
                .find_iter(c)
                .filter(|m| anchored(c, m.start(), m.end()))
                // "Their first ever stage on TODAY": an act's own first, no record.
                .filter(|m| {
                    let cue = &c.lower[m.start()..m.end()];
                    !(["her ", "his ", "their ", "its "]
                        .iter()
                        .any(|p| cue.starts_with(p))
                        && cue.ends_with("first"))
                })
                .map(|m| (m.start(), m.end(), "record.superlative")),
        );
        // One superlative per clause: "the first and only", "the most ... ever".
        cues.dedup_by(|b, a| c.clause_start(b.0) == c.clause_start(a.0));
    }
    cues.sort();
    for (cs, ce, rule) in cues {
        // "record-breaking", "record label": not this.
        if c.lower[ce..].starts_with('-') || c.lower[ce..].starts_with(" label") {
            continue;
        }
        // "tying Beyoncé for the most wins": the actor after "tying" held it before.
        // "tying Mariah Carey and Boyz II Men's "One Sweet Day" for the longest run":
        // everything from the rival's verb to the superlative is the rival's.
        let rival_from = RIVAL_VERB
            .find_iter(&c.lower[..cs])
            .last()
            .map(|m| m.start())
            .filter(|&p| !c.lower[p..cs].contains([';', '.']));
        let previous_spans: Vec<(usize, usize)> = c
            .mentions
            .iter()
            .filter(|m| {
                m.end <= cs
                    && (PREVIOUS.is_match(window_before(c.text, m.start, 0))
                        || rival_from.is_some_and(|p| m.start > p))
            })
            .map(|m| (m.start, m.end))
            .collect();
        let mut subjects = c.subjects_before(cs, 0, &previous_spans, true);
        // "..., making Tyla the first ...": the object of "make" holds the record.
        let causative = rule == "record.first" && c.lower[cs..ce].starts_with("ma");
        // "make history as the first", "making him one of the first": not whom it made.
        if causative
            && (c.lower[cs..ce].contains(" history") || c.lower[cs..ce].contains(" one of "))
        {
            continue;
        }
        if causative {
            let object: Vec<&Mention> = c
                .mentions
                .iter()
                .filter(|m| {
                    m.start > cs
                        && m.end <= ce
                        && !m.modifier
                        && (crate::roles::is_agent(m.kind) || m.kind == EntityKind::Work)
                })
                .take(1)
                .collect();
            // "which made her the first": a pronoun object is the clause's subject.
            let pronoun = c.lower[cs..ce]
                .split(' ')
                .nth(1)
                .is_some_and(|w| matches!(w, "her" | "him" | "them"));
            // "Swift's three blimps make her the most-awarded ...": the possessor.
            let possessor = c.mentions.iter().rev().find(|m| {
                m.modifier
                    && m.end <= cs
                    && m.start >= c.clause_start(cs)
                    && crate::roles::is_agent(m.kind)
                    && c.text[m.end..cs].split_whitespace().count() <= 4
            });
            if !object.is_empty() {
                subjects = object;
            } else if pronoun && let Some(p) = possessor {
                subjects = vec![p];
            } else if !pronoun {
                misses.push(Miss {
                    kind: "record",
                    cue: (cs, ce),
                    reason: "\"made ... the first\" with no name between".to_string(),
                });
                continue;
            }
        }
        if subjects.is_empty()
            && let Some(s) = c.subject_after_opening(ce)
        {
            subjects = vec![s];
        }
        // "X won A at the show, becoming the first ...": a participle's subject is the
        // main clause's subject.
        let participle = c.lower[cs..ce].starts_with("becoming")
            || c.lower[cs..ce].starts_with("making")
            || c.lower[cs..ce].starts_with("setting")
            || c.lower[cs..ce].starts_with("breaking");
        if subjects.is_empty()
            && participle
            && let Some(m) = c.mentions.iter().find(|m| {
                m.end <= cs
                    && !m.modifier
                    && (crate::roles::is_agent(m.kind) || m.kind == EntityKind::Work)
            })
        {
            subjects = vec![m];
        }
        // "Kendrick Lamar's halftime show is the most-watched ever": the possessor of
        // the clause's subject; the thing possessed stands in for a work.
        let mut possessed = false;
        if subjects.is_empty()
            && rule == "record.superlative"
            && let Some(m) = c.mentions.iter().find(|m| {
                m.modifier
                    && m.end <= cs
                    && crate::roles::is_agent(m.kind)
                    && m.start >= c.clause_start(cs)
                    && c.text[c.clause_start(cs)..m.start]
                        .split_whitespace()
                        .count()
                        <= 1
                    && COPULA.is_match(&c.lower[m.end..cs])
            })
        {
            subjects = vec![m];
            possessed = true;
        }
        // "... enters at No. 1 with 54,000 units. That is the biggest opening week
        // ...": the work the last sentences were about holds it.
        let work_mention;
        if subjects.is_empty()
            && rule == "record.superlative"
            && let Some(w) = recent_work
            && after_demonstrative(c, cs)
            && !c
                .mentions
                .iter()
                .any(|m| m.end <= cs && crate::roles::is_agent(m.kind))
        {
            work_mention = stand_in(cs, w, EntityKind::Work);
            subjects = vec![&work_mention];
        }
        // "That makes it the most-watched halftime show ever": the story's focus.
        let focus_mention;
        if subjects.is_empty()
            && rule == "record.superlative"
            && let Some(f) = focus
        {
            focus_mention = stand_in(cs, f, c.reg.entities[f].kind);
            subjects = vec![&focus_mention];
        }
        let Some(subject) = subjects.last().copied() else {
            misses.push(Miss {
                kind: "record",
                cue: (cs, ce),
                reason: "record cue but no holder found".to_string(),
            });
            continue;
        };
        let reg = c.reg;
        let subj = subject.entities[0];
        let (holder, mut work) = if subject.kind == EntityKind::Work {
            // The work's artist; else the person the story is about.
            // The work's artist; else the sentence's first actor ("Beyoncé picked up ...
            // for "Renaissance", making history"); else the person the story is about.
            let first_actor = c
                .mentions
                .iter()
                .find(|m| {
                    m.end <= cs
                        && !m.modifier
                        && crate::roles::is_agent(m.kind)
                        && !c.prepositional_object(m)
                })
                .map(|m| m.entities[0]);
            // "Tyla bagged A for her hit 'Water', becoming the first ...": a
            // participle's holder is the main clause's actor, even when a work was
            // named in between.
            let owner = if participle {
                first_actor.or(reg.owner_of(subj))
            } else {
                reg.owner_of(subj).or(first_actor)
            };
            match owner.or(focus) {
                Some(o) => (o, Some(subj)),
                None => {
                    misses.push(Miss {
                        kind: "record",
                        cue: (cs, ce),
                        reason: "record held by a work whose artist is unknown".to_string(),
                    });
                    continue;
                }
            }
        } else {
            (subj, None)
        };
        // "broke Drake's record": the possessive inside the cue.
        let previous: Option<&Mention> = c
            .mentions
            .iter()
            .find(|m| {
                m.start >= cs
                    && m.end <= ce
                    && m.modifier
                    && crate::roles::is_agent(m.kind)
                    // "broke his own record" names the holder; "make her the most-
                    // awarded" does not.
                    && (m.entities[0] != holder || c.lower[cs..ce].contains(" own "))
            })
            .or_else(|| {
                // "..., tying Beyoncé for the most", "edging past Katy Perry's 2015 show".
                c.mentions.iter().find(|m| {
                    crate::roles::is_agent(m.kind)
                        && m.entities[0] != holder
                        && (previous_spans.contains(&(m.start, m.end))
                            || m.start >= ce
                                // "129.3 million" is a figure, not a full stop.
                                && !c.text[ce..m.start].contains(';')
                                && !c.text[ce..m.start].contains(". ")
                                && (PREVIOUS.is_match(window_before(c.text, m.start, ce))
                                    || HELD_BY.is_match(window_before(c.lower, m.start, ce))))
                })
            });
        if work.is_none() {
            work = c
                .mentions
                .iter()
                .find(|m| {
                    m.kind == EntityKind::Work
                        && reg.owner_of(m.entities[0]).is_none_or(|o| o == holder)
                        // "... by Luise Rainer, who won for "The Good Earth"": the
                        // rival's work, not the record's.
                        && previous.is_none_or(|p| m.start < p.start)
                })
                .map(|m| m.entities[0]);
        }
        // A bare superlative ("the most decorated artist in the show's history") is
        // kept only when it names what or whom it beat: alone it is too often a
        // compliment rather than a record.
        // A headline's Title Case hides the description, so there it needs a rival.
        if rule == "record.superlative"
            && work.is_none()
            && previous.is_none()
            && (!possessed || c.headline)
        {
            misses.push(Miss {
                kind: "record",
                cue: (cs, ce),
                reason: "superlative with neither a work nor a previous holder".to_string(),
            });
            continue;
        }
        let description = describe(c, cs, ce, rule);
        let mut used: Vec<(usize, usize)> = Some((subject.start, subject.end))
            .filter(|(a, b)| a < b)
            .into_iter()
            .collect();
        if let Some(p) = previous {
            used.push((p.start, p.end));
        }
        out.push(Found {
            fact: Fact::Record {
                holder,
                previous: previous.map(|p| p.entities[0]),
                work,
                description,
            },
            rule,
            cue: (cs, ce),
            used,
            years_back: Vec::new(),
            confidence: if rule == "record.broke" { 0.85 } else { 0.75 },
            retype_work: None,
        });
    }
}

/// Up to 40 bytes of `text` before `end`, not reaching before `floor`, cut at a
/// character boundary.
fn window_before(text: &str, end: usize, floor: usize) -> &str {
    let mut start = end.saturating_sub(40).max(floor).min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// An entity the sentence does not name, standing as the holder at `at`.
fn stand_in(at: usize, entity: usize, kind: EntityKind) -> Mention {
    Mention {
        start: at,
        end: at,
        entities: vec![entity],
        kind,
        via: crate::entities::Via::Pronoun,
        modifier: false,
    }
}

/// "That is the biggest ...", "which was the longest ...": the cue's clause opens with
/// a demonstrative or relative subject and a copula.
fn after_demonstrative(c: &Clause<'_, '_, '_>, cs: usize) -> bool {
    let head = c.lower[c.clause_start(cs)..cs].trim_end();
    [
        "that is",
        "this is",
        "that's",
        "which is",
        "it is",
        "that was",
        "which was",
        "it was",
    ]
    .iter()
    .any(|d| head.ends_with(d))
}

/// "X's show is (officially) the most-watched ever": a copula before the superlative.
static COPULA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^['’]s?\s+(?:[\w-]+\s+){0,4}?(?:is|was|became|becomes)\s+(?:now\s+|officially\s+)?$",
    )
    .expect("valid regex")
});

/// The verbs that introduce a rival: "tying X for the most", "passing X".
static RIVAL_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:tying|tied with|passing|surpassing|overtaking|eclipsing|dethroning|unseating|toppling|topping)(?-u:\b)")
        .expect("valid regex")
});

/// True when the superlative at `start..end` is a record: "record-tying", or an
/// anchor ("ever", "in history", "of all time") in the rest of its clause.
fn anchored(c: &Clause<'_, '_, '_>, start: usize, end: usize) -> bool {
    if c.lower[start..end].starts_with("record-") {
        return true;
    }
    let rest = &c.lower[end..];
    let clause = rest
        .find([';', ':', '.', '!', '?', '(', '—', '–'])
        .map_or(rest, |k| &rest[..k]);
    let clause = crate::lexicon::head(clause, 90);
    if SUPERLATIVE_ANCHORS.iter().any(|a| clause.contains(a)) {
        return true;
    }
    // "Billboard says that is the longest unbroken run by a K-pop solo song": a
    // chart figure told just before, summed up as a superlative.
    let head = c.lower[c.clause_start(start)..start].trim_end();
    (head.ends_with("that is") || head.ends_with("this is") || head.ends_with("that's"))
        && CHART_WORDS.iter().any(|w| clause.contains(w))
}

/// What a chart or sales superlative measures.
const CHART_WORDS: &[&str] = &[
    " run", " streak", " week", " debut", " opening", " streams", " sales", " units", " chart",
    " peak",
];

/// What the record is, with the figure when the sentence gives one.
fn describe(c: &Clause<'_, '_, '_>, cs: usize, ce: usize, rule: &str) -> String {
    let causative = c.lower[cs..ce].starts_with("ma");
    let start = if rule == "record.first" && causative {
        // "making The Weeknd the first": the last "the" opens the description.
        c.lower[cs..ce].rfind("the ").map_or(ce, |p| cs + p + 4)
    } else if rule == "record.first" || rule == "record.superlative" {
        c.text[cs..ce].find("the ").map_or(ce, |p| cs + p + 4)
    } else {
        ce
    };
    let limit = c.object_limit(start).min(c.text.len());
    let mut desc = c.text[start..limit]
        .trim_start_matches([',', ' ', ':', ';'])
        .trim_start_matches("for ")
        .trim_end_matches(['.', ',', ';'])
        .to_string();
    if rule == "record.broke" {
        // Keep the cue's own words: "Soundcloud record".
        // The cue's own words minus names and "record": "broke Drake's SoundCloud
        // record" -> "SoundCloud".
        let mut words: Vec<&str> = Vec::new();
        let mut at = cs;
        for w in c.text[cs..ce].split(' ') {
            let (ws, we) = (at, at + w.len());
            at = we + 1;
            let in_name = c.mentions.iter().any(|m| ws < m.end && m.start < we);
            if in_name
                || w.is_empty()
                || w.eq_ignore_ascii_case("record")
                || w.eq_ignore_ascii_case("records")
            {
                continue;
            }
            words.push(w);
        }
        let inner = words.iter().skip(1).copied().collect::<Vec<_>>().join(" ");
        desc = format!("{inner} {desc}").trim().to_string();
    }
    while let Some(rest) = desc.strip_prefix("the the ") {
        desc = format!("the {rest}");
    }
    if let Some(f) = FIGURE.find(c.text)
        && !desc.contains(f.as_str())
    {
        desc = format!("{desc} ({})", f.as_str().trim());
    }
    desc
}

#[cfg(test)]
mod tests {
    use crate::tests_support::records;

    #[test]
    fn a_participle_record_belongs_to_the_main_subject_not_an_earlier_artist() {
        let got = records(
            "Ines Moreau sang first. Later Okon Adeyemi bagged Best Afro Pop Song for his hit 'Sundial', becoming the first artist to win the new category.",
        );
        assert_eq!(got, ["Okon Adeyemi | Sundial"]);
    }

    #[test]
    fn a_record_about_winning_takes_the_work_just_won_with() {
        let got = records(
            "Okon Adeyemi won Best Afro Pop Song for 'Sundial'. He became the first Ghanaian artist to win the category.",
        );
        assert_eq!(got, ["Okon Adeyemi | Sundial"]);
    }

    #[test]
    fn broke_records_name_the_previous_holder() {
        assert_eq!(
            records("Olivia Rodrigo broke Adele's record for the most first-week streams."),
            ["Olivia Rodrigo < Adele"]
        );
    }

    #[test]
    fn a_song_breaking_a_record_credits_its_artist() {
        assert_eq!(
            records(
                "Dua Lipa's single \"Moonbeam\" broke Lorde's streaming record, drawing 12.5 million plays."
            ),
            ["Dua Lipa < Lorde | Moonbeam"]
        );
    }

    #[test]
    fn becoming_the_first_is_a_record_without_previous_holder() {
        assert_eq!(
            records(
                "TWICE released a new album. Their album \"Skyline\" became the first K-pop album to top the Oricon chart."
            ),
            ["TWICE | Skyline"]
        );
        assert_eq!(
            records("TWICE became the first girl group to top the Oricon chart."),
            ["TWICE"]
        );
    }

    #[test]
    fn being_the_first_ever_is_a_record_but_the_first_time_is_not() {
        assert_eq!(
            records(
                "Okon Adeyemi is the first Ghanaian artist ever to rank among the five most-streamed acts."
            ),
            ["Okon Adeyemi"]
        );
        assert!(
            records("For Okon Adeyemi it was the first time ever that he cried on stage.")
                .is_empty()
        );
    }

    #[test]
    fn a_superlative_anchored_in_history_is_a_record_with_what_it_beat() {
        assert_eq!(
            records(
                "Marta Velasquez won three awards, tying Okon Adeyemi for the most wins in the show's history."
            ),
            ["Marta Velasquez < Okon Adeyemi"]
        );
        assert_eq!(
            records(
                "Marta Velasquez's \"Salt Roads\" is now the most-streamed album of all time on the service."
            ),
            ["Marta Velasquez | Salt Roads"]
        );
    }

    #[test]
    fn the_work_overtaken_is_the_rival_not_the_holder() {
        assert_eq!(
            records(
                "By November, Marta Velasquez's \"Salt Roads\" had overtaken Okon Adeyemi's \"Sundial\" to become the most-viewed video in YouTube history."
            ),
            ["Marta Velasquez < Okon Adeyemi | Salt Roads"]
        );
    }

    #[test]
    fn a_record_held_since_a_year_by_someone_names_the_rival_not_the_year() {
        let ex = crate::Extractor::new(crate::KnowledgeBase::bundled());
        let out = ex.extract(
            "t",
            " date 2024-03-11\nT\nAt 22, Marta Velasquez is now the youngest person ever to win two Oscars, breaking a record held since 1938 by actress Ines Moreau, who won for \"The Good Earth.\"",
        );
        let rec = out
            .events
            .iter()
            .find(|e| matches!(e.details, crate::EventDetails::Record { .. }))
            .expect("a record");
        assert_eq!(rec.year, Some(2024));
        let crate::EventDetails::Record {
            previous_holder: previous,
            work,
            ..
        } = &rec.details
        else {
            unreachable!()
        };
        assert_eq!(
            previous.as_ref().map(|p| p.name.as_str()),
            Some("Ines Moreau")
        );
        assert!(work.is_none(), "{work:?}");
    }

    #[test]
    fn a_superlative_without_an_anchor_or_a_rival_is_not_a_record() {
        assert!(records("Marta Velasquez gave the most emotional speech of the night.").is_empty());
        assert!(
            records("Marta Velasquez is the most decorated artist in the show's history.")
                .is_empty()
        );
    }

    #[test]
    fn set_a_new_record_with_figure_in_description() {
        let ex = crate::Extractor::new(crate::KnowledgeBase::bundled());
        let out = ex.extract("t", "T\nBeyoncé set a new record for the highest-grossing tour by a female artist, earning 579 million dollars.");
        let d = out
            .events
            .iter()
            .find_map(|e| match &e.details {
                crate::EventDetails::Record { description, .. } => Some(description.clone()),
                _ => None,
            })
            .expect("a record");
        assert!(d.contains("highest-grossing tour"), "{d}");
        assert!(d.contains("579 million"), "{d}");
    }
}
