//! Award rules: who won which category, for which work.
//!
//! - `award.winner_verb`: "X won / took home / picked up / collected CATEGORY (for W)",
//!   with lists ("won A and B") and participial openers ("Picking up the gong for A, X").
//! - `award.went_to`: "CATEGORY went to X (for W)".
//! - `award.named`: "X was named / voted / crowned CATEGORY".
//! - `award.work_subject`: the subject is a work ("IDOL was voted Best Video",
//!   "Her album W won Album of the Year"): the work's artist won, for that work.
//! - `award.beat_out`: "beat out X, Y and Z", "edging out X", nominees and presenters
//!   ("handed down by", "presented by") are never recipients.

use std::sync::LazyLock;

use regex::Regex;

use crate::cues;
use crate::entities::{Chunk, Mention, Via};
use crate::gated::GatedRegex;
use crate::lexicon::SpaceWords;
use crate::model::EntityKind;
use crate::roles::{Clause, Fact, Found, Miss, entities_of, is_agent};

static WIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:won|wins|win|winning|scored|scores|scoring|shared|awarded|triumphed in|taken home|scooped up|took home|takes home|take home|taking home|picked up|picks up|pick up|picking up|collected|collects|collecting|collect|scooped|scoops|scooping|bagged|bags|claimed|claims|earned|earns|received|receives|receiving|nabbed|landed|walked away with|walks away with|walking away with|walk away with|walked off with|walks off with|walking off with|went home with|goes home with|going home with|grabbed|snagged|took|takes|taking|getting|got|gets|secured|clinched|nabbing|accepted|accepts|honou?red with|(?:was|were|is|are|been|being) presented with|swept)(?-u:\b)")
        .expect("valid regex")
});
/// "is the", "was this year's": a copula naming a prize its subject holds.
static COPULA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:is|was|are|were)\s+(?:now\s+)?(?:officially\s+)?(?:the|this year's|this year’s|the night's|the night’s|tonight's)(?-u:\b)")
        .expect("valid regex")
});
/// "the Country Music Association's entertainer of the year": the show's name before
/// the prize.
static SHOW_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*['’]s(?-u:\b)").expect("valid regex")
});
// The lazy `[^;:]{0,160}?` gives this anchored pattern many DFA states; with the
// default 2 MB cache the lazy DFA kept clearing and rebuilding them on every
// article. A larger cache changes only speed, never what matches.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    regex::RegexBuilder::new(r"(?i)^\s+(?:the\s+(?:remaining\s+|other\s+)?)?(?:\d+|a|an|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multiple|every|all|a whopping \w+|\w+ more)(?:\s+(?:\w+\s+)?(?:awards?|trophies|prizes|gongs|honou?rs|accolades))?(?:[^;:]{0,160}?,?\s+(?:including|among them|such as|namely)\s+(?:the (?:night|evening|show|ceremony)['’]s (?:top|biggest|main|most prestigious) (?:prize|award|honou?r|trophy),?\s+)?|(?:\s+(?:that|this|last)\s+(?:night|evening|year|weekend))?\s*[:—–]\s+)")
        .dfa_size_limit(16 << 20)
        .build()
        .expect("valid regex")
});
static LOST_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:lost out|lost|loses|losing|was beaten|were beaten)(?-u:\b)()")
        .expect("valid regex")
});
static PRESENTED_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:presented|presents|handed)\s+([^,.;]{1,40}?)\s+with(?-u:\b)")
        .expect("valid regex")
});
static WENT_TO: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:went to|goes to|go to|was awarded to|were awarded to|was given to|was presented to|was handed to)(?-u:\b)",
        cues::WENT_TO,
    )
});
/// "were inducted (into the Songwriters Hall of Fame)": a hall of fame's honour.
static INDUCTED: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:(?:was|were|is|are|been|being|be|get|gets|got)\s+(?:officially\s+|formally\s+|finally\s+|also\s+)?inducted|^(?:also|newly)\s+inducted)(?-u:\b)",
        cues::INDUCTED,
    )
});
/// "The Kennedy Center Honors saluted A, B and C": an honour that is its own prize,
/// given by the show named before the verb.
static HONOURED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:saluted|honored|honoured|feted|celebrated|recognized|recognised|inducted)(?-u:\b)")
        .expect("valid regex")
});
/// "X, this year's Icon Award honoree,", "X and Y were among the other Bonsang
/// recipients": a prize held, said without a verb of winning.
static HOLDER_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:, (?:this year's|this year’s|the night's|the night’s|tonight's) |(?-u:\b)(?:is|was|are|were) (?:the night's|the night’s|this year's|this year’s|tonight's|the evening's) |(?-u:\b)(?:is|was|are|were) among (?:the )?(?:other |night's |night’s |evening's |evening’s )?)")
        .expect("valid regex")
});
/// ", herself a Kennedy Center honoree in 2017,": an appositive naming a past honour.
static HONOREE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^,\s+(?:(?:herself|himself|themselves|itself|also|already)\s+)?an?\s+(?:(?:19|20)\d{2}\s+)?((?:[A-Z][\w'’&.-]*\s+){1,6})(?:honoree|honouree|inductee|laureate)(?-u:\b)")
        .expect("valid regex")
});
/// "won his first Grammy — best pop solo performance", "won her second BRIT, best
/// album": the prize named, then its category in apposition.
static PRIZE_THEN_CATEGORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:his|her|their|its)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)|only)\s+)?(?:career\s+)?[\w'’-]+(?:\s+(?:award|trophy|prize))?\s*(?:,|—|–|:|\s-)\s*")
        .expect("valid regex")
});
/// "the 2019 contest", "this year's competition": the contest a story is about.
static CONTEST_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:the|this year's|last year's)\s+(?:(?:19|20)\d{2}\s+)?(?:contest|competition|prize)(?-u:\b)")
        .expect("valid regex")
});
static NAMED: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:named|crowned|voted|(?:was|were|is|are|been)\s+hailed(?:\s+as)?|honou?red as|honou?red with|declared|chosen as|(?:was|were|is|are|been|being|get|gets|got)\s+(?:handed|given))(?-u:\b)",
        cues::NAMED,
    )
});
static LOSERS: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:beat out|beating out|beats out|beat|beats|beating|edging out|edged out|edges out|outpacing|ahead of|over|nominated|nominee|nominees|presented by|handed down by|handed over by|handed out by|presenter|presenters|losing to|lost to|lost out to|seeing off|saw off|sees off|fending off|fended off|a field that included|a field including|up against)(?-u:\b)",
        cues::LOSERS,
    )
});

/// "shared musical event of the year with Ashley McBryde": whoever it was shared with
/// won it too.
fn add_sharers(c: &Clause<'_, '_, '_>, from: usize, found: &mut [Found]) {
    for f in found {
        let Fact::Award {
            recipients,
            category,
            work,
        } = &mut f.fact
        else {
            continue;
        };
        let Some(k) = c.text[from..]
            .find(category.as_str())
            .map(|k| from + k + category.len())
        else {
            continue;
        };
        let Some(rest) = c.text[k..].strip_prefix(" with ") else {
            continue;
        };
        // "with producer Bizarrap", "with fellow rapper Duki": the sharer's role first.
        let rest = ["fellow ", "longtime ", "frequent "]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        let rest = rest
            .split_once(' ')
            .filter(|(role, _)| crate::coreference::is_descriptor_head(role))
            .map_or(rest, |(_, name)| name);
        // "with Elevation Worship, Chris Brown and Chandler Moore": the whole list.
        let mut at = c.text.len() - rest.len();
        while let Some(m) = c.mentions.iter().find(|m| {
            m.start == at
                && !m.modifier
                && matches!(m.kind, EntityKind::Person | EntityKind::Group)
                && m.via != Via::Descriptor
        }) {
            for &e in &m.entities {
                if !recipients.contains(&e) {
                    recipients.push(e);
                }
            }
            // "... with producer Nico Vela for "Sesión 12"": the work after them.
            if work.is_none()
                && let Some(w) = c.work_after_for(m.end)
            {
                *work = Some(w.entities[0]);
                f.retype_work = Some(w.entities[0]);
                f.used.push((w.start, w.end));
            }
            let Some(sep) = [", and ", " and ", ", "]
                .iter()
                .find(|sep| c.text[m.end..].starts_with(**sep))
            else {
                break;
            };
            at = m.end + sep.len();
        }
    }
}

/// "for "Ghost in the Machine" (feat. Phoebe Bridgers)": the featured artist shares
/// the award for the work.
fn add_featured(c: &Clause<'_, '_, '_>, found: &mut [Found]) {
    for f in found {
        let Fact::Award {
            recipients,
            work: Some(w),
            ..
        } = &mut f.fact
        else {
            continue;
        };
        let Some(wm) = c.mentions.iter().find(|m| m.entities.contains(w)) else {
            continue;
        };
        let rest = c.lower[wm.end..].trim_start_matches(['"', '”', ',', '\'', '’', ' ']);
        let Some(tail) = ["(feat. ", "(featuring ", "(ft. ", "(with ", "featuring "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))
        else {
            continue;
        };
        let at = c.lower.len() - tail.len();
        if let Some(m) = c
            .mentions
            .iter()
            .find(|m| m.start == at && is_agent(m.kind) && m.entities.len() == 1)
            && !recipients.contains(&m.entities[0])
        {
            recipients.push(m.entities[0]);
            f.used.push((m.start, m.end));
        }
    }
}

/// "Among her haul were", "their wins included", "his trophies were".
static HAUL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:her|his|their|[\w.-]+['’]s?)\s+(?:other\s+|remaining\s+|many\s+|further\s+)?(?:haul|wins|trophies|awards|victories|prizes|gongs)\s+(?:were|was|included|includes|include|being)(?-u:\b)")
        .expect("valid regex")
});

/// "for the second consecutive year", "for the third time in a row" after a category.
static REPEAT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^,?\s+for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|record)(?:[\s-]+(?:consecutive|straight|successive))?\s+(?:year|time)(?:\s+(?:in\s+a\s+row|running))?")
        .expect("valid regex")
});

/// Turns each award found from `from` on with several recipients into one award per
/// recipient.
fn split_recipients(out: &mut Vec<Found>, from: usize) {
    let found: Vec<Found> = out.drain(from..).collect();
    for f in found {
        match &f.fact {
            Fact::Award {
                recipients,
                category,
                work,
            } if recipients.len() > 1 => {
                for &r in recipients {
                    let mut one = f.clone();
                    one.fact = Fact::Award {
                        recipients: vec![r],
                        category: category.clone(),
                        work: *work,
                    };
                    out.push(one);
                }
            }
            _ => out.push(f),
        }
    }
}

/// "Zhou Shen and G.E.M. won the best male and best female singer prizes": as many
/// winners as prizes, the prizes named together in a plural ("prizes", "awards") or
/// "respectively", go one to each in order; the noun they share ("singer") is each
/// prize's. `region_end` is where the last category (or its work) ends.
fn respective(c: &Clause<'_, '_, '_>, region_end: usize, found: &mut [Found]) {
    let Some(Fact::Award { recipients, .. }) = found.first().map(|f| &f.fact) else {
        return;
    };
    let winners = recipients.clone();
    if winners.len() < 2
        || winners.len() != found.len()
        || !found
            .iter()
            .all(|f| matches!(&f.fact, Fact::Award { recipients, .. } if *recipients == winners))
    {
        return;
    }
    let tail = c.lower[region_end..].trim_start();
    let (shared, plural) = match tail.split_once(' ') {
        Some((w, rest))
            if w.chars().all(char::is_alphabetic)
                && PRIZE_PLURALS.iter().any(|p| rest.starts_with(p)) =>
        {
            let at = c.text.len() - tail.len();
            (c.text.get(at..at + w.len()), true)
        }
        _ => (None, PRIZE_PLURALS.iter().any(|p| tail.starts_with(p))),
    };
    if !plural && !tail.starts_with("respectively") {
        return;
    }
    for (f, &w) in found.iter_mut().zip(&winners) {
        if let Fact::Award {
            recipients,
            category,
            ..
        } = &mut f.fact
        {
            *recipients = vec![w];
            if let Some(noun) = shared {
                category.push(' ');
                category.push_str(noun);
            }
        }
    }
}

