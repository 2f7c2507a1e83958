//! Factuality: did the event a cue describes happen? Hopes, wishes, speculation,
//! negation, denials and questions produce nothing; plans and the future produce at
//! most a planned event. The decision looks at the cue's own clause (the words before
//! the cue back to the last clause boundary) so that "anyone hoping for a team-up was
//! out of luck: they each performed separately" still reports the performances.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::lexicon::SpaceWords;
use crate::model::Status;
use crate::shapes::Shapes;

/// The verdict for one cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    /// Told as a fact.
    Occurred,
    /// Told as scheduled or announced.
    Planned,
    /// Not a fact: the reason, for explanations.
    Blocked(&'static str),
}

impl Modality {
    /// The event status, when the event may be emitted.
    pub fn status(self) -> Option<Status> {
        match self {
            Modality::Occurred => Some(Status::Occurred),
            Modality::Planned => Some(Status::Planned),
            Modality::Blocked(_) => None,
        }
    }
}

/// Words that make a clause a hope, wish or speculation.
const HOPED: &[&str] = &[
    "hope",
    "hopes",
    "hoped",
    "hoping",
    "wish",
    "wishes",
    "wished",
    "wishing",
    "dream",
    "dreams",
    "dreamed",
    "dreamt",
    "dreaming",
    "betting",
    "bet",
    "rumour",
    "rumor",
    "rumoured",
    "rumored",
    "rumours",
    "rumors",
    "speculate",
    "speculated",
    "speculation",
    "could",
    "might",
    "maybe",
    "perhaps",
    "possibly",
    "if",
    "whether",
    "imagine",
    "want",
    "wants",
    "wanted",
    "longing",
    "would",
    "should",
    "unless",
    "potential",
    "potentially",
    "rumoured",
    "alleged",
    "allegedly",
    "supposedly",
    "reportedly-planned",
    "fantasy",
    "wishlist",
];

/// Words that negate a clause.
const NEGATED: &[&str] = &[
    "not",
    "never",
    "yet",
    "no",
    "denied",
    "denies",
    "deny",
    "denying",
    "without",
    "didn't",
    "didn’t",
    "don't",
    "don’t",
    "doesn't",
    "doesn’t",
    "wasn't",
    "wasn’t",
    "weren't",
    "weren’t",
    "haven't",
    "haven’t",
    "hasn't",
    "hasn’t",
    "hadn't",
    "hadn’t",
    "cannot",
    "can't",
    "can’t",
    "couldn't",
    "couldn’t",
    "won't",
    "won’t",
    "nobody",
    "neither",
    "nor",
    "failed",
    // "was supposed to perform": what was meant to happen, told because it did not.
    "supposed",
    "refused",
    "cancelled",
    "canceled",
    "skipped",
    "missed",
    "pulled",
];

/// Words and phrases that place a clause in the future.
const PLANNED: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "set to",
    "scheduled to",
    "expected to",
    "slated to",
    "going to",
    "plans to",
    "planning to",
    "plan to",
    "due to",
    "poised to",
    "tipped to",
    "favourite to",
    "favorite to",
    "odds-on",
    "predicted to",
    "is to",
    "are to",
    "upcoming",
    "next month",
    "next year",
    "next week",
    "tomorrow",
    "later this year",
    "gearing up",
    "confirmed to",
    "announced to",
    "booked to",
    "lined up to",
    // "I've been asked to perform at the awards at the end of this year".
    "been asked to",
    "been invited to",
];

/// Judges the cue at `cue_start..cue_end` of `sentence`.
pub fn assess(sentence: &str, cue_start: usize, cue_end: usize) -> Modality {
    let lower = crate::lexicon::to_lower(sentence);
    // Byte offsets only line up if lowercasing kept lengths; fall back to the original.
    let hay: &str = if lower.len() == sentence.len() {
        &lower
    } else {
        sentence
    };
    assess_lower(sentence, hay, cue_start, cue_end)
}

