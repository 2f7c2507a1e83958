//! One scan per sentence for the words rules look for: which rule families can fire
//! at all, and which gated regexes ([`crate::gated`]) can match.
//!
//! Both answers are superset tests (a word's presence, ignoring ASCII case), found
//! by a single Aho-Corasick pass over the sentence; the rules themselves then decide.
//! A regex asked about one of its gate words costs a bit test instead of a walk of
//! the sentence.

use std::sync::LazyLock;

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;

/// The award rules ([`crate::award`]).
pub const AWARD: u8 = 1;
/// The encounter rules ([`crate::encounter`]).
pub const ENCOUNTER: u8 = 2;
/// The performance rules ([`crate::performance`]).
pub const PERFORMANCE: u8 = 4;
/// The record rules ([`crate::record`]).
pub const RECORD: u8 = 8;
const ALL_FAMILIES: u8 = AWARD | ENCOUNTER | PERFORMANCE | RECORD;

/// Stems of every cue word, by family: a superset test that lets a sentence skip the
/// families it cannot trigger. Every cue regex alternative contains one of its stems.
const CUE_STEMS: &[(&str, u8)] = &[
    ("won", AWARD),
    ("scor", AWARD),
    ("of the year", AWARD),
    ("honoree", AWARD),
    ("recipient", AWARD),
    ("win", AWARD),
    ("took", AWARD),
    ("take", AWARD),
    ("taking", AWARD),
    ("taken", AWARD),
    ("pick", AWARD),
    ("collect", AWARD),
    ("scoop", AWARD),
    ("bag", AWARD),
    ("claim", AWARD | RECORD),
    ("accept", AWARD),
    ("honored with", AWARD),
    ("honoured with", AWARD),
    ("swept", AWARD),
    ("earn", AWARD | RECORD),
    ("receiv", AWARD),
    ("nab", AWARD),
    ("land", AWARD),
    ("walk", AWARD),
    ("grab", AWARD),
    ("snag", AWARD),
    ("get", AWARD),
    ("got", AWARD),
    ("secur", AWARD),
    ("clinch", AWARD),
    ("went to", AWARD),
    ("home with", AWARD),
    ("goes to", AWARD),
    ("go to", AWARD),
    ("awarded", AWARD),
    ("given", AWARD),
    ("presented", AWARD),
    ("handed", AWARD),
    ("lost", AWARD),
    ("beaten", AWARD),
    ("beat ", AWARD),
    ("beats ", AWARD),
    ("haul", AWARD),
    ("inducted", AWARD),
    ("wins", AWARD),
    ("trophies", AWARD),
    ("losing", AWARD),
    ("loses", AWARD),
    ("named", AWARD),
    ("crowned", AWARD),
    ("hailed", AWARD),
    ("voted", AWARD),
    ("honour", AWARD),
    ("honor", AWARD),
    ("declared", AWARD),
    ("chosen", AWARD),
    ("triumph", AWARD),
    ("saluted", AWARD),
    ("feted", AWARD),
    ("celebrated", AWARD),
    ("recogni", AWARD),
    ("met", ENCOUNTER),
    ("meet", ENCOUNTER),
    ("greet", ENCOUNTER),
    ("hug", ENCOUNTER),
    ("into one", ENCOUNTER),
    ("into the same", ENCOUNTER),
    ("into a single", ENCOUNTER),
    ("spotted", ENCOUNTER),
    ("seen", ENCOUNTER),
    ("snapped", ENCOUNTER),
    ("embrac", ENCOUNTER),
    ("bump", ENCOUNTER),
    ("ran into", ENCOUNTER),
    ("runs into", ENCOUNTER),
    ("running into", ENCOUNTER),
    ("hung out", ENCOUNTER),
    ("hangs out", ENCOUNTER),
    ("hanging out", ENCOUNTER),
    ("hang out", ENCOUNTER),
    ("pose", ENCOUNTER),
    ("posing", ENCOUNTER),
    ("took a", ENCOUNTER),
    ("snapped", ENCOUNTER),
    ("selfie", ENCOUNTER),
    ("shook", ENCOUNTER),
    ("shake", ENCOUNTER),
    ("shaking", ENCOUNTER),
    ("chat", ENCOUNTER),
    ("caught up", ENCOUNTER),
    ("catching up", ENCOUNTER),
    ("swapped", ENCOUNTER | PERFORMANCE),
    ("cross", ENCOUNTER),
    ("kiss", ENCOUNTER),
    ("spent", ENCOUNTER),
    ("mingl", ENCOUNTER),
    ("reunit", ENCOUNTER | PERFORMANCE),
    ("linked up", ENCOUNTER),
    ("linking up", ENCOUNTER),
    ("links up", ENCOUNTER),
    ("danc", ENCOUNTER),
    ("pictured", ENCOUNTER),
    ("photographed", ENCOUNTER),
    ("room", ENCOUNTER),
    ("congratulat", ENCOUNTER),
    ("shared", ENCOUNTER | AWARD),
    ("sharing", ENCOUNTER),
    ("sat down", ENCOUNTER),
    ("sitting down", ENCOUNTER),
    ("sits down", ENCOUNTER),
    ("laugh", ENCOUNTER),
    ("jok", ENCOUNTER),
    ("together", ENCOUNTER),
    ("each other", ENCOUNTER),
    ("one another", ENCOUNTER),
    ("arm in arm", ENCOUNTER),
    ("arm-in-arm", ENCOUNTER),
    ("hand in hand", ENCOUNTER),
    ("hand-in-hand", ENCOUNTER),
    ("in person", ENCOUNTER),
    ("includ", ENCOUNTER),
    ("among them", ENCOUNTER),
    ("such as", ENCOUNTER),
    ("perform", PERFORMANCE),
    ("belt", PERFORMANCE),
    ("treat", PERFORMANCE),
    ("sang", PERFORMANCE),
    ("sing", PERFORMANCE),
    ("play", PERFORMANCE),
    ("headlin", PERFORMANCE),
    ("stage", PERFORMANCE),
    ("opened the", PERFORMANCE),
    ("closed the", PERFORMANCE),
    ("opened with", PERFORMANCE),
    ("opened on", PERFORMANCE),
    ("opened at", PERFORMANCE),
    ("opened in", PERFORMANCE),
    ("slid", PERFORMANCE),
    ("debut", PERFORMANCE),
    ("sliding", PERFORMANCE),
    ("opening with", PERFORMANCE),
    ("opening the", PERFORMANCE),
    ("closing the", PERFORMANCE),
    ("opens with", PERFORMANCE),
    ("opens the", PERFORMANCE),
    ("closes the", PERFORMANCE),
    ("closes with", PERFORMANCE),
    ("segues into", PERFORMANCE),
    ("launches into", PERFORMANCE),
    ("closed with", PERFORMANCE),
    ("closing with", PERFORMANCE),
    ("closed out", PERFORMANCE),
    ("closing out", PERFORMANCE),
    ("kick", PERFORMANCE),
    ("switch", PERFORMANCE),
    ("segued", PERFORMANCE),
    ("launched into", PERFORMANCE),
    ("moved into", PERFORMANCE),
    ("moving into", PERFORMANCE),
    ("moves into", PERFORMANCE),
    // "then went straight into "W"", "did "W"" (performance::INTO_SONG).
    ("straight into", PERFORMANCE),
    ("right into", PERFORMANCE),
    ("went into", PERFORMANCE),
    ("goes into", PERFORMANCE),
    ("flowed into", PERFORMANCE),
    ("flows into", PERFORMANCE),
    ("flowing into", PERFORMANCE),
    ("bled into", PERFORMANCE),
    ("blended into", PERFORMANCE),
    ("crashed into", PERFORMANCE),
    ("eased into", PERFORMANCE),
    ("dove into", PERFORMANCE),
    ("dived into", PERFORMANCE),
    ("burst into", PERFORMANCE),
    ("tumbled into", PERFORMANCE),
    ("rolled into", PERFORMANCE),
    ("spilled into", PERFORMANCE),
    ("did \"", PERFORMANCE),
    ("did “", PERFORMANCE),
    ("does \"", PERFORMANCE),
    ("does “", PERFORMANCE),
    ("lit up", PERFORMANCE),
    ("lighting up", PERFORMANCE),
    ("lights up", PERFORMANCE),
    ("popped into", ENCOUNTER),
    ("stopped by", ENCOUNTER),
    ("dropped by", ENCOUNTER),
    // "captivated the audience with "W"".
    ("captivat", PERFORMANCE),
    ("wowed", PERFORMANCE),
    ("wows", PERFORMANCE),
    ("dazzl", PERFORMANCE),
    ("stunned", PERFORMANCE),
    ("thrill", PERFORMANCE),
    ("electrif", PERFORMANCE),
    ("mesmeri", PERFORMANCE),
    ("enchanted", PERFORMANCE),
    ("charmed", PERFORMANCE),
    ("energi", PERFORMANCE),
    ("trad", PERFORMANCE | ENCOUNTER),
    ("exchang", ENCOUNTER),
    ("film", ENCOUNTER),
    ("shot", ENCOUNTER),
    ("shooting", ENCOUNTER),
    ("swapping", PERFORMANCE),
    ("through", PERFORMANCE),
    ("brought out", PERFORMANCE),
    ("out for", PERFORMANCE),
    ("appear", PERFORMANCE),
    ("emerged for", PERFORMANCE),
    ("popped up for", PERFORMANCE),
    ("followed with", PERFORMANCE),
    ("following with", PERFORMANCE),
    ("followed up with", PERFORMANCE),
    ("followed it", PERFORMANCE),
    ("followed that", PERFORMANCE),
    ("followed in ", PERFORMANCE),
    ("followed on ", PERFORMANCE),
    ("followed at ", PERFORMANCE),
    ("premiered ", PERFORMANCE),
    ("warmed up the", PERFORMANCE),
    ("warms up the", PERFORMANCE),
    ("warming up the", PERFORMANCE),
    ("ended on", PERFORMANCE),
    ("ended with", PERFORMANCE),
    ("ends on", PERFORMANCE),
    ("ends with", PERFORMANCE),
    ("ending on", PERFORMANCE),
    ("ending with", PERFORMANCE),
    ("finished on", PERFORMANCE),
    ("finished with", PERFORMANCE),
    ("finishes with", PERFORMANCE),
    ("finishing with", PERFORMANCE),
    ("got to \"", PERFORMANCE),
    ("got to “", PERFORMANCE),
    ("gets to \"", PERFORMANCE),
    ("gets to “", PERFORMANCE),
    ("getting to \"", PERFORMANCE),
    ("getting to “", PERFORMANCE),
    ("followed this", PERFORMANCE),
    ("followed them", PERFORMANCE),
    ("follows it", PERFORMANCE),
    ("follows that", PERFORMANCE),
    ("following it", PERFORMANCE),
    ("following that", PERFORMANCE),
    ("wrapp", PERFORMANCE | ENCOUNTER),
    ("wraps up", PERFORMANCE),
    ("wrap up", PERFORMANCE),
    ("bringing out", PERFORMANCE),
    ("brings out", PERFORMANCE),
    ("bring out", PERFORMANCE),
    ("teamed up", PERFORMANCE),
    ("cover", PERFORMANCE),
    ("rocked", PERFORMANCE),
    ("deliver", PERFORMANCE),
    ("serenad", PERFORMANCE),
    ("rendition", PERFORMANCE),
    ("remix", PERFORMANCE),
    ("duet", PERFORMANCE),
    ("medley", PERFORMANCE),
    ("arrangement", PERFORMANCE),
    ("rework", PERFORMANCE),
    ("reimagin", PERFORMANCE),
    ("version", PERFORMANCE),
    ("set", PERFORMANCE | RECORD),
    ("join", PERFORMANCE),
    ("record", RECORD),
    ("history", RECORD),
    ("of all time", RECORD),
    ("all-time", RECORD),
    (" ever", RECORD),
    ("on record", RECORD),
    ("became the", RECORD),
    ("becoming the", RECORD),
    ("becomes the", RECORD),
    ("become the", RECORD),
    ("the first", RECORD),
    ("the only", RECORD),
    ("the youngest", RECORD),
    ("the fastest", RECORD),
    ("the oldest", RECORD),
    ("this decade", RECORD),
    ("this century", RECORD),
    ("that is the", RECORD),
    ("this is the", RECORD),
    ("that's the", RECORD),
    ("start", PERFORMANCE),
    ("open", PERFORMANCE),
    ("clos", PERFORMANCE),
    ("peak", PERFORMANCE),
    ("on for", PERFORMANCE),
    ("up for", PERFORMANCE),
    ("wings for", PERFORMANCE),
    ("stage for", PERFORMANCE),
];