/// Plural prize nouns after a list of prizes: "the best male and best female singer
/// prizes".
const PRIZE_PLURALS: &[&str] = &[
    "prizes", "awards", "trophies", "titles", "honours", "honors",
];

/// Categories that are about a work, so a work may be their subject.
fn work_category(category: &str) -> bool {
    let l = crate::lexicon::to_lower(category);
    ["album", "record", "song", "video", "single", "track", "mv"]
        .iter()
        .any(|w| l.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w))
}

/// Spans of losers, nominees and presenters in the sentence.
pub fn excluded_spans(c: &Clause<'_, '_, '_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for m in LOSERS.find_iter(c) {
        // "Over on the international side, X won ...": a place, not a defeat.
        if m.start() == 0 && m.as_str() == "Over" {
            continue;
        }
        // "when the beat of "Hips Don't Lie" dropped": the noun, not a defeat.
        if m.as_str().eq_ignore_ascii_case("beat")
            && c.lower[..m.start()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| {
                    matches!(w, "the" | "a" | "its" | "his" | "her" | "their" | "that")
                })
        {
            continue;
        }
        out.push((m.end(), c.object_limit(m.end())));
    }
    // "X, nominated for ..., went home": the nominee before the cue too.
    for m in c.mentions {
        let after = c.text[m.end..].trim_start_matches([',', ' ']);
        if after.starts_with("nominated") || after.starts_with("who was nominated") {
            out.push((m.start, m.end));
        }
    }
    out
}

/// "won the award in 2022", "had taken that same category back in 2019": a cue
/// whose prize is one the sentence names elsewhere, in a year said right after.
fn names_the_same_prize(c: &Clause<'_, '_, '_>, ce: usize) -> bool {
    let rest = &c.lower[ce..];
    [
        " the award",
        " the prize",
        " the trophy",
        " the category",
        " that category",
        " that same category",
        " the same category",
        " the same award",
        " the same prize",
        " the very same award",
        " the very same prize",
    ]
    .iter()
    .filter_map(|p| rest.strip_prefix(p))
    .any(|after| {
        [" in ", " back in "].iter().any(|p| {
            after
                .strip_prefix(p)
                .is_some_and(|y| y.starts_with("19") || y.starts_with("20"))
        }) || [" last year", " the year before", " the previous year"]
            .iter()
            .any(|p| after.starts_with(p))
    })
}

/// "Lomez Brown was named Best Male Artist, having first won the award in 2022": a
/// win of the prize this sentence already gave, in the year said right after (the
/// caller has checked the cue with [`names_the_same_prize`]).
fn same_prize_again(
    c: &Clause<'_, '_, '_>,
    cs: usize,
    ce: usize,
    excluded: &[(usize, usize)],
    this_sentence: &[Found],
    before: Option<&Fact>,
) -> Option<Found> {
    // The prize named earlier in this sentence, else the one the sentence before in
    // the paragraph gave, taken again by its own winner ("Nancy Ajram was named Best
    // Arab Female Singer. ... she took the very same award last year"). Not when this
    // sentence names a prize of its own ("her fifth video of the year win - she took
    // the category last year") or a work took it: which prize, or whose, is then not
    // the one before.
    let subject = c.subjects_before(cs, 0, excluded, true);
    let before = before.filter(|fact| {
        c.categories.is_empty()
            && subject.last().is_some_and(|m| {
                m.kind != EntityKind::Work
                    && matches!(fact, Fact::Award { recipients, .. } if recipients.contains(&m.entities[0]))
            })
    });
    let (recipients, category) = this_sentence
        .iter()
        .rev()
        .filter(|f| f.cue.1 <= cs)
        .map(|f| &f.fact)
        .chain(before)
        .find_map(|fact| match fact {
            Fact::Award {
                recipients,
                category,
                ..
            } => Some((recipients.clone(), category.clone())),
            _ => None,
        })?;
    // The one who won it before: the cue's own subject, else the earlier winner.
    let subjects = c.subjects_before(cs, 0, excluded, false);
    let recipients = if subjects.is_empty() {
        recipients
    } else {
        entities_of(&subjects)
    };
    Some(Found {
        fact: Fact::Award {
            recipients,
            category,
            work: None,
        },
        rule: "award.same_prize_again",
        cue: (cs, ce),
        used: subjects.iter().map(|m| (m.start, m.end)).collect(),
        years_back: Vec::new(),
        confidence: 0.7,
        retype_work: None,
    })
}

