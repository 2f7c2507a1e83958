//! Encounter rules: people meeting in person.
//!
//! - `encounter.met`: "X met / greeted / hugged / bumped into / hung out with /
//!   posed for a selfie with / shook hands with / chatted with Y".
//! - `encounter.dressing_room`: "X joined Y in her dressing room", "entering Y's green room".
//! - `encounter.congratulated`: congratulations count only when in person ("backstage").
//! - `encounter.reciprocal`: "the two shared a hug", "hanging out together",
//!   "rang in the New Year with each other".
//! - `encounter.met_list`: "met several stars, including A, B and C" and, across two
//!   sentences, "met several artists. These included A, B and C": one encounter each.

use std::sync::LazyLock;

use regex::Regex;

use crate::cues;
use crate::entities::Mention;
use crate::gated::GatedRegex;
use crate::lexicon::SpaceWords;
use crate::model::Setting;
use crate::phrases::Phrases;
use crate::roles::{Clause, Fact, Found, Miss, entities_of, normalise_groups, spans};

static MEET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:filmed|filming|films|shot|shooting) (?:a |an |the )?(?:[\w\x22“”'’-]+ ){0,3}(?:challenge|tiktok|tiktoks|video|vlog|reel|reels|dance cover) with|met up with|met|meet|meets|meeting|greeted|greets|greet|greeting|hugged|hugs|hugging|(?:went|goes|ran|runs|rushed|rushes|walked|walks|came|comes|hurried|hurries|raced|races|dashed|dashes|jumped|jumps|stopped|stops|leaned|leans)(?: over| across| back| up| in| down| offstage| off stage)? to (?:hug|embrace|greet)|embraced|embraces|embracing|embrace|bumped into|bumps into|bumping into|ran into|runs into|running into|hung out with|hangs out with|hanging out with|hang out with|(?:posed|posing|poses) (?:backstage |together |later |also )?for (?:a |an )?(?:selfie|photo|photos|picture|pictures|snap|snaps)(?: together)? with|posed with|poses with|posing with|posed alongside|posing alongside|poses alongside|pictured with|pictured alongside|photographed with|took (?:a |an )?(?:selfie|photo|picture|snap)s? with|snapped (?:a |an )?(?:selfie|photo|picture)s? with|selfie with|shook hands with|shakes hands? with|shaking hands with|shake (?:the )?\w*\s?hands?|(?:chatting|chatted|chats|laughing|laughed|joking|joked)(?: and (?:chatting|chatted|laughing|laughed|joking|joked|dancing|danced))? with|(?:sat|sitting|sits) down with|caught up with|catching up with|caught up|catching up|swapped photocards with|crossed paths with|cross paths with|kissed|spent time with|spent (?:the|an|most of the|much of the) (?:after-party|afterparty|after party|evening|night|party|dinner) (?:with|teaching|chatting with|dancing with|talking to|talking with)|mingled with|mingling with|(?:pulled|pulls|pulling|drew|draws|drawing) \S+(?: \S+)? into (?:a |an )?(?:\w+ )?(?:bear )?(?:hug|embrace)|(?:wrapped|wrapping|wraps|wrap) \S+(?: \S+)? in (?:a |an )?(?:\w+ )?(?:hug|embrace)|(?:was|were) (?:wrapped|pulled|swept|enveloped) (?:up )?in(?:to)? (?:a |an )?(?:\w+ )?(?:hug|embrace) (?:from|by)|reunited with|dancing with|danced with|linked up with|links up with|linking up with)(?-u:\b)")
        .expect("valid regex")
});
/// "was spotted at a restaurant with X": kept apart from `MEET` (its bounded gap
/// would slow the big alternation) and run only when the words occur.
static SPOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:spotted|seen|snapped)(?-u:\b)[^,.;]{0,50}?(?-u:\b)with(?-u:\b)")
        .expect("valid regex")
});
static ROOM: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:joined|joining|joins|visited|visiting|visits|entered|entering|enter|enters|dropped by|stopped by|popped into|pop into|pops into|popping into|dropped into|dropped in on|stopped into|swung by|headed into|went into|walked into)(?-u:\b)",
        cues::ROOM,
    )
});
static GAVE: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:gave|gives|giving)\s+(?:[^\s,.;]+\s+){1,3}?(?:a|an)\s+(?:\w+\s+)?(?:hug|kiss|high-five|high five|fist bump|embrace|shout-out in person)(?-u:\b)",
        cues::GAVE,
    )
});
static CONGRATS: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)congratulat(?:e|ed|es|ing)(?-u:\b)",
        cues::CONGRATS,
    )
});
static RECIPROCAL: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:(?:shared|sharing|shares) (?:a |an )?(?:warm |big |long |tight |sweet |quick |heartfelt |friendly )?(?:hug|embrace|moment|table|laugh|kiss|selfie)|(?:shared|sharing|shares) (?:a |an )?(?:[a-z-]+,? ){1,3}(?:hug|embrace|kiss)|(?:posed|posing|poses) for (?:the )?(?:photographers|cameras|photographs)|(?:photographed|pictured|posed|posing|poses|seen|spotted|walked|walking|arrived|stood|standing) (?:\w+ ){0,3}(?:arm in arm|arm-in-arm|hand in hand|hand-in-hand)|(?:filmed|filming|shot) (?:a |an |the )?(?:[\w\x22“”'’-]+ ){0,3}(?:challenge|tiktok|video|vlog|reel|dance cover)s? together|(?:posed|posing|poses) for (?:a |an )?(?:\w+ )?(?:photo|photos|picture|pictures|selfie|selfies|snap|snaps|photograph|photographs) together|(?:took|taking|take|takes) (?:a |an )?(?:\w+ )?(?:photo|photos|picture|pictures|selfie|selfies) together|hanging out together|hung out together|hang out together|(?:seen|spotted|pictured) together|(?:seen|spotted|pictured|caught) (?:chatting|talking|laughing|hugging|embracing|dancing|catching up)|(?:dancing|danced|chatting|chatted|laughing|partying|sitting|sat) together|(?:chatting|chatted) and (?:laughing|laughed)|(?:posed|posing|poses) for (?:a |an )?(?:\w+ )?(?:selfie|photo|picture|snap)s?(?: together)?|(?:traded|trading|swapped|swapping|exchanged|exchanging) (?:\w+ ){1,2}for (?:a |an )?(?:\w+ )?(?:photo|photos|selfie|selfies|picture|pictures|snap|snaps)|(?:posing|poses) together|met in person|with each other|with one another|found each other|(?:snapped|snaps|snapping|took|takes|taking) (?:a |an )?(?:\w+ )?(?:selfie|selfies)|posed together|pictured together|(?:squeezed|squeezing|crammed|cramming|piled|piling) into (?:one|the same|a single) (?:frame|photo|picture|shot|selfie)|photographed together|in each other's company)(?-u:\b)",
        cues::RECIPROCAL,
    )
});
static LIST_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:met|meeting|greeted|hung out with)\s+(?:several|many|plenty of|a number of|a host of|lots of|a few|some|numerous|other|fellow)(?-u:\b)").expect("valid regex")
});
static INCLUDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:including|included|includes|among them|such as)(?-u:\b)")
        .expect("valid regex")
});

