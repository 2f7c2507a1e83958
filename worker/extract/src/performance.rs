//! Performance rules: who performed, which work.
//!
//! - `performance.verb`: "X performed / sang / played / took the stage (with W)".
//! - `performance.noun`: "their joint performance of W with Y", "a duet of W",
//!   "a solo performance of W" (performers: the possessor or subject, plus "with Y").
//! - `performance.medley`: "a medley of A, B and C": one performance per song.
//! - `performance.each_separately`: "they each performed separately": one per performer,
//!   each with the work named after them.
//! - `performance.joined_on_stage`: "X joined Y on stage for a duet of W": one joint event.
//! - `performance.guest_entrance`: "Y strolls out of the wings for W" during X's set:
//!   the extractor adds X, the document's last performer.

use std::sync::LazyLock;

use regex::Regex;

use crate::cues;
use crate::entities::Mention;
use crate::gated::GatedRegex;
use crate::lexicon::SpaceWords;
use crate::model::EntityKind;
use crate::phrases::Phrases;
use crate::roles::{Clause, Fact, Found, Miss, entities_of, is_agent, spans};

static VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:performed|performs|perform|performing|sang|sings|sing|singing|played|plays|play|playing|headlined|headlines|headline|took the stage|take the stage|takes the stage|taking the stage|(?:took|take|takes|taking) the (?:green|main|pyramid|other|white|red|west|east|north|south|sahara|mojave|outdoor|coachella|park|john peel|second|big) stage|(?:headed|heads|heading) (?:straight )?(?:back )?(?:to|for) the (?:[\w-]+ |\w+-)?stage (?:for|with)|took to the stage|take to the stage|takes to the stage|hit the stage|(?:warmed|warms|warming) up the (?:main |big |second )?stage|(?:opened|opens|opening) the (?:show|telecast|ceremony|night|broadcast|festival|weekend|proceedings|evening)|(?:closed|closes|opened|opens) the (?:first|second|last|final) (?:part|half|act|segment|hour) with|(?:closed|closes|closing) the (?:(?:19|20)\d\d )?(?:show|telecast|ceremony|night|broadcast|festival|weekend|proceedings|evening|edition|first half of the show|second half of the show)|teamed up for|teamed up with|reunited for|reunite for|reuniting for|reunites for|teams up with|team up with|teaming up with|share a stage|shared a stage|shared the stage|sharing the stage|sharing a stage|join(?:ed|ing|s)? \S+(?: \S+)? on stage|joined|joining|covered|covering|rocked the stage|rocks the stage|delivered|delivers|serenaded|serenades|belted out|belts out|belting out|belted|belting|(?:treated|treats|treating) (?:the crowd|the fans|fans|the audience|the room|viewers|everyone|the arena|the stadium|the festival) to|(?:kicked|kicking|kicks) off (?:the|their|her|his|its) (?:performance|set|show|night)|closed out the (?:night|show)|opened (?:her|his|their) (?:\d+-minute )?(?:set|slot|show|performance)|(?:closed|closes|ended|ends) (?:it|that) with|(?:opened|opens|closed|closes) (?:her|his|their|its) (?:segment|stage|concert|gig|headline set|headlining set)|(?:opened|opens|closed|closes) (?-i:[A-Z])[a-z0-9'-]*(?: (?-i:[A-Z0-9])[a-z0-9'-]*){0,4} with|(?:opened|opens|closed|closes) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|evening|afternoon) with|(?:welcomed|welcoming|welcomes|welcome|invited|inviting|invites) \S+(?: \S+)?(?: \S+)? (?:to|onto|on) (?:the )?stage|(?:join|joins|joined|joining) (?:him|her|them) (?:on stage )?for|(?:appeared|appears|appearing|bounded out|came out|emerged|walked out|strolled out|stepped out|ran out|popped up) for|(?:bounds|bounded|bounding|strolls|strolled|strolling|walks|walked|comes|came|runs|ran|steps|stepped|pops|popped|struts|strutted|saunters|sauntered)(?: out| on| up)?(?: of the wings| from the wings| onstage| on stage)? for|brought out|bringing out|brings out|bring out|(?:brought|bringing|brings|bring) (?:him|her|them) out|(?:brought|bringing|brings|bring) (?-i:[A-Z])[\w.'’-]*(?: (?-i:[A-Z])[\w.'’-]*){0,2} out|switching into|switched into|(?:moved|moving|moves) into|(?:traded|trading|trades|swapped|swapping) (?:verses|lines|vocals) on|(?:duetted|duetting|duets) on|(?:bounced|bouncing|blazed|blazing|raced|racing|powered|powering|stormed|storming|breezed|breezing|romped|romping) through|tore through|tearing through|tears through|ran through|running through|runs through|(?:a|an) (?:[\w'’-]+ ){0,2}?run through|(?:worked|working|works) (?:his|her|their) way through|segued into|segues into|launched into|launches into|made (?:their|her|his) (?:own )?(?:\w+ )?(?:debut|return) (?:in \d{4} )?with|(?:slid|slides|sliding) into|opened (?:on|at|in) [^,.;\x22“]{1,60}? with|(?:slowed|slowing|slows|slow) (?:things|it) down with|(?:led|leading|leads) (?:the crowd|the audience|fans|the stadium) through|delivering|opened with|opening with|opens with|(?:opened|opens|opening|closed|closes|closing),? (?:alone|solo|\w+ly),? with|(?:peaked|peaks|peaking) with|(?:started|starts|starting) (?:the (?:show|set|night) )?with|followed with|following with|follows with|(?:followed|follows) right after with|followed up with|(?:followed|follows|following) (?:it|that|this|them) (?:straight |right |up )?(?:into|with)|(?:wrapped|wrapping|wraps) up (?:the|their|her|his) (?:\w+ )?(?:performances|show|night|set|stages) with|(?:wrapped|wrapping|wraps|wrap) up (?:their|her|his) (?:[\w-]+ ){0,2}set|(?:opened|opens|closed|closes) the (?:[\w'’-]+ ){0,3}?(?:main |second |big )?stage(?-u:\b)|(?:gave|gives|giving|give) (?:a|an|the) (?:[\w'’-]+ ){0,4}?performance|closed with|closing with|closes with|closed out with|closing out with|closed out their set with|closing out their set with|closed out her set with|closing out her set with|closed out his set with|closing out his set with)(?-u:\b)")
        .expect("valid regex")
});
static NOUN: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:performance|rendition|duet|medley|version|cover|remix|set|stage|singalong|sing-along|arrangement|reworking|reimagining)\s+(?:of|covering)(?-u:\b)|(?-u:\b)medley:",
        cues::NOUN,
    )
});
static PERFORMERS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:performers(?: on the night| at the show| of the night| on the bill)?(?: also)? (?:included|were|featured)|(?:featured|included|saw) (?:live |special |guest )?performances (?:from|by))(?-u:\b)")
        .expect("valid regex")
});
/// "took the stage to present the award", "to accept the trophy": not a show.
static PURPOSE_NOT_SHOW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?:at|in|on)\s+[^,.;]{1,40}?)?\s+to\s+(?:present|accept|collect|receive|announce|introduce|give|deliver a speech|speak|thank|honou?r|hand)(?-u:\b)")
        .expect("valid regex")
});

/// "a setlist stacked with hits, including "A" and "B"": the songs a set included.
static SETLIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:setlist|set list|set)(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:including|included|includes|featuring|featured|spanning|such as)(?-u:\b)")
        .expect("valid regex")
});
static SEPARATELY: LazyLock<GatedRegex> = LazyLock::new(|| {
    GatedRegex::new(
        r"(?i)(?-u:\b)(?:each performed|each played|each headlined|each sang|separately|individually|each took the stage|solo sets)(?-u:\b)",
        cues::SEPARATELY,
    )
});