/// Runs every award rule on a sentence; `before` is the award the previous sentence
/// of the paragraph gave, for "she took the same award last year".
pub fn find(
    c: &Clause<'_, '_, '_>,
    focus: Option<usize>,
    winners_list: ListMode,
    before: Option<&Fact>,
    out: &mut Vec<Found>,
    misses: &mut Vec<Miss>,
) {
    let first = out.len();
    if winners_list != ListMode::Off {
        list_line(c, winners_list, out);
    }
    let excluded = excluded_spans(c);
    let mut floor = 0usize;
    let mut again: Vec<(usize, usize)> = Vec::new();
    for cue in WIN.find_iter(c.text) {
        let (cs, ce) = (cue.start(), cue.end());
        // ""Won't Back Down"", ""Winning"": a title, not a cue.
        if c.inside_quoted_work(cs, ce) {
            continue;
        }
        // "Sweeps With Three Wins", "his 12 wins": a count of wins, a noun (a year
        // before it is a date: "2024 wins").
        let counted = c.lower[cs..ce] == *"wins"
            && c.lower[..cs].trim_end().last_word().is_some_and(|w| {
                crate::lexicon::is_count_word(w)
                    && !(w.len() == 4 && (w.starts_with("19") || w.starts_with("20")))
                    || matches!(w, "its" | "his" | "her" | "their")
            });
        if counted {
            continue;
        }
        // "who has won Album of the Year three times": a tally, not one occasion.
        // Only the cue's own clause counts: in "won A, becoming the first to take it
        // four times" the tally belongs to the record, not to this win.
        let clause_end = c.object_limit(ce).max(ce);
        let window = &c.lower[ce..clause_end];
        let window = window
            .find([',', ';', '—', '('])
            .map_or(window, |k| &window[..k]);
        let tally = window.contains(" times") || window.contains(" twice");
        if tally {
            misses.push(Miss {
                kind: "award",
                cue: (cs, ce),
                reason: "award cue counts repeated wins, not one occasion".to_string(),
            });
            continue;
        }
        let mut cats = categories_from(c, ce);
        if cats.is_empty()
            && let Some(contest) = contest_after(c, ce)
        {
            cats.push(contest);
        }
        if cats.is_empty()
            && let Some(found) = music_show_win(c, cs, ce, &excluded)
        {
            out.push(found);
            continue;
        }
        if cats.is_empty() && names_the_same_prize(c, ce) {
            // Resolved once the sentence's other rules have named the prize.
            again.push((cs, ce));
            continue;
        }
        if cats.is_empty() {
            // Only an explanation when it really reads as an award.
            if !matches!(
                crate::lexicon::to_lower(cue.as_str()).as_str(),
                "took"
                    | "takes"
                    | "taking"
                    | "got"
                    | "gets"
                    | "getting"
                    | "landed"
                    | "win"
                    | "receiving"
                    | "received"
                    | "earned"
                    | "claims"
                    | "claimed"
            ) {
                misses.push(Miss {
                    kind: "award",
                    cue: (cs, ce),
                    reason: format!(
                        "award cue '{}' but no award category after it",
                        cue.as_str()
                    ),
                });
            }
            continue;
        }
        let mut subjects = c.subjects_before(cs, floor, &excluded, true);
        if subjects.is_empty() && floor > 0 {
            // "X won A, after previously getting B": the main clause's subject.
            subjects = c.subjects_before(cs, 0, &excluded, true);
        }
        if subjects.is_empty()
            && !c.mentions.iter().any(|m| m.end <= cs && is_agent(m.kind))
            && let Some(s) = c.subject_after_opening(ce)
        {
            subjects = vec![s];
        }
        let region_end = cats
            .last()
            .map_or(ce, |(cat, w)| w.map_or(cat.end, |m| m.end));
        floor = region_end;
        if subjects.is_empty() {
            let loser = c.mentions.iter().any(|m| {
                is_agent(m.kind)
                    && m.end <= cs
                    && excluded.iter().any(|&(a, b)| m.start >= a && m.end <= b)
            });
            misses.push(Miss {
                kind: "award",
                cue: (cs, ce),
                reason: if loser {
                    format!(
                        "award cue '{}' but the only candidates are nominees, losers or presenters",
                        cue.as_str()
                    )
                } else {
                    format!("award cue '{}' but no recipient found", cue.as_str())
                },
            });
            continue;
        }
        let before = out.len();
        emit(
            c,
            focus,
            &subjects,
            &cats,
            "award.winner_verb",
            (cs, ce),
            out,
            misses,
        );
        add_featured(c, &mut out[before..]);
        add_sharers(c, ce, &mut out[before..]);
        // "TWS and ILLIT each received the Next Leader Award": one award apiece.
        if subjects.len() > 1 && c.lower[..cs].trim_end().ends_with(" each") {
            split_recipients(out, before);
        }
        respective(c, region_end, &mut out[before..]);
    }

    // "Luke Combs is the Country Music Association's entertainer of the year", "The
    // 71-year-old was this year's Icon Award honoree".
    if c.cues.may_match(cues::COPULA_WORDS)
        && (c.lower.contains(" is ")
            || c.lower.contains(" was ")
            || c.lower.contains(" are ")
            || c.lower.contains(" were "))
    {
        for cue in COPULA.find_iter(c.text) {
            let (cs, ce) = (cue.start(), cue.end());
            let from = ce + SHOW_POSSESSIVE.find(&c.text[ce..]).map_or(0, |m| m.end());
            let Some(cat) = c.category_after(from) else {
                continue;
            };
            let name = crate::lexicon::to_lower(&c.text[cat.start..cat.end]);
            let tail = c.lower[cat.end..].trim_start();
            let prize_named = name.contains("of the year")
                || name.starts_with("best ")
                || name.starts_with("top ")
                || ["honoree", "honouree", "recipient", "winner"]
                    .iter()
                    .any(|w| tail.starts_with(w));
            // "they are the best live act in japan", "the best band of all time":
            // praise in lowercase, not a prize.
            let praise = c.text[cat.start..].starts_with(char::is_lowercase)
                && [
                    "in ",
                    "ever",
                    "of all time",
                    "on the planet",
                    "in the world",
                    "around",
                ]
                .iter()
                .any(|w| tail.starts_with(w));
            if !prize_named || praise {
                continue;
            }
            emit_held(
                c,
                focus,
                &excluded,
                (cs, ce),
                cat,
                "award.copula",
                out,
                misses,
            );
        }
    }

    // (The cue scan's gates, supersets of the two word lists, answer first.)
    if c.cues.may_match(cues::HOLDER_TIME_WORDS)
        && c.cues.may_match(cues::HOLDER_WORDS)
        && (c.lower.contains("this year")
            || c.lower.contains("night")
            || c.lower.contains(" among "))
        && (c.lower.contains("recipient")
            || c.lower.contains("honoree")
            || c.lower.contains("honouree")
            || c.lower.contains("winner"))
    {
        holder_of(c, focus, &excluded, out, misses);
    }

    if c.lower.contains("winner of ") {
        appositive_winner(c, focus, out, misses);
    }

    // "Among her haul were A and B", "Their wins included A": the owner's awards.
    if c.cues.may_match(cues::HAUL_WORDS)
        && (c.lower.contains("haul") || c.lower.contains("wins") || c.lower.contains("trophies"))
    {
        for cue in HAUL.find_iter(c.text) {
            let (cs, ce) = (cue.start(), cue.end());
            let Some(owner) = c
                .mentions
                .iter()
                .find(|m| m.start >= cs && m.end <= ce && is_agent(m.kind))
            else {
                continue;
            };
            let cats = categories_from(c, ce);
            if cats.is_empty() {
                continue;
            }
            let before = out.len();
            let mut subject = owner.clone();
            subject.modifier = false;
            emit(
                c,
                focus,
                &[&subject],
                &cats,
                "award.haul",
                (cs, ce),
                out,
                misses,
            );
            add_featured(c, &mut out[before..]);
        }
    }

    for cue in WENT_TO.find_iter(c) {
        let (cs, ce) = (cue.start(), cue.end());
        let Some(cat) = c
            .categories
            .iter()
            .copied()
            .rev()
            .find(|k| {
                if k.end > cs {
                    return false;
                }
                let gap = c.text[k.end..cs].trim();
                // "Best New Artist, the category Rodrigo won two years ago, went to X".
                gap.split_whitespace().count() <= 1
                // "the Digital Daesang (grand prize for digital releases) was awarded to".
                || gap.starts_with('(') && gap.ends_with(')') && gap.matches('(').count() == 1
                || gap.len() >= 2
                    && gap.starts_with(',')
                    && gap.ends_with(',')
                    && !gap[1..gap.len() - 1].contains(',')
            })
            .or_else(|| c.category_opening_before(cs))
            .or_else(|| c.prize_subject_before(cs))
        else {
            continue;
        };
        // "Album of the Year (Daesang) went to X": the bracketed other name of the
        // prize just named is not the prize.
        let cat = c
            .categories
            .iter()
            .copied()
            .find(|k| k.end < cat.start && c.text[k.end..cat.start].trim() == "(")
            .unwrap_or(cat);
        let limit = c.object_limit(ce);
        let mut objs: Vec<&Mention> = c.objects_after(ce, limit, &[]);
        // "went to Theo Lane's "The Score"": the work's owner, right after the cue.
        if let Some(owner) = possessor_of_work_at(c, ce) {
            objs.retain(|o| o.start > owner.end);
            objs.insert(0, owner);
        }
        let Some(first) = objs.first() else {
            misses.push(Miss {
                kind: "award",
                cue: (cs, ce),
                reason: format!("award cue '{}' but no recipient after it", cue.as_str()),
            });
            continue;
        };
        let mut recips = vec![*first];
        for o in objs.iter().skip(1) {
            let gap = c.text[recips[recips.len() - 1].end..o.start].trim();
            if matches!(gap, "and" | "," | "&") {
                recips.push(o);
            } else {
                break;
            }
        }
        let last_end = recips.last().map_or(ce, |m| m.end);
        let work = c.work_after_for(last_end).or_else(|| {
            recips
                .last()
                .filter(|m| m.modifier)
                .and_then(|m| work_right_after(c, m.end))
        });
        let mut used: Vec<(usize, usize)> = recips.iter().map(|m| (m.start, m.end)).collect();
        used.push((cat.start, cat.end));
        if let Some(w) = work {
            used.push((w.start, w.end));
        }
        out.push(Found {
            fact: Fact::Award {
                recipients: entities_of(&recips),
                category: clean_category(&c.text[cat.start..cat.end]),
                work: work.map(|w| w.entities[0]),
            },
            rule: "award.went_to",
            cue: (cs, ce),
            used,
            years_back: Vec::new(),
            confidence: 0.85,
            retype_work: work.map(|w| w.entities[0]),
        });
    }

    // "X lost Album of the Year to Y": Y won it. "Z presented Y with Best New Artist":
    // Y won it (Z only handed it over).
    for (re, rule) in [
        (&*LOST_TO, "award.lost_to"),
        (&*PRESENTED_WITH, "award.presented_with"),
    ] {
        // Cheap gate before the regex.
        let present = if rule == "award.lost_to" {
            c.cues.may_match(cues::LOST_WORDS)
                && (c.lower.contains("los") || c.lower.contains("beaten"))
        } else {
            c.cues.may_match(cues::PRESENTED_WORDS)
                && (c.lower.contains("presented")
                    || c.lower.contains("presents")
                    || c.lower.contains("handed"))
        };
        if !present {
            continue;
        }
        for caps in re.captures_iter(c.text) {
            let (Some(all), Some(at)) = (caps.get(0), caps.get(1)) else {
                continue;
            };
            let (cue_start, cue_end) = (all.start(), at.start());
            // "lost Album of the Year to Y"; or "nominated for A but lost to Y".
            let to_or_by = |r: &str| {
                let r = r.trim_start();
                r.starts_with("to ") || r.starts_with("by ")
            };
            let named_before = || {
                to_or_by(&c.lower[cue_end..])
                    .then(|| {
                        c.categories
                            .iter()
                            .rev()
                            .find(|k| k.end <= cue_start)
                            .map(|k| Chunk {
                                start: k.start,
                                end: k.end,
                            })
                    })
                    .flatten()
            };
            // "lost out to Billie Eilish for Song of the Year".
            let to_x_for = || {
                let limit = c.object_limit(cue_end);
                c.categories
                    .iter()
                    .find(|k| {
                        k.start > cue_end
                            && k.end <= limit.max(cue_end)
                            && c.lower[..k.start].trim_end().ends_with(" for")
                            && to_or_by(&c.lower[cue_end..])
                    })
                    .map(|k| Chunk {
                        start: k.start,
                        end: k.end,
                    })
            };
            let cat = if rule == "award.lost_to" {
                // "lost out on Best New Artist to X".
                let on = c.lower[cue_end..]
                    .strip_prefix(" on ")
                    .map_or(cue_end, |_| cue_end + " on".len());
                c.category_after(on).or_else(named_before).or_else(to_x_for)
            } else {
                c.category_after(all.end())
            };
            let Some(cat) = cat else {
                continue;
            };
            let mut work = None;
            let mut winners: Vec<usize> = Vec::new();
            let winner: Option<&Mention> = if rule == "award.lost_to" {
                // "lost out to X for CATEGORY": X right after the cue.
                let to_from = if cat.start > cue_end && to_or_by(&c.lower[cue_end..]) {
                    cue_end
                } else {
                    cat.end.max(cue_end)
                };
                let rest = &c.lower[to_from..];
                let w = to_or_by(rest)
                    .then(|| {
                        // "was beaten by Miley Cyrus' "Flowers"": the artist of the work.
                        c.mentions
                            .iter()
                            .find(|m| m.start > to_from && is_agent(m.kind))
                    })
                    .flatten();
                // "to Doja Cat and SZA's "Kiss Me More"": the pair, and their song.
                let mut last = w;
                if let Some(first) = w {
                    for m in c.mentions.iter().filter(|m| m.start >= first.end) {
                        let head = last.unwrap_or(first);
                        let gap = c.text[head.end..m.start].trim();
                        if head.modifier || !is_agent(m.kind) || !matches!(gap, "and" | "&" | ",") {
                            break;
                        }
                        winners.extend(&m.entities);
                        last = Some(m);
                    }
                }
                if let Some(m) = last.filter(|m| m.modifier) {
                    work = work_right_after(c, m.end).map(|x| x.entities[0]);
                }
                w
            } else {
                c.mentions
                    .iter()
                    .find(|m| m.start >= cue_end && m.end <= at.end() && is_agent(m.kind))
            };
            let Some(w) = winner else { continue };
            let mut recipients = w.entities.clone();
            for e in winners.drain(..) {
                if !recipients.contains(&e) {
                    recipients.push(e);
                }
            }
            out.push(Found {
                fact: Fact::Award {
                    recipients,
                    category: clean_category(&c.text[cat.start..cat.end]),
                    work,
                },
                rule,
                cue: (cue_start, cue_end.max(cue_start + 1)),
                used: vec![(cat.start, cat.end), (w.start, w.end)],
                years_back: Vec::new(),
                confidence: 0.75,
                retype_work: work,
            });
        }
    }

    for cue in NAMED.find_iter(c) {
        let (cs, ce) = (cue.start(), cue.end());
        let contest = contest_after(c, ce);
        // "was named artist of the year and best new artist": each category listed.
        let mut cats = categories_from(c, ce);
        if cats.is_empty() {
            let Some(contest) = contest else {
                continue;
            };
            cats.push(contest);
        }
        let subjects = c.subjects_before(cs, 0, &excluded, true);
        // "rookie boy group NOVA CROWN, named Rookie Artist": the mention before.
        if subjects.is_empty() {
            continue;
        }
        emit(
            c,
            focus,
            &subjects,
            &cats,
            "award.named",
            (cs, ce),
            out,
            misses,
        );
    }
    if c.cues.may_match(cues::LOSERS) && c.lower.contains("beat") {
        beat_to(c, focus, &excluded, out, misses);
    }
    if c.cues.may_match(cues::INDUCTED) && c.lower.contains("inducted") {
        inducted(c, &excluded, out);
    }
    honours(c, out);
    for (cs, ce) in again {
        if let Some(found) = same_prize_again(c, cs, ce, &excluded, &out[first..], before) {
            out.push(found);
        }
    }
    split_plural_prizes(out, first);
}

/// "Tom Grennan beat Lewis Capaldi and Calvin Harris to Best Male": the subject won
/// the category named after "to"; the names between lost.
fn beat_to(
    c: &Clause<'_, '_, '_>,
    focus: Option<usize>,
    excluded: &[(usize, usize)],
    out: &mut Vec<Found>,
    misses: &mut Vec<Miss>,
) {
    // The defeats the losers' search already finds, read from the verb itself ("beat
    // out" too: its "out" is one of the words before the "to").
    for m in LOSERS.find_iter(c) {
        let k = m.start();
        let verb = &c.lower[k..m.end()];
        let verb = verb.split(' ').next().unwrap_or(verb);
        if !matches!(verb, "beat" | "beats") {
            continue;
        }
        let word_end = k + verb.len();
        let rest = &c.lower[word_end..];
        // Only the rivals' names, commas and "and" before the "to".
        let Some(to) = rest.find(" to ").filter(|&t| t <= 80) else {
            continue;
        };
        if rest[..to].contains(['.', ';', '"', '“']) {
            continue;
        }
        let to_end = word_end + to + " to ".len();
        let Some(cat) = c.categories.iter().find(|ch| ch.start == to_end).copied() else {
            continue;
        };
        emit_held(
            c,
            focus,
            excluded,
            (k, to_end),
            cat,
            "award.beat_to",
            out,
            misses,
        );
    }
}

/// True for a show that is itself the honour it gives: "Kennedy Center Honors",
/// "Rock and Roll Hall of Fame", "Polar Music Prize".
fn is_honour_show(name: &str) -> bool {
    ["Honors", "Honours", "Hall of Fame", "Prize"]
        .iter()
        .any(|h| name.ends_with(h))
}