/// The setting named in a sentence.
pub fn setting(lower: &str) -> Option<Setting> {
    // Nearly no sentence names a setting: one scan for all the phrases below rules
    // that out before the searches that rank them.
    static ANY: LazyLock<Phrases> = LazyLock::new(|| {
        Phrases::new(&[
            "dressing room",
            "dressing-room",
            "waiting room",
            "'s trailer",
            "’s trailer",
            "green room",
            "backstage",
            "red carpet",
            "on the carpet",
            "red-carpet",
            "after-party",
            "afterparty",
            "after party",
            "in the audience",
            "from the audience",
            "on stage",
            "onstage",
        ])
    });
    if !ANY.any_in(lower) {
        return None;
    }
    // A K-pop show's "waiting room" is the acts' dressing room; so is a festival
    // act's trailer ("popped into Janelle Monáe's trailer").
    if lower.contains("dressing room")
        || lower.contains("dressing-room")
        || lower.contains("waiting room")
        || lower.contains("'s trailer")
        || lower.contains("’s trailer")
    {
        Some(Setting::DressingRoom)
    } else if lower.contains("green room") {
        Some(Setting::GreenRoom)
    } else if lower.contains("backstage") {
        Some(Setting::Backstage)
    } else if lower.contains("red carpet")
        || lower.contains("on the carpet")
        || lower.contains("red-carpet")
    {
        Some(Setting::RedCarpet)
    } else if lower.contains("after-party")
        || lower.contains("afterparty")
        || lower.contains("after party")
    {
        Some(Setting::AfterParty)
    } else if lower.contains("in the audience") || lower.contains("from the audience") {
        Some(Setting::Audience)
    } else if lower.contains("on stage") || lower.contains("onstage") {
        Some(Setting::Stage)
    } else {
        None
    }
}