/// "then went straight into "W"", "a rendition that flowed into "W"", "NewJeans did
/// "W"": verbs that are a performance only when a quoted song follows them.
static INTO_SONG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:went|goes|going|flowed|flows|flowing|crashed|crashing|eased|easing|dove|dived|diving|burst|bursting|tumbled|tumbling|rolled|rolling|kicked|kicking|bled|bleeding|blended|blending|spilled|spilling) (?:straight |right |seamlessly |directly |headlong )?into|(?:got|gets|getting) to|(?:ended|ends|ending|finished|finishes|finishing) (?:on|with)|(?-i:did|does|doing))(?-u:\b)")
        .expect("valid regex")
});

/// "closed out his own Sunday evening slot with "W"", "lit up the Twin Peaks stage",
/// "captivated the audience with "W"": kept out of [`VERB`], whose lazy DFA the free
/// words between would blow up, and asked only of sentences holding "out", "up" or
/// "with".
static SLOT_OR_STAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:closed|closing|closes) out (?:their|her|his|its) (?:own )?(?:[a-z0-9-]+ ){0,3}(?:slot|show|performance|set) with|(?:lit|lighting|lights) up (?:the )?(?:[a-z0-9-]+ ){0,3}stage|(?:captivated|captivates|captivating|wowed|wows|wowing|dazzled|dazzles|dazzling|stunned|thrilled|thrills|electrified|electrifies|mesmerized|mesmerised|mesmerizes|mesmerises|enchanted|charmed|moved|rocked|energized|energised) (?:the |a |an )?(?:[a-z0-9-]+ )?(?:audience|crowd|fans|arena|hall|room|stadium|venue) with|(?:followed|follows) (?:in|on|at) (?:the )?(?:[a-z0-9'’-]+ ){0,3}with (?:a|an|the|their|her|his) (?:[a-z0-9-]+ ){0,3}set|made (?:their|her|his|its) (?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,4} debut|premiered (?:a |two |three |four |several |some )?(?:new |unreleased )?(?:songs?|tracks?|material))(?-u:\b)")
        .expect("valid regex")
});

/// "to join Aimyon for "Marigold"": joining a named act for a song.
static JOIN_NAMED_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:join|joins) [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} (?:on stage |onstage )?for(?-u:\b)")
        .expect("valid regex")
});

/// "Peggy Gou closed the festival with a DJ set": opening or closing the show is
/// playing it, with no song named (not "opened the ceremony with a monologue").
fn opened_or_closed_the_event(cue: &str, after: &str) -> bool {
    let Some((verb, event)) = cue.split_once(" the ") else {
        return false;
    };
    // (Not "Future closes the weekend on Sunday": a programme, told in the present.)
    let event = event
        .split_once(' ')
        .filter(|(y, _)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        .map_or(event, |(_, e)| e);
    matches!(verb, "opened" | "closed" | "opening" | "closing")
        && (matches!(
            event,
            "show"
                | "festival"
                | "night"
                | "weekend"
                | "proceedings"
                | "evening"
                | "edition"
                | "ceremony"
                | "telecast"
                | "broadcast"
        )
            // "has opened the Big Beast main stage": a stage of the show.
            || event.ends_with("stage") && event.len() > "stage".len())
        && ![
            "speech",
            "monologue",
            "joke",
            "sketch",
            "video",
            "montage",
            "welcome",
            "dance",
        ]
        .iter()
        .any(|w| {
            after
                .strip_prefix(" with ")
                .map(|a| {
                    a.trim_start_matches("a ")
                        .trim_start_matches("an ")
                        .trim_start_matches("the ")
                })
                .is_some_and(|a| a.split([' ', ',', '.']).take(3).any(|x| x == *w))
        })
}

/// Whether `gap` (trimmed of quotes, commas and spaces) joins two songs of one
/// list: "A" and "B", "A", then "B", "A" and a tearful "B".
fn song_list_gap(gap: &str) -> bool {
    if matches!(
        gap,
        "" | "," | "and" | ", and" | "&" | "then" | "and then" | ", then"
    ) {
        return true;
    }
    // "and a tearful", "and an acoustic": an article and one or two describing words.
    let mut words = gap.split(' ');
    words.next() == Some("and") && matches!(words.next(), Some("a" | "an")) && {
        let rest: Vec<&str> = words.collect();
        (1..=2).contains(&rest.len())
            && rest
                .iter()
                .all(|w| w.chars().all(|ch| ch.is_lowercase() || ch == '-'))
    }
}

/// Whether a quoted title follows right after `at`, perhaps after an article and two
/// words ("into a slowed-down "W"").
fn quoted_title_follows(text: &str, at: usize) -> bool {
    let opens = |r: &str| r.starts_with(['"', '“', '‘', '\'']);
    let mut rest = text[at..].trim_start();
    for _ in 0..3 {
        if opens(rest) {
            return true;
        }
        match rest.split_once(' ') {
            Some((_, r)) => rest = r.trim_start(),
            None => return false,
        }
    }
    opens(rest)
}

/// What follows a possessor that owns the performance: "'s sunset set ", "'s medley ".
static SET_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?(?:set|medley|show|performance|encore|slot)\s+(?:[\w-]+\s+)?$")
        .expect("valid regex")
});

/// A guest walking on during someone else's set: "strolls out of the wings for W",
/// "strutted out for W", "bounds on for W". The set's owner performed it too (the
/// document's last performer; see the extractor's loop).
static GUEST_ENTRANCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:bounds|bounded|bounding|strolls|strolled|strolling|struts|strutted|saunters|sauntered|bounded out|strolled out|walks out|walked out|runs out|ran out|steps out|stepped out|pops out|popped out|popped up|pops up)(?: out| on| up)?(?: of the wings| from the wings| onstage| on stage)? for$")
        .expect("valid regex")
});

/// How a medley ended: "a medley of her hits that ended with "W"", "..., ending on a
/// singalong of "W"".
static MEDLEY_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]*?(?-u:\b)(?:ended|ending|ends|closed|closing|finished|finishing|capped|wrapped|wrapping) (?:on|with|off with|up with)(?-u:\b)")
        .expect("valid regex")
});

/// Words (with a letter or digit) between two offsets: quote marks do not count.
fn words_between(text: &str, from: usize, to: usize) -> usize {
    text.get(from..to).map_or(usize::MAX, |gap| {
        gap.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    })
}

/// "Maggie Rogers' entire Friday set", "Black Sherif's Saturday afternoon set
/// pulled one of the most fun crowds": an act's set, named by its owner, was played.
static POSSESSIVE_SET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:'s|’s|'|’) (?:(?:entire|whole|own|full|early|late|sunset|headline|headlining|main-stage|two-hour|hour-long|opening|closing|afternoon|evening|night|morning|friday|saturday|sunday|thursday|monday|[\w-]+-minute|[\w-]+-hour) ){0,3}(?:set|slot)(?-u:\b)")
        .expect("valid regex")
});