/// "The 46th Kennedy Center Honors saluted comedian A, soprano B and singer C": one
/// award each, named for the honour. "C, herself a Kennedy Center honoree in 2017,":
/// the honour told in an appositive (dated by the sentence's year).
fn honours(c: &Clause<'_, '_, '_>, out: &mut Vec<Found>) {
    let honour_of = |m: &Mention| {
        (m.kind == EntityKind::Ceremony)
            .then(|| c.reg.entities[m.entities[0]].name.clone())
            .filter(|n| is_honour_show(n))
    };
    for cue in HONOURED.find_iter(c.text) {
        let (cs, ce) = (cue.start(), cue.end());
        let floor = c.clause_start(cs);
        // The show must be the verb's subject: right before it, or set off from it
        // by an aside between commas ("Honors, broadcast Friday night on CBS, saluted").
        let Some((show, category)) = c
            .mentions
            .iter()
            .rev()
            .filter(|m| m.end <= cs && m.start >= floor && !m.modifier)
            .find_map(|m| honour_of(m).map(|h| (m, h)))
        else {
            continue;
        };
        let between = c.text[show.end..cs].trim();
        let aside = between.len() >= 2
            && between.starts_with(',')
            && between.ends_with(',')
            && !between.contains(';');
        if !between.is_empty() && !aside {
            continue;
        }
        let limit = c.object_limit(ce);
        for o in c.objects_after(ce, limit, &[]) {
            out.push(Found {
                fact: Fact::Award {
                    recipients: o.entities.clone(),
                    category: category.clone(),
                    work: None,
                },
                rule: "award.honours",
                cue: (cs, ce),
                used: vec![(show.start, show.end), (o.start, o.end)],
                years_back: Vec::new(),
                confidence: 0.75,
                retype_work: None,
            });
        }
    }
    // The appositive after a name: "Gloria Estefan, herself a Kennedy Center honoree
    // in 2017,", "Mira Sol, a 2019 Rock and Roll Hall of Fame inductee,".
    if !c.cues.may_match(cues::HONOUREE_WORDS)
        || !["honoree", "honouree", "inductee", "laureate"]
            .iter()
            .any(|w| c.lower.contains(w))
    {
        return;
    }
    for holder in c
        .mentions
        .iter()
        .filter(|m| !m.modifier && is_agent(m.kind))
    {
        let Some(caps) = c.text.get(holder.end..).and_then(|t| HONOREE.captures(t)) else {
            continue;
        };
        let (Some(all), Some(name)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let category = format!("{} honoree", name.as_str().trim_end());
        let cue = (holder.end + name.start(), holder.end + all.end());
        out.push(Found {
            fact: Fact::Award {
                recipients: holder.entities.clone(),
                category,
                work: None,
            },
            rule: "award.honours",
            cue,
            used: vec![(holder.start, holder.end)],
            years_back: Vec::new(),
            confidence: 0.7,
            retype_work: None,
        });
    }
}

/// `award.appositive`: "joined by Abel Pintos, winner of best male pop album, for
/// ...": the name the appositive follows won the prize it names.
fn appositive_winner(
    c: &Clause<'_, '_, '_>,
    focus: Option<usize>,
    out: &mut Vec<Found>,
    misses: &mut Vec<Miss>,
) {
    for (k, _) in c.lower.match_indices("winner of ") {
        let opener = c.lower[..k].trim_end_matches(' ');
        let opener = [
            "the",
            "this year's",
            "this year’s",
            "tonight's",
            "the night's",
        ]
        .iter()
        .find_map(|a| opener.strip_suffix(a))
        .unwrap_or(opener)
        .trim_end_matches(' ');
        let Some(comma) = opener.strip_suffix(',').map(str::len) else {
            continue;
        };
        let Some(subject) = c
            .mentions
            .iter()
            .find(|m| m.end == comma && is_agent(m.kind) && !m.modifier)
        else {
            continue;
        };
        let at = k + "winner of ".len();
        let Some(cat) = c.category_after(at).filter(|cat| cat.start <= at + 4) else {
            continue;
        };
        emit(
            c,
            focus,
            &[subject],
            // "..., winner of best pop album, for a duet of "W"": the appositive
            // ends at its comma, and so does the work it may name.
            &[(
                cat,
                c.work_after_for(cat.end)
                    .filter(|w| !c.text[cat.end..w.start].contains(',')),
            )],
            "award.appositive",
            (k, at),
            out,
            misses,
        );
    }
}

/// The prize `cat` held by the subject before the cue at `cue`, with the work named
/// after it ("X is this year's Icon Award honoree", "X, this year's Y recipient").
#[allow(clippy::too_many_arguments)]
fn emit_held(
    c: &Clause<'_, '_, '_>,
    focus: Option<usize>,
    excluded: &[(usize, usize)],
    cue: (usize, usize),
    cat: Chunk,
    rule: &'static str,
    out: &mut Vec<Found>,
    misses: &mut Vec<Miss>,
) {
    let subjects = c.subjects_before(cue.0, 0, excluded, false);
    if subjects.is_empty() {
        return;
    }
    let before = out.len();
    emit(
        c,
        focus,
        &subjects,
        &[(cat, c.work_after_for(cat.end))],
        rule,
        cue,
        out,
        misses,
    );
    add_featured(c, &mut out[before..]);
}

/// The work named right after a possessive (within a few bytes: `'s "`).
fn work_right_after<'m>(c: &'m Clause<'_, '_, '_>, end: usize) -> Option<&'m Mention> {
    c.mentions
        .iter()
        .find(|x| x.start >= end && x.start <= end + 4 && x.kind == EntityKind::Work)
}

/// The possessor opening the object at `pos` when a work follows it: "Theo Lane's"
/// in "went to Theo Lane's "The Score"".
fn possessor_of_work_at<'m>(c: &'m Clause<'_, '_, '_>, pos: usize) -> Option<&'m Mention> {
    let m = c.mentions.iter().find(|m| m.start >= pos)?;
    let gap = c.lower[pos..m.start].trim();
    (m.modifier
        && is_agent(m.kind)
        && (gap.is_empty() || gap == "the")
        && work_right_after(c, m.end).is_some())
    .then_some(m)
}

/// `award.holder`: "X, this year's Icon Award honoree,", "X and Y were among the
/// other Bonsang recipients of the night": only when the prize is followed by
/// "honoree", "recipient(s)" or "winner(s)".
fn holder_of(
    c: &Clause<'_, '_, '_>,
    focus: Option<usize>,
    excluded: &[(usize, usize)],
    out: &mut Vec<Found>,
    misses: &mut Vec<Miss>,
) {
    for cue in HOLDER_OF.find_iter(c.text) {
        let (cs, ce) = (cue.start(), cue.end());
        let Some(cat) = c.category_after(ce) else {
            continue;
        };
        let tail = c.lower[cat.end..].trim_start();
        if !["honoree", "honouree", "recipient", "winner"]
            .iter()
            .any(|w| tail.starts_with(w))
        {
            continue;
        }
        let before = out.len();
        emit_held(
            c,
            focus,
            excluded,
            (cs, ce),
            cat,
            "award.holder",
            out,
            misses,
        );
        // Several among the recipients each won one.
        if cue.as_str().contains("among") {
            split_recipients(out, before);
        }
    }
}

/// "Mariah Carey, the Isley Brothers and Steely Dan were inducted into the
/// Songwriters Hall of Fame": one induction per inductee, named for the hall when the
/// sentence names it.
fn inducted(c: &Clause<'_, '_, '_>, excluded: &[(usize, usize)], out: &mut Vec<Found>) {
    for cue in INDUCTED.find_iter(c) {
        let (cs, ce) = (cue.start(), cue.end());
        let mut subjects = c.subjects_before(cs, 0, excluded, true);
        // "A, B, C and producer D were inducted": the whole list.
        if let Some(&last) = subjects.last() {
            let mut list = vec![last];
            for m in c
                .mentions
                .iter()
                .rev()
                .filter(|m| m.end <= last.start && is_agent(m.kind) && !m.modifier)
            {
                let head = list[list.len() - 1];
                let gap = c.lower[m.end..head.start].trim();
                // "Rodney "Darkchild" Jerkins": a first name before a nickname is
                // the same person.
                if gap.starts_with(['"', '“']) && gap.ends_with(['"', '”']) {
                    continue;
                }
                let words = gap
                    .trim_start_matches(',')
                    .trim_start()
                    .trim_start_matches("and ")
                    .split_whitespace()
                    .filter(|w| !w.starts_with('"') && !w.starts_with('“'))
                    .count();
                let separated = gap.starts_with(',') || gap.starts_with("and") || gap == "&";
                if !separated || words > 2 || gap.contains(['.', ';', '(']) {
                    break;
                }
                list.push(m);
            }
            if list.len() > subjects.len() {
                list.reverse();
                subjects = list;
            }
        }
        // "Also inducted in the performer category were A, B and C": the subjects
        // come after the verb.
        if subjects.is_empty()
            && let Some(were) = [" were ", " was "]
                .iter()
                .filter_map(|w| c.lower[ce..].find(w).map(|k| ce + k + w.len()))
                .min()
            && !c.lower[ce..were].contains([',', '.', ';'])
            && c.lower[ce..were].split_whitespace().count() <= 8
        {
            let after = c.objects_after(were, c.text.len(), excluded);
            if is_plain_list(c, &after) {
                subjects = after;
            }
        }
        let hall = c
            .mentions
            .iter()
            .find(|m| m.start >= ce && m.start <= ce + 24 && m.kind == EntityKind::Ceremony)
            .filter(|_| c.lower[ce..].trim_start().starts_with("into"));
        // "inducted into the Roll of Renown": a roll or hall the story names.
        let roll = c
            .mentions
            .iter()
            .find(|m| m.start >= ce && m.start <= ce + 24 && m.kind != EntityKind::Work)
            .filter(|m| {
                let into = c.lower[ce..m.start].trim();
                into == "into" || into == "into the"
            });
        let category = hall.or(roll).map_or_else(
            || "induction".to_string(),
            |h| c.reg.entities[h.entities[0]].name.clone(),
        );
        for s in subjects {
            let mut used = vec![(s.start, s.end)];
            if let Some(h) = hall {
                used.push((h.start, h.end));
            }
            out.push(Found {
                fact: Fact::Award {
                    recipients: s.entities.clone(),
                    category: category.clone(),
                    work: None,
                },
                rule: "award.inducted",
                cue: (cs, ce),
                used,
                years_back: Vec::new(),
                confidence: 0.8,
                retype_work: None,
            });
        }
    }
}

/// Names joined only by commas, "and" and "&": "A, B, C and D".
fn is_plain_list(c: &Clause<'_, '_, '_>, names: &[&Mention]) -> bool {
    !names.is_empty()
        && names.iter().all(|m| is_agent(m.kind) && !m.modifier)
        && names
            .windows(2)
            .all(|w| crate::roles::is_list_gap(c.lower[w[0].end..w[1].start].trim()))
}

/// "SEVENTEEN and NewJeans take home Daesangs", "Album Bonsangs went to ENHYPEN and
/// Stray Kids": a plural prize shared out is one award each, in the singular.
fn split_plural_prizes(out: &mut Vec<Found>, from: usize) {
    let found: Vec<Found> = out.drain(from..).collect();
    for f in found {
        let Fact::Award {
            recipients,
            category,
            work,
        } = &f.fact
        else {
            out.push(f);
            continue;
        };
        let plural = category.last_word().is_some_and(|w| {
            matches!(
                crate::lexicon::to_lower(w).as_str(),
                "bonsangs" | "daesangs" | "awards" | "prizes"
            )
        });
        if !plural {
            out.push(f);
            continue;
        }
        let singular = category[..category.len() - 1].to_string();
        for &r in recipients {
            out.push(Found {
                fact: Fact::Award {
                    recipients: vec![r],
                    category: singular.clone(),
                    work: *work,
                },
                ..f.clone()
            });
        }
    }
}

/// `award.winners_list`: in an article that lists its winners, a line
/// "Song of the Year: aespa – "Supernova"" or "Digital Daesang (Song of the Year):
/// NewJeans". Several artists on one line are several winners only when the article
/// mentions no nominees (otherwise the line may be a nominee list).
fn list_line(c: &Clause<'_, '_, '_>, mode: ListMode, out: &mut Vec<Found>) {
    let Some(cat) = c
        .categories
        .iter()
        .find(|k| k.start == 0)
        .copied()
        .or_else(|| translated_category(c))
    else {
        winner_first_line(c, out);
        return;
    };
    let cat = &cat;
    let mut after = cat.end;
    if c.text[after..].starts_with(" (")
        && let Some(close) = c.text[after..].find(')')
    {
        after += close + 1;
    }
    let rest = &c.text[after..];
    let Some(sep) = [":", " –", " —", " -"]
        .iter()
        .find(|s| rest.starts_with(*s))
    else {
        return;
    };
    let from = after + sep.len();
    let mut agents: Vec<&Mention> = c
        .mentions
        .iter()
        .filter(|m| m.start >= from && is_agent(m.kind) && !m.modifier)
        .collect();
    drop_winner_label(c, &mut agents);
    // "Album of the Year: Wizkid, Made in Lagos (Deluxe)": after a work prize's
    // winner and a comma comes the work, not more winners.
    let category_lower = &c.lower[cat.start..cat.end];
    if ["album", "song", "record", "single", "video"]
        .iter()
        .any(|w| category_lower.contains(w))
        && let Some(first) = agents.first()
        && c.text[first.end..].starts_with(", ")
    {
        agents.truncate(1);
    }
    // ""Essence" by Wizkid featuring Tems": one shared award.
    let featured = agents.len() > 1
        && agents.windows(2).all(|w| {
            matches!(
                c.lower[w[0].end..w[1].start].trim(),
                "featuring" | "feat." | "ft." | "feat" | "ft" | "x" | "with"
            )
        });
    if featured {
        let recipients: Vec<usize> = agents.iter().flat_map(|a| a.entities.clone()).collect();
        let work = c
            .mentions
            .iter()
            .find(|m| m.start >= from && m.kind == EntityKind::Work);
        let mut used: Vec<(usize, usize)> = agents.iter().map(|a| (a.start, a.end)).collect();
        used.push((cat.start, cat.end));
        out.push(list_award(c, recipients, cat, work, (after, from), used));
        return;
    }
    let allowed = match mode {
        ListMode::Off => 0,
        ListMode::OneWinnerPerLine => 1,
        ListMode::WinnersOnly => usize::MAX,
    };
    if agents.is_empty() || agents.len() > allowed || c.lower.contains("nominee") {
        return;
    }
    let single = agents.len() == 1;
    for a in &agents {
        // "Album of the Year: "Salt Air," Ivy Marr": the work may come first.
        let work = if single {
            c.mentions
                .iter()
                .find(|m| m.start > a.end && m.kind == EntityKind::Work)
                .or_else(|| {
                    c.mentions
                        .iter()
                        .find(|m| m.start >= from && m.end <= a.start && m.kind == EntityKind::Work)
                })
        } else {
            None
        };
        let mut used = vec![(cat.start, cat.end), (a.start, a.end)];
        if let Some(w) = work {
            used.push((w.start, w.end));
        }
        out.push(list_award(
            c,
            a.entities.clone(),
            cat,
            work,
            (after, from),
            used,
        ));
    }
}

/// `award.winners_list`, written winner first: "🏆 NewJeans – Musician of the Year",
/// "- Silica Gel – Album of the Year ("POWER ANDRE 99")". The line is a bullet or
/// trophy, one act, a dash or colon, and the prize closing the line (a quoted work
/// in brackets may follow it).
fn winner_first_line(c: &Clause<'_, '_, '_>, out: &mut Vec<Found>) {
    let [cat] = c.categories else {
        return;
    };
    let Some(winner) = c.mentions.first() else {
        return;
    };
    // Before the act, only a bullet or an emoji.
    if !is_agent(winner.kind)
        || winner.modifier
        || c.text[..winner.start].contains(char::is_alphanumeric)
        || c.text[..winner.start].trim().is_empty()
    {
        return;
    }
    if !matches!(&c.text[winner.end..cat.start], " – " | " — " | " - " | ": ") {
        return;
    }
    let tail = c.text[cat.end..].trim_end_matches(['.', ' ']);
    let work = c
        .mentions
        .iter()
        .find(|m| m.start > cat.end && m.kind == EntityKind::Work);
    let closes = tail.is_empty()
        || work.is_some_and(|w| {
            tail.starts_with(" (")
                && tail.ends_with(')')
                && c.mentions.iter().filter(|m| m.start > cat.end).count() == 1
                && w.end + 2 >= cat.end + tail.len()
        });
    if !closes {
        return;
    }
    let mut used = vec![(cat.start, cat.end), (winner.start, winner.end)];
    if let Some(w) = work {
        used.push((w.start, w.end));
    }
    out.push(list_award(
        c,
        winner.entities.clone(),
        cat,
        work,
        (winner.end, cat.start),
        used,
    ));
}

/// "Ella Baila Sola – Peso Pluma – WINNER": beside other names on a list line, the
/// word "winner" is the line's label, not the K-pop group of that name.
fn drop_winner_label(c: &Clause<'_, '_, '_>, agents: &mut Vec<&Mention>) {
    let label = |m: &&Mention| {
        matches!(
            c.text[m.start..m.end].to_ascii_lowercase().as_str(),
            "winner" | "winners"
        )
    };
    if agents.len() > 1 && agents.iter().any(label) {
        agents.retain(|m| !label(m));
    }
}

/// The award a winners-list line gives `recipients`.
fn list_award(
    c: &Clause<'_, '_, '_>,
    recipients: Vec<usize>,
    cat: &Chunk,
    work: Option<&Mention>,
    cue: (usize, usize),
    used: Vec<(usize, usize)>,
) -> Found {
    Found {
        fact: Fact::Award {
            recipients,
            category: clean_category(&c.text[cat.start..cat.end]),
            work: work.map(|w| w.entities[0]),
        },
        rule: "award.winners_list",
        cue,
        used,
        years_back: Vec::new(),
        confidence: 0.7,
        retype_work: work.map(|w| w.entities[0]),
    }
}

/// "Grupo do Ano (Group of the Year): Menos é Mais!": a prize's local name opening
/// the line, its English name (a category) in brackets; the chunk covers both.
fn translated_category(c: &Clause<'_, '_, '_>) -> Option<Chunk> {
    let open = c.text.find(" (")?;
    let local = &c.text[..open];
    if local.is_empty()
        || local.len() > 40
        || local.contains([',', '.', ':'])
        || !local.starts_with(char::is_uppercase)
    {
        return None;
    }
    let inner = c.categories.iter().find(|k| k.start == open + 2)?;
    c.text[inner.end..].starts_with(')').then_some(Chunk {
        start: 0,
        end: inner.end + 1,
    })
}

/// The category a sentence is nothing but, as a winners list's heading ("Artist of
/// the Year" on its own line), cleaned.
pub fn list_heading(c: &Clause<'_, '_, '_>) -> Option<String> {
    let body = c.text.trim_end_matches([' ', ':', '.']);
    // "ARTISTA FEMENINA DEL AÑO / BEST FEMALE ARTIST": the prize in two languages,
    // one of them a name the recogniser knows for a prize.
    if let Some((one, other)) =
        crate::lexicon::find_lit(body, " / ").map(|k| (&body[..k], &body[k + 3..]))
        && !other.contains(" / ")
        && body.len() <= 90
        && body.split_whitespace().all(|w| {
            w.starts_with(|ch: char| !ch.is_lowercase())
                || matches!(
                    w,
                    "of" | "the" | "and" | "del" | "de" | "la" | "el" | "y" | "du" | "des"
                )
        })
    {
        return [other, one]
            .into_iter()
            .find(|part| crate::entities::is_category(part) || title_case_category(part))
            .map(clean_category);
    }
    let Some(cat) = c.categories.iter().find(|k| k.start == 0) else {
        // "ARTIST OF THE YEAR (BONSANG)": the prize's other name in brackets.
        let bracket_at = if body.ends_with(')') {
            crate::lexicon::rfind_lit(body, " (")
        } else {
            None
        };
        let (bare, bracket) = match bracket_at {
            Some(k) => (&body[..k], &body[k + 2..body.len() - 1]),
            None => (body, ""),
        };
        // "BESTE KÜNSTLERIN (Best Female Artist)": the prize in the local language,
        // its English name in brackets.
        let translated = bare.len() <= 60
            && !bare.contains(['.', ',', ':'])
            && bare
                .split_whitespace()
                .all(|w| !w.starts_with(char::is_lowercase))
            && (crate::entities::is_category(bracket) || title_case_category(bracket));
        // "NEWCOMER OF THE YEAR (Årets nykommer, with a grant of NOK 300,000)": a
        // long aside in the brackets is no part of the prize's name.
        let aside = bracket.contains(',') || bracket.split_whitespace().count() > 3;
        let name = if aside && !translated { bare } else { body };
        return (translated || title_case_category(bare) || genre_heading(bare))
            .then(|| clean_category(name));
    };
    // "BEST ARTIST – EAST AFRICA": a dash and the region or genre it is for, part
    // of the prize's name ("New Talent of the Year — Max Jackson" names the winner).
    let names_after = c
        .mentions
        .iter()
        .any(|m| m.start >= cat.end && is_agent(m.kind));
    let qualified = !names_after
        && ["– ", "— ", "- "].iter().any(|d| {
            c.text[cat.end..]
                .trim_start()
                .strip_prefix(d)
                .is_some_and(|q| {
                    let q = q.trim_end_matches([' ', ':', '.']);
                    !q.is_empty()
                        && q.split_whitespace().count() <= 4
                        && q.split_whitespace()
                            .all(|w| w.starts_with(|ch: char| ch.is_uppercase()) || w == "&")
                })
        });
    if qualified {
        return Some(clean_category(body));
    }
    (cat.end == body.len() || {
        // "Song of the Year (presented by X)": a parenthesised note after it.
        let tail = c.text[cat.end..].trim();
        tail.starts_with('(') && tail.ends_with(')')
    })
    .then(|| clean_category(&c.text[cat.start..cat.end]))
}

/// "ROCK", "HIP-HOP", "FOLK MUSIC", "Electronica": in a winners list, a heading
/// that is a genre alone names the genre's prize.
pub fn genre_heading(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 || line.len() > 30 {
        return false;
    }
    let capitalised = words
        .iter()
        .all(|w| w.starts_with(|ch: char| ch.is_uppercase()) || *w == "&");
    let first = crate::lexicon::to_lower(words[0]);
    capitalised
        && matches!(
            first.as_str(),
            "rock"
                | "metal"
                | "pop"
                | "hip-hop"
                | "hip"
                | "rap"
                | "country"
                | "jazz"
                | "blues"
                | "folk"
                | "electronic"
                | "electronica"
                | "dance"
                | "r&b"
                | "reggae"
                | "classical"
                | "gospel"
                | "indie"
                | "alternative"
                | "punk"
                | "soul"
                | "latin"
                | "americana"
                | "bluegrass"
                | "reggaeton"
                | "afrobeats"
                | "k-pop"
                | "urban"
                | "world"
        )
        // "ROCK" or "FOLK MUSIC", not "POP STARS ON THE RED CARPET".
        && words[1..].iter().all(|w| {
            matches!(
                crate::lexicon::to_lower(w).as_str(),
                "music" | "album" | "song" | "artist" | "act" | "hop" | "&" | "soul" | "roll" | "b"
            )
        })
}

/// A short Title Case line shaped like a prize's name: "Country Song of the Year",
/// "Alternative Rock Artist of the Year", "Innovator Award".
fn title_case_category(line: &str) -> bool {
    // Ten words are enough to tell a line of more than nine: no need to split a
    // whole sentence (this runs on every sentence of a winners list).
    // A word neither capitalised nor small ends the look there (most sentences have
    // one among their first few words).
    let small = |w: &str| matches!(w, "of" | "the" | "and" | "&" | "for" | "a" | "in" | "by");
    let mut words: Vec<&str> = Vec::with_capacity(10);
    for w in line.split_whitespace().take(10) {
        if !(w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()) || small(w)) {
            return false;
        }
        words.push(w);
    }
    if words.is_empty() || words.len() > 9 {
        return false;
    }
    let last = crate::lexicon::to_lower(words[words.len() - 1]);
    // "SONG OF THE YEAR": an all-capitals heading too.
    line.ends_with(" of the Year")
        || line.ends_with(" OF THE YEAR")
        || matches!(words[0], "Best" | "Top" | "Favorite" | "Favourite")
        || matches!(
            last.as_str(),
            "award"
                | "artist"
                | "song"
                | "album"
                | "video"
                | "group"
                | "collaboration"
                | "act"
                | "performance"
                | "producer"
                | "songwriter"
                | "newcomer"
                | "duo"
        ) && words.len() >= 2
}