/// [`assess`] with the sentence's lowercase copy (same byte offsets) already made.
pub fn assess_lower(sentence: &str, hay: &str, cue_start: usize, cue_end: usize) -> Modality {
    let trimmed = hay.trim_end_matches(['"', '”', '’', '\'', ' ', ')']);
    // (Not a quoted question after the cue: "snapped a selfie, which Becky posted
    // with the caption "new bestie??"".)
    let quoted_after_cue = {
        let closed = hay.trim_end_matches([' ', ')']);
        closed
            .strip_suffix(['"', '”'])
            .and_then(|inner| inner.rfind(['"', '“']))
            .is_some_and(|open| open >= cue_end)
    };
    if trimmed.ends_with('?') && !quoted_after_cue {
        return Modality::Blocked("a question");
    }
    // "Tomorrow Miranda! and Los Bunkers take the stage": a sentence that opens on
    // tomorrow is about it, whatever its clauses (not "Tomorrow X Together").
    if hay.starts_with("tomorrow ") && !hay.starts_with("tomorrow x ") {
        return Modality::Planned;
    }
    // "the night she (almost) met Post Malone", "nearly won": it did not happen.
    if hay[..cue_start.min(hay.len())]
        .trim_end_matches([' ', ')'])
        .rsplit([' ', '('])
        .next()
        .is_some_and(|w| matches!(w, "almost" | "nearly"))
    {
        return Modality::Blocked("negated");
    }
    let mut start = clause_start(hay, cue_start);
    // "No, I won Best Emerging Talent back in 2022": an answer's "no" is the
    // interviewer's question denied, not this clause.
    if let Some(rest) = ["no, ", "nope, ", "yes, "]
        .iter()
        .find_map(|w| hay.get(start..).and_then(|h| h.strip_prefix(w)))
    {
        start = hay.len() - rest.len();
    }
    let window = &hay[start..cue_end.min(hay.len())];
    // Words of the window; capitalised words inside it are names ("J-Hope", "Will
    // Smith"), not modals, unless they open the sentence.
    let original = &sentence[start.min(sentence.len())..cue_end.min(sentence.len())];
    let same_shape = original.len() == window.len();
    // A relative clause closed before the cue ("Hoshi, who was not on the lineup,
    // joined ...") says nothing about the cue.
    let mut skip: Vec<(usize, usize)> = Vec::new();
    // All three start ", wh", which most windows lack.
    let relatives: &[&str] = if window.contains(", wh") {
        &[", who ", ", which ", ", whose "]
    } else {
        &[]
    };
    for &rel in relatives {
        let mut from = 0;
        while let Some(p) = crate::lexicon::find_lit(&window[from..], rel) {
            let open = from + p;
            let body = open + rel.len();
            match window[body..].find(',') {
                Some(q) => skip.push((open, body + q)),
                None => break,
            }
            from = body;
        }
    }
    // (Room for a typical clause's words up front: growing the vector cost more.)
    let mut words: Vec<&str> = Vec::with_capacity(16);
    let mut word_start: Option<usize> = None;
    let is_word_char = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
    // The window's chars and a space after its end, as `char_indices` would give
    // them; ASCII bytes (nearly all) are taken as they are instead of decoded.
    let bytes = window.as_bytes();
    let mut next = 0;
    while next <= bytes.len() {
        // Runs of ASCII bytes that change nothing are stepped over a table look-up at
        // a time: inside a word its letters, digits, '\'' and '-'; outside one, every
        // ASCII byte that cannot start one ('.' included: it glues only inside a
        // word). The loop below then sees the byte that ends or starts a word.
        let inside = word_start.is_some();
        while let Some(&b) = bytes.get(next) {
            if !b.is_ascii() || ASCII_WORD_BYTES[usize::from(b)] != inside {
                break;
            }
            next += 1;
        }
        let i = next;
        let ch = match bytes.get(i) {
            None => ' ',
            Some(&b) if b.is_ascii() => char::from(b),
            Some(_) => window[i..].chars().next().unwrap_or(' '),
        };
        next += ch.len_utf8();
        // "will.i.am performed": a dot between letters continues the name.
        let glued =
            ch == '.' && word_start.is_some() && window[i + 1..].starts_with(char::is_alphanumeric);
        match (word_start, (glued || is_word_char(ch)) && i < window.len()) {
            (None, true) => word_start = Some(i),
            (Some(at), false) => {
                word_start = None;
                let w = &window[at..i];
                if skip.iter().any(|&(a, b)| at >= a && at < b) {
                    continue;
                }
                let capitalised = same_shape
                    && original
                        .get(at..)
                        .and_then(|o| o.chars().next())
                        .is_some_and(char::is_uppercase);
                // A sentence-initial capital followed by another is a name too
                // ("Tomorrow X Together earned ..."; a sentence opening on "Tomorrow"
                // otherwise was judged planned above). Asked only of a capitalised
                // first word.
                let name_goes_on = || {
                    same_shape
                        && original
                            .get(i..)
                            .and_then(|o| o.strip_prefix(' '))
                            .and_then(|o| o.chars().next())
                            .is_some_and(char::is_uppercase)
                };
                // "NewJeans did NOT perform": a word shouted in capitals between
                // lowercase words is emphasis, not a name.
                let shouted = capitalised
                    && MODAL_SHAPES.may_hold(w)
                    && NEGATED_SET.contains(w)
                    && i - at >= 2
                    && original[at..i].chars().all(|c| !c.is_lowercase())
                    && original[..at]
                        .trim_end()
                        .last_word()
                        .is_some_and(|p| p.chars().any(char::is_lowercase))
                    && original[i..]
                        .trim_start()
                        .first_word()
                        .is_none_or(|n| n.is_empty() || !n.chars().any(char::is_uppercase));
                if capitalised
                    && !shouted
                    && (start + at > 0 || name_goes_on() && !HOPED_SET.contains(w))
                {
                    continue;
                }
                words.push(w);
            }
            _ => {}
        }
    }
    // "couldn't hide her excitement when she bumped into X": a "when" clause of its
    // own is outside the negation before it (not outside a hope or a plan: "fans
    // will scream when they meet").
    let when_at = words.iter().rposition(|w| *w == "when").unwrap_or(0);
    for (i, w) in words.iter().enumerate() {
        // (Most words cannot be in either set: their first byte and length tell.)
        if !MODAL_SHAPES.may_hold(w) {
            continue;
        }
        let next = words.get(i + 1).copied().unwrap_or("");
        if NEGATED_SET.contains(w) && i >= when_at {
            // "not only", "not just": emphasis, not negation.
            if *w == "not" && matches!(next, "only" | "just") {
                continue;
            }
            // "It is hard not to think back to when X ...": an idiom, not a denial.
            if *w == "not" && next == "to" && i > 0 && matches!(words[i - 1], "hard" | "difficult")
            {
                continue;
            }
            // "pulled out of the show" negates; "pulled her into a hug" does not.
            if *w == "pulled" && next != "out" {
                continue;
            }
            // "have yet to share a stage" negates; "yet another win" does not.
            if *w == "yet" && next != "to" {
                continue;
            }
            // "no doubt", "no less": idioms.
            if *w == "no" && matches!(next, "doubt" | "less" | "longer" | "sooner" | "fewer") {
                continue;
            }
            return Modality::Blocked("negated");
        }
        // "posts claiming he had met Wizkid", "claims that the pair hung out": hearsay
        // (not "claiming Best New Artist", a win).
        // (Names are not among the words: "claims that X had" leaves "that had".)
        let skip_that = usize::from(next == "that");
        let said = |k: usize| {
            words
                .get(k)
                .is_some_and(|v| matches!(*v, "had" | "has" | "was" | "were" | "pair" | "two"))
        };
        // "the internet loves to claim that A and B met": a claim of a that-clause
        // (not "claimed that trophy", a win).
        let claimed_clause = skip_that == 1
            && !words.get(i + 2).is_some_and(|v| {
                matches!(
                    *v,
                    "award"
                        | "trophy"
                        | "prize"
                        | "title"
                        | "crown"
                        | "honour"
                        | "honor"
                        | "record"
                )
            });
        if matches!(*w, "claim" | "claiming" | "claims" | "claimed")
            && (claimed_clause
                || skip_that == 1 && said(i + 2)
                || words
                    .get(i + 1 + skip_that)
                    .is_some_and(|s| matches!(*s, "he" | "she" | "they" | "the"))
                    && said(i + 2 + skip_that))
        {
            return Modality::Blocked("a rumour");
        }
        // "a fan account swore up and down that the two met": an oath is not a
        // witness.
        if matches!(*w, "swore" | "swears" | "swearing")
            && words.iter().skip(i + 1).take(4).any(|v| *v == "that")
        {
            return Modality::Blocked("a rumour");
        }
        // "if you grew up on Cantopop", "if you missed it": the reader's
        // condition, not the event's.
        if *w == "if" && next == "you" {
            continue;
        }
        if HOPED_SET.contains(w) {
            return Modality::Blocked(match *w {
                "could" | "might" | "may" | "maybe" | "perhaps" | "possibly" | "if" | "whether"
                | "speculate" | "speculated" | "speculation" | "betting" | "bet" | "potential"
                | "potentially" => "speculation",
                "would" | "should" | "want" | "wants" | "wanted" => "a wish or a hypothesis",
                "rumour" | "rumor" | "rumoured" | "rumored" | "rumours" | "rumors" | "alleged"
                | "allegedly" | "supposedly" => "a rumour",
                _ => "a hope or a wish",
            });
        }
    }
    // "love to meet", "like to meet": wishes. (All three end in " to ": one pass finds
    // each " to " and looks at the word before it.)
    if SPACE_TO.find_iter(window.as_bytes()).any(|p| {
        ["love", "like", "dying"]
            .iter()
            .any(|w| window[..p].ends_with(w))
    }) {
        return Modality::Blocked("a hope or a wish");
    }
    // Names and closed relative clauses are out of the window's words.
    if has_planned(&words.join(" ")) {
        return Modality::Planned;
    }
    Modality::Occurred
}