/// `performance.possessive_set`: an act's set named by its owner ("X's Friday set
/// drew ..."): a performance with no work. Not a set in the future or someone
/// else's plans; the caller judges factuality at the cue.
pub fn possessive_set(c: &Clause<'_, '_, '_>, out: &mut Vec<Found>) {
    // Most sentences have neither a possessive nor a set (the cue scan's gate, a
    // superset, answers first without a walk of the sentence).
    if !c.cues.may_match(cues::SET_SLOT_WORDS)
        || !(c.text.contains(" set") || c.text.contains(" slot"))
        || !(c.text.contains('\'') || c.text.contains('’'))
    {
        return;
    }
    for m in c.mentions.iter().filter(|m| {
        // ("Maggie Rogers' set": a bare apostrophe after an s is a possessive too.)
        (m.modifier || c.text[m.end..].starts_with(['\'', '’']))
            && is_agent(m.kind)
            && m.via == crate::entities::Via::Name
    }) {
        let Some(set) = POSSESSIVE_SET.find(&c.text[m.end..]) else {
            continue;
        };
        let set_end = m.end + set.end();
        // "a setlist", "slots in": not the set itself.
        let after = &c.lower[set_end..];
        if after.starts_with("list") || after.starts_with("-list") || after.starts_with(" list") {
            continue;
        }
        // "X's set was cancelled outright", "has been called off".
        let near = crate::lexicon::head(after, 50);
        if [
            "cancel",
            "called off",
            "scrapped",
            "postponed",
            "axed",
            "pulled",
        ]
        .iter()
        .any(|w| near.contains(w))
        {
            continue;
        }
        let told = out.iter().any(|f| {
            matches!(&f.fact, Fact::Performance { performers, .. } if performers.contains(&m.entities[0]))
        });
        if told {
            continue;
        }
        // "Cocker's own set with Pulp": the band's set.
        let band = c.text[set_end..].strip_prefix(" with ").and_then(|_| {
            c.mentions
                .iter()
                .find(|b| b.start == set_end + 6 && b.kind == EntityKind::Group)
        });
        out.push(Found {
            fact: Fact::Performance {
                performers: band.map_or_else(|| m.entities.clone(), |b| b.entities.clone()),
                work: None,
            },
            rule: "performance.possessive_set",
            cue: (m.end, set_end),
            used: vec![(m.start, m.end)],
            years_back: Vec::new(),
            confidence: 0.6,
            retype_work: None,
        });
    }
}

/// A numbered entry of a performances round-up: "3. Leon Bridges, "Peaceful Place"
/// (The Late Show)", "1. Mira Sol, "Glass" and "Ember"": the act named first
/// performed each quoted song after it.
pub fn list_entry(c: &Clause<'_, '_, '_>, out: &mut Vec<Found>) {
    let Some(act) = c
        .mentions
        .first()
        .filter(|m| m.start == 0 && !m.modifier && is_agent(m.kind))
    else {
        return;
    };
    // "Indochine and Louane, "J'ai demandé à la lune"": acts joined by "and".
    let mut performers = act.entities.clone();
    let mut last = act;
    for m in c.mentions.iter().filter(|m| m.start > act.end) {
        if matches!(c.text[last.end..m.start].trim(), "and" | "&")
            && is_agent(m.kind)
            && !m.modifier
        {
            performers.extend(m.entities.iter().copied());
            last = m;
        } else {
            break;
        }
    }
    if !c.text[last.end..].starts_with(", ") {
        return;
    }
    let songs = c.mentions.iter().filter(|m| {
        m.start > last.end && m.kind == EntityKind::Work && m.via == crate::entities::Via::Quote
    });
    for w in songs {
        out.push(Found {
            fact: Fact::Performance {
                performers: performers.clone(),
                work: Some(w.entities[0]),
            },
            rule: "performance.list_entry",
            cue: (w.start, w.end),
            used: vec![(act.start, last.end), (w.start, w.end)],
            years_back: Vec::new(),
            confidence: 0.7,
            retype_work: None,
        });
    }
}

/// The opening of a live blog's entry that names who is on and what they play:
/// "Number_i – "GOAT".", "Closing stage: Mrs. GREEN APPLE with "Lilac".", "As promised,
/// YOASOBI – "Idol".", "Masaki Suda and Aimyon together for "Machigai Sagashi"".
pub fn live_entry(c: &Clause<'_, '_, '_>, out: &mut Vec<Found>) {
    // A short lead ("Closing stage:", "As promised before the break,") may come first.
    let Some(first) = c.mentions.iter().find(|m| !m.modifier && is_agent(m.kind)) else {
        return;
    };
    let lead = c.text[..first.start].trim_end();
    // "First up is Floor 88 with "Kali Terakhir"".
    let announced = || {
        [
            "first up is",
            "next up is",
            "up next is",
            "next is",
            "then it's",
            "now it's",
        ]
        .iter()
        .any(|w| lead.eq_ignore_ascii_case(w))
    };
    // ("• 17:42 Sophie Ellis-Bextor: "Murder on the Dancefloor"": a key-events
    // line keeps its time.)
    let stamp = lead.len() <= 5
        && lead.contains(':')
        && lead.bytes().all(|b| b.is_ascii_digit() || b == b':');
    if !(lead.is_empty()
        || stamp
        || announced()
        || lead.ends_with([':', ','])
            && lead.split_whitespace().count() <= 6
            && !c.mentions.iter().any(|m| m.end <= first.start))
    {
        return;
    }
    // The acts: the first, and any joined to it by "and" or "&".
    let mut acts = vec![first];
    for m in c.mentions.iter().filter(|m| m.start > first.start) {
        let gap = c.text[acts[acts.len() - 1].end..m.start].trim();
        if matches!(gap, "and" | "&" | "x" | "×") && is_agent(m.kind) && !m.modifier {
            acts.push(m);
        } else {
            break;
        }
    }
    let after = &c.text[acts[acts.len() - 1].end..];
    // "YOASOBI: "Idol"", "Aimyon solo first: "Haru no Hi"": a colon after the act
    // and at most two lowercase words.
    let colon = || {
        let k = after.find(": ")?;
        let words = &after[..k];
        (words.split_whitespace().count() <= 2
            && words
                .split_whitespace()
                .all(|w| w.chars().all(|ch| ch.is_lowercase())))
        .then(|| &after[k + 2..])
    };
    let Some(rest) = [
        " – ",
        " — ",
        " - ",
        // "Naim Daniel, "Di Batas Waktu".": the act and the song, nothing between.
        ", ",
        " with ",
        " together for ",
        " together on ",
    ]
    .iter()
    .find_map(|w| after.strip_prefix(w))
    .or_else(colon) else {
        return;
    };
    let from = c.text.len() - rest.len();
    let Some(work) = c.mentions.iter().find(|m| {
        m.start >= from
            && m.start <= from + 3
            && m.kind == EntityKind::Work
            && m.via == crate::entities::Via::Quote
    }) else {
        return;
    };
    let performers = entities_of(&acts);
    let mut used: Vec<(usize, usize)> = acts.iter().map(|m| (m.start, m.end)).collect();
    used.push((work.start, work.end));
    out.push(Found {
        fact: Fact::Performance {
            performers,
            work: Some(work.entities[0]),
        },
        rule: "performance.live_entry",
        cue: (from, work.start),
        used,
        years_back: Vec::new(),
        confidence: 0.7,
        retype_work: None,
    });
}