/// "WINNER: "Shape of You" - Ed Sheeran" under a heading naming the category: each
/// artist on the line won it, for the work named there. Returns true when the
/// heading goes on to the next line: a bullet list of bare names ("- TWS", "- IVE")
/// under one heading is a winner per line, and "- Male: X" names the prize's
/// division ("Rookie of the Year (Male)").
pub fn heading_winner(
    c: &Clause<'_, '_, '_>,
    category: &str,
    item: bool,
    marked: bool,
    out: &mut Vec<Found>,
) -> bool {
    let head = c.lower.trim_start_matches(['*', '-', '•', ' ']);
    // "(Last year's winner: Tulus - Manusia)": the same prize a year before (its
    // "last year" dates it).
    let (head, last_year) = match last_years_winner_line(head) {
        Some(rest) => (rest, true),
        None => (head, false),
    };
    let lead = c.lower.len() - head.len();
    // "• **Karol G** (WINNER)" over "• Shakira": where the list marks its winners,
    // an unmarked line is a nominee, and the heading goes on.
    if marked && !has_winner_mark(c.lower) && !last_year {
        return item || lead > 0;
    }
    let label = ["winner:", "winner -", "winner –", "winner —", "winners:"]
        .iter()
        .find(|l| head.starts_with(*l))
        .map_or(0, |l| l.len());
    let mut from = lead + label;
    let mut category = category.to_string();
    let mut division = false;
    if label == 0
        && let Some(colon) = c.text[from..].find(": ")
        && let sub = &c.text[from..from + colon]
        && sub.starts_with(char::is_uppercase)
        && sub.split(' ').count() <= 2
        && !matches!(
            c.lower[from..from + colon].trim_end_matches('s'),
            "nominee"
                | "also nominated"
                | "nominated"
                | "presenter"
                | "presented by"
                | "host"
                | "note"
                | "shortlist"
        )
    {
        category = format!("{category} ({sub})");
        from += colon + 2;
        division = true;
    }
    // Unlabelled, the line must be nothing but names and titles: "Bruno Mars
    // (presented by Alicia Keys)", not "Also nominated: A, B".
    if label == 0 && !only_names(c, from) {
        return false;
    }
    // "BTS (#BTSARMY)", "Bruno Mars (presented by Alicia Keys)": not the note.
    let upto = c.text[from..].find(" (").map_or(c.text.len(), |k| from + k);
    let mut agents: Vec<&Mention> = c
        .mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= upto && is_agent(m.kind) && !m.modifier)
        .collect();
    drop_winner_label(c, &mut agents);
    if agents.is_empty() {
        return false;
    }
    let mut work = c
        .mentions
        .iter()
        .find(|m| m.start >= from && m.kind == EntityKind::Work);
    // "Tulus - Manusia": after the winner and a dash, an unknown name is the work.
    if work.is_none()
        && agents.len() == 2
        && matches!(&c.text[agents[0].end..agents[1].start], " - " | " – " | " — ")
        && c.reg.entities[agents[1].entities[0]].kb.is_none()
        // ("Effiekuma - Kofi Kinaata" puts the song first: a first name after the
        // dash is the artist.)
        && crate::gender::of_name(&c.reg.entities[agents[1].entities[0]].name).is_none()
    {
        work = agents.pop();
    }
    let mut used: Vec<(usize, usize)> = agents.iter().map(|m| (m.start, m.end)).collect();
    if let Some(w) = work {
        used.push((w.start, w.end));
    }
    out.push(Found {
        fact: Fact::Award {
            recipients: entities_of(&agents),
            category,
            work: work.map(|w| w.entities[0]),
        },
        rule: "award.winners_heading",
        cue: (lead, from),
        used,
        years_back: Vec::new(),
        confidence: 0.8,
        retype_work: work.map(|w| w.entities[0]),
    });
    // "Gold: X" goes on to "Silver: Y" and "Bronze: Z".
    (item || lead > 0 || division) && label == 0
}