/// The ASCII bytes `is_word_char` in [`assess_lower`] takes: letters, digits, '\''
/// and '-'.
static ASCII_WORD_BYTES: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'\'' || c == b'-';
        b += 1;
    }
    t
};

/// The searcher for " to ", built once instead of per finding.
static SPACE_TO: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b" to "));
static PLANNED_AC: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    aho_corasick::AhoCorasickBuilder::new()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(PLANNED)
        .ok()
});
static HOPED_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| HOPED.iter().copied().collect());
static NEGATED_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| NEGATED.iter().copied().collect());
/// Verbs of hearsay the modal check asks about: "posts claiming he had met",
/// "swore up and down that".
const HEARSAY: &[&str] = &[
    "claim", "claiming", "claims", "claimed", "swore", "swears", "swearing",
];

/// The shapes of the words of [`HOPED`], [`NEGATED`] and [`HEARSAY`], and of "if"
/// (which the modal check also asks about): a word of any other shape is in none.
static MODAL_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    Shapes::of(
        HOPED
            .iter()
            .chain(NEGATED)
            .chain(HEARSAY)
            .chain(&["if"])
            .copied(),
    )
});

/// Any future/plan phrase in `hay`, as whole words.
fn has_planned(hay: &str) -> bool {
    let Some(ac) = PLANNED_AC.as_ref() else {
        return PLANNED.iter().any(|p| contains_phrase(hay, p));
    };
    ac.find_overlapping_iter(hay).any(|m| {
        stands_alone(hay, m.start(), m.end())
            && !upcoming_release(hay, m.start(), m.end())
            && !set_as_noun(hay, m.start(), m.end())
            // "Then the next year I got Artist of the Year": the year after a past one.
            && (!hay[m.start()..].starts_with("next ") || !hay[..m.start()].ends_with("the "))
    })
}