/// Runs every performance rule on a sentence.
pub fn find(c: &Clause<'_, '_, '_>, out: &mut Vec<Found>, misses: &mut Vec<Miss>) {
    performers_listed(c, out);
    // "named X, beating A and B, and then turned the hall into a club with a
    // medley": the beaten nominees did not perform.
    let losers = std::cell::OnceCell::new();
    let losers = || {
        losers
            .get_or_init(|| crate::award::excluded_spans(c))
            .as_slice()
    };
    let separate = SEPARATELY.find(c);
    let mut cues: Vec<(usize, usize, bool)> = VERB
        .find_iter(c.text)
        .map(|m| (m.start(), m.end(), false))
        .collect();
    cues.extend(NOUN.find_iter(c).map(|m| (m.start(), m.end(), true)));
    // "walked out to join Aimyon for "Marigold"": asked apart from VERB, whose lazy
    // DFA the capitalised name between would blow up, and only where "join" is.
    if c.lower.contains("join ") || c.lower.contains("joins ") {
        cues.extend(
            JOIN_NAMED_FOR
                .find_iter(c.text)
                .map(|m| (m.start(), m.end(), false)),
        );
    }
    if c.cues.may_match(cues::OUT_UP_WITH)
        && (c.lower.contains(" out ")
            || c.lower.contains(" up ")
            || c.lower.contains(" with ")
            || c.lower.contains(" debut")
            || c.lower.contains("premiered "))
    {
        cues.extend(
            SLOT_OR_STAGE
                .find_iter(c.text)
                .map(|m| (m.start(), m.end(), false)),
        );
    }
    if crate::entities::next_opener(c.text, 0).is_some() {
        cues.extend(
            INTO_SONG
                .find_iter(c.text)
                .filter(|m| {
                    // "did "W"" right after, not "than she did in the "W" era" (the
                    // bare verb; "dove into" takes a few words, as the others do).
                    // "ended on "W"", not "a speech that ended with, "I forgot ..."".
                    let ended = {
                        let w = m.as_str().as_bytes();
                        w[..3].eq_ignore_ascii_case(b"end") || w[..3].eq_ignore_ascii_case(b"fin")
                    };
                    if !m.as_str().contains(' ') || ended {
                        c.text[m.end()..].starts_with([' '])
                            && c.text[m.end() + 1..].starts_with(['"', '“', '‘'])
                    } else {
                        quoted_title_follows(c.text, m.end())
                    }
                })
                .map(|m| (m.start(), m.end(), false)),
        );
    }
    // The setlist's songs are reported by a verb-like cue at "including".
    if c.cues.may_match(cues::SET_SLOT_WORDS) && c.lower.contains("set") {
        cues.extend(
            SETLIST
                .find_iter(c.text)
                .map(|m| (m.start(), m.end(), false)),
        );
    }
    cues.sort();
    let mut done_separately = false;
    let produced_before = out.len();
    for (cs, ce, noun) in cues {
        // "Sing" or "Perform This Way" in quotes: a title, not a cue.
        if c.inside_quoted_work(cs, ce) {
            continue;
        }
        let cue_text = &c.text[cs..ce];
        let lower = crate::lexicon::to_lower(cue_text);
        // "PUSH Performance of the Year", "Most Performed Pop Work": a prize's name,
        // not a show.
        if c.categories.iter().any(|k| k.start <= cs && cs < k.end) {
            continue;
        }
        // "made their Java Jazz Festival debut": only a show's name makes a debut
        // a performance (not "made his Billboard Hot 100 debut").
        if lower.starts_with("made ")
            && lower.ends_with(" debut")
            && !c
                .mentions
                .iter()
                .any(|m| m.kind == EntityKind::Ceremony && m.start >= cs && m.end <= ce)
        {
            continue;
        }
        // "the Newport Performing Arts Theater": a capitalised cue inside a name.
        // (Not in a line written in Title Case: "Kravitz Performs Career-Spanning
        // Medley".)
        if !c.headline
            && cue_text.starts_with(char::is_uppercase)
            && c.text
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_lowercase))
                .any(|w| {
                    !matches!(
                        w,
                        "of" | "the"
                            | "and"
                            | "a"
                            | "an"
                            | "at"
                            | "in"
                            | "for"
                            | "with"
                            | "to"
                            | "on"
                    )
                })
            && c.text[..cs]
                .strip_suffix(' ')
                .and_then(|b| b.last_word())
                .is_some_and(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ':']))
            && c.text[ce..]
                .strip_prefix(' ')
                .is_some_and(|a| a.starts_with(char::is_uppercase))
        {
            continue;
        }
        // "was played 11.2 million times": a passive count, not a show.
        let before = c.lower[..cs].trim_end();
        // "The OutKast rapper was joined by Sleepy Brown for W": a joint performance.
        let joined_by = lower == "joined" && c.lower[ce..].starts_with(" by ");
        if !noun
            && !joined_by
            && (before.ends_with(" was")
                || before.ends_with(" were")
                || before.ends_with(" been")
                || before.ends_with(" be"))
        {
            continue;
        }
        // "talked about playing one last show", "dreams of singing there": the topic
        // of talk or thought, not a show.
        if !noun
            && lower.ends_with("ing")
            && (before.ends_with(" about") || before.ends_with(" of"))
        {
            continue;
        }
        // "took the stage to present the award": a presenter or a winner at the mic.
        if lower.contains("stage") && PURPOSE_NOT_SHOW.is_match(&c.lower[ce..]) {
            continue;
        }
        // "taking the stage to perform W": the infinitive is the same performance.
        if !noun
            && before.ends_with(" to")
            && out[produced_before..].iter().any(|f| {
                matches!(f.fact, Fact::Performance { .. })
                    && f.cue.1 <= cs
                    && !c.lower[f.cue.1..cs].contains([',', ';'])
                    && c.lower[f.cue.1..cs].split_whitespace().count() <= 6
            })
        {
            continue;
        }
        let mut limit = c.object_limit(ce);
        // A headline's comma starts another clause: "X Brings Out Y, Z Reunite With W".
        if c.headline
            && let Some(k) = c.text[ce..limit.max(ce)].find([',', ':'])
        {
            limit = ce + k;
        }
        // "opened her set at the Prudential Center, with a stripped-back "W"": the
        // song comes after the venue.
        if lower.starts_with("opened ") && c.text[limit..].starts_with(", with ") {
            limit = c.object_limit(limit + ", with ".len());
        }
        let mut works: Vec<&Mention> = c
            .mentions
            .iter()
            .filter(|m| m.start >= ce && m.end <= limit.max(ce) && m.kind == EntityKind::Work)
            .collect();
        // "debuted 'We Pray' live, bringing out A, B and C as guests": the song just
        // named is the one the guests joined.
        if works.is_empty()
            && lower.starts_with("br")
            && lower.ends_with(" out")
            && let Some(w) = c.mentions.iter().rev().find(|m| {
                m.end <= cs && m.start >= c.clause_start(cs) && m.kind == EntityKind::Work
            })
        {
            works.push(w);
        }
        // "a medley of her hits that ended with her new single "W"": the song it
        // ended on is named.
        if noun
            && lower.starts_with("medley")
            && works
                .first()
                .is_none_or(|w| words_between(c.text, ce, w.start) > 3)
        {
            if let Some(e) = MEDLEY_END.find(&c.lower[ce..]) {
                let from = ce + e.end();
                works = c
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.start >= from
                            && m.kind == EntityKind::Work
                            && words_between(c.text, from, m.start) <= 4
                    })
                    .take(1)
                    .collect();
                if !works.is_empty() {
                    // Reported as one performance of the closing song.
                    let w = works[0];
                    let performers = c.subjects_before(cs, 0, &[], false);
                    let mut ids = entities_of(&performers);
                    crate::roles::normalise_groups(c.reg, &mut ids);
                    if !ids.is_empty() {
                        out.push(Found {
                            fact: Fact::Performance {
                                performers: ids,
                                work: Some(w.entities[0]),
                            },
                            rule: "performance.medley",
                            cue: (cs, ce),
                            used: spans(&performers),
                            years_back: Vec::new(),
                            confidence: 0.8,
                            retype_work: None,
                        });
                    }
                }
            }
            continue;
        }
        // "gave the night's most emotional performance, marking 20 years since
        // Titanic with a note-perfect "W"": the song may come a clause later.
        if works.is_empty() && (lower.starts_with("gave") || lower.starts_with("giv")) {
            works.extend(
                c.mentions
                    .iter()
                    .filter(|m| m.kind == EntityKind::Work && m.start >= ce && m.start <= ce + 100)
                    .take(1),
            );
        }
        // A noun cue needs its work: "the best performance of the night" is not one.
        if noun
            && works
                .first()
                .is_none_or(|w| words_between(c.text, ce, w.start) > 3)
        {
            continue;
        }
        // "A, B, C and D all joined him on stage": a summary of several guest spots,
        // each told on its own, not one joint performance.
        if lower.starts_with("join")
            && works.is_empty()
            && (before.ends_with(" all") || before.ends_with(" each"))
        {
            continue;
        }
        // The medley cue reports each song; the verb before it would repeat the first.
        if !noun && c.lower[ce..limit.max(ce)].contains("medley of") {
            continue;
        }
        // "played" etc. need a work or a show to be a performance.
        // "played the first weekend of the 2023 festival": the festival itself.
        let near_after = crate::lexicon::head(&c.lower[ce..], 40);
        let show_after = c
            .mentions
            .iter()
            .any(|m| m.start >= ce && m.start < ce + 40 && m.kind == EntityKind::Ceremony)
            || near_after.contains("festival")
            || near_after.contains("weekend")
            || near_after.contains("stadium")
            || near_after.contains("arena")
            // "played a relentless, pitch-black techno set": a set played is a show.
            || lower.starts_with("play")
                && (near_after.contains(" set") && !near_after.contains(" set to")
                    || near_after.contains(" slot")
                    || near_after.contains(" gig")
                    // "played their final Québec City show".
                    || near_after.contains(" show ")
                    || near_after.contains(" concert")
                    // "played to the largest crowd ever", "played to 110,000 people".
                    // (Said of an act named right before: not "some acts played to
                    // sparse crowds".)
                    || near_after.starts_with(" to ")
                        && [" crowd", " people", " fans", " audience"]
                            .iter()
                            .any(|w| near_after.contains(w))
                        && c.mentions
                            .iter()
                            .any(|m| is_agent(m.kind) && m.end <= cs && m.end + 2 >= cs));
        // "played a key role in the festival's charity drive": an idiom.
        if lower.starts_with("play") && {
            let words: Vec<&str> = near_after.split_whitespace().take(4).collect();
            matches!(
                words.first(),
                Some(&("a" | "an" | "no" | "its" | "their" | "his" | "her"))
            ) && words[1..]
                .iter()
                .take(2)
                .any(|w| matches!(w.trim_end_matches([',', '.']), "role" | "part"))
        } {
            continue;
        }
        if (lower.starts_with("play")
            || lower.starts_with("hit the stage")
            || lower.starts_with("sing")
            || lower.starts_with("sang")
            || lower.starts_with("cover")
            || lower.starts_with("deliver")
            || lower == "headline"
            || lower.starts_with("open")
            || lower.starts_with("start")
            || lower.starts_with("kick")
            || lower.starts_with("switch")
            || lower.starts_with("segued")
            || lower.starts_with("mov")
            || lower.starts_with("trad")
            || lower.starts_with("swap")
            || lower.starts_with("duet")
            || lower.starts_with("launched")
            || lower.ends_with("through")
            || lower.starts_with("clos")
            || lower == "joined"
            || lower == "joining"
            || lower.starts_with("welcom")
            || lower.starts_with("invit")
            || lower.starts_with("follow")
            || lower.starts_with("wrap"))
            && works.is_empty()
            && !show_after
            && !opened_or_closed_the_event(&lower, &c.lower[ce..])
            // "Afrojack and Steve Aoki wrap up their back-to-back set": a set told.
            && !(lower.starts_with("wrap") && lower.ends_with(" set"))
        {
            continue;
        }
        if separate.is_some() && !done_separately {
            done_separately = true;
            each_separately(c, cs, ce, out);
            continue;
        }
        if separate.is_some() {
            continue;
        }
        let mut performers: Vec<&Mention> = Vec::new();
        let already = out.len() > produced_before;
        // "Sabrina Carpenter's main-stage set on Friday included W": the set's owner.
        if noun || lower.starts_with("set") {
            // "their joint performance of": the possessor within a few words.
            let head_start = c.text[..cs].rfind([',', ';', ':']).map_or(0, |p| p + 1);
            let owner = c.mentions.iter().rev().find(|m| {
                m.end <= cs
                    && m.start >= head_start
                    && m.modifier
                    && is_agent(m.kind)
                    && c.text[m.end..cs].split_whitespace().count() <= 4
            });
            if let Some(o) = owner {
                performers.push(o);
            }
        }
        // "joined X on stage for a duet of W": the verb already told it. But "opened
        // with A, and later ... a rendition of B" is another performance.
        let work_told = works.first().is_some_and(|w| {
            out[produced_before..].iter().any(|f| {
                matches!(&f.fact, Fact::Performance { work, .. }
                    if work.is_none() || *work == Some(w.entities[0]))
            })
        });
        if noun && performers.is_empty() && already && work_told && !lower.starts_with("medley") {
            continue;
        }
        // "X joined them for a remix of W": X and whoever X joined.
        let joined_at = c.lower[..cs]
            .rfind("joined ")
            .filter(|&j| noun && j >= c.clause_start(cs));
        if performers.is_empty()
            && let Some(j) = joined_at
        {
            performers = c.subjects_before(j, 0, losers(), false);
        }
        // "X opened with A, ..., before tearing through B": a participle's performer
        // is the main clause's subject, not whatever was named in between.
        let participle = lower.first_word().is_some_and(|w| w.ends_with("ing")) && {
            let b = c.lower[..cs].trim_end();
            b.ends_with(',')
                || b.ends_with(" before")
                || b.ends_with(" after")
                || b.ends_with(" while")
        };
        // ("A followed with a set, and B dragged the energy darker, bringing out
        // C": the subject of the clause the participle hangs on, B.)
        if performers.is_empty()
            && participle
            && let Some(m) = c
                .mentions
                .iter()
                .rev()
                .find(|m| {
                    m.end <= cs
                        && !m.modifier
                        && is_agent(m.kind)
                        && [", and ", "; "]
                            .iter()
                            .any(|j| c.lower[..m.start].ends_with(j))
                })
                .or_else(|| {
                    c.mentions
                        .iter()
                        .find(|m| m.end <= cs && !m.modifier && is_agent(m.kind))
                })
        {
            performers.push(m);
        }
        // "The rapper's medley opened with W", "Ayra Starr's sunset set peaked with
        // W": the owner of the set performed it.
        if performers.is_empty()
            && !noun
            && let Some(m) = c.mentions.iter().rev().find(|m| {
                let own = &c.lower[m.start..m.end];
                (m.modifier || own.ends_with("'s") || own.ends_with("’s"))
                    && m.end <= cs
                    && is_agent(m.kind)
                    && m.start >= c.clause_start(cs)
                    && SET_SUBJECT.is_match(&c.lower[m.end..cs])
            })
        {
            performers.push(m);
        }
        // "opened with a joint performance of "W" by A, B and C": the players
        // come after the work.
        if performers.is_empty()
            && noun
            && let Some(w) = works.first()
            && let Some(by) = c.lower[w.end..]
                .trim_start_matches(['"', '”', '’', '\''])
                .strip_prefix(" by ")
        {
            let from = c.lower.len() - by.len();
            performers = c.objects_after(from, limit.max(from), &[]);
        }
        if performers.is_empty() {
            performers = c.subjects_before(cs, 0, losers(), false);
        }
        // "Performing W while ..., X delivered ...": an opening participle's performer
        // is the subject after the comma.
        if performers.is_empty()
            && c.lower[..cs].trim().is_empty()
            && lower.first_word().is_some_and(|w| w.ends_with("ing"))
            && let Some(m) = c.subject_after_opening(ce)
        {
            performers.push(m);
        }
        if performers.is_empty() {
            performers = c
                .mentions
                .iter()
                .filter(|m| {
                    m.end <= cs && !m.modifier && is_agent(m.kind) && !c.prepositional_object(m)
                })
                .take(1)
                .collect();
        }
        // "with Halsey", "joined Duval-Okafor on stage", "alongside X".
        let mut partners: Vec<&Mention> = Vec::new();
        if lower.starts_with("join")
            || lower.starts_with("team") && lower.ends_with(" with")
            || lower.starts_with("br") && lower.ends_with(" out")
            || lower.starts_with("welcom")
            || lower.starts_with("invit")
        {
            // "joined the band for "W"": whoever was joined, up to the work.
            let upto = works
                .iter()
                .find(|w| w.start >= ce)
                .map_or(limit.max(ce), |w| w.start);
            partners.extend(c.mentions.iter().filter(|m| {
                m.start >= cs && m.end <= upto.max(ce) && is_agent(m.kind) && !m.modifier
            }));
        }
        // "X joined them for a remix of W": whoever X joined performs too.
        if noun
            && let Some(j) = c.lower[..cs].rfind("joined ")
            && j >= c.clause_start(cs)
        {
            partners.extend(
                c.mentions
                    .iter()
                    .filter(|m| m.start > j && m.end <= cs && is_agent(m.kind) && !m.modifier),
            );
        }
        // "performed W with X", and "hit the stage with X for W"; not a "with" between
        // two songs, which belongs to another clause.
        // "X, who performed W, made a point of posing with Y": the relative clause
        // ends at its comma; Y belongs to the main clause.
        let zone_end = if before.ends_with(" who") {
            c.text[ce..limit.max(ce)]
                .find(", ")
                .map_or(limit, |k| ce + k)
        } else {
            limit
        };
        let with_zone = (ce, zone_end);
        let (first_work, last_work) = (
            works.first().map_or(limit, |w| w.start),
            works.last().map_or(ce, |w| w.end),
        );
        for m in c.mentions.iter().filter(|m| {
            m.start >= with_zone.0
                && m.end <= with_zone.1
                && (m.end <= first_work || m.start >= last_work)
                && is_agent(m.kind)
                && !m.modifier
        }) {
            // "alongside Qatari singer Fahad Al Kubaisi": a descriptor after the
            // preposition is not part of the gap.
            let mut gap = c.lower[with_zone.0..m.start].trim_end();
            // "alongside RuPaul's Drag Race stars X": up to three modifier words.
            if let Some((rest, last)) = gap.rsplit_once(' ')
                && crate::coreference::is_descriptor_head(last)
            {
                gap = rest.trim_end();
                for _ in 0..3 {
                    match gap.rsplit_once(' ') {
                        Some((rest, modifier))
                            if !matches!(modifier, "with" | "alongside" | "and" | ",")
                                && !modifier.ends_with(',') =>
                        {
                            gap = rest.trim_end();
                        }
                        _ => break,
                    }
                }
            }
            // "with Mark Ronson, guitar legend Slash and Wolfgang Van Halen": the list
            // goes on through commas and short descriptors.
            let continues_list = partners.last().is_some_and(|p| {
                p.end <= m.start && {
                    let between = c.lower[p.end..m.start].trim();
                    let words = between
                        .trim_start_matches(',')
                        .trim_start_matches(" and")
                        .split_whitespace()
                        .count();
                    (between.starts_with(',') && !c.headline || between == "and" || between == "&")
                        && words <= 3
                        && !between.contains(" with")
                        && !between.contains(" by")
                }
            });
            if gap.ends_with(" with") || gap.ends_with(" alongside") || continues_list {
                partners.push(m);
            }
        }
        let mut ids = entities_of(&performers);
        for e in entities_of(&partners) {
            if !ids.contains(&e) {
                ids.push(e);
            }
        }
        crate::roles::normalise_groups(c.reg, &mut ids);
        if ids.is_empty() {
            misses.push(Miss {
                kind: "performance",
                cue: (cs, ce),
                reason: format!("performance cue '{cue_text}' but no performer found"),
            });
            continue;
        }
        // "X joined Y on stage to perform W": the second cue repeats the first.
        let clause_from = c.clause_start(cs);
        // But "opened with A and also performed B": another song is another event.
        let new_work = works.first().map(|w| w.entities[0]).filter(|w| {
            !out[produced_before..]
                .iter()
                .any(|f| matches!(&f.fact, Fact::Performance { work: Some(x), .. } if x == w))
        });
        if new_work.is_none()
            && out[produced_before..].iter().any(|f| match &f.fact {
                Fact::Performance { performers, .. } => {
                    f.cue.0 >= clause_from && ids.iter().all(|i| performers.contains(i))
                }
                _ => false,
            })
            && !lower.starts_with("medley")
        {
            continue;
        }
        let medley = lower.starts_with("medley");
        let rule = if medley {
            "performance.medley"
        } else if lower.starts_with("join") {
            "performance.joined_on_stage"
        } else if noun {
            "performance.noun"
        } else if GUEST_ENTRANCE.is_match(&lower) {
            "performance.guest_entrance"
        } else {
            "performance.verb"
        };
        let mut used = spans(&performers);
        used.extend(spans(&partners));
        // A medley, or a list of songs ("playing "A" and "B""): one event per song.
        // The list is the run of songs joined by commas and "and" from the first;
        // "... "A" and "B," from their album "C"" names the album after it.
        let run = 1 + works
            .windows(2)
            .take_while(|p| {
                let gap = c.text[p[0].end..p[1].start].trim_matches(|ch: char| {
                    matches!(ch, '"' | '”' | '“' | ' ' | '\'' | '‘' | '’' | '.' | ',')
                });
                song_list_gap(gap)
            })
            .count();
        let listed = works.len() > 1 && run > 1;
        if listed {
            works.truncate(run);
        }
        let chosen: Vec<Option<usize>> = if medley && works.len() > 1 {
            // The medley's own list: works joined by commas and "and"; a later clause
            // ("..., and X teamed up with Y for a duet of W") is another performance.
            let mut chain = vec![Some(works[0].entities[0])];
            for p in works.windows(2) {
                let gap = c.text[p[0].end..p[1].start].trim_matches(|ch: char| {
                    matches!(ch, '"' | '”' | '“' | ' ' | '\'' | '‘' | '’' | '.' | ',')
                });
                // "A" into "B" and finally "C": the medley's own links.
                if !matches!(
                    gap,
                    "" | ","
                        | "and"
                        | ", and"
                        | "&"
                        | "into"
                        | "then"
                        | "and then"
                        | "and finally"
                        | "before"
                        | "followed by"
                ) {
                    break;
                }
                chain.push(Some(p[1].entities[0]));
            }
            chain
        } else if (listed || !noun && lower.starts_with("set")) && works.len() > 1 {
            works.iter().map(|w| Some(w.entities[0])).collect()
        } else {
            vec![works.first().map(|w| w.entities[0])]
        };
        for w in chosen {
            // "A, guitarist B and bassist C played ..., tearing through W": the band's
            // performance of W is told; a later cue's lone member is part of it.
            let told_by_band = w.is_some()
                && out[produced_before..].iter().any(|f| {
                    matches!(&f.fact, Fact::Performance { performers, work }
                    if *work == w
                        && ids.iter().all(|p| {
                            c.reg.entities[*p]
                                .member_of
                                .iter()
                                .any(|g| performers.contains(g))
                        }))
                });
            if told_by_band {
                continue;
            }
            out.push(Found {
                fact: Fact::Performance {
                    performers: ids.clone(),
                    work: w,
                },
                rule,
                cue: (cs, ce),
                used: used.clone(),
                years_back: Vec::new(),
                confidence: if w.is_some() { 0.85 } else { 0.7 },
                retype_work: None,
            });
        }
    }
    // "headlined ..., bringing out Y for W": W was performed with Y, not also alone.
    let mine: Vec<Found> = out.drain(produced_before..).collect();
    for (k, f) in mine.iter().enumerate() {
        let Fact::Performance {
            performers: p,
            work: Some(w),
        } = &f.fact
        else {
            out.push(f.clone());
            continue;
        };
        let covered = mine.iter().enumerate().any(|(q, g)| {
            q != k
                && matches!(&g.fact, Fact::Performance { performers: gp, work: Some(gw) }
                    if gw == w && gp.len() > p.len() && p.iter().all(|x| gp.contains(x)))
        });
        if !covered {
            out.push(f.clone());
        }
    }
}