/// State carried between sentences: "met several artists." then "These included ...".
#[derive(Clone, Debug, Default)]
pub struct Pending {
    subjects: Vec<usize>,
}

impl Pending {
    /// True when a "met several ..." sentence waits for its list.
    pub fn is_waiting(&self) -> bool {
        !self.subjects.is_empty()
    }
}

/// Runs every encounter rule on a sentence.
pub fn find(
    c: &Clause<'_, '_, '_>,
    pending: &mut Pending,
    out: &mut Vec<Found>,
    misses: &mut Vec<Miss>,
) {
    let set = setting(c.lower);
    let mut floor = 0;
    let mut last_subjects: Vec<&Mention> = Vec::new();
    let carried = std::mem::take(&mut pending.subjects);

    // "These celebs included A, B and C" after "met several ...".
    if !carried.is_empty()
        && let Some(inc) = INCLUDED.find(c.text)
    {
        let objs = c.objects_after(inc.end(), c.text.len(), &[]);
        for o in objs.iter() {
            push(
                c,
                &carried,
                &[],
                &[*o],
                set,
                "encounter.met_list",
                (inc.start(), inc.end()),
                0.8,
                out,
            );
        }
        if !objs.is_empty() {
            return;
        }
    }

    let spotted =
        if c.lower.contains("spotted") || c.lower.contains("seen") || c.lower.contains("snapped") {
            SPOTTED
                .find_iter(c.text)
                .map(|m| (m.start(), m.end(), m.as_str()))
                .collect()
        } else {
            Vec::new()
        };
    let mut cues: Vec<(usize, usize, &str)> = MEET
        .find_iter(c.text)
        .map(|m| (m.start(), m.end(), m.as_str()))
        .filter(|&(s, e, _)| !spotted.iter().any(|&(a, b, _)| s < b && a < e))
        .collect();
    cues.extend(spotted);
    cues.sort_by_key(|&(s, _, _)| s);
    for (cs, ce, cue_str) in cues {
        let word = crate::lexicon::to_lower(cue_str);
        // "meet and greet", "this meeting", "the meet-up": nouns, not events.
        let prev_word = c.lower[..cs].split_whitespace().next_back().unwrap_or("");
        // "kicked things off with "Caught Up"": a song's title, not a meeting.
        if c.inside_quoted_work(cs, ce) {
            continue;
        }
        // "two Memphis-meets-Houston stars": inside a compound word.
        if word.starts_with("meet") && matches!(prev_word, "this" | "the" | "a" | "an" | "their")
            || c.lower[ce..].starts_with("-up")
            || c.lower[ce..].starts_with(" and greet")
            || word.starts_with("meet")
                && (c.lower[..cs].ends_with('-') || c.lower[ce..].starts_with('-'))
        {
            continue;
        }
        let mut subjects = c.subjects_before(cs, floor, &[], false);
        // "Rita Ora and Jess Glynne – old friends – met backstage": the subject
        // comes before the aside between dashes.
        if subjects.len() <= 1
            && let Some(open) = dash_aside_before(c.text, cs)
            && open > floor
        {
            let before = c.subjects_before(open, floor, &[], false);
            if before.len() > subjects.len() {
                subjects = before;
            }
        }
        // "She greeted A and posed alongside B": the same subject.
        if subjects.is_empty()
            && !last_subjects.is_empty()
            && c.text
                .get(floor..cs)
                .unwrap_or("")
                .trim_start()
                .starts_with("and ")
        {
            subjects = last_subjects.clone();
        }
        if subjects.is_empty()
            && let Some(s) = c.subject_after_opening(ce)
            && s.start > ce
        {
            subjects = vec![s];
        }
        // "a photo of Ritviz and Martin Garrix hugging backstage": the two named
        // right before a participle are who did it.
        if subjects.len() <= 1 && word.ends_with("ing") {
            let pair = pair_before_participle(c, cs);
            if !pair.is_empty() {
                subjects = pair;
            }
        }
        last_subjects = subjects.clone();
        let limit = c.object_limit(ce);
        let mut objects: Vec<&Mention> = c.objects_after(ce, limit, &[]);
        // "pulled Pearce into a long embrace": the object sits inside the cue.
        if objects.is_empty() && (word.contains(" into ") || word.starts_with("wrap")) {
            objects = c.objects_after(cs, ce, &[]);
        }
        objects.retain(|o| !subjects.iter().any(|s| s.start == o.start));
        // Only the list right after the cue: "meeting A, BTS bumps into" stops at A.
        let mut keep = objects.len().min(1);
        while keep < objects.len() {
            let gap = c.lower[objects[keep - 1].end..objects[keep].start].trim();
            let listy = crate::roles::is_list_gap(gap)
                || (gap.starts_with(',') || gap.starts_with("and ") || gap.starts_with(", and "))
                    && gap.split_whitespace().count() <= 4
                    && !gap.contains('.')
                    && c.mentions.iter().all(|m| {
                        m.start >= objects[keep].start
                            || m.end <= objects[keep - 1].end
                            || m.modifier
                    });
            if !listy {
                break;
            }
            keep += 1;
        }
        objects.truncate(keep);
        floor = objects.last().map_or(ce, |o| o.end);
        // "met several stars, including A, B and C".
        // But "greeted fellow Puerto Rican star Ricky Martin": one named right there.
        let list = LIST_INTRO.find(&c.text[cs..]).is_some_and(|m| {
            let named_here = objects.first().is_some_and(|o| {
                (m.as_str().ends_with("fellow") || m.as_str().ends_with("other"))
                    && o.start >= cs + m.end()
                    && !c.text[cs + m.end()..o.start].contains([',', ';'])
                    && c.text[cs + m.end()..o.start].split_whitespace().count() <= 4
            });
            m.start() == 0 && !named_here
        });
        if list {
            let inc = INCLUDED.find_at(c.text, ce);
            match inc {
                Some(inc) => {
                    let objs = c.objects_after(inc.end(), c.text.len(), &[]);
                    for o in &objs {
                        push(
                            c,
                            &entities_of(&subjects),
                            &subjects,
                            &[*o],
                            set,
                            "encounter.met_list",
                            (cs, ce),
                            0.8,
                            out,
                        );
                    }
                }
                None => pending.subjects = entities_of(&subjects),
            }
            continue;
        }
        // "The pair embraced", "Lorde and Sia hugged": a plural subject of a
        // reciprocal verb met each other.
        let subj_ids = entities_of(&subjects);
        if objects.is_empty()
            && subj_ids.len() >= 2
            && (word.starts_with("embrac")
                || word.starts_with("hug")
                || word.starts_with("kiss")
                || word.starts_with("met")
                || word.starts_with("chat")
                || word.starts_with("catch")
                || word.starts_with("caught")
                || word.starts_with("reunit"))
        {
            push(
                c,
                &subj_ids,
                &subjects,
                &[],
                set,
                "encounter.reciprocal_subject",
                (cs, ce),
                0.75,
                out,
            );
            continue;
        }
        if subjects.is_empty() || objects.is_empty() {
            // "with each other" etc. are handled below; a lone side is no encounter.
            if !RECIPROCAL.is_match(c) {
                misses.push(Miss {
                    kind: "encounter",
                    cue: (cs, ce),
                    reason: format!(
                        "encounter cue '{}' but {}",
                        cue_str,
                        if subjects.is_empty() && objects.is_empty() {
                            "no entity found"
                        } else if subjects.is_empty() {
                            "no one before it"
                        } else {
                            "no one after it"
                        }
                    ),
                });
            }
            continue;
        }
        let rule = if word.starts_with("greet") {
            "encounter.greeted"
        } else {
            "encounter.met"
        };
        let subj = entities_of(&subjects);
        if objects.len() > 1 && subjects.len() == 1 && is_list(c, &objects) {
            for o in &objects {
                push(c, &subj, &subjects, &[*o], set, rule, (cs, ce), 0.85, out);
            }
        } else {
            push(
                c,
                &subj,
                &subjects,
                &objects,
                set,
                rule,
                (cs, ce),
                0.85,
                out,
            );
        }
    }

    // "joined Y in her dressing room", "entering Legend's green room".
    if matches!(set, Some(Setting::DressingRoom | Setting::GreenRoom)) {
        for cue in ROOM.find_iter(c) {
            let (cs, ce) = (cue.start(), cue.end());
            let room = c.lower[ce..]
                .find("room")
                .or_else(|| c.lower[ce..].find("trailer"))
                .map_or(usize::MAX, |p| p + ce);
            if room > ce + 60 {
                continue;
            }
            let subjects = c.subjects_before(cs, 0, &[], false);
            let subjects = if subjects.is_empty() {
                c.subject_after_opening(ce).into_iter().collect()
            } else {
                subjects
            };
            // The room's owner: an object ("joined Solenne in her") or a possessive
            // ("entering Legend's green room").
            let mut objects: Vec<&Mention> = c.objects_after(ce, room, &[]);
            if objects.is_empty() {
                objects = c
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.start >= ce
                            && m.end <= room
                            && m.modifier
                            && crate::roles::is_agent(m.kind)
                    })
                    .collect();
            }
            if subjects.is_empty() || objects.is_empty() {
                continue;
            }
            push(
                c,
                &entities_of(&subjects),
                &subjects,
                &objects,
                set,
                "encounter.dressing_room",
                (cs, ce),
                0.85,
                out,
            );
        }
    }

    // "she gave him a hug", "Lizzo gave Sia a high-five": the receiver sits inside.
    for cue in GAVE.find_iter(c) {
        let (cs, ce) = (cue.start(), cue.end());
        let subjects = c.subjects_before(cs, 0, &[], false);
        let inside: Vec<&Mention> = c
            .mentions
            .iter()
            .filter(|m| m.start > cs && m.end < ce && crate::roles::is_agent(m.kind))
            .collect();
        if subjects.is_empty() || inside.is_empty() {
            continue;
        }
        push(
            c,
            &entities_of(&subjects),
            &subjects,
            &inside,
            set,
            "encounter.gave_hug",
            (cs, ce),
            0.8,
            out,
        );
    }

    for cue in CONGRATS.find_iter(c) {
        let (cs, ce) = (cue.start(), cue.end());
        let remote = [
            "instagram",
            "twitter",
            "social media",
            "online",
            " post",
            " tweet",
            " message",
            " x ",
            "weverse",
            "tiktok",
            "statement",
            "video call",
        ]
        .iter()
        .any(|w| c.lower.contains(w));
        if remote || !(set.is_some() || c.lower.contains("in person")) {
            misses.push(Miss {
                kind: "encounter",
                cue: (cs, ce),
                reason: "congratulations not given in person".to_string(),
            });
            continue;
        }
        let mut subjects = c.subjects_before(cs, 0, &[], false);
        if subjects.is_empty() {
            // "The pop superstar was one of the first to congratulate": the clause subject.
            subjects = c
                .mentions
                .iter()
                .filter(|m| m.end <= cs && !m.modifier && crate::roles::is_agent(m.kind))
                .take(1)
                .collect();
        }
        let objects = c.objects_after(ce, c.object_limit(ce), &[]);
        if subjects.is_empty() || objects.is_empty() {
            continue;
        }
        push(
            c,
            &entities_of(&subjects),
            &subjects,
            &objects[..1],
            set,
            "encounter.congratulated",
            (cs, ce),
            0.8,
            out,
        );
    }

    for cue in RECIPROCAL.find_iter(c) {
        let (cs, ce) = (cue.start(), cue.end());
        // "posed for a photo with Y" is told by the `MEET` rule.
        // So is "spotted chatting with Y".
        if (cue.as_str().starts_with("pos")
            || ["seen ", "spotted ", "pictured ", "caught "]
                .iter()
                .any(|w| cue.as_str().starts_with(w) && !cue.as_str().ends_with("together")))
            && c.lower[ce..].starts_with(" with ")
        {
            continue;
        }
        // Only this clause's names: "A and B posed together, while C and D were
        // spotted sharing a hug" is two encounters.
        // ("A and B – long rumoured to be frosty – shared a hug": the clause goes
        // back over the aside between dashes.)
        let clause_at = dash_aside_before(c.text, cs).unwrap_or(cs);
        let from = c.clause_start(clause_at).max(
            [", while ", " while ", ", whereas ", "; "]
                .iter()
                .filter_map(|w| c.lower[..cs].rfind(w).map(|p| p + w.len()))
                .max()
                .unwrap_or(0),
        );
        let before: Vec<&Mention> = c
            .mentions
            .iter()
            .filter(|m| {
                m.start >= from
                    && m.end <= cs
                    && !m.modifier
                    && crate::roles::is_agent(m.kind)
                    // "A and B, who debuted together in IZ*ONE, reunited": a name in a
                    // prepositional phrase is not one of those who met ("a photo of A
                    // and B posing together" is).
                    && !c.lower[..m.start].trim_end().last_word().is_some_and(|w| {
                        matches!(w, "in" | "into" | "from" | "at" | "during" | "for" | "by")
                    })
            })
            .collect();
        // Keep the latest reference to each: plural descriptors come last. But
        // "A and B caused a stir when they posed": two named in the clause are who
        // "they" are, whatever the pronoun was resolved to.
        let named: Vec<usize> = before
            .iter()
            .filter(|m| m.entities.len() == 1 && m.via == crate::entities::Via::Name)
            .map(|m| m.entities[0])
            .collect();
        let mut ids = if named.len() >= 2 {
            named
        } else if let Some(plural) = before.iter().rev().find(|m| m.entities.len() > 1) {
            plural.entities.clone()
        } else {
            entities_of(&before)
        };
        // "X shared a sweet moment with Y": the subject and whoever follows "with",
        // not whoever an earlier clause named ("ITZY won ..., and later Yeji shared a
        // moment with Wendy").
        if c.lower[ce..].starts_with(" with ") {
            let subject = c.subjects_before(cs, 0, &[], false);
            let with: Vec<&Mention> = c.objects_after(ce, c.object_limit(ce), &[]);
            if let (false, Some(o)) = (subject.is_empty(), with.first()) {
                ids = entities_of(&subject);
                for e in &o.entities {
                    if !ids.contains(e) {
                        ids.push(*e);
                    }
                }
            }
        }
        normalise_groups(c.reg, &mut ids);
        if ids.len() < 2 {
            misses.push(Miss {
                kind: "encounter",
                cue: (cs, ce),
                reason: format!(
                    "encounter cue '{}' but fewer than two participants",
                    cue.as_str()
                ),
            });
            continue;
        }
        out.push(Found {
            fact: Fact::Encounter {
                participants: ids,
                setting: set,
            },
            rule: "encounter.reciprocal",
            cue: (cs, ce),
            used: spans(&before),
            years_back: Vec::new(),
            confidence: 0.7,
            retype_work: None,
        });
    }
}