/// "(Last year's winner: Tulus - Manusia)": a line naming the previous winner; the
/// line from "winner" on.
pub fn last_years_winner_line(lower: &str) -> Option<&str> {
    lower
        .trim_start_matches(['*', '-', '•', ' ', '('])
        .strip_prefix("last year's ")
        .filter(|r| {
            r.strip_prefix("winner")
                .is_some_and(|r| r.starts_with([':', ' ']))
        })
}

/// The mark a winners list puts on its winners: "(WINNER)", "(winner)", "– WINNER".
pub fn has_winner_mark(lower: &str) -> bool {
    let end = lower.trim_end();
    lower.contains("(winner)")
        || ["– winner", "- winner", "— winner"]
            .iter()
            .any(|m| end.ends_with(m))
}

/// True when a line holds only names, titles, list separators and a parenthesised
/// note.
fn only_names(c: &Clause<'_, '_, '_>, from: usize) -> bool {
    let body = c.text.split(" (").next().unwrap_or(c.text);
    let from = from.min(body.len());
    let mut at = from;
    for m in c
        .mentions
        .iter()
        .filter(|m| m.start >= from && m.end <= body.len())
    {
        if !body[at..m.start]
            .split(|ch: char| ch.is_whitespace() || "\"“”'‘’,&-–—*".contains(ch))
            .all(|w| w.is_empty() || w == "and")
        {
            return false;
        }
        at = m.end;
    }
    at > from
        && body[at..]
            .trim_matches(|ch: char| ch.is_whitespace() || "\"“”'‘’.*".contains(ch))
            .is_empty()
}

/// How an article's "Category: Artist" lines are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListMode {
    /// The article lists no winners.
    Off,
    /// It lists winners, and mentions nominees too: one artist per line only.
    OneWinnerPerLine,
    /// It lists winners and no nominees: every artist on a line won.
    WinnersOnly,
}

/// Categories after a win cue: "A and B", "A, B and C", each with its "for W".
fn categories_from<'m>(c: &'m Clause<'_, '_, '_>, pos: usize) -> Vec<(Chunk, Option<&'m Mention>)> {
    let mut out = Vec::new();
    let mut at = pos;
    // "won 11 awards, including Top Country Artist and ...".
    if let Some(m) = COUNTED.find(&c.text[pos..]) {
        at = pos + m.end();
    } else if let Some(m) = PRIZE_THEN_CATEGORY.find(&c.text[pos..]) {
        at = pos + m.end();
    }
    while let Some(cat) = c.category_after(at) {
        // "Accepting the Daesang": a bare back-reference, not a new award.
        let text = &c.text[cat.start..cat.end];
        let before = c.text[..cat.start].trim_end();
        // "triumphed in the Bonsang category": named as a category, it is one.
        let named_category = [" category", " award", " prize", " trophy"]
            .iter()
            .any(|w| c.lower[cat.end..].starts_with(w));
        if !text.contains(' ')
            && crate::lexicon::lower_ends_with(before, "the")
            && out.is_empty()
            && matches!(text, "Daesang" | "Bonsang")
            && !named_category
        {
            // "took home the Daesang for Song of the Year": the named category.
            if c.text[cat.end..].starts_with(" for ")
                && let Some(named) = c.category_after(cat.end + 5)
            {
                let work = c.work_after_for(named.end);
                out.push((named, work));
            }
            break;
        }
        let mut end = cat.end;
        // "the Best Asian Style award", "the MWave Global Choice gong".
        let tail = &c.text[end..];
        for w in [" award", " gong", " trophy", " prize", " honour", " honor"] {
            if crate::lexicon::lower_starts_with(tail, w) {
                end += w.len();
                break;
            }
        }
        let work = c.work_after_for(end);
        if let Some(w) = work {
            end = w.end
                + c.text[w.end..]
                    .find(|ch: char| ch != '"' && ch != '”')
                    .unwrap_or(0);
        } else if let Some(m) = REPEAT_TAIL.find(&c.text[end..]) {
            // "female vocalist of the year for the second consecutive year and ...".
            end += m.end();
        }
        out.push((cat, work));
        // "the Gardel de Oro, the ceremony's top honour, as well as album of the
        // year": an appositive describing the prize, then the list goes on.
        if let Some(inner) = c.lower[end..].strip_prefix(", the ")
            && let Some(k) = inner.find(',')
            && inner[..k].split(' ').count() <= 5
            && ["honour", "honor", "prize", "award", "accolade", "trophy"]
                .iter()
                .any(|w| inner[..k].ends_with(w))
        {
            end += ", the ".len() + k;
        }
        // American style puts the comma inside the quotes: "for "Snooze," best ...".
        let rest = &c.text[end..];
        let rest_norm = rest
            .strip_prefix(",\"")
            .or_else(|| rest.strip_prefix(",”"))
            .map(|r| (r, rest.len() - r.len()));
        let sep = [
            ", and ",
            " and ",
            ", as well as ",
            ", plus ",
            ", ",
            " as well as ",
            " plus ",
        ]
        .iter()
        .find(|s| rest.starts_with(*s))
        .map(|s| s.len())
        .or_else(|| {
            rest_norm.and_then(|(r, q)| {
                [" and ", " "]
                    .iter()
                    .find(|s| r.starts_with(*s))
                    .map(|s| q + s.len())
            })
        });
        // "best pop vocal album for Short n' Sweet and best pop solo performance": an
        // unquoted title the recogniser cut short; the next category after "and".
        let sep = sep.or_else(|| {
            let window = crate::lexicon::head(rest, 40);
            let k = window.find(" and ")?;
            (!window[..k].contains([',', ';', '.', ':'])
                && c.category_after(end + k + 5)
                    .is_some_and(|n| n.start == end + k + 5))
            .then_some(k + 5)
        });
        match sep {
            Some(n) => at = end + n,
            None => break,
        }
    }
    out
}