/// "X and Y both took the stage ...: they each performed separately, X with "A" and Y
/// with "B"": one event per performer.
/// `performance.set_review`: in a review of a show, a quoted song told in a paragraph
/// about one act's set is a song that act performed: "The closer, "Alright", turned
/// the field into one choir", "her "Despechá" was the moment the tent became a
/// nightclub". `act` is whose set the paragraph is about; a possessor right before
/// the song ("her", "Rosalía's") who is not a member of that act performed it
/// instead (`headed`: the act comes from a section heading), or without a heading
/// whoever the sentence names last before the song. Sentences about releases,
/// charts or prizes are left alone.
pub fn set_review(c: &Clause<'_, '_, '_>, act: &[usize], headed: bool, out: &mut Vec<Found>) {
    static NOT_ON_STAGE: LazyLock<Phrases> = LazyLock::new(|| {
        Phrases::new(&[
            "releas",
            "single",
            "chart",
            "stream",
            "video",
            "album",
            "wrote",
            "written",
            "nominat",
            "award",
            "won ",
            "record",
            "billboard",
            "no. 1",
            "tiktok",
            "cover art",
            "lyric",
            "dedicat",
            "will ",
            "next year",
            "rumou",
            "hoped",
            "beating",
            "prize",
            "trophy",
            "trophies",
            "honoree",
        ])
    });
    if NOT_ON_STAGE.any_in(c.lower) {
        return;
    }
    for w in c
        .mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Work && m.via == crate::entities::Via::Quote)
    {
        let told = out.iter().any(|f| {
            f.used.iter().any(|&(a, b)| a <= w.start && w.end <= b)
                || matches!(&f.fact, Fact::Performance { work: Some(x), .. } if *x == w.entities[0])
        });
        // "'This is for you!' she screamed": quoted speech, not a song.
        let after = c.lower[w.end..].trim_start_matches(['!', '?', ',', '\'', '’', '"', '”']);
        let speech = [
            " she ",
            " he ",
            " they ",
            " said",
            " told",
            " screamed",
            " shouted",
            " yelled",
            " thanks",
            " says",
            " tells",
        ]
        .iter()
        .any(|v| after.starts_with(v));
        // ""Essence" by Wizkid", "is sung this year by Rita Ora": someone else's.
        let by_another = c.lower[w.end..].contains(" by ");
        // "in her "Paper Moon" era": a period of a career, not a song sung; nor is
        // "rode the "Harvest Fields" float" or "the "Sonic" stage" one.
        let era = [" era", " float", " stage", " tent"]
            .iter()
            .any(|n| after.starts_with(n));
        if told || speech || era || by_another {
            continue;
        }
        // With no set owner, only the subject's song taken up on stage: "MAMAMOO
        // turned the hall into a party with "HIP"", not "Carpenter's "Espresso"" in a
        // prize line or "the "Tragic Kingdom" era".
        let performers = if act.is_empty() {
            subject_performers(c, w.start)
        } else {
            set_owner_or_guest(c, act, headed, w.start)
        };
        if performers.is_empty() {
            continue;
        }
        out.push(Found {
            fact: Fact::Performance {
                performers,
                work: Some(w.entities[0]),
            },
            rule: "performance.set_review",
            cue: (w.start, w.end),
            used: vec![(w.start, w.end)],
            years_back: Vec::new(),
            confidence: 0.6,
            retype_work: None,
        });
    }
}