/// "dedicated much of her set to the crowd": the noun "set", not "is set to".
fn set_as_noun(hay: &str, start: usize, end: usize) -> bool {
    &hay[start..end] == "set to"
        && hay[..start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                matches!(
                    w,
                    "her"
                        | "his"
                        | "their"
                        | "its"
                        | "the"
                        | "a"
                        | "whole"
                        | "entire"
                        | "my"
                        | "our"
                        | "of"
                )
            })
}

/// "the first single from his upcoming fifth album": a release not yet out, which
/// says nothing about when the clause's performance happened.
fn upcoming_release(hay: &str, start: usize, end: usize) -> bool {
    &hay[start..end] == "upcoming"
        && hay[end..].split_whitespace().take(3).any(|w| {
            matches!(
                w.trim_end_matches([',', '.', ';', '"', '\'']),
                "album"
                    | "single"
                    | "ep"
                    | "record"
                    | "mixtape"
                    | "lp"
                    | "project"
                    | "film"
                    | "documentary"
                    | "book"
                    | "memoir"
                    | "albums"
                    | "singles"
            )
        })
}

/// `phrase` occurs in `hay` as whole words ("will" but not "willing"); contractions
/// ("'ll") may follow a letter.
fn contains_phrase(hay: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(p) = hay[from..].find(phrase) {
        let start = from + p;
        let end = start + phrase.len();
        if stands_alone(hay, start, end) {
            return true;
        }
        from = end;
    }
    false
}