/// Objects joined by commas and "and" form a list.
fn is_list(c: &Clause<'_, '_, '_>, objects: &[&Mention]) -> bool {
    objects.windows(2).all(|w| {
        let gap = c.lower[w[0].end..w[1].start].trim();
        crate::roles::is_list_gap(gap)
            || gap.starts_with(',') && gap.split_whitespace().count() <= 4
            || gap.starts_with("and ") && gap.split_whitespace().count() <= 4
    })
}

#[allow(clippy::too_many_arguments)]
fn push(
    c: &Clause<'_, '_, '_>,
    subjects: &[usize],
    subject_mentions: &[&Mention],
    objects: &[&Mention],
    set: Option<Setting>,
    rule: &'static str,
    cue: (usize, usize),
    confidence: f64,
    out: &mut Vec<Found>,
) {
    let mut ids: Vec<usize> = subjects.to_vec();
    for e in entities_of(objects) {
        if !ids.contains(&e) {
            ids.push(e);
        }
    }
    normalise_groups(c.reg, &mut ids);
    if ids.len() < 2 {
        return;
    }
    let mut used = spans(subject_mentions);
    used.extend(spans(objects));
    // "a clip of A, B, C and D joining her": each of them met her; that they came
    // together says nothing of their meeting one another.
    let mut subj = subjects.to_vec();
    normalise_groups(c.reg, &mut subj);
    let mut obj = entities_of(objects);
    normalise_groups(c.reg, &mut obj);
    let groups: Vec<Vec<usize>> = match (subj.as_slice(), obj.as_slice()) {
        (&[one], many) | (many, &[one]) if many.len() >= SPLIT_FROM && !many.contains(&one) => {
            many.iter().map(|&m| vec![one, m]).collect()
        }
        _ => vec![ids],
    };
    for participants in groups {
        out.push(Found {
            fact: Fact::Encounter {
                participants,
                setting: set,
            },
            rule,
            cue,
            used: used.clone(),
            years_back: Vec::new(),
            confidence,
            retype_work: None,
        });
    }
}