/// Who sang the quoted song at `quote` in a set owned by `act`: the possessor right
/// before it ("her "Despechá""); without a section heading, the act named last before
/// it as possessor or subject ("Macklemore brought what Macklemore brings, and "W" sent
/// ..."); else the set's owner.
fn set_owner_or_guest(
    c: &Clause<'_, '_, '_>,
    act: &[usize],
    headed: bool,
    quote: usize,
) -> Vec<usize> {
    c.mentions
        .iter()
        .rev()
        .find(|m| {
            m.end <= quote
                && is_agent(m.kind)
                && if headed {
                    m.modifier
                        && c.text[m.end..quote]
                            .trim_matches(|ch: char| ch.is_whitespace() || "'’s\"“".contains(ch))
                            .is_empty()
                } else {
                    // A possessor, or the subject opening its clause ("brought out
                    // Baby Keem for W, and saved X" leaves X to the set's owner).
                    m.modifier || c.text[c.clause_start(m.start)..m.start].trim().is_empty()
                }
        })
        .map(|m| m.entities[0])
        .filter(|p| {
            !act.contains(p) && !c.reg.entities[*p].member_of.iter().any(|g| act.contains(g))
        })
        .map_or_else(|| act.to_vec(), |p| vec![p])
}

/// The subject of the clause holding the quoted song, all of its coordinated acts,
/// when the song comes right after "with", "for" or "through" (a few words of
/// description between them allowed); none when the song is a possessor's or
/// otherwise placed.
fn subject_performers(c: &Clause<'_, '_, '_>, quote: usize) -> Vec<usize> {
    // The mentions before the song, nearest first, up to the first act.
    let before: Vec<&Mention> = c.mentions.iter().rev().filter(|m| m.end <= quote).collect();
    let Some(last) = before
        .iter()
        .position(|m| is_agent(m.kind) || m.kind == EntityKind::Work)
    else {
        return Vec::new();
    };
    // Not inside quoted speech ("DIVE, thank you for loving 'LOVE DIVE'").
    if !is_agent(before[last].kind)
        || before[last].modifier
        || crate::document::inside_quotation(c.text, before[last].start)
    {
        return Vec::new();
    }
    // "Tracy Chapman and Luke Combs team up for 'Fast Car'": the whole subject.
    let end = before[last].end;
    let mut first = last;
    while let Some(m) = before.get(first + 1) {
        let joint = c.text[m.end..before[first].start].trim();
        if m.modifier || !is_agent(m.kind) || !["and", "&", ",", "x", "X"].contains(&joint) {
            break;
        }
        first += 1;
    }
    // It opens its clause: the sentence's start, or a comma, semicolon or closing
    // quote, then perhaps "while", "and", "but" ("A went dark for "W," while B ...").
    let head = c.lower[..before[first].start].trim_end();
    let head = ["while", "and", "but", "as", "then", "whereas"]
        .iter()
        .find_map(|w| {
            head.strip_suffix(w)
                .filter(|h| h.is_empty() || h.ends_with(char::is_whitespace))
        })
        .unwrap_or(head)
        .trim_end();
    if !(head.is_empty() || head.ends_with([',', ';', '"', '”', '—', '–'])) {
        return Vec::new();
    }
    let between = &c.lower[end..quote];
    let Some(at) = [" with ", " for ", " through "]
        .iter()
        .filter_map(|p| between.rfind(p).map(|i| i + p.len()))
        .max()
    else {
        return Vec::new();
    };
    let gap = &between[at..];
    if gap.split_whitespace().count() > 3 || gap.contains(['.', ';', ':']) {
        return Vec::new();
    }
    let mut performers: Vec<usize> = Vec::new();
    for m in before[last..=first].iter().rev() {
        performers.extend(&m.entities);
    }
    performers
}