/// Whether `hay[start..end]` is whole words: no letter or digit glued on either side,
/// except that a contraction ("'ll") may follow a letter.
fn stands_alone(hay: &str, start: usize, end: usize) -> bool {
    let contraction = hay[start..].starts_with('\'') || hay[start..].starts_with('’');
    let before_ok = contraction
        || hay[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
    // "will.i.am" is a name, not a modal: a word glued on by a dot continues it.
    let rest = &hay[end..];
    let after_ok = rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
        && !(rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_alphanumeric()));
    before_ok && after_ok
}

/// True when a sentence speaks of the future or of plans anywhere in it.
pub fn mentions_future(lower: &str) -> bool {
    // Quoted titles say nothing about time: "for 'This Could Be Texas'". (Without a
    // char that opens a quote, the text is its own outside.)
    let plain = if has_quote_char(lower) {
        std::borrow::Cow::Owned(outside_quotes(lower))
    } else {
        std::borrow::Cow::Borrowed(lower)
    };
    has_planned(&plain) || plain.contains("hoping") || plain.contains("could ")
}

/// Whether `text` holds '"', '\'', '“' or '‘' (what may open a quote in
/// [`outside_quotes`]), by bytes: '“' is E2 80 9C and '‘' is E2 80 98.
fn has_quote_char(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2(b'"', b'\'', b).is_some()
        || memchr::memchr_iter(0xE2, b)
            .any(|i| matches!(b.get(i + 1..i + 3), Some([0x80, 0x9C | 0x98])))
}

/// `text` with quoted spans ("...", “...”, and ' ... ' titles) blanked out.
fn outside_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut open: Option<char> = None;
    let mut prev = ' ';
    for ch in text.chars() {
        match open {
            Some(close) if ch == close => open = None,
            Some(_) => {}
            None => match ch {
                '"' => open = Some('"'),
                '“' => open = Some('”'),
                '\'' | '‘' if !prev.is_alphanumeric() => {
                    open = Some(if ch == '‘' { '’' } else { '\'' })
                }
                _ => out.push(ch),
            },
        }
        prev = ch;
    }
    out
}

/// Clause boundaries, each ending with a space.
const BOUNDARIES: &[&str] = &[
    "; ",
    ": ",
    " — ",
    " – ",
    ", but ",
    " but ",
    "? ",
    "! ",
    ", though ",
    ", although ",
];