/// How many on one side of a meeting with one person make it several meetings.
const SPLIT_FROM: usize = 3;

/// Where an aside between dashes that ends right before `cs` opens: "A and B – long
/// rumoured to be frosty – shared a hug".
fn dash_aside_before(text: &str, cs: usize) -> Option<usize> {
    text[..cs]
        .trim_end()
        .strip_suffix(['–', '—'])
        .and_then(|head| head.rfind(['–', '—']))
}

/// The acts named together right before a participle at `cs`: "of A and B hugging"
/// gives A and B (only a list of two or more that ends at the cue).
fn pair_before_participle<'m>(c: &'m Clause<'_, '_, '_>, cs: usize) -> Vec<&'m Mention> {
    let mut names: Vec<&Mention> = Vec::new();
    let mut at = cs;
    for m in c.mentions.iter().rev().filter(|m| m.end <= cs) {
        let gap = c.text[m.end..at].trim();
        let joined = if names.is_empty() {
            gap.is_empty()
        } else {
            crate::roles::is_list_gap(gap)
        };
        if !joined || !crate::roles::is_agent(m.kind) || m.modifier {
            break;
        }
        names.push(m);
        at = m.start;
    }
    if names.len() < 2 {
        return Vec::new();
    }
    names.reverse();
    names
}