/// The words one of which every match of a gated regex (or every success of a
/// gated check) holds (see [`GATE_WORDS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gate(u64);

/// Gate of award.rs `INDUCTED`.
pub const INDUCTED: Gate = Gate(1 << 0);
/// Gate of award.rs `NAMED`.
pub const NAMED: Gate = Gate(1 << 1);
/// Gate of award.rs `WENT_TO`.
pub const WENT_TO: Gate = Gate(1 << 2);
/// Gate of award.rs `LOSERS`.
pub const LOSERS: Gate = Gate(1 << 3);
/// Gate of record.rs `SUPERLATIVE`.
pub const SUPERLATIVE: Gate = Gate(1 << 4);
/// Gate of record.rs `FIRST`.
pub const FIRST: Gate = Gate(1 << 5);
/// Gate of record.rs `BROKE`.
pub const BROKE: Gate = Gate(1 << 6);
/// Gate of record.rs `SET`.
pub const SET_RECORD: Gate = Gate(1 << 7);
/// Gate of encounter.rs `GAVE`.
pub const GAVE: Gate = Gate(1 << 8);
/// Gate of encounter.rs `CONGRATS`.
pub const CONGRATS: Gate = Gate(1 << 9);
/// Gate of encounter.rs `RECIPROCAL`.
pub const RECIPROCAL: Gate = Gate(1 << 10);
/// Gate of encounter.rs `ROOM`.
pub const ROOM: Gate = Gate(1 << 11);
/// Gate of performance.rs `NOUN`.
pub const NOUN: Gate = Gate(1 << 12);
/// Gate of performance.rs `SEPARATELY`.
pub const SEPARATELY: Gate = Gate(1 << 13);
/// Gate of venue.rs `VENUE`.
pub const VENUE: Gate = Gate(1 << 14);
/// Words of checks in `lib.rs` that most sentences fail: " by ", "according to ".
pub const BY_WORDS: Gate = Gate(1 << 15);
/// "present", "hand".
pub const PRESENT_WORDS: Gate = Gate(1 << 16);
/// "real name", "born", "née", "a.k.a", "aka ".
pub const REAL_NAME_WORDS: Gate = Gate(1 << 17);
/// " is ", " was ", " are ", " were " (the copula rule's check in `award.rs`).
pub const COPULA_WORDS: Gate = Gate(1 << 25);
/// "haul", "wins", "trophies".
pub const HAUL_WORDS: Gate = Gate(1 << 26);
/// "los", "beaten".
pub const LOST_WORDS: Gate = Gate(1 << 27);
/// "presented", "presents", "handed".
pub const PRESENTED_WORDS: Gate = Gate(1 << 28);
/// " row", "consecutive", "straight", "running" (`time::years_in_a_row`).
pub const IN_A_ROW_WORDS: Gate = Gate(1 << 29);
/// The openers of an aside before a ceremony's name (`aside_clause` in `lib.rs`).
pub const ASIDE_OPENERS: Gate = Gate(1 << 30);
/// What opens an aside: a relative clause, a parenthesis, a dash, or "fresh from"
/// ("Ghost, fresh from winning the Grammis in February, brought ...").
pub const ASIDE_OPENER_PHRASES: &[&str] = &[
    ", who ",
    ", which ",
    ", whose ",
    ", when ",
    " (",
    " — ",
    " – ",
    ", fresh from ",
    ", fresh off ",
    ", hot off ",
];
/// "set", " slot" (`performance::possessive_set`, the setlist check).
pub const SET_SLOT_WORDS: Gate = Gate(1 << 31);
/// " out ", " up ", " with ", " debut", "premiered " (`performance::find`'s slot and stage phrases).
pub const OUT_UP_WITH: Gate = Gate(1 << 32);
/// "performers", "performances" (`performance::performers_listed`).
pub const PERFORMERS: Gate = Gate(1 << 33);
/// "honoree", "honouree", "inductee", "laureate" (award.rs, the appositive holder).
pub const HONOUREE_WORDS: Gate = Gate(1 << 34);
/// "this year", "night", " among " (award.rs, the holder of a named prize).
pub const HOLDER_TIME_WORDS: Gate = Gate(1 << 35);
/// "recipient", "honoree", "honouree", "winner" (award.rs, the same check).
pub const HOLDER_WORDS: Gate = Gate(1 << 36);
/// The head words of coreference's descriptors and "-year-old"
/// (`coreference::descriptor_words`).
pub const DESCRIPTOR_WORDS: Gate = Gate(1 << 37);
/// " with us", " to us" (`speakers::interviewee`).
pub const TO_US: Gate = Gate(1 << 38);