/// "won the 2023 Mercury Prize for their album X", "won Eurovision with Y": a contest
/// or prize where winning is the award; the category is the prize's own name.
fn contest_after<'m>(
    c: &'m Clause<'_, '_, '_>,
    pos: usize,
) -> Option<(Chunk, Option<&'m Mention>)> {
    // "who won the 2019 contest in Tel Aviv with Arcade": the story's contest.
    if let Some(k) = CONTEST_NOUN.find(&c.lower[pos..]).map(|k| pos + k.end())
        && c.reg.entities.iter().any(|e| {
            e.kind == EntityKind::Ceremony
                && e.seen > 0
                && crate::lexicon::to_lower(&e.name)
                    .split_whitespace()
                    .any(|w| {
                        matches!(
                            w,
                            "contest" | "competition" | "eurovision" | "festival" | "prize"
                        )
                    })
        })
    {
        // The noun alone: the year is the edition, not part of the prize's name.
        let cat = Chunk {
            start: c.text[..k].rfind(' ').map_or(pos, |b| b + 1),
            end: k,
        };
        let work = c.mentions.iter().find(|w| {
            w.kind == EntityKind::Work
                && w.start > k
                && (c.text[k..w.start].contains(" with ") || c.text[k..].starts_with(" for "))
                && !c.text[k..w.start].contains(['.', ';', ','])
                && c.text[k..w.start].split_whitespace().count() <= 6
        });
        return Some((cat, work));
    }
    let m = c
        .mentions
        .iter()
        .find(|m| m.start >= pos && m.kind == EntityKind::Ceremony)?;
    let gap = crate::lexicon::to_lower(c.text[pos..m.start].trim());
    // "crowned the winner of the 2023 Eurovision Song Contest".
    let gap = [
        "the winner of",
        "winner of",
        "the champion of",
        "champion of",
    ]
    .iter()
    .find_map(|p| gap.strip_prefix(p))
    .unwrap_or(&gap)
    .trim();
    let gap = gap.strip_prefix("the").unwrap_or(gap).trim();
    // Only the edition between them: "the 2019", "the 65th", "the 65th annual".
    let edition_word = |w: &str| {
        w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
            || w == "annual"
            || w.len() > 2
                && ["st", "nd", "rd", "th"].iter().any(|x| {
                    w.strip_suffix(x)
                        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                })
    };
    if !gap.split_whitespace().all(edition_word) {
        return None;
    }
    let name = crate::lexicon::to_lower(&c.text[m.start..m.end]);
    let contest = ["prize", "contest", "competition", "eurovision"]
        .iter()
        .any(|w| name.split_whitespace().any(|x| x == *w));
    if !contest || name.ends_with("awards") {
        return None;
    }
    let cat = Chunk {
        start: m.start,
        end: m.end,
    };
    // "for their second album, Where I'm Meant to Be", "with her ballad Tattoo".
    let limit = c.object_limit(m.end).max(m.end).min(m.end + 90);
    let work = c.work_after_for(m.end).or_else(|| {
        c.mentions.iter().find(|w| {
            w.kind == EntityKind::Work
                && w.start > m.end
                && w.end <= limit
                && c.text.get(m.end..w.start).is_some_and(|g| {
                    let g = g.trim_start();
                    // "in Rotterdam with "Zitti e buoni"" too.
                    (g.starts_with("for ") || g.starts_with("with ") || g.contains(" with "))
                        && !g.contains(['.', ';'])
                        && g.split_whitespace().count() <= 6
                })
        })
    });
    Some((cat, work))
}

#[allow(clippy::too_many_arguments)]
fn emit(
    c: &Clause<'_, '_, '_>,
    focus: Option<usize>,
    subjects: &[&Mention],
    cats: &[(Chunk, Option<&Mention>)],
    rule: &'static str,
    cue: (usize, usize),
    out: &mut Vec<Found>,
    misses: &mut Vec<Miss>,
) {
    let any_work_cat = cats
        .iter()
        .any(|(k, _)| work_category(&c.text[k.start..k.end]));
    let subject = subjects[subjects.len() - 1];
    let subj_entity = subject.entities[0];
    let reg = c.reg;
    // "When Glass Cathedral won Album of the Year ..., Lindqvist forgot": a name never
    // seen before, winning a work category, while a known artist acts in the next
    // clause, is the artist's work.
    let unknown_first_seen = subject.via == Via::Name
        && reg.entities[subj_entity].kb.is_none()
        && (reg.entities[subj_entity].kind == EntityKind::Person
            // "IDOL was voted the TikTok Best Video": one word in capitals, typed a
            // group by its capitals alone.
            || reg.entities[subj_entity].kind == EntityKind::Group
                && !reg.entities[subj_entity].name.contains(' ')
                && !reg.entities[subj_entity].name.chars().any(char::is_lowercase))
        && reg.entities[subj_entity].seen <= 1;
    let work_targets: Vec<usize> = cats
        .iter()
        .filter_map(|(_, w)| w.map(|m| m.entities[0]))
        .collect();
    let known_artist_after = c.mentions.iter().any(|m| {
        m.start > cue.1
            && is_agent(m.kind)
            && !m.modifier
            && m.via == Via::Name
            && m.entities[0] != subj_entity
            && !work_targets.contains(&m.entities[0])
            && reg.entities[m.entities[0]].seen > 1
            && c.text[cue.1..m.start].contains(", ")
    });
    // "Beyoncé became the most decorated artist when Renaissance was named best
    // dance/electronic music album": the artist of the main clause, the work after
    // "when".
    let artist_before_when = c.mentions.iter().any(|m| {
        m.end <= subject.start
            && is_agent(m.kind)
            && !m.modifier
            && m.entities[0] != subj_entity
            && [" when ", " as ", " after "]
                .iter()
                .any(|w| c.text[m.end..subject.start].contains(w))
    });
    // "as Shakira is honoured with the Video Vanguard": people are honoured, works
    // are not.
    let honoured = {
        let verb = c.text[cue.0..cue.1].to_ascii_lowercase();
        verb.contains("honour") || verb.contains("honor")
    };
    let is_work_subject = subject.kind == EntityKind::Work
        || any_work_cat
            && unknown_first_seen
            && !honoured
            && (known_artist_after || artist_before_when);
    let (recipients, subject_work, rule) = if is_work_subject {
        // "and Lumen Veil, whose "Place" won X": the owner the relative names.
        let whose = c
            .mentions
            .iter()
            .rev()
            .find(|m| {
                m.end <= subject.start
                    && is_agent(m.kind)
                    && c.text[m.end..subject.start].trim_end_matches(['"', '“', '‘', '\'', ' '])
                        == ", whose"
            })
            .map(|m| m.entities[0]);
        let owner = reg
            .owner_of(subj_entity)
            .or(whose)
            .or_else(|| {
                // Another actor in the sentence, else the document's focus.
                c.mentions
                    .iter()
                    .find(|m| {
                        is_agent(m.kind)
                            && m.entities[0] != subj_entity
                            && m.via != Via::Quote
                            // "... wins Best Song as Rihanna takes the stage": the
                            // actor of another clause did not win it.
                            && !(m.start > cue.1
                                && [" as ", " while ", " when ", "; "]
                                    .iter()
                                    .any(|w| c.text[cue.1..m.start].contains(w)))
                    })
                    .map(|m| m.entities[0])
            })
            .or(focus);
        match owner {
            Some(o) => (vec![o], Some(subj_entity), "award.work_subject"),
            None => {
                misses.push(Miss {
                    kind: "award",
                    cue,
                    reason: "award won by a work whose artist is unknown".to_string(),
                });
                return;
            }
        }
    } else {
        (entities_of(subjects), None, rule)
    };
    for (cat, work) in cats {
        let category = clean_category(&c.text[cat.start..cat.end]);
        let mut used: Vec<(usize, usize)> = subjects.iter().map(|m| (m.start, m.end)).collect();
        used.push((cat.start, cat.end));
        let work_entity = work
            .map(|w| w.entities[0])
            .or(subject_work.filter(|_| work_category(&category) || cats.len() == 1));
        if let Some(w) = work {
            used.push((w.start, w.end));
        }
        out.push(Found {
            fact: Fact::Award {
                recipients: recipients.clone(),
                category,
                work: work_entity,
            },
            rule,
            cue,
            used,
            years_back: Vec::new(),
            confidence: if rule == "award.work_subject" {
                0.75
            } else {
                0.85
            },
            retype_work: work_entity,
        });
    }
}

/// A weekly music show's win, said without a category: "took home their first
/// trophy for "LOVE DIVE"", "won with a total of 8,027 points", "winning first place
/// for FLOWER". Reported as the category "first place".
static MUSIC_SHOW_WIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:(?:(?:their|her|his|its|the|a)\s+)?(?:(?:very|ever|first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|\d+(?:st|nd|rd|th)|music show|music-show)\s+)*(?:trophy|trophies|win|first place|1st place|triple crown)|with (?:a (?:total|score) of )?[\d,]+ points)(?-u:\b)")
        .expect("valid regex")
});

/// Weekly music shows, whose wins have no category name.
const MUSIC_SHOWS: &[&str] = &[
    "Music Bank",
    "Inkigayo",
    "M Countdown",
    "Show Champion",
    "Show! Music Core",
    "Music Core",
    "The Show",
];

fn music_show_win(
    c: &Clause<'_, '_, '_>,
    cs: usize,
    ce: usize,
    excluded: &[(usize, usize)],
) -> Option<Found> {
    let m = MUSIC_SHOW_WIN.find(&c.text[ce..])?;
    // Only where the story is at a music show.
    let at_show = c.lower.contains("music show")
        || c.reg
            .entities
            .iter()
            .any(|e| e.kind == EntityKind::Ceremony && MUSIC_SHOWS.contains(&e.name.as_str()));
    if !at_show {
        return None;
    }
    let end = ce + m.end();
    let subjects = c.subjects_before(cs, 0, excluded, false);
    if subjects.is_empty() {
        return None;
    }
    // "for "LOVE DIVE"", "with "ELEVEN"": the song that won.
    let work = c.work_after_for(end).or_else(|| {
        c.mentions.iter().find(|w| {
            w.kind == EntityKind::Work
                && w.start >= end
                && c.text[end..w.start]
                    .trim()
                    .trim_end_matches(['"', '“', '\''])
                    .trim()
                    .len()
                    <= 4
        })
    });
    let mut used: Vec<(usize, usize)> = subjects.iter().map(|s| (s.start, s.end)).collect();
    used.extend(work.map(|w| (w.start, w.end)));
    Some(Found {
        fact: Fact::Award {
            recipients: entities_of(&subjects),
            category: "first place".to_string(),
            work: work.map(|w| w.entities[0]),
        },
        rule: "award.music_show_win",
        cue: (cs, ce),
        used,
        years_back: Vec::new(),
        confidence: 0.8,
        retype_work: None,
    })
}

/// Trims a category chunk: no leading "The", no trailing "award".
pub fn clean_category(raw: &str) -> String {
    let t = raw
        .trim()
        .trim_start_matches("The ")
        .trim_start_matches("the ");
    t.trim_end_matches([',', '.']).to_string()
}

#[cfg(test)]
mod tests {
    use crate::tests_support::awards;

    #[test]
    fn every_award_including_and_other_wins_included_list_the_categories() {
        assert_eq!(
            awards(
                "Odette Vance won every award she was up for (Nov. 20) — six in total, including the evening's top prize, artist of the year."
            ),
            ["Odette Vance | artist of the year"]
        );
        assert_eq!(
            awards(
                "Odette Vance won big. Her other wins included favorite pop album for \"Salt Roads\" and favorite music video."
            ),
            [
                "Odette Vance | favorite pop album | Salt Roads",
                "Odette Vance | favorite music video"
            ]
        );
    }

    #[test]
    fn a_category_that_went_to_several_acts_is_one_award_each_when_plural() {
        assert_eq!(
            awards(
                "The Digital Daesang (the grand prize for digital releases) was awarded to NOVA CROWN for \"Lanterns\"."
            ),
            ["NOVA CROWN | Digital Daesang | Lanterns"]
        );
        assert_eq!(
            awards("Album Bonsangs went to NOVA CROWN and Hi-Fi Bloom."),
            ["NOVA CROWN | Album Bonsang", "Hi-Fi Bloom | Album Bonsang"]
        );
    }