#[cfg(test)]
mod tests {
    use crate::tests_support::encounters;

    #[test]
    fn a_moment_with_someone_pairs_the_clause_subject_not_an_earlier_group() {
        assert_eq!(
            encounters(
                "NOVA CROWN won the Bonsang, and later on in the evening, Ines Moreau shared a sweet moment with Okon Adeyemi."
            ),
            ["Ines Moreau + Okon Adeyemi"]
        );
    }

    #[test]
    fn photographed_embracing_and_spotted_catching_up_are_encounters() {
        assert_eq!(
            encounters("Ines Moreau and Okon Adeyemi were photographed embracing after the show."),
            ["Ines Moreau + Okon Adeyemi"]
        );
        assert_eq!(
            encounters("Ines Moreau and Okon Adeyemi were later spotted catching up backstage."),
            ["Ines Moreau + Okon Adeyemi @Backstage"]
        );
        assert_eq!(
            encounters(
                "A stunned Okon Adeyemi stopped to embrace Ines Moreau on his way to the stage."
            ),
            ["Okon Adeyemi + Ines Moreau"]
        );
    }

    #[test]
    fn a_group_named_before_a_bandmate_is_not_who_was_met() {
        assert_eq!(
            encounters(
                "Ines Moreau was spotted hugging her former IZ*ONE bandmate Okon Adeyemi backstage."
            ),
            ["Ines Moreau + Okon Adeyemi @Backstage"]
        );
    }