/// Clause boundaries [`crate::roles::Clause::clause_start`] looks back for, each
/// behind its own gate (a boundary the sentence lacks is not searched for).
pub const CLAUSE_BOUNDARIES: [(&str, Gate); 7] = [
    ("; ", Gate(1 << 18)),
    (": ", Gate(1 << 19)),
    (" — ", Gate(1 << 20)),
    (" – ", Gate(1 << 21)),
    ("? ", Gate(1 << 22)),
    (" but ", Gate(1 << 23)),
    ("(", Gate(1 << 24)),
];
/// A Kelvin sign or a long `ſ`: a `(?i)` regex matches them as `k` and `s`, which
/// the ASCII-case-insensitive scan does not, so they open every gate.
const ODD_FOLD: u64 = 1 << 63;

/// Word lists whose presence is wanted exactly as written (case and all), not as a
/// superset: the scan checks the bytes of each case-insensitive hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exact(u8);

/// [`crate::time::RELATIVE_WORDS`], one of which every relative time expression
/// holds.
pub const RELATIVE_TIME: Exact = Exact(1 << 0);
/// "19" or "20", which every explicit year holds.
pub const CENTURY: Exact = Exact(1 << 1);

/// The words of each [`Exact`] list.
const EXACT_WORDS: &[(Exact, &[&str])] = &[
    (RELATIVE_TIME, crate::time::RELATIVE_WORDS),
    (CENTURY, &["19", "20"]),
];