/// `performance.performers_listed`: "Other performers included A, B and C": each
/// of them performed, on their own (the present "performers include" is a line-up).
fn performers_listed(c: &Clause<'_, '_, '_>, out: &mut Vec<Found>) {
    if !c.cues.may_match(cues::PERFORMERS)
        || !(c.lower.contains("performers") || c.lower.contains("performances"))
    {
        return;
    }
    let Some(m) = PERFORMERS_LISTED.find(c.text) else {
        return;
    };
    // The list runs while its names are joined by commas and "and": "from A, B and C,
    // who closed the night with W, and D's band" ends at C.
    let mut last_end = m.end();
    for p in c.objects_after(m.end(), c.text.len(), &[]) {
        let gap = c.text[last_end.min(p.start)..p.start].trim();
        if last_end != m.end() && !matches!(gap, "," | "and" | ", and" | "&") {
            break;
        }
        last_end = p.end;
        out.push(Found {
            fact: Fact::Performance {
                performers: p.entities.clone(),
                work: None,
            },
            rule: "performance.performers_listed",
            cue: (m.start(), m.end()),
            used: vec![(p.start, p.end)],
            years_back: Vec::new(),
            confidence: 0.7,
            retype_work: None,
        });
    }
}

fn each_separately(c: &Clause<'_, '_, '_>, cs: usize, ce: usize, out: &mut Vec<Found>) {
    let mut performers: Vec<usize> = Vec::new();
    for m in c
        .mentions
        .iter()
        .filter(|m| !m.modifier && is_agent(m.kind))
    {
        for &e in &m.entities {
            if !performers.contains(&e) {
                performers.push(e);
            }
        }
    }
    crate::roles::normalise_groups(c.reg, &mut performers);
    for p in performers {
        // The work named after this performer's last mention, before the next performer.
        let last = c.mentions.iter().rev().find(|m| {
            m.entities.len() == 1 && m.entities[0] == p && m.via == crate::entities::Via::Name
        });
        let work = last.and_then(|l| {
            let next_agent = c
                .mentions
                .iter()
                .find(|m| m.start > l.end && is_agent(m.kind))
                .map_or(c.text.len(), |m| m.start);
            c.mentions.iter().find(|m| {
                m.start > l.end && m.end <= next_agent && m.kind == EntityKind::Work && l.start > ce
            })
        });
        out.push(Found {
            fact: Fact::Performance {
                performers: vec![p],
                work: work.map(|w| w.entities[0]),
            },
            rule: "performance.each_separately",
            cue: (cs, ce),
            used: last.map(|l| vec![(l.start, l.end)]).unwrap_or_default(),
            years_back: Vec::new(),
            confidence: 0.8,
            retype_work: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::tests_support::performances;

    #[test]
    fn an_opening_performance_participle_names_the_work_and_the_subject_after_the_comma() {
        assert_eq!(
            performances(
                "Performing Moonlit Harbour under two giant LED screens, Marta Velasquez held the final note."
            ),
            ["Marta Velasquez | Moonlit Harbour"]
        );
    }

    #[test]
    fn joint_performance_is_one_event_with_both() {
        assert_eq!(
            performances("Later, SZA joined Doja Cat on stage for a duet of \"Kiss Me More\"."),
            ["SZA + Doja Cat | Kiss Me More"]
        );
    }

    #[test]
    fn medley_is_one_event_per_song() {
        assert_eq!(
            performances(
                "Stray Kids closed the show with a medley of \"Maniac\", \"Thunderous\" and \"S-Class\"."
            ),
            [
                "Stray Kids | Maniac",
                "Stray Kids | Thunderous",
                "Stray Kids | S-Class"
            ]
        );
    }

    #[test]
    fn each_performed_separately_is_one_event_per_performer() {
        assert_eq!(
            performances(
                "Lorde and Sia both took the stage: they each performed separately, Lorde with \"Royals\" and Sia with \"Chandelier\"."
            ),
            ["Lorde | Royals", "Sia | Chandelier"]
        );
    }

    #[test]
    fn did_not_perform_is_nothing_and_planned_is_planned() {
        assert!(performances("This time Lorde did not perform at all.").is_empty());
        assert_eq!(
            performances("Lorde is set to perform \"Royals\" at the BRITs."),
            ["Lorde | Royals (planned)"]
        );
    }

    #[test]
    fn passive_play_counts_are_not_performances() {
        assert!(performances("Her single \"Nightfall\" was played 9 million times.").is_empty());
    }

    #[test]
    fn joined_the_band_for_a_song_is_a_joint_performance() {
        assert_eq!(
            performances(
                "No Doubt played Coachella. Olivia Rodrigo joined the band for \"Bathwater\"."
            ),
            ["No Doubt", "Olivia Rodrigo + No Doubt | Bathwater"]
        );
    }

    #[test]
    fn guests_who_all_joined_are_not_one_joint_performance() {
        assert!(
            performances(
                "Tavi Lund headlined the Super Bowl halftime show. Mira Sol, Dex Holt and Ona Vey all joined her on stage."
            )
            .iter()
            .all(|p| !p.contains("Mira Sol"))
        );
    }

    #[test]
    fn a_name_inside_a_prepositional_phrase_is_not_the_performer() {
        assert_eq!(
            performances(
                "On Friday, Nadia Orrell marked ten years of Paper Lanterns with a rendition of \"Low Tide\"."
            ),
            ["Nadia Orrell | Low Tide"]
        );
        assert_eq!(
            performances(
                "Ravi Sen teamed up with Kit Amari for a Bollywood tribute, performing a medley of \"Dil Se\" and \"Jiya\"."
            ),
            [
                "Ravi Sen + Kit Amari | Dil Se",
                "Ravi Sen + Kit Amari | Jiya"
            ]
        );
    }

    #[test]
    fn partners_listed_with_descriptors_all_perform() {
        assert_eq!(
            performances(
                "Ravi Sen performed \"Low Tide\" with Kit Amari, guitar legend Nadia Orrell and Tomas Vale."
            ),
            ["Ravi Sen + Kit Amari + Nadia Orrell + Tomas Vale | Low Tide"]
        );
    }

    #[test]
    fn a_comma_and_after_an_object_starts_a_new_performer() {
        assert_eq!(
            performances(
                "Ravi Sen performed the hit with Kit Amari, and Nadia Orrell delivered a stomping \"Low Tide\"."
            ),
            ["Ravi Sen + Kit Amari", "Nadia Orrell | Low Tide"]
        );
    }

    #[test]
    fn every_member_of_a_group_performing_is_the_group() {
        assert_eq!(
            performances(
                "Jisoo, Jennie, Rosé and Lisa performed \"Pink Venom\" together for the first time in a year."
            ),
            ["BLACKPINK | Pink Venom"]
        );
        assert_eq!(
            performances("Jennie and Lisa performed \"Pink Venom\" as a duo."),
            ["Jennie + Lisa | Pink Venom"]
        );
    }

    #[test]
    fn a_second_song_later_in_the_sentence_is_another_performance() {
        assert_eq!(
            performances(
                "Nadia Orrell opened the show with her new single, \"Low Tide,\" and later paid tribute to the late Tomas Vale with a rendition of \"Paper Moon.\""
            ),
            ["Nadia Orrell | Low Tide", "Nadia Orrell | Paper Moon"]
        );
    }

    #[test]
    fn asides_and_venues_do_not_hide_the_performer_or_the_song() {
        assert_eq!(
            performances(
                "NOVA CROWN picked up a Best Artist Award (Music) and hit the stage with a performance of \"Bite\"."
            ),
            ["NOVA CROWN | Bite"]
        );
        assert_eq!(
            performances(
                "Nadia Orrell opened her set at the Prudential Center in Newark, New Jersey, with a stripped-back \"Low Tide.\""
            ),
            ["Nadia Orrell | Low Tide"]
        );
    }

    #[test]
    fn a_partner_introduced_by_a_descriptor_and_a_bare_headline_set() {
        assert_eq!(
            performances(
                "Ravi Sen performed \"Low Tide\" alongside Qatari singer Kit Amari at the stadium."
            ),
            ["Ravi Sen + Kit Amari | Low Tide"]
        );
        assert_eq!(
            performances("Nadia Orrell headlined Saturday night with a career-spanning set."),
            ["Nadia Orrell"]
        );
    }

    #[test]
    fn performance_noun_with_possessor() {
        assert_eq!(
            performances("Doja Cat's performance of \"Paint the Town Red\" closed the night."),
            ["Doja Cat | Paint the Town Red"]
        );
    }
}