    #[test]
    fn a_name_ending_in_a_before_the_cue_is_not_an_article() {
        assert_eq!(
            encounters("Backstage, Shakira hugged Okon Adeyemi."),
            ["Shakira + Okon Adeyemi @Backstage"]
        );
        assert_eq!(
            encounters("Ines Moreau shared a selfie with Okon Adeyemi."),
            ["Ines Moreau + Okon Adeyemi"]
        );
        assert!(encounters("This meeting was a long time coming.").is_empty());
    }

    #[test]
    fn met_backstage_is_an_encounter_with_setting() {
        assert_eq!(
            encounters("Backstage, Lorde met Troye Sivan."),
            ["Lorde + Troye Sivan @Backstage"]
        );
    }

    #[test]
    fn met_several_including_is_one_encounter_each() {
        assert_eq!(
            encounters(
                "Backstage, TWICE met several stars, including Lizzo, girl group Velvet Rush and singer Omar Haddad."
            ),
            [
                "TWICE + Lizzo @Backstage",
                "TWICE + Velvet Rush @Backstage",
                "TWICE + Omar Haddad @Backstage"
            ]
        );
    }

    #[test]
    fn met_list_across_two_sentences() {
        assert_eq!(
            encounters(
                "At the VMAs, SEVENTEEN met many fellow artists. These included Doja Cat and Lil Nas X."
            ),
            ["SEVENTEEN + Doja Cat", "SEVENTEEN + Lil Nas X"]
        );
    }