/// Per gate, words one of which (ignoring ASCII case) every match of its regex, or
/// every success of its check, contains: each list is read off its pattern (where
/// every alternative holds one of them) or its check. A check on the lowercase copy
/// finds a word there only if the text holds it ignoring ASCII case: lowercasing
/// makes ASCII of nothing but ASCII letters, the Kelvin sign (`k`, in none of these
/// words) and 'İ' (an `i` always followed by a combining dot, and no word here ends
/// in `i`).
const GATE_WORDS: &[(Gate, &[&str])] = &[
    (BY_WORDS, &[" by ", "according to "]),
    (PRESENT_WORDS, &["present", "hand"]),
    (
        REAL_NAME_WORDS,
        &["real name", "born", "née", "a.k.a", "aka ", "known as"],
    ),
    (COPULA_WORDS, &[" is ", " was ", " are ", " were "]),
    (HAUL_WORDS, &["haul", "wins", "trophies"]),
    (LOST_WORDS, &["los", "beaten"]),
    (PRESENTED_WORDS, &["presented", "presents", "handed"]),
    (
        IN_A_ROW_WORDS,
        &[" row", "consecutive", "straight", "running"],
    ),
    (ASIDE_OPENERS, ASIDE_OPENER_PHRASES),
    (SET_SLOT_WORDS, &["set", " slot"]),
    (
        OUT_UP_WITH,
        &[" out ", " up ", " with ", " debut", "premiered "],
    ),
    (PERFORMERS, &["performers", "performances"]),
    (TO_US, &[" with us", " to us"]),
    (
        HONOUREE_WORDS,
        &["honoree", "honouree", "inductee", "laureate"],
    ),
    (HOLDER_TIME_WORDS, &["this year", "night", " among "]),
    (
        HOLDER_WORDS,
        &["recipient", "honoree", "honouree", "winner"],
    ),
    (INDUCTED, &["inducted"]),
    (
        NAMED,
        &[
            "named", "crowned", "voted", "honored", "honoured", "declared", "chosen", "handed",
            "given", "hailed",
        ],
    ),
    (
        WENT_TO,
        &[
            "went to",
            "goes to",
            "go to",
            "awarded to",
            "given to",
            "presented to",
            "handed to",
        ],
    ),
    (
        LOSERS,
        &[
            "beat",
            "edg",
            "outpacing",
            "ahead of",
            "over",
            "nominat",
            "nominee",
            "presented by",
            "handed",
            "presenter",
            "losing to",
            "lost",
            "seeing off",
            "saw off",
            "sees off",
            "fend",
            "a field",
            "up against",
        ],
    ),
    (
        SUPERLATIVE,
        &[
            "most", "highest", "biggest", "best", "fastest", "youngest", "oldest", "longest",
            "largest", "first", "only", "record-",
        ],
    ),
    (FIRST, &["became", "becom", "ever", "made", "mak"]),
    (BROKE, &["record"]),
    (SET_RECORD, &["record", "history"]),
    (GAVE, &["gave", "giv"]),
    (CONGRATS, &["congratulat"]),
    (
        RECIPROCAL,
        &[
            "shar",
            "pos",
            "together",
            "seen",
            "spotted",
            "pictured",
            "caught",
            "chat",
            "trad",
            "swap",
            "exchang",
            "met in person",
            "each other",
            "snap",
            "took",
            "tak",
            "one another",
            "arm in arm",
            "arm-in-arm",
            "hand in hand",
            "hand-in-hand",
            "into one",
            "into the same",
            "into a single",
        ],
    ),
    (
        ROOM,
        &[
            "join",
            "visit",
            "enter",
            "dropped by",
            "stopped by",
            "popped into",
            "pop into",
            "pops into",
            "popping into",
            "dropped in",
            "stopped into",
            "swung by",
            "headed into",
            "went into",
            "walked into",
        ],
    ),
    (
        NOUN,
        &[
            "perform",
            "arrangement",
            "rework",
            "reimagin",
            "rendition",
            "duet",
            "medley",
            "version",
            "cover",
            "remix",
            "set",
            "stage",
            "sing",
        ],
    ),
    (
        SEPARATELY,
        &[
            "each performed",
            "each played",
            "each headlined",
            "each sang",
            "separately",
            "individually",
            "each took the stage",
            "solo sets",
        ],
    ),
    (
        VENUE,
        &[
            "stadium",
            "arena",
            "garden",
            "dome",
            "bowl",
            "centre",
            "center",
            "theatre",
            "theater",
            "forum",
            "coliseum",
            "palladium",
            "hall",
            "o2",
        ],
    ),
];