    #[test]
    fn accepted_honored_with_and_swept_are_wins() {
        assert_eq!(
            awards("NOVA CROWN accepted the Breakthrough Artist award on Wednesday night."),
            ["NOVA CROWN | Breakthrough Artist"]
        );
        assert_eq!(
            awards("Odette Vance was honored with the Willie Nelson Lifetime Achievement Award."),
            ["Odette Vance | Willie Nelson Lifetime Achievement Award"]
        );
        assert_eq!(
            awards(
                "NOVA CROWN swept the remaining three grand prizes — Artist of the Year, Album of the Year and Song of the Summer."
            ),
            [
                "NOVA CROWN | Artist of the Year",
                "NOVA CROWN | Album of the Year",
                "NOVA CROWN | Song of the Summer"
            ]
        );
    }

    #[test]
    fn plural_prizes_taken_home_by_two_acts_are_one_each() {
        assert_eq!(
            awards("NOVA CROWN and Hi-Fi Bloom took home Daesangs on Saturday."),
            ["NOVA CROWN | Daesang", "Hi-Fi Bloom | Daesang"]
        );
    }

    #[test]
    fn the_trophy_taken_home_is_not_the_winner() {
        assert_eq!(
            awards(
                "NOVA CROWN took home their first Moon Person on Tuesday night (Sept. 12), winning Best K-Pop for \"S-Class\"."
            ),
            ["NOVA CROWN | Best K-Pop | S-Class"]
        );
    }

    #[test]
    fn one_of_the_nights_prizes_and_a_grand_prix() {
        assert_eq!(
            awards(
                "The Grand Prix went to Hi-Fi Bloom for \"Lanterns,\" while NOVA CROWN received one of the night's Excellent Work Awards for \"Bite.\""
            ),
            [
                "NOVA CROWN | Excellent Work Award | Bite",
                "Hi-Fi Bloom | Grand Prix | Lanterns"
            ]
        );
    }

    #[test]
    fn a_winning_work_credited_to_two_artists_wins_for_both() {
        assert_eq!(
            awards("Elsewhere, Ravi Sen and K. Amari's \"Low Tide\" won record of the year."),
            ["K. Amari + Ravi Sen | record of the year | Low Tide"]
        );
    }

    #[test]
    fn an_unknown_name_owned_by_a_known_artist_is_their_work() {
        assert_eq!(
            awards("Shakira's Lunaria Roja won album of the year on Thursday."),
            ["Shakira | album of the year | Lunaria Roja"]
        );
    }

    #[test]
    fn crowned_winner_of_a_contest_with_a_song() {
        assert_eq!(
            awards(
                "Marta Velasquez was crowned the winner of the 2031 Nordic Song Contest with her ballad \"Ember\"."
            ),
            ["Marta Velasquez | Nordic Song Contest | Ember"]
        );
    }

    #[test]
    fn a_ceremony_segment_is_not_a_recipient() {
        assert_eq!(
            awards(
                "Earlier in the afternoon Premiere Ceremony, Ines Moreau also scooped Best Jazz Album."
            ),
            ["Ines Moreau | Best Jazz Album"]
        );
    }

    #[test]
    fn a_lone_initial_is_not_a_recipient() {
        let got = awards("Ines Moreau and Chilean rapper D. Vargas won Record of the Year.");
        assert_eq!(got.len(), 1);
        assert!(got[0].starts_with("Ines Moreau + "), "{got:?}");
        assert!(
            !got[0].contains(" D |") && !got[0].contains("+ D +"),
            "{got:?}"
        );
    }

    #[test]
    fn a_bare_k_pop_prize_named_as_a_category_is_an_award() {
        assert_eq!(
            awards("NOVA CROWN also triumphed in the Bonsang category on Saturday."),
            ["NOVA CROWN | Bonsang"]
        );
    }

    #[test]
    fn was_handed_a_category_is_an_award() {
        assert_eq!(
            awards("Marta Velasquez was handed Best New Artist on Sunday."),
            ["Marta Velasquez | Best New Artist"]
        );
    }

    #[test]
    fn winning_a_prize_or_contest_is_the_award() {
        assert_eq!(
            awards("Velvet Harbour Collective have won the 2031 Hyperion Prize."),
            ["Velvet Harbour Collective | Hyperion Prize"]
        );
        assert!(awards("Marta Velasquez won the Riverside Music Awards.").is_empty());
    }

    #[test]
    fn winner_verb_with_a_list_of_categories() {
        assert_eq!(
            awards("Nova Crown won Best New Artist and Best Dance Performance."),
            [
                "Nova Crown | Best New Artist",
                "Nova Crown | Best Dance Performance"
            ]
        );
    }

    #[test]
    fn went_to_gives_recipient_and_work() {
        assert_eq!(
            awards("Record of the Year went to Kestrel Youth for \"Low Tide\"."),
            ["Kestrel Youth | Record of the Year | Low Tide"]
        );
    }

    #[test]
    fn beaten_nominees_are_not_winners() {
        assert_eq!(
            awards("Lorde beat out Halsey, Lizzo and Sia to win Album of the Year."),
            ["Lorde | Album of the Year"]
        );
    }

    #[test]
    fn a_work_voted_best_video_is_won_by_its_artist() {
        assert_eq!(
            awards("Fans cheered as BLACKPINK's \"Pink Venom\" was voted Best Music Video."),
            ["BLACKPINK | Best Music Video | Pink Venom"]
        );
    }

    #[test]
    fn the_actor_of_an_as_clause_does_not_win_the_works_award() {
        assert!(
            awards("\"Glass Coast\" wins Best Original Song as Tessa Quill and Rowan Pike take the stage.")
                .iter()
                .all(|a| !a.contains("Tessa Quill"))
        );
    }

    #[test]
    fn presenter_is_not_a_winner() {
        assert!(awards("Best Rock Album was presented by Dave Grohl.").is_empty());
    }

    #[test]
    fn participial_opener_names_the_subject_after_the_comma() {
        assert_eq!(
            awards("Picking up the gong for Best Group, Stray Kids thanked fans."),
            ["Stray Kids | Best Group"]
        );
    }

    #[test]
    fn named_category_after_was_named() {
        assert_eq!(
            awards("Raye was named British Artist of the Year at the BRITs."),
            ["Raye | British Artist of the Year"]
        );
    }

    #[test]
    fn winners_list_lines_are_awards_but_nominee_lists_are_not() {
        assert_eq!(
            awards("Here are the winners.\nBest Dance Recording: Kylie Minogue – \"Padam Padam\""),
            ["Kylie Minogue | Best Dance Recording | Padam Padam"]
        );
        assert!(
            awards(
                "Here are the winners and the other nominees.\nBest New Artist: Raye, Tyla, Sia"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_tally_of_past_wins_is_not_an_award_event() {
        assert!(awards("Beyoncé, who has won Album of the Year zero times, watched.").is_empty());
    }

    #[test]
    fn counted_wins_including_categories() {
        assert_eq!(
            awards(
                "Morgan Wallen won 11 awards, including Top Country Artist and Top Male Artist."
            ),
            [
                "Morgan Wallen | Top Country Artist",
                "Morgan Wallen | Top Male Artist"
            ]
        );
    }

    #[test]
    fn lost_to_and_presented_with_name_the_winner() {
        assert_eq!(
            awards("Adele lost Album of the Year to Harry Styles."),
            ["Harry Styles | Album of the Year"]
        );
        assert_eq!(
            awards("Olivia Rodrigo presented Samara Joy with the award for Best New Artist."),
            ["Samara Joy | Best New Artist"]
        );
    }

    #[test]
    fn a_most_superlative_prize_is_a_category_not_a_performance() {
        assert_eq!(
            awards("Wren Halloway also took home Most Performed Folk Work for the same song."),
            ["Wren Halloway | Most Performed Folk Work"]
        );
        assert!(
            crate::tests_support::performances(
                "Wren Halloway also took home Most Performed Folk Work for the same song."
            )
            .is_empty()
        );
    }

    #[test]
    fn one_word_and_the_plural_is_one_band() {
        assert_eq!(
            awards("Pixie and the Lanterns won Best Rock Album at the ceremony."),
            ["Pixie and the Lanterns | Best Rock Album"]
        );
    }

    #[test]
    fn lowercase_category_after_won_is_an_award() {
        assert_eq!(
            awards("Marlow Finch won best alternative jazz album for \"Tidewater\" on Sunday."),
            ["Marlow Finch | best alternative jazz album | Tidewater"]
        );
    }

    #[test]
    fn a_colon_list_after_a_count_is_several_awards() {
        assert_eq!(
            awards(
                "Odette Vance walked away with two: best folk song for \"Harbor,\" best folk album for \"Salt Roads\"."
            ),
            [
                "Odette Vance | best folk song | Harbor",
                "Odette Vance | best folk album | Salt Roads"
            ]
        );
    }

    #[test]
    fn a_tally_in_a_later_clause_does_not_cancel_the_win() {
        assert_eq!(
            awards(
                "Odette Vance won record of the year, becoming the first woman to take it three times."
            ),
            ["Odette Vance | record of the year"]
        );
    }

    #[test]
    fn beaten_by_an_artists_work_gives_the_award_to_that_artist() {
        assert_eq!(
            awards(
                "In Record of the Year, \"Harbor\" was beaten by Odette Vance's \"Salt Roads\"."
            ),
            ["Odette Vance | Record of the Year | Salt Roads"]
        );
    }

    #[test]
    fn lost_out_to_a_pronoun_gives_it_to_the_earlier_subject() {
        assert_eq!(
            awards(
                "Odette Vance won Album of the Year. She had beaten Marlow Finch to that prize, while Rowan Pike, up for Best New Artist, lost out to her too."
            ),
            [
                "Odette Vance | Album of the Year",
                "Odette Vance | Best New Artist"
            ]
        );
    }

    #[test]
    fn lost_out_to_x_for_a_category_gives_x_that_category() {
        assert_eq!(
            awards("Rowan Pike lost out to Odette Vance for Song of the Year."),
            ["Odette Vance | Song of the Year"]
        );
    }

    #[test]
    fn went_to_after_an_appositive_keeps_the_category() {
        assert_eq!(
            awards(
                "Best New Artist, the category Marlow Finch won two years ago, went to Odette Vance."
            ),
            ["Odette Vance | Best New Artist"]
        );
    }

    #[test]
    fn a_featured_artist_shares_the_award_for_the_work() {
        assert_eq!(
            awards(
                "Odette Vance won best folk duo performance for \"Harbor\" (feat. Rowan Pike) on Sunday."
            ),
            ["Odette Vance + Rowan Pike | best folk duo performance | Harbor"]
        );
    }

    #[test]
    fn a_repeat_phrase_does_not_end_a_list_of_categories() {
        assert_eq!(
            awards(
                "Odette Vance took home female vocalist of the year for the second consecutive year and album of the year for \"Salt Roads\"."
            ),
            [
                "Odette Vance | female vocalist of the year",
                "Odette Vance | album of the year | Salt Roads"
            ]
        );
    }

    #[test]
    fn a_possessive_haul_lists_the_owners_awards() {
        assert_eq!(
            awards(
                "Odette Vance had a big night. Among her haul were Artist of the Year and Album of the Year for \"Salt Roads\"."
            ),
            [
                "Odette Vance | Artist of the Year",
                "Odette Vance | Album of the Year | Salt Roads"
            ]
        );
    }

    #[test]
    fn a_sentence_initial_over_is_not_a_defeat() {
        assert_eq!(
            awards(
                "Over on the international side, Rowan Pike picked up International Song of the Year."
            ),
            ["Rowan Pike | International Song of the Year"]
        );
    }

    #[test]
    fn a_loser_in_a_seeing_off_clause_wins_nothing() {
        assert_eq!(
            awards(
                "Odette Vance was crowned best new artist, seeing off a field that included Rowan Pike and Marlow Finch."
            ),
            ["Odette Vance | best new artist"]
        );
    }
}