/// Where the clause holding `pos` starts: just past the last boundary before it.
fn clause_start(hay: &str, pos: usize) -> usize {
    let head = &hay.as_bytes()[..pos.min(hay.len())];
    // The last boundary is the one that ends last, and every boundary ends with a
    // space: walking back over the spaces finds it without searching for each
    // boundary over the whole head (this runs for every finding).
    let mut end = head.len();
    while let Some(space) = memchr::memrchr(b' ', &head[..end]) {
        let boundary_end = space + 1;
        if BOUNDARIES
            .iter()
            .any(|b| head[..boundary_end].ends_with(b.as_bytes()))
        {
            return boundary_end;
        }
        end = space;
    }
    0
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_quoted_title_does_not_put_its_sentence_in_the_future() {
        assert!(!super::mentions_future(
            "the bees have won the 2024 mercury prize for their album 'this could be texas'."
        ));
        assert!(super::mentions_future(
            "the bees could win the 2024 mercury prize."
        ));
    }

    use super::*;

    fn at(sentence: &str, cue: &str) -> Modality {
        let s = sentence.find(cue).expect("cue present");
        assess(sentence, s, s + cue.len())
    }

    #[test]
    fn no_fewer_than_is_emphasis_not_negation() {
        assert_eq!(
            at(
                "By no fewer than nine accounts Lorde hung out with Halsey.",
                "hung out with"
            ),
            Modality::Occurred
        );
        assert_eq!(
            at("By no account Lorde hung out with Halsey.", "hung out with"),
            Modality::Blocked("negated")
        );
    }

    #[test]
    fn plain_past_is_a_fact() {
        assert_eq!(at("Lorde met Halsey backstage.", "met"), Modality::Occurred);
        assert_eq!(
            at(
                "Not only did they win Best Album, they also met Halsey.",
                "met"
            ),
            Modality::Occurred
        );
    }

    #[test]
    fn the_year_after_a_past_one_is_past_and_an_invitation_is_a_plan() {
        assert_eq!(
            at("Then the next year I got Artist of the Year there.", "got"),
            Modality::Occurred
        );
        assert_eq!(at("Next year I got nothing.", "got"), Modality::Planned);
        assert_eq!(
            at(
                "I've been asked to perform at the awards at the end of this year.",
                "perform"
            ),
            Modality::Planned
        );
    }

    #[test]
    fn an_oath_that_two_met_is_a_rumour() {
        assert!(matches!(
            at(
                "A fan account swore up and down that Tavi Moss and Dell Orr met backstage.",
                "met"
            ),
            Modality::Blocked(_)
        ));
    }

    #[test]
    fn the_readers_condition_is_not_speculation() {
        assert_eq!(
            at(
                "Lio Tam (Lio Tam-wing, if you grew up on Cantopop) sang \"Harbour\" at the 1986 Gala.",
                "sang"
            ),
            Modality::Occurred
        );
        assert!(matches!(
            at("If the rumours are true, Lio Tam sang at the Gala.", "sang"),
            Modality::Blocked(_)
        ));
    }

    #[test]
    fn hopes_wishes_and_questions_are_blocked() {
        assert!(matches!(
            at("Fans are hoping Lorde will meet Halsey.", "meet"),
            Modality::Blocked(_)
        ));
        assert!(matches!(
            at("\"I'd love to meet her one day,\" Lorde said.", "meet"),
            Modality::Blocked(_)
        ));
        assert!(matches!(
            at(
                "Could Lorde and Halsey share a stage at the Grammys?",
                "share a stage"
            ),
            Modality::Blocked(_)
        ));
        assert!(matches!(
            at("Lorde denied ever meeting Halsey.", "meeting"),
            Modality::Blocked(_)
        ));
        assert!(matches!(
            at("This time Lorde did not perform at all.", "perform"),
            Modality::Blocked(_)
        ));
    }

    #[test]
    fn a_name_opening_the_sentence_is_not_a_modal() {
        assert_eq!(
            at("Tomorrow X Together earned the trophy.", "earned"),
            Modality::Occurred
        );
        assert_eq!(
            at("No Doubt played Coachella.", "played"),
            Modality::Occurred
        );
    }

    #[test]
    fn future_is_planned() {
        assert_eq!(
            at("Lorde is set to perform at the VMAs.", "perform"),
            Modality::Planned
        );
        assert_eq!(
            at("Lorde will take the stage in May.", "take the stage"),
            Modality::Planned
        );
        assert_eq!(
            at("Lorde is scheduled to play \"Royals\".", "play"),
            Modality::Planned
        );
    }

    #[test]
    fn a_name_with_dots_is_not_a_modal() {
        assert_eq!(
            at("will.i.am performed \"Boom Boom Pow\".", "performed"),
            Modality::Occurred
        );
        assert_eq!(
            at("will.i.am will perform in May.", "perform"),
            Modality::Planned
        );
    }

    #[test]
    fn a_hope_in_another_clause_does_not_block() {
        assert_eq!(
            at(
                "Both took the stage, but anyone hoping for a duet was out of luck: they each performed separately.",
                "performed"
            ),
            Modality::Occurred
        );
    }

    #[test]
    fn a_closed_relative_clause_does_not_negate_the_cue() {
        assert_eq!(
            at(
                "Hoshi, who was not on the lineup, surprised fans by joining BSS on stage.",
                "joining"
            ),
            Modality::Occurred
        );
        assert!(matches!(
            at("Lorde, who never met Sia, waved.", "met"),
            Modality::Blocked(_)
        ));
    }

    #[test]
    fn a_name_spelt_with_will_and_dots_is_not_a_modal() {
        assert!(!contains_phrase("kesha and will.i.am joined her", "will"));
        assert!(contains_phrase("she will perform. then", "will"));
    }
}