/// What one sentence holds, by [`Cues::of`].
#[derive(Clone, Copy, Debug)]
pub struct Cues {
    families: u8,
    gates: u64,
    exact: u8,
}

/// The scan: every family stem and gate word once, with what each one opens.
///
/// The automaton is walked by hand, a byte at a time: the answer is the union over
/// every word found anywhere (overlapping or not), and each match state lists the
/// words ending there, so one transition per byte finds them all without the
/// match-by-match overlapping iterator.
struct Scanner {
    dfa: DFA,
    start: StateID,
    opens: Vec<(u8, u64)>,
    /// Per pattern, the [`EXACT_WORDS`] it stands for (equal to it but for ASCII
    /// case, so of its length), each with its list's bit.
    exact: Vec<Vec<(&'static str, u8)>>,
}

static SCANNER: LazyLock<Option<Scanner>> = LazyLock::new(|| {
    let mut words: Vec<&str> = Vec::new();
    let mut opens: Vec<(u8, u64)> = Vec::new();
    let mut exact: Vec<Vec<(&'static str, u8)>> = Vec::new();
    let mut add = |word: &'static str, family: u8, gate: u64, exact_bit: u8| {
        // One pattern per word: a word that is both a stem and a gate word (or
        // the word of two gates) opens all of them.
        let k = match words.iter().position(|w| w.eq_ignore_ascii_case(word)) {
            Some(k) => {
                opens[k].0 |= family;
                opens[k].1 |= gate;
                k
            }
            None => {
                words.push(word);
                opens.push((family, gate));
                exact.push(Vec::new());
                words.len() - 1
            }
        };
        if exact_bit != 0 {
            exact[k].push((word, exact_bit));
        }
    };
    for &(stem, family) in CUE_STEMS {
        add(stem, family, 0, 0);
    }
    for &(Gate(bit), list) in GATE_WORDS {
        for &word in list {
            add(word, 0, bit, 0);
        }
    }
    for (word, Gate(bit)) in CLAUSE_BOUNDARIES {
        add(word, 0, bit, 0);
    }
    for word in crate::coreference::descriptor_words() {
        add(word, 0, DESCRIPTOR_WORDS.0, 0);
    }
    for &(Exact(bit), list) in EXACT_WORDS {
        for &word in list {
            add(word, 0, 0, bit);
        }
    }
    add("\u{212A}", 0, ODD_FOLD, 0);
    add("\u{17F}", 0, ODD_FOLD, 0);
    let dfa = DFA::builder()
        .ascii_case_insensitive(true)
        .build(&words)
        .ok()?;
    let start = dfa.start_state(Anchored::No).ok()?;
    Some(Scanner {
        dfa,
        start,
        opens,
        exact,
    })
});

impl Cues {
    /// Scans `s` (every family and every gate open if the automaton is unavailable).
    pub fn of(s: &str) -> Cues {
        let Some(scanner) = SCANNER.as_ref() else {
            // (Exact lists are then looked for one by one.)
            let exact = EXACT_WORDS
                .iter()
                .filter(|(_, list)| list.iter().any(|w| s.contains(w)))
                .fold(0, |bits, (Exact(bit), _)| bits | bit);
            return Cues {
                families: ALL_FAMILIES,
                gates: u64::MAX,
                exact,
            };
        };
        let (mut families, mut gates, mut exact) = (0, 0, 0);
        // Overlapping: a word inside or across another match still counts.
        let dfa = &scanner.dfa;
        let bytes = s.as_bytes();
        let mut sid = scanner.start;
        for (at, &b) in bytes.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    break;
                }
                for k in 0..dfa.match_len(sid) {
                    let p = dfa.match_pattern(sid, k).as_usize();
                    let (f, g) = scanner.opens[p];
                    families |= f;
                    gates |= g;
                    // The hit ends at `at`; an exact word is the same bytes.
                    for &(word, bit) in &scanner.exact[p] {
                        if bytes[at + 1 - word.len()..=at] == *word.as_bytes() {
                            exact |= bit;
                        }
                    }
                }
            }
        }
        if gates & ODD_FOLD != 0 {
            gates = u64::MAX;
        }
        Cues {
            families,
            gates,
            exact,
        }
    }

    /// True when a cue stem of one of `families` occurs.
    pub fn any_family(&self, families: u8) -> bool {
        self.families & families != 0
    }

    /// False only when no match of the regex behind `gate` can occur.
    pub fn may_match(&self, gate: Gate) -> bool {
        self.gates & gate.0 != 0
    }

    /// Whether a word of the list `exact` occurs, exactly as written.
    pub fn holds(&self, exact: Exact) -> bool {
        self.exact & exact.0 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_prefilter_admits_every_family_cue() {
        let cases: &[(&str, u8)] = &[
            ("Lorde scooped Best Album", AWARD),
            ("the prize was awarded to Lorde", AWARD),
            ("Lorde was crowned Best Newcomer", AWARD),
            ("Lorde bumped into Sia", ENCOUNTER),
            ("Lorde spent the after-party teaching Sia", ENCOUNTER),
            ("Lorde posed alongside Sia", ENCOUNTER),
            ("Lorde joined Sia in her dressing room", ENCOUNTER),
            ("Lorde serenaded the crowd", PERFORMANCE),
            ("Lorde headlined Coachella", PERFORMANCE),
            ("Lorde closed the show with a medley", PERFORMANCE),
            ("the pair traded verses on \"Ribs\"", PERFORMANCE),
            ("before moving into \"Ribs\"", PERFORMANCE),
            ("Lorde bounced through \"Ribs\"", PERFORMANCE),
            ("Lorde was presented with the icon award", AWARD),
            ("Lorde made history", RECORD),
            ("the song became the first to chart", RECORD),
        ];
        for (s, fam) in cases {
            assert!(Cues::of(s).any_family(*fam), "{s}");
        }
    }

    #[test]
    fn prose_without_cues_skips_every_family() {
        assert!(!Cues::of("The weather in Leeds was mild.").any_family(ALL_FAMILIES));
    }

    #[test]
    fn letters_a_case_insensitive_regex_reads_as_ascii_open_every_gate() {
        assert!(!Cues::of("Adele won.").may_match(INDUCTED));
        assert!(Cues::of("Adele was INDUCTED.").may_match(INDUCTED));
        assert!(Cues::of("Adele was inducted.").may_match(INDUCTED));
        assert!(Cues::of("Adele ſang.").may_match(INDUCTED));
        assert!(Cues::of("Adele \u{212A}issed Sia.").may_match(VENUE));
    }
}