    #[test]
    fn joined_in_dressing_room() {
        assert_eq!(
            encounters("After the show, Tate McRae joined Olivia Rodrigo in her dressing room."),
            ["Tate McRae + Olivia Rodrigo @DressingRoom"]
        );
    }

    #[test]
    fn congratulations_online_are_not_a_meeting() {
        assert!(encounters("Lorde congratulated Halsey on Instagram.").is_empty());
    }

    #[test]
    fn hoped_and_denied_meetings_are_not_emitted() {
        assert!(
            encounters("Fans are hoping Lorde and Halsey will cross paths at the Met Gala.")
                .is_empty()
        );
        assert!(encounters("Lorde denied ever meeting Halsey.").is_empty());
        assert!(encounters("Will Lorde finally meet Halsey?").is_empty());
    }

    #[test]
    fn reciprocal_cue_joins_the_two_named() {
        assert_eq!(
            encounters("Taylor Swift and Travis Kelce were seen dancing together at Coachella."),
            ["Taylor Swift + Travis Kelce"]
        );
    }

    #[test]
    fn met_in_a_noun_phrase_is_not_an_encounter() {
        assert!(
            encounters(
                "Her set was met with mixed reviews, and the meet-up with Sia was cancelled."
            )
            .is_empty()
        );
    }

    #[test]
    fn gave_a_hug_is_an_encounter_with_the_receiver() {
        assert_eq!(
            encounters(
                "Harry Styles arrived early. Later, Stevie Nicks gave him a warm hug backstage."
            ),
            ["Stevie Nicks + Harry Styles @Backstage"]
        );
    }

    #[test]
    fn spotted_somewhere_with_someone_is_an_encounter() {
        assert_eq!(
            encounters(
                "After the show, Chappell Roan was spotted at a New York restaurant with Kacey Musgraves."
            ),
            ["Chappell Roan + Kacey Musgraves"]
        );
        assert!(encounters("Chappell Roan was seen with a guitar.").is_empty());
    }
}
