//! Coreference: descriptors ("the quintet", "the singer", "the pair"), pronouns
//! (he/she/they/it/who) and member lists that stand for their group.
//!
//! Resolution is deliberately simple and local: the most recent salient entity of a
//! matching kind, preferring the current sentence, then the subject of the previous
//! sentences. It runs after [`crate::entities::recognise`] and adds mentions.

use rustc_hash::FxHashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::entities::{Mention, Registry, Via};
use crate::lexicon::SpaceWords;
use crate::model::EntityKind;
use crate::shapes::Shapes;

/// Heads that refer to a group.
const GROUP_HEADS: &[&str] = &[
    "septet",
    "sextet",
    "quintet",
    "quartet",
    "trio",
    "octet",
    "nonet",
    "boys",
    "girls",
    "group",
    "band",
    "six-piece",
    "five-piece",
    "four-piece",
    "seven-piece",
    "three-piece",
    "members",
    "guys",
    "hitmakers",
    "boyband",
    "idols",
    "outfit",
    "supergroup",
    "act",
    "stars",
    "lads",
    "bandmates",
];

/// Heads that refer to one person.
const PERSON_HEADS: &[&str] = &[
    "singer",
    "rapper",
    "star",
    "superstar",
    "popstar",
    "icon",
    "crooner",
    "singer-songwriter",
    "hitmaker",
    "winner",
    "soloist",
    "songstress",
    "artist",
    "musician",
    "diva",
    "legend",
    "producer",
    "actor",
    "actress",
    "frontman",
    "frontwoman",
    "leader",
    "member",
    "maknae",
    "dancer",
    "bandmate",
    "labelmate",
    "vocalist",
    "performer",
    "idol",
    "newcomer",
    "rookie",
    "youngster",
    "veteran",
    "star's",
    "native",
    "headliner",
    "songwriter",
    "giant",
    "heavyweight",
    "entertainer",
    "sensation",
    "phenom",
    "trailblazer",
    "chanteuse",
    "co-star",
    "MC",
    "emcee",
    "DJ",
    // Not "guitarist" or "drummer": "the band's guitarist Kylie" names a member,
    // and a lone "the drummer" is rarely who the story is about.
    "queen",
    "king",
    "princess",
    "composer",
    "prodigy",
    "virtuoso",
    // Tabloid: "The Bedford lad", "the Dublin lass".
    "lad",
    "lass",
    // "The Tanzanian teenager", "the Kampala selector".
    "teenager",
    "selector",
];

/// Heads that refer to a work.
const WORK_HEADS: &[&str] = &["song", "single", "track", "album", "tune", "ballad", "tour"];

/// Heads that refer to two or more entities named just before.
const PLURAL_HEADS: &[&str] = &["pair", "two", "duo", "artists", "acts", "singers", "trio"];

/// True for a noun that ends a descriptor ("the K-pop band").
pub fn is_descriptor_head(word: &str) -> bool {
    // Every head, and the person heads alone, each in one set (this runs for every
    // capitalised chunk).
    static HEADS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        GROUP_HEADS
            .iter()
            .chain(PERSON_HEADS)
            .chain(PLURAL_HEADS)
            .chain(&["fans", "fandom", "army", "label", "agency", "team", "camp"])
            .copied()
            .collect()
    });
    static PERSON: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| PERSON_HEADS.iter().copied().collect());
    // Most words are ruled out by their shape before hashing.
    static HEAD_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::of(HEADS.iter().copied()));
    static PERSON_SHAPES: LazyLock<Shapes> =
        LazyLock::new(|| Shapes::of(PERSON_HEADS.iter().copied()));
    if HEAD_SHAPES.may_hold(word) && HEADS.contains(word) {
        return true;
    }
    let singular = word.trim_end_matches(['\'', '’', 's']);
    PERSON_SHAPES.may_hold(singular) && PERSON.contains(singular)
}

static DESCRIPTOR: LazyLock<Regex> = LazyLock::new(|| {
    let heads: Vec<&str> = GROUP_HEADS
        .iter()
        .chain(PERSON_HEADS)
        .chain(PLURAL_HEADS)
        .chain(WORK_HEADS)
        .copied()
        .collect();
    Regex::new(&format!(
        r"(?-u:\b)(?:[Tt]he|[Bb]oth|[Aa]ll the|[Aa]ll)\s+((?:[\w&’'./-]+\s+){{0,3}}?)({}|\d+-year-old)(?:['’]s?)?(?-u:\b)",
        heads.iter().map(|h| regex::escape(h)).collect::<Vec<_>>().join("|")
    ))
    .expect("valid descriptor regex")
});

/// The literal words one of which every [`DESCRIPTOR`] match contains: its heads and
/// the "-year-old" of "the 34-year-old" (`None` if the automaton cannot be built;
/// then every sentence is searched).
static DESCRIPTOR_HEADS: LazyLock<Option<aho_corasick::AhoCorasick>> =
    LazyLock::new(|| aho_corasick::AhoCorasick::new(descriptor_words()).ok());

/// The words of [`DESCRIPTOR_HEADS`]; the sentence's cue scan looks for them too
/// ([`crate::cues::DESCRIPTOR_WORDS`]).
pub(crate) fn descriptor_words() -> impl Iterator<Item = &'static str> {
    GROUP_HEADS
        .iter()
        .chain(PERSON_HEADS)
        .chain(PLURAL_HEADS)
        .chain(WORK_HEADS)
        .chain(&["-year-old"])
        .copied()
}

/// A byte range of a sentence with its text: a part of a [`Descriptor`], a pronoun.
#[derive(Clone, Copy, Debug)]
struct Piece<'s> {
    start: usize,
    end: usize,
    text: &'s str,
}

impl<'s> Piece<'s> {
    fn new(sentence: &'s str, start: usize, end: usize) -> Self {
        Piece {
            start,
            end,
            text: &sentence[start..end],
        }
    }

    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }

    fn as_str(&self) -> &'s str {
        self.text
    }
}

/// A [`DESCRIPTOR`] match: all of it, its modifiers (group 1) and its head (group 2).
#[derive(Clone, Copy, Debug)]
struct Descriptor<'s> {
    all: Piece<'s>,
    modifiers: Piece<'s>,
    head: Piece<'s>,
}

/// The first [`DESCRIPTOR`] match at or after byte `at`.
///
/// Its capture groups would cost a backtracking search over the regex's hundred head
/// words at every word; the match itself needs only the lazy DFA, and its parts
/// follow from its shape ([`descriptor_parts`]). Any match that shape does not
/// account for is captured by the regex as before.
fn descriptor_at(sentence: &str, at: usize) -> Option<Descriptor<'_>> {
    let m = DESCRIPTOR.find_at(sentence, at)?;
    descriptor_parts(sentence, m.start(), m.end()).or_else(|| {
        let caps = DESCRIPTOR.captures_at(sentence, at)?;
        let piece = |g: usize| {
            caps.get(g)
                .map(|m| Piece::new(sentence, m.start(), m.end()))
        };
        Some(Descriptor {
            all: piece(0)?,
            // Group 1 always takes part (it may be empty).
            modifiers: piece(1)?,
            head: piece(2)?,
        })
    })
}

/// The groups of the [`DESCRIPTOR`] match `sentence[start..end]`, as the regex's
/// leftmost-first rules assign them, or `None` if the text is not of the shape this
/// reads (then the caller asks the regex):
/// - the determiner is "[Tt]he", "[Bb]oth", "[Aa]ll the" (before whitespace: whenever
///   "All" leads to a match, "All the" with one modifier fewer does too, and comes
///   first) or "[Aa]ll", then a run of whitespace;
/// - the head starts after the match's last whitespace (no head, suffix or modifier
///   holds any), and is the first head, in the regex's order, that is followed by a
///   suffix option (`['’]s`, `['’]`, none: greedy order) ending at a word boundary;
/// - the modifiers between are at most three words of the regex's class, each
///   followed by whitespace.
fn descriptor_parts(sentence: &str, start: usize, end: usize) -> Option<Descriptor<'_>> {
    let text = &sentence[start..end];
    let determiner = if text.starts_with("The") || text.starts_with("the") {
        3
    } else if text.starts_with("Both") || text.starts_with("both") {
        4
    } else if (text.starts_with("All the") || text.starts_with("all the"))
        && text[7..].starts_with(char::is_whitespace)
    {
        7
    } else if text.starts_with("All") || text.starts_with("all") {
        3
    } else {
        return None;
    };
    let after_determiner = &text[determiner..];
    let spaces = after_determiner.len() - after_determiner.trim_start().len();
    if spaces == 0 {
        return None;
    }
    let modifiers_start = start + determiner + spaces;
    let last_space = text
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())?;
    let head_start = start + last_space.0 + last_space.1.len_utf8();
    if head_start < modifiers_start || !plain_modifiers(&sentence[modifiers_start..head_start]) {
        return None;
    }
    let (head_end, match_end) = head_at(sentence, head_start)?;
    (match_end == end).then(|| Descriptor {
        all: Piece::new(sentence, start, end),
        modifiers: Piece::new(sentence, modifiers_start, head_start),
        head: Piece::new(sentence, head_start, head_end),
    })
}

/// True when `s` is at most three words of `[\w&’'./-]+`, each followed by whitespace
/// (ASCII words only: others are left to the regex's Unicode classes).
fn plain_modifiers(s: &str) -> bool {
    let mut words = 0;
    let mut rest = s;
    while !rest.is_empty() {
        let word = rest
            .find(|c: char| {
                !(c.is_ascii_alphanumeric()
                    || matches!(c, '_' | '&' | '’' | '\'' | '.' | '/' | '-'))
            })
            .unwrap_or(rest.len());
        let after = &rest[word..];
        let spaces = after.len() - after.trim_start().len();
        if word == 0 || spaces == 0 {
            return false;
        }
        words += 1;
        rest = &after[spaces..];
    }
    words <= 3
}

/// The head [`DESCRIPTOR`] reads at byte `at` and where its match then ends (after
/// the suffix), trying the heads in the regex's order.
fn head_at(sentence: &str, at: usize) -> Option<(usize, usize)> {
    // The heads in the regex's order, grouped by first byte: of a hundred heads, only
    // those starting with the byte at `at` are tried.
    static BY_FIRST_BYTE: LazyLock<[Vec<&'static str>; 256]> = LazyLock::new(|| {
        let mut t: [Vec<&'static str>; 256] = std::array::from_fn(|_| Vec::new());
        for &head in GROUP_HEADS
            .iter()
            .chain(PERSON_HEADS)
            .chain(PLURAL_HEADS)
            .chain(WORK_HEADS)
        {
            if let Some(&b) = head.as_bytes().first() {
                t[usize::from(b)].push(head);
            }
        }
        t
    });
    let rest = &sentence[at..];
    if let Some(&first) = rest.as_bytes().first() {
        for head in &BY_FIRST_BYTE[usize::from(first)] {
            if rest.starts_with(head)
                && let Some(end) = suffix_end(sentence, at + head.len())
            {
                return Some((at + head.len(), end));
            }
        }
    }
    // `\d+-year-old`, with ASCII digits (others are left to the regex).
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && rest[digits..].starts_with("-year-old") {
        let head_end = at + digits + "-year-old".len();
        return suffix_end(sentence, head_end).map(|end| (head_end, end));
    }
    None
}

/// Where `(?:['’]s?)?(?-u:\b)` ends a match after byte `at`: the greedy options in
/// order, the first at an ASCII word boundary.
fn suffix_end(sentence: &str, at: usize) -> Option<usize> {
    let quote = ["'", "’"].iter().find(|q| sentence[at..].starts_with(*q));
    if let Some(q) = quote {
        let after = at + q.len();
        if sentence[after..].starts_with('s') && ascii_word_boundary(sentence, after + 1) {
            return Some(after + 1);
        }
        if ascii_word_boundary(sentence, after) {
            return Some(after);
        }
    }
    ascii_word_boundary(sentence, at).then_some(at)
}

/// `(?-u:\b)` at byte `at`.
fn ascii_word_boundary(sentence: &str, at: usize) -> bool {
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let bytes = sentence.as_bytes();
    let before = at > 0 && bytes.get(at - 1).is_some_and(word);
    before != bytes.get(at).is_some_and(word)
}

/// Matches of [`DESCRIPTOR`], each starting at its own determiner: in "in the
/// evening the 34-year-old" the modifiers may not swallow a second "the".
///
/// Every match holds a head word (or "-year-old") as written: `may_hold_head` false
/// (no head in the sentence, by a superset test far cheaper than the regex) means
/// there is none.
fn descriptor_matches(sentence: &str, may_hold_head: bool) -> Vec<Descriptor<'_>> {
    let mut out = Vec::new();
    if !may_hold_head {
        return out;
    }
    let mut at = 0;
    while let Some(d) = descriptor_at(sentence, at) {
        at = d.all.end();
        let inner = d.modifiers.as_str();
        let mut last_determiner = None;
        let mut offset = 0;
        for word in inner.split_inclusive(char::is_whitespace) {
            if matches!(word.trim_end(), "the" | "The" | "a" | "an") {
                last_determiner = Some(offset);
            }
            offset += word.len();
        }
        match last_determiner {
            Some(k) => {
                let restart = d.modifiers.start() + k;
                if let Some(inner_d) = descriptor_at(sentence, restart) {
                    out.push(inner_d);
                }
            }
            None => out.push(d),
        }
    }
    out
}

/// How many members a descriptor says its group has: "the nine-member group", "the
/// 7-piece band", "the septet".
fn described_size(lower: &str) -> Option<usize> {
    const COUNTS: [&str; 13] = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    const ENSEMBLES: [(&str, usize); 8] = [
        ("duo", 2),
        ("trio", 3),
        ("quartet", 4),
        ("quintet", 5),
        ("sextet", 6),
        ("septet", 7),
        ("octet", 8),
        ("nonet", 9),
    ];
    lower.split_whitespace().find_map(|w| {
        if let Some(&(_, n)) = ENSEMBLES
            .iter()
            .find(|(e, _)| w.trim_end_matches(['\'', '’', 's']) == *e)
        {
            return Some(n);
        }
        let count = w
            .strip_suffix("-member")
            .or_else(|| w.strip_suffix("-piece"))?;
        count
            .parse::<usize>()
            .ok()
            .or_else(|| COUNTS.iter().position(|c| *c == count).filter(|&n| n > 0))
    })
}

/// True when `sentence` holds a descriptor of a group: "the K-pop band", "the boys".
pub fn has_group_descriptor(sentence: &str) -> bool {
    let may_hold_head = DESCRIPTOR_HEADS
        .as_ref()
        .is_none_or(|heads| heads.is_match(sentence));
    descriptor_matches(sentence, may_hold_head).iter().any(|d| {
        GROUP_HEADS.contains(&d.head.as_str())
            && (d.all.as_str().starts_with("the ") || d.all.as_str().starts_with("The "))
    })
}

/// "the "Heart Like a Truck" singer": a person described by a work of theirs.
static WORK_DESCRIPTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?-u:\b)[Tt]he\s+["“']([^"”']{{1,60}})["”']\s+({})(?-u:\b)"#,
        PERSON_HEADS
            .iter()
            .chain(GROUP_HEADS)
            .map(|h| regex::escape(h))
            .collect::<Vec<_>>()
            .join("|")
    ))
    .expect("valid work descriptor regex")
});

/// "the Swede", "the former Beatle": a capitalised demonym or band role used as a
/// descriptor of someone already named.
static CAPITAL_DESCRIPTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)[Tt]he\s+(?:former\s+|late\s+|young\s+|\d+-year-old\s+)?(\p{Lu}\p{Ll}+)(?-u:\b)",
    )
    .expect("valid capital descriptor regex")
});

/// The first position at or after `from` where a [`CAPITAL_DESCRIPTOR`] match could
/// start: "The" or "the", whitespace, perhaps "former", "late" or "young" and more
/// whitespace, then an uppercase character (every `\p{Lu}` is one). Every match
/// starts at such a position, so the regex need only be asked from there (most
/// sentences have none: "the" is rarely followed by a capital).
fn capital_descriptor_from(sentence: &str, from: usize) -> Option<usize> {
    static HE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("he"));
    let bytes = sentence.as_bytes();
    let skip_space = |mut p: usize| {
        while let Some(c) = sentence[p..].chars().next().filter(|c| c.is_whitespace()) {
            p += c.len_utf8();
        }
        p
    };
    let upper_at = |p: usize| sentence[p..].chars().next().is_some_and(char::is_uppercase);
    let mut at = from + 1;
    while at < bytes.len() {
        let h = at + HE.find(&bytes[at..])?;
        at = h + 1;
        if !matches!(bytes[h - 1], b'T' | b't') {
            continue;
        }
        let p = skip_space(h + 2);
        if p == h + 2 {
            continue;
        }
        let after_modifier = ["former", "late", "young"]
            .iter()
            .find_map(|w| sentence[p..].strip_prefix(w))
            .or_else(|| age_prefix(&sentence[p..]))
            .map(|rest| sentence.len() - rest.len())
            .map(|q| (q, skip_space(q)))
            .filter(|&(q, r)| r > q)
            .is_some_and(|(_, r)| upper_at(r));
        if upper_at(p) || after_modifier {
            return Some(h - 1);
        }
    }
    None
}

/// The rest of `s` after an age opening it: "52-year-old Californian" gives
/// " Californian".
fn age_prefix(s: &str) -> Option<&str> {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0)
        .then(|| s[digits..].strip_prefix("-year-old"))
        .flatten()
}

/// `s` without the age closing it: "The 52-year-old" gives "The".
pub fn without_age(s: &str) -> Option<&str> {
    let rest = s.strip_suffix("-year-old")?;
    let digits = rest.len() - rest.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (digits > 0).then(|| rest[..rest.len() - digits].trim_end())
}

/// True when the capitalised `word` at `start` (after "the") can be a descriptor of
/// a person: not inside a category ("Album of the Year"), not a place ("from the
/// Bronx"), not a common noun or the short form of a known name ("the Mercury").
pub fn capital_descriptor_word(
    reg: &Registry<'_>,
    sentence: &str,
    start: usize,
    word: &str,
) -> bool {
    let lower = crate::lexicon::to_lower(word);
    if is_descriptor_head(&lower)
        || WORK_HEADS.contains(&lower.as_str())
        || matches!(
            lower.as_str(),
            "year"
                | "decade"
                | "night"
                | "record"
                | "group"
                | "artist"
                | "album"
                | "song"
                | "video"
                | "show"
                | "stage"
                | "prize"
                | "award"
                | "awards"
                | "ceremony"
                | "world"
                | "crowd"
                | "audience"
                | "academy"
                | "press"
                | "internet"
                | "end"
        )
    {
        return false;
    }
    let head = sentence[..start].trim_end();
    let head = without_age(head).unwrap_or(head);
    let before = head
        .trim_end_matches(|c: char| c.is_alphabetic())
        .trim_end()
        .to_lowercase();
    // Words before "the": "of", "from", "in" make the phrase a name or place part.
    let before = before
        .strip_suffix("former")
        .or_else(|| before.strip_suffix("late"))
        .or_else(|| before.strip_suffix("young"))
        .unwrap_or(&before)
        .trim_end();
    let before = before.strip_suffix("the").unwrap_or(before).trim_end();
    if [
        "of", "from", "in", "at", "near", "inside", "across", "outside", "on",
    ]
    .iter()
    .any(|w| before == *w || before.ends_with(&format!(" {w}")))
    {
        return false;
    }
    let prefix = format!("{lower} ");
    !reg.entities
        .iter()
        .any(|e| crate::lexicon::to_lower(&e.name).starts_with(&prefix))
}

/// True when `word` after "the" reads as a descriptor, not a name: one unknown
/// capitalised word, singular, not followed by another name word.
pub fn capital_descriptor_at(sentence: &str, word_end: usize) -> bool {
    let rest = &sentence[word_end..];
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-') {
        return false;
    }
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with(|c: char| c.is_ascii_punctuation() && c != '"') {
        return true;
    }
    // "the Irishman brought out", "the Canadian hugged": a demonym is a descriptor
    // whatever verb follows it.
    let word = sentence[..word_end]
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    if (crate::entities::is_demonym(&word) || crate::entities::is_plural_demonym(&word))
        && !rest.starts_with(char::is_uppercase)
    {
        return true;
    }
    // "the Swede after the jury votes", "the Beatle was": a function word or a verb,
    // not an adjective before a noun ("the Colombian superstar").
    let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    !next.is_empty()
        && next.chars().all(char::is_lowercase)
        && !is_descriptor_head(&next)
        && crate::entities::is_function_word(&next)
}

/// The pronouns of a sentence: he, she, they, him, her, them, it, their, his
/// (capitalised or not) and who, as whole ASCII words. Each is a whole run of ASCII
/// word bytes (`[0-9A-Za-z_]`), so one pass over the runs finds them all; this runs on
/// every sentence, and a regex spent most of its time on "he" inside "the".
fn pronouns(sentence: &str) -> impl Iterator<Item = Piece<'_>> {
    // `[0-9A-Za-z_]`, one table look-up per byte.
    static WORD: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            t[b] = c.is_ascii_alphanumeric() || c == b'_';
            b += 1;
        }
        t
    };
    let bytes = sentence.as_bytes();
    let is_word = |b: u8| WORD[usize::from(b)];
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            if !is_word(bytes[at]) {
                at += 1;
                continue;
            }
            let start = at;
            while at < bytes.len() && is_word(bytes[at]) {
                at += 1;
            }
            let word = &sentence[start..at];
            // (Most words are ruled out by length and first letter before the
            // comparisons.)
            if at - start <= 5
                && matches!(
                    bytes[start],
                    b'H' | b'h' | b'S' | b's' | b'T' | b't' | b'I' | b'i' | b'w'
                )
                && matches!(
                    word,
                    "He" | "he"
                        | "She"
                        | "she"
                        | "They"
                        | "they"
                        | "Him"
                        | "him"
                        | "Her"
                        | "her"
                        | "Them"
                        | "them"
                        | "It"
                        | "it"
                        | "Their"
                        | "their"
                        | "His"
                        | "his"
                        | "who"
                )
            {
                return Some(Piece {
                    start,
                    end: at,
                    text: word,
                });
            }
        }
        None
    })
}

/// What earlier sentences make salient.
#[derive(Debug, Default, Clone)]
pub struct Salience {
    /// Recent entities, most recent last.
    recent: Vec<usize>,
    /// The subject (first person) of the last sentence with a person.
    focus_person: Option<usize>,
    /// The last group that was a sentence's first actor.
    focus_group: Option<usize>,
    /// The entities of the last plural reference, for one sentence.
    plural: Option<Vec<usize>>,
    /// Where the main clause of the sentence being learnt starts (see
    /// [`Salience::set_main_clause`]).
    main_clause_from: usize,
    plural_age: u8,
    /// Who is "he" and who is "she", as far as the document has said.
    genders: crate::gender::Votes,
}

impl Salience {
    /// Learns genders from a sentence (lowercase) that names one person only.
    pub fn learn_genders(&mut self, lower: &str, mentions: &[Mention]) {
        let mut named = mentions
            .iter()
            .filter(|m| m.via == Via::Name && m.kind == EntityKind::Person)
            .flat_map(|m| m.entities.iter().copied());
        if let Some(first) = named.next()
            && named.all(|e| e == first)
            && !mentions
                .iter()
                .any(|m| m.via == Via::Name && m.kind == EntityKind::Group)
        {
            self.genders.learn(first, lower);
        }
    }

    /// Whether `e` may be the referent of a pronoun of gender `want`.
    fn fits(&self, reg: &Registry<'_>, e: usize, want: Option<crate::gender::Gender>) -> bool {
        match (want, self.genders.of(e, &reg.entities[e].name)) {
            (Some(w), Some(g)) => w == g,
            _ => true,
        }
    }

    /// Whether the document's pronouns or the first name tell `e`'s gender: then `e`
    /// is one person, not a band.
    pub fn knows_gender(&self, reg: &Registry<'_>, e: usize) -> bool {
        self.genders.of(e, &reg.entities[e].name).is_some()
    }

    /// `e`, taken for a person until now, turned out to be a group
    /// ([`crate::grouping`]).
    pub fn retyped_as_group(&mut self, e: usize) {
        if self.focus_person == Some(e) {
            self.focus_person = None;
            self.focus_group = Some(e);
        }
    }

    /// A numbered list entry starts ("5. Kora Lind and Dax Ferro, "Because of Love",
    /// 2012"): the works of earlier entries are not what its "it" means, however
    /// often they were named.
    pub fn new_entry(&mut self, reg: &Registry<'_>) {
        self.recent
            .retain(|&e| reg.entities[e].kind != EntityKind::Work);
    }

    /// Tells [`Salience::update`] that the next sentence's main clause starts at
    /// `from` (after an opening "If ..., " or "When ..., " clause).
    pub fn set_main_clause(&mut self, sentence: &str) {
        const OPENERS: &[&str] = &[
            "If ",
            "When ",
            "While ",
            "Although ",
            "Though ",
            "As ",
            "After ",
            "Before ",
            "Since ",
            "Because ",
            "Whereas ",
        ];
        // "Staged as a game with X narrating, Y's set ...", "Backed by X, Y ...": an
        // opening participle or absolute phrase is background too.
        let first = sentence.first_word().unwrap_or("");
        let participle = first.len() >= 5
            && first.starts_with(char::is_uppercase)
            && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && (first.ends_with("ed") || first.ends_with("ing"));
        let absolute = ["With ", "Despite ", "During ", "Amid "]
            .iter()
            .any(|o| sentence.starts_with(o));
        self.main_clause_from =
            if OPENERS.iter().any(|o| sentence.starts_with(o)) || participle || absolute {
                sentence.find(", ").map_or(0, |k| k + 2)
            } else {
                0
            };
    }

    /// Updates after a sentence.
    pub fn update(&mut self, reg: &Registry<'_>, mentions: &[Mention]) {
        let mut first_person = None;
        let mut plural_seen = false;
        if let Some(first_agent) = mentions.iter().find(|m| {
            !m.modifier
                && m.entities.len() == 1
                && matches!(m.kind, EntityKind::Person | EntityKind::Group)
        }) && first_agent.kind == EntityKind::Group
        {
            self.focus_group = Some(first_agent.entities[0]);
        }
        for m in mentions {
            if m.entities.len() > 1 {
                self.plural = Some(m.entities.clone());
                self.plural_age = 0;
                plural_seen = true;
            }
            for &e in &m.entities {
                let kind = reg.entities[e].kind;
                if matches!(kind, EntityKind::Ceremony | EntityKind::Other) || reg.entities[e].staff
                {
                    continue;
                }
                if first_person.is_none() && kind == EntityKind::Person && m.entities.len() == 1 {
                    first_person = Some(e);
                }
                self.recent.retain(|&r| r != e);
                self.recent.push(e);
            }
        }
        // The subject person: a non-modifier person, else the artist of a work that
        // is the subject ("The track broke Adele's record"), else any person named.
        // A sentence opened by a subordinate clause ("If Combs had the biggest win,
        // Carly Pearce had the best night") has its subject after the comma.
        let main = mentions
            .iter()
            .filter(|m| m.start >= self.main_clause_from)
            .chain(mentions.iter().filter(|m| m.start < self.main_clause_from));
        let subject_person = main
            .filter(|m| !m.modifier && m.entities.len() == 1 && !reg.entities[m.entities[0]].staff)
            .find_map(|m| {
                let e = m.entities[0];
                match reg.entities[e].kind {
                    EntityKind::Person => Some(e),
                    // (Not an "it" taken for a work: "it was settled in Davido's
                    // favour" says nothing of the work's artist.)
                    EntityKind::Work if m.via != Via::Pronoun => reg.entities[e]
                        .owner
                        .filter(|&o| reg.entities[o].kind == EntityKind::Person),
                    _ => None,
                }
            });
        // "..., K-Dot's set leaned on GNX": a possessor opening the main clause is
        // who the clause is about.
        let opening_possessor = (self.main_clause_from > 0)
            .then(|| mentions.iter().find(|m| m.start >= self.main_clause_from))
            .flatten()
            .filter(|m| {
                m.start == self.main_clause_from
                    && m.entities.len() == 1
                    && reg.entities[m.entities[0]].kind == EntityKind::Person
            })
            .map(|m| m.entities[0]);
        if let Some(p) = opening_possessor.or(subject_person).or(first_person) {
            self.focus_person = Some(p);
        }
        if !plural_seen {
            self.plural_age += 1;
            if self.plural_age > 1 {
                self.plural = None;
            }
        }
        if self.recent.len() > 24 {
            let cut = self.recent.len() - 24;
            self.recent.drain(..cut);
        }
    }

    /// The document's current focus: the last subject person, else the most recent
    /// group.
    pub fn focus(&self, reg: &Registry<'_>) -> Option<usize> {
        self.focus_person
            .or_else(|| self.most_recent(reg, EntityKind::Group))
    }

    /// The work named last before this sentence.
    pub fn recent_work(&self, reg: &Registry<'_>) -> Option<usize> {
        self.most_recent(reg, EntityKind::Work)
    }

    /// "Dean later performed the song": the latest work by an artist named in the
    /// sentence before `before`.
    fn work_of_named(
        &self,
        reg: &Registry<'_>,
        found: &[&Mention],
        before: usize,
    ) -> Option<usize> {
        let named: Vec<usize> = found
            .iter()
            .filter(|m| m.end <= before && matches!(m.kind, EntityKind::Person | EntityKind::Group))
            .flat_map(|m| m.entities.iter().copied())
            .collect();
        if named.is_empty() {
            return None;
        }
        self.recent.iter().rev().copied().find(|&e| {
            reg.entities[e].kind == EntityKind::Work
                && reg.entities[e].owner.is_some_and(|o| named.contains(&o))
        })
    }

    /// The work the story is about: the most named among recent works.
    fn main_work(&self, reg: &Registry<'_>) -> Option<usize> {
        // Oldest first, so that on a tie `max_by_key` keeps the most recent.
        self.recent
            .iter()
            .copied()
            .filter(|&e| reg.entities[e].kind == EntityKind::Work)
            .max_by_key(|&e| reg.entities[e].seen)
    }

    /// The unknown one-word act in capitals most recently named that was typed a
    /// person by default: no first name, no known gender, not in the knowledge base
    /// ("BTS" in "Janet Jackson is a big fan of BTS"), while the story has no group
    /// yet.
    pub fn act_typed_person(&self, reg: &Registry<'_>) -> Option<usize> {
        if self.focus_group.is_some() || self.most_recent(reg, EntityKind::Group).is_some() {
            return None;
        }
        // The last unknown person named, if that is the one.
        let e = self.recent.iter().rev().copied().find(|&e| {
            reg.entities[e].kind == EntityKind::Person && reg.entities[e].kb.is_none()
        })?;
        let d = &reg.entities[e];
        // One word in capitals, letters only: "Beyoncé" or "Damiano David" is more
        // often a person than a band, "I.N" a member, "M72" a tour.
        (d.name.chars().all(|c| c.is_uppercase() || c == '-')
            && d.name.chars().count() >= 2
            && !self.knows_gender(reg, e)
            && d.members.is_empty()
            && d.member_of.is_empty()
            && crate::gender::of_name(&d.name).is_none())
        .then_some(e)
    }

    /// The most recent group with `n` members, as the knowledge base or the text
    /// has them ("the nine-member group" after SEVENTEEN and ZEROBASEONE).
    fn group_of_size(&self, reg: &Registry<'_>, n: usize) -> Option<usize> {
        self.recent.iter().rev().copied().find(|&e| {
            let d = &reg.entities[e];
            d.kind == EntityKind::Group && d.kb_member_count.max(d.members.len()) == n
        })
    }

    fn most_recent(&self, reg: &Registry<'_>, kind: EntityKind) -> Option<usize> {
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&e| reg.entities[e].kind == kind)
    }
}

/// "Cody Johnson's first appearance, during which the Texan performed": a possessor
/// opening the sentence, its topic (not "Barenaked Ladies' Ed Robertson", where the
/// person named after the possessive is); `others` are the sentence's mentions.
fn opening_possessor<'m>(m: &Mention, others: impl IntoIterator<Item = &'m Mention>) -> bool {
    m.start == 0
        && m.modifier
        && !others
            .into_iter()
            .any(|o| o.start > m.end && o.start <= m.end + 4 && crate::roles::is_agent(o.kind))
}

fn in_sentence(
    reg: &Registry<'_>,
    found: &[&Mention],
    before: usize,
    kind: EntityKind,
) -> Option<usize> {
    found
        .iter()
        .rev()
        .filter(|m| {
            m.end <= before
                && (!m.modifier || opening_possessor(m, found.iter().copied()))
                && m.entities.len() == 1
        })
        .flat_map(|m| m.entities.iter().copied())
        .find(|&e| reg.entities[e].kind == kind)
}

fn last_two(
    reg: &Registry<'_>,
    sentence: &str,
    found: &[&Mention],
    before: usize,
    sal: &Salience,
) -> Option<Vec<usize>> {
    let mut out: Vec<usize> = Vec::new();
    // "Correction: they embrace", "the Roll of Renown": a name of ordinary words seen
    // once, not known, is a label or a thing more often than one of the two.
    let ordinary_once = |e: usize| {
        let d = &reg.entities[e];
        d.kb.is_none() && d.seen <= 1 && d.name.split(' ').all(crate::lexicon::is_common_word)
    };
    let people = |e: usize| {
        matches!(reg.entities[e].kind, EntityKind::Person | EntityKind::Group) && !ordinary_once(e)
    };
    // "fireworks over the Lagoa de Jacarepaguá": a place, not one of the two.
    let place = |m: &Mention| {
        let mut words = sentence[..m.start].split_whitespace().rev();
        let mut w = words.next().unwrap_or("");
        if matches!(w, "the" | "a") {
            w = words.next().unwrap_or("");
        }
        matches!(
            w,
            "over"
                | "at"
                | "in"
                | "from"
                | "near"
                | "into"
                | "across"
                | "inside"
                | "outside"
                | "around"
                | "through"
                | "on"
        )
    };
    for m in found
        .iter()
        .rev()
        .filter(|m| m.end <= before && !m.modifier && !place(m))
    {
        for &e in &m.entities {
            if people(e) && !out.contains(&e) {
                out.push(e);
            }
        }
        if out.len() >= 2 {
            break;
        }
    }
    if out.len() < 2 {
        if let Some(p) = &sal.plural {
            return Some(p.clone());
        }
        for &e in sal.recent.iter().rev() {
            if out.len() >= 2 {
                break;
            }
            if people(e) && !out.contains(&e) {
                out.push(e);
            }
        }
    }
    (out.len() >= 2).then_some(out)
}

/// Adds descriptor and pronoun mentions, and lifts member lists to their group.
/// `cues` is the sentence's cue scan (its descriptor-word gate spares most sentences
/// the descriptor regex).
pub fn resolve(
    sentence: &str,
    cues: crate::cues::Cues,
    reg: &mut Registry<'_>,
    sal: &Salience,
    mentions: &mut Vec<Mention>,
) {
    lift_member_lists(sentence, reg, mentions);
    let mut added: Vec<Mention> = Vec::new();
    // "the "Need a Favor" singer": the work's artist if known, else the person the
    // story is about; the quoted work is only a modifier here.
    // (A byte test for '"', '\'' and '“' (E2 80 9C): a char-set search decodes every
    // char.)
    let b = sentence.as_bytes();
    if memchr::memchr2(b'"', b'\'', b).is_some()
        || memchr::memchr_iter(0xE2, b).any(|i| b[i + 1..].starts_with(&[0x80, 0x9C]))
    {
        for caps in WORK_DESCRIPTOR.captures_iter(sentence) {
            let (Some(all), Some(title), Some(head)) = (caps.get(0), caps.get(1), caps.get(2))
            else {
                continue;
            };
            let inside = |m: &Mention| m.start < all.end() && all.start() < m.end;
            let work = mentions
                .iter()
                .find(|m| inside(m) && m.kind == EntityKind::Work)
                .map(|m| m.entities[0])
                .or_else(|| reg.lookup(title.as_str()));
            let group = GROUP_HEADS.contains(&head.as_str());
            let kind = if group {
                EntityKind::Group
            } else {
                EntityKind::Person
            };
            let target = work
                .and_then(|w| reg.owner_of(w))
                .filter(|&o| reg.entities[o].kind == kind)
                .or(if group {
                    sal.focus_group
                } else {
                    sal.focus_person
                })
                .or_else(|| sal.most_recent(reg, kind));
            let Some(t) = target else { continue };
            mentions.retain(|m| !inside(m));
            added.push(Mention {
                start: all.start(),
                end: all.end(),
                entities: vec![t],
                kind,
                via: Via::Descriptor,
                modifier: sentence[all.end()..].starts_with("'s")
                    || sentence[all.end()..].starts_with("’s"),
            });
        }
    }
    for d in descriptor_matches(sentence, cues.may_match(crate::cues::DESCRIPTOR_WORDS)) {
        let (all, head) = (d.all, d.head);
        // "the Grammy winner", "the Rhythm Nation singer": a ceremony or work inside a
        // descriptor is only a modifier; a person or group inside it wins.
        let inside = |m: &Mention| m.start < all.end() && all.start() < m.end;
        // "the former Disney Channel star", "the Houston rapper": a name guessed
        // from its capitals and never seen before is only a modifier here.
        let guessed_modifier = |m: &Mention| {
            m.end <= head.start()
                && m.entities
                    .iter()
                    .all(|&e| reg.entities[e].kb.is_none() && reg.entities[e].seen <= 1)
        };
        // "the BIGBANG leader", "the EXO member": a group inside a person descriptor
        // says which group the person belongs to.
        let person_head = PERSON_HEADS.contains(&head.as_str());
        // "the Eurovision song contest": a show's name running through the head
        // word is the show, not a descriptor.
        if added.iter().any(inside)
            || mentions
                .iter()
                .any(|m| inside(m) && m.kind == EntityKind::Ceremony && m.end >= head.end())
            || mentions.iter().any(|m| {
                inside(m)
                    && matches!(m.kind, EntityKind::Person | EntityKind::Group)
                    && !guessed_modifier(m)
                    && !(person_head && m.kind == EntityKind::Group && m.end <= head.start())
            })
        {
            continue;
        }
        mentions.retain(|m| !inside(m));
        let head_word = head.as_str();
        let modifiers = crate::lexicon::to_lower(d.modifiers.as_str());
        // "the best performance", "the first time": not descriptors.
        if modifiers.contains("best ") || modifiers.contains("night") {
            continue;
        }
        // "both members of Royel Otis", "the members of the band X": the name after
        // "of" says who.
        if sentence[all.end()..].starts_with(" of ")
            && mentions
                .iter()
                .any(|m| m.start == all.end() + 4 && crate::roles::is_agent(m.kind))
        {
            continue;
        }
        // "with the house band", "a live band": musicians, not a named act.
        if GROUP_HEADS.contains(&head_word)
            && modifiers.split_whitespace().any(|w| {
                matches!(
                    w,
                    "house" | "backing" | "live" | "touring" | "session" | "marching"
                )
            })
        {
            continue;
        }
        let mut sorted: Vec<&Mention> = mentions.iter().chain(added.iter()).collect();
        sorted.sort_by_key(|m| m.start);
        let lower_all = crate::lexicon::to_lower(all.as_str());
        let plural = PLURAL_HEADS.contains(&head_word) || lower_all.starts_with("both");
        // "The big winner was Little Simz": the name the copula gives, not one
        // before.
        let named_by_copula = [" was ", " is ", " were ", " are "]
            .iter()
            .find_map(|v| {
                let at = all.end() + v.len();
                sentence[all.end()..].starts_with(v).then_some(at)
            })
            .and_then(|at| {
                sorted.iter().find(|m| {
                    m.start == at
                        && !m.modifier
                        && m.via == Via::Name
                        && crate::roles::is_agent(m.kind)
                })
            });
        let entities: Vec<usize> = if let Some(m) = named_by_copula
            && !WORK_HEADS.contains(&head_word)
        {
            m.entities.clone()
        } else if WORK_HEADS.contains(&head_word) {
            if !modifiers.is_empty() {
                continue;
            }
            match in_sentence(reg, &sorted, all.start(), EntityKind::Work)
                .or_else(|| sal.work_of_named(reg, &sorted, all.start()))
                .or_else(|| sal.main_work(reg))
            {
                Some(w) => vec![w],
                None => continue,
            }
        } else if plural && head_word != "trio" && head_word != "duo"
            || lower_all.starts_with("both")
            // "Lady Gaga and Bruno Mars won ..., and the duo later ...": two people
            // just named, not a group.
            || head_word == "duo"
                && in_sentence(reg, &sorted, all.start(), EntityKind::Group).is_none()
                && sorted
                    .iter()
                    .filter(|m| {
                        m.end <= all.start()
                            && !m.modifier
                            && m.kind == EntityKind::Person
                            && m.entities.len() == 1
                    })
                    .count()
                    >= 2
        {
            match last_two(reg, sentence, &sorted, all.start(), sal) {
                Some(v) => v,
                None => continue,
            }
        } else if GROUP_HEADS.contains(&head_word) || head_word == "trio" || head_word == "duo" {
            match in_sentence(reg, &sorted, all.start(), EntityKind::Group)
                .or_else(|| sal.group_of_size(reg, described_size(&lower_all)?))
                .or(sal.focus_group)
                .or_else(|| sal.most_recent(reg, EntityKind::Group))
            {
                Some(g) => vec![g],
                // "Billie Eilish and her brother Finneas ... The sibling duo won": with
                // no group in the story, a duo is the last two people.
                None if head_word == "duo" => {
                    match last_two(reg, sentence, &sorted, all.start(), sal) {
                        Some(v) => v,
                        None => continue,
                    }
                }
                None => continue,
            }
        } else {
            // "Wyclef Jean presented the award to the Colombian superstar": a
            // descriptor in the same clause as a person is someone else.
            let near = in_sentence(reg, &sorted, all.start(), EntityKind::Person);
            let same_clause = sorted
                .iter()
                .rev()
                .find(|m| m.end <= all.start() && !m.modifier && m.entities.len() == 1)
                .filter(|m| Some(m.entities[0]) == near)
                .is_some_and(|m| {
                    let gap = &sentence[m.end..all.start()];
                    !gap.contains([',', ';', ':', '.', '—', '('])
                        && !gap.contains(" and ")
                        && !gap.contains(" but ")
                        && !gap.contains(" while ")
                        && gap.split_whitespace().count() >= 2
                });
            let other = |e: &usize| Some(*e) != near;
            let target = if same_clause {
                sal.focus_person.filter(other).or_else(|| {
                    sal.recent
                        .iter()
                        .rev()
                        .copied()
                        .find(|e| reg.entities[*e].kind == EntityKind::Person && other(e))
                })
            } else {
                near.or(sal.focus_person)
                    .or_else(|| sal.most_recent(reg, EntityKind::Person))
            };
            match target {
                Some(p) => vec![p],
                None => continue,
            }
        };
        let kind = reg.entities[entities[0]].kind;
        let possessive = sentence[all.end()..].starts_with("'s")
            || sentence[all.end()..].starts_with("’s")
            || all.as_str().ends_with("'s")
            || all.as_str().ends_with("’s");
        added.push(Mention {
            start: all.start(),
            end: all.end(),
            entities,
            kind,
            via: Via::Descriptor,
            modifier: possessive,
        });
    }
    // The capitalised word (group 1) is what follows the match's last whitespace: the
    // words before it end in `\s+` and it holds none. So the lazy DFA's match is
    // enough, without a capture search.
    // The regex's matches one after the other (as `find_iter` finds them), asked
    // only from where one could start.
    let mut next_from = 0;
    while let Some(from) = capital_descriptor_from(sentence, next_from) {
        let Some(all) = CAPITAL_DESCRIPTOR.find_at(sentence, from) else {
            break;
        };
        next_from = all.end();
        let Some((space, c)) = all
            .as_str()
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
        else {
            continue;
        };
        let word = Piece::new(sentence, all.start() + space + c.len_utf8(), all.end());
        let inside = |m: &Mention| m.start < all.end() && all.start() < m.end;
        // "The Californians had played Rock im Park the night before": the band.
        if !mentions.iter().chain(added.iter()).any(inside)
            && crate::lexicon::with_lowercase(word.as_str(), crate::entities::is_plural_demonym)
            && capital_descriptor_at(sentence, word.end())
            && let Some(g) = sal.focus_group
        {
            added.push(Mention {
                start: all.start(),
                end: all.end(),
                entities: vec![g],
                kind: EntityKind::Group,
                via: Via::Descriptor,
                modifier: false,
            });
            continue;
        }
        if mentions.iter().chain(added.iter()).any(inside)
            || word.as_str().ends_with('s')
            || word.as_str().chars().count() < 4
            || reg.lookup(word.as_str()).is_some()
            || !capital_descriptor_at(sentence, word.end())
            || crate::entities::is_stop_word(word.as_str())
            || !capital_descriptor_word(reg, sentence, word.start(), word.as_str())
        {
            continue;
        }
        // Someone other than the people named earlier in this sentence: "Käärijä
        // lost out to the Swede".
        let named_here: Vec<usize> = mentions
            .iter()
            .chain(added.iter())
            .filter(|m| m.end <= all.start() && m.kind == EntityKind::Person)
            .flat_map(|m| m.entities.iter().copied())
            .collect();
        let opening_possessor = mentions
            .iter()
            .find(|m| {
                m.kind == EntityKind::Person
                    && m.entities.len() == 1
                    && m.end < all.start()
                    && opening_possessor(m, mentions.iter())
            })
            .map(|m| m.entities[0]);
        let target = opening_possessor
            .into_iter()
            .chain(sal.focus_person)
            .chain(sal.recent.iter().rev().copied())
            .find(|&e| {
                reg.entities[e].kind == EntityKind::Person
                    && (Some(e) == opening_possessor || !named_here.contains(&e))
            });
        let Some(t) = target else { continue };
        added.push(Mention {
            start: all.start(),
            end: all.end(),
            entities: vec![t],
            kind: EntityKind::Person,
            via: Via::Descriptor,
            modifier: sentence[all.end()..].starts_with("'s")
                || sentence[all.end()..].starts_with("’s"),
        });
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.start);

    let mut added: Vec<Mention> = Vec::new();
    for m in pronouns(sentence) {
        if mentions
            .iter()
            .any(|x| x.start < m.end() && m.start() < x.end)
        {
            continue;
        }
        let word = crate::lexicon::to_lower(m.as_str());
        // "'Pedro played me the beat,' he recalls": a pronoun outside a quote does
        // not point at a name inside it.
        let quoted = |at: usize| crate::document::inside_quotation(sentence, at);
        let outside = !quoted(m.start());
        let mut sorted: Vec<&Mention> = mentions
            .iter()
            .chain(added.iter())
            .filter(|x| !(outside && x.via == Via::Name && quoted(x.start)))
            .collect();
        sorted.sort_by_key(|x| x.start);
        let want = crate::gender::of_pronoun(&word);
        let fits = |e: &usize| sal.fits(reg, *e, want);
        let target: Option<Vec<usize>> = match word.as_str() {
            "he" | "she" => first_person_in(reg, &sorted, m.start())
                .filter(fits)
                .or(sal.focus_person.filter(fits))
                .or_else(|| {
                    sal.recent
                        .iter()
                        .rev()
                        .copied()
                        .find(|e| reg.entities[*e].kind == EntityKind::Person && fits(e))
                })
                .map(|e| vec![e]),
            "him" | "her" => {
                // "Stevie Nicks gave him a hug": an object pronoun right after its
                // subject's verb is not that subject.
                let subject = sorted
                    .iter()
                    .rev()
                    .find(|x| x.end <= m.start() && !x.modifier)
                    .filter(|x| x.kind == EntityKind::Person && x.entities.len() == 1)
                    .map(|x| x.entities[0]);
                // "a clip of A, B and C joining her": none of a listed subject.
                let mut subject_list: Vec<usize> = Vec::new();
                if subject.is_some() {
                    let before: Vec<&&Mention> =
                        sorted.iter().filter(|x| x.end <= m.start()).collect();
                    for (k, x) in before.iter().enumerate().rev() {
                        if x.modifier || x.kind != EntityKind::Person {
                            break;
                        }
                        subject_list.extend(x.entities.iter().copied());
                        let Some(prev) = k.checked_sub(1).map(|p| before[p]) else {
                            break;
                        };
                        if !crate::roles::is_list_gap(sentence[prev.end..x.start].trim()) {
                            break;
                        }
                    }
                }
                let not_subject =
                    |e: &usize| Some(*e) != subject && !subject_list.contains(e) && fits(e);
                // "She had beaten A and B, while C lost out to her": the person an
                // earlier subject pronoun of the sentence stands for.
                let earlier_pronoun = sorted
                    .iter()
                    .find(|x| {
                        x.end <= m.start()
                            && x.via == Via::Pronoun
                            && x.entities.len() == 1
                            && matches!(
                                crate::lexicon::to_lower(&sentence[x.start..x.end]).as_str(),
                                "she" | "he" | "his"
                            )
                            && crate::gender::of_pronoun(&sentence[x.start..x.end]) == want
                    })
                    .map(|x| x.entities[0])
                    .filter(not_subject);
                earlier_pronoun
                    .or_else(|| {
                        let mut except = subject_list.clone();
                        except.extend(subject);
                        in_sentence_nonmember(reg, &sorted, m.start(), &except)
                    })
                    .or(sal.focus_person.filter(not_subject))
                    .or_else(|| {
                        sal.recent
                            .iter()
                            .rev()
                            .copied()
                            .find(|e| reg.entities[*e].kind == EntityKind::Person && not_subject(e))
                    })
                    .map(|e| vec![e])
            }
            "his" => first_person_in(reg, &sorted, m.start())
                .filter(fits)
                .or(sal.focus_person.filter(fits))
                .map(|e| vec![e]),
            "they" | "them" | "their" => in_sentence(reg, &sorted, m.start(), EntityKind::Group)
                .map(|g| vec![g])
                .or_else(|| together_before(reg, &sorted, sentence, m.start(), m.end()))
                .or_else(|| sal.plural.clone())
                .or_else(|| {
                    sal.focus_group
                        .or_else(|| sal.most_recent(reg, EntityKind::Group))
                        .map(|g| vec![g])
                }),
            // "played every hit like it was 2007": a dummy "it", not a song.
            "it" if crate::lexicon::lower_ends_with_any(
                sentence[..m.start()].trim_end(),
                &[" like", " as if", " as though"],
            ) =>
            {
                None
            }
            "it" => in_sentence(reg, &sorted, m.start(), EntityKind::Work)
                .or_else(|| sal.main_work(reg))
                .map(|w| vec![w]),
            "who" => {
                // ", who took ...": the mention right before.
                let before = sentence[..m.start()].trim_end();
                if before.ends_with(',') || before.ends_with('–') || before.ends_with('—') {
                    sorted
                        .iter()
                        .rev()
                        .find(|x| {
                            x.end <= m.start()
                                && matches!(x.kind, EntityKind::Person | EntityKind::Group)
                        })
                        .map(|x| x.entities.clone())
                } else {
                    None
                }
            }
            _ => None,
        };
        let Some(entities) = target else { continue };
        let kind = reg.entities[entities[0]].kind;
        added.push(Mention {
            start: m.start(),
            end: m.end(),
            entities,
            kind,
            via: Via::Pronoun,
            // Possessive pronouns own things; they do not act.
            modifier: matches!(word.as_str(), "his" | "their")
                || (word == "her" && possessive_her(sentence, m.end())),
        });
    }
    mentions.extend(added);
    mentions.sort_by_key(|m| m.start);
}

/// "Hwasa's set was a lot, but then Loco walked out and they did "Don't" together":
/// "they ... together" after two or more people named in the sentence is those people.
fn together_before(
    reg: &Registry<'_>,
    sorted: &[&Mention],
    sentence: &str,
    start: usize,
    end: usize,
) -> Option<Vec<usize>> {
    if !sentence[end..].contains(" together") {
        return None;
    }
    let mut people: Vec<usize> = Vec::new();
    for m in sorted.iter().filter(|m| m.end <= start) {
        for &e in &m.entities {
            if reg.entities[e].kind == EntityKind::Person && !people.contains(&e) {
                people.push(e);
            }
        }
    }
    (people.len() >= 2).then_some(people)
}

/// "Her single "Cruel Summer"": a possessive pronoun names the work's artist.
pub fn link_pronoun_owners(sentence: &str, reg: &mut Registry<'_>, mentions: &[Mention]) {
    for (k, m) in mentions.iter().enumerate() {
        if m.via != Via::Pronoun || !m.modifier || m.entities.len() != 1 {
            continue;
        }
        let Some(next) = mentions.get(k + 1) else {
            continue;
        };
        if next.kind != EntityKind::Work
            || sentence[m.end..next.start].split_whitespace().count() > 4
        {
            continue;
        }
        let w = next.entities[0];
        if reg.entities[w].owner.is_none() && reg.entities[w].kb.is_none() {
            reg.entities[w].owner = Some(m.entities[0]);
        }
    }
}

/// "her dressing room" (possessive) versus "joining her in" (object).
fn possessive_her(sentence: &str, end: usize) -> bool {
    let next = sentence[end..].trim_start();
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    !word.is_empty()
        && !matches!(
            word.as_str(),
            "in" | "at"
                | "on"
                | "to"
                | "and"
                | "with"
                | "for"
                | "backstage"
                | "after"
                | "before"
                | "as"
                | "one"
                | "by"
                | "from"
                | "into"
                | "again"
                | "warmly"
                | "during"
                | "when"
                | "while"
                | "too"
                | "so"
                | "that"
                | "first"
                | "later"
                | "afterwards"
        )
}

fn first_person_in(reg: &Registry<'_>, found: &[&Mention], before: usize) -> Option<usize> {
    found
        .iter()
        .filter(|m| m.end <= before && !m.modifier && m.entities.len() == 1)
        .flat_map(|m| m.entities.iter().copied())
        .find(|&e| reg.entities[e].kind == EntityKind::Person)
}

fn in_sentence_nonmember(
    reg: &Registry<'_>,
    found: &[&Mention],
    before: usize,
    except: &[usize],
) -> Option<usize> {
    found
        .iter()
        .rev()
        .filter(|m| m.end <= before && !m.modifier && m.entities.len() == 1)
        .flat_map(|m| m.entities.iter().copied())
        .find(|&e| {
            reg.entities[e].kind == EntityKind::Person
                && reg.entities[e].member_of.is_empty()
                && !except.contains(&e)
        })
}

/// "RM, Jimin, J-Hope, V, Jungkook, Jin and Suga" (most of a group, listed together)
/// acts as the group.
fn lift_member_lists(sentence: &str, reg: &Registry<'_>, mentions: &mut Vec<Mention>) {
    let mut k = 0;
    while k < mentions.len() {
        let Some(&first) = mentions[k].entities.first() else {
            k += 1;
            continue;
        };
        let groups = reg.entities[first].member_of.clone();
        for g in groups {
            let mut j = k;
            while j + 1 < mentions.len() {
                let gap = sentence[mentions[j].end..mentions[j + 1].start].trim();
                let joined = crate::roles::is_list_gap(gap);
                let same = mentions[j + 1]
                    .entities
                    .first()
                    .is_some_and(|&e| reg.entities[e].member_of.contains(&g));
                if joined && same {
                    j += 1;
                } else {
                    break;
                }
            }
            let count = j - k + 1;
            let size = reg.entities[g]
                .kb_member_count
                .max(reg.entities[g].members.len());
            if count >= 3 && count * 2 >= size {
                let (start, end) = (mentions[k].start, mentions[j].end);
                mentions.drain(k..=j);
                mentions.insert(
                    k,
                    Mention {
                        start,
                        end,
                        entities: vec![g],
                        kind: EntityKind::Group,
                        via: Via::Name,
                        modifier: false,
                    },
                );
                break;
            }
        }
        // After a lift the group mention sits at `k`; either way move on.
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::recognise_sentence;
    use crate::knowledge::{Gazetteer, KnowledgeBase};

    #[test]
    fn descriptor_parts_are_the_regex_groups() {
        let text = "All the singers' fans met all the a b c singer and All the a b c d \
                    singer. The star's fan; the stars' tour, the singers'x and the 34-year-old, \
                    both members' all band's. The K-pop band. The Café band, the café’s \
                    singer, the new singer-songwriter star and the evening the rapper.";
        let mut at = 0;
        let mut read = 0;
        while let Some(c) = DESCRIPTOR.captures_at(text, at) {
            let g = |k: usize| c.get(k).map(|m| (m.start(), m.end()));
            let all = c.get(0).expect("group 0");
            if let Some(d) = descriptor_parts(text, all.start(), all.end()) {
                assert_eq!(Some((d.all.start, d.all.end)), g(0));
                assert_eq!(Some((d.modifiers.start, d.modifiers.end)), g(1));
                assert_eq!(Some((d.head.start, d.head.end)), g(2));
                read += 1;
            }
            at = all.start() + 1;
        }
        assert!(read >= 10, "{read}");
    }

    #[test]
    fn the_pronoun_scanner_finds_what_the_word_regex_found() {
        let regex = Regex::new(
            r"(?-u:\b)(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]im|[Hh]er|[Tt]hem|[Ii]t|[Tt]heir|[Hh]is|who)(?-u:\b)",
        )
        .expect("valid pronoun regex");
        for s in [
            "He said she and they met him, her, them; it was their and his, who knew.",
            "The theme: other hero whom whose Hers HE It's it’s it_ _it 2it it2 héhe éhe heé",
            "“She” (they) 'him' her-self Zoë’s it. who? WHO Who they’re",
            "",
            "he",
        ] {
            let want: Vec<(usize, usize)> =
                regex.find_iter(s).map(|m| (m.start(), m.end())).collect();
            let got: Vec<(usize, usize)> = pronouns(s).map(|m| (m.start(), m.end())).collect();
            assert_eq!(got, want, "{s}");
        }
    }

    fn run(sentences: &[&str]) -> Vec<Vec<String>> {
        let gaz = Gazetteer::new(&KnowledgeBase::bundled());
        let mut reg = Registry::new(&gaz);
        let mut sal = Salience::default();
        let mut out = Vec::new();
        for s in sentences {
            let mut r = recognise_sentence(&gaz, &mut reg, s, false);
            resolve(s, crate::cues::Cues::of(s), &mut reg, &sal, &mut r.mentions);
            sal.update(&reg, &r.mentions);
            out.push(
                r.mentions
                    .iter()
                    .filter(|m| !m.modifier)
                    .map(|m| {
                        m.entities
                            .iter()
                            .map(|&e| reg.entities[e].name.clone())
                            .collect::<Vec<_>>()
                            .join("+")
                    })
                    .collect(),
            );
        }
        out
    }

    #[test]
    fn a_capitalised_demonym_or_band_role_is_a_descriptor_not_a_name() {
        let out = run(&[
            "Marta Velasquez headlined the Pyramid stage on Friday.",
            "Okon Adeyemi, whose set drew a big crowd, lost out to the Chilean after the vote.",
        ]);
        assert_eq!(out[1], ["Okon Adeyemi", "Marta Velasquez"]);
        let out = run(&[
            "Tom Ashcroft played for three hours.",
            "The former Kink, who turned 75 last week, thanked the crowd.",
        ]);
        assert_eq!(out[1], ["Tom Ashcroft", "Tom Ashcroft"]);
    }

    #[test]
    fn a_descriptor_starts_at_its_own_determiner() {
        let gaz = Gazetteer::new(&KnowledgeBase::bundled());
        let mut reg = Registry::new(&gaz);
        let mut sal = Salience::default();
        let first = "Marta Velasquez headlined the Pyramid stage on Friday.";
        let mut r = recognise_sentence(&gaz, &mut reg, first, false);
        resolve(
            first,
            crate::cues::Cues::of(first),
            &mut reg,
            &sal,
            &mut r.mentions,
        );
        sal.update(&reg, &r.mentions);
        let second = "Earlier in the evening the 34-year-old had picked up a trophy.";
        let mut r = recognise_sentence(&gaz, &mut reg, second, false);
        resolve(
            second,
            crate::cues::Cues::of(second),
            &mut reg,
            &sal,
            &mut r.mentions,
        );
        let spans: Vec<&str> = r.mentions.iter().map(|m| &second[m.start..m.end]).collect();
        assert_eq!(spans, ["the 34-year-old"]);
    }

    #[test]
    fn a_group_inside_a_person_descriptor_names_the_members_group() {
        let out = run(&[
            "Then came Jimin.",
            "Performing for the first time in years, the BTS leader opened with a new single.",
        ]);
        assert_eq!(out[1], ["Jimin"]);
    }

    #[test]
    fn she_is_not_a_man_named_just_before() {
        let gaz = Gazetteer::new(&KnowledgeBase::bundled());
        let mut reg = Registry::new(&gaz);
        let mut sal = Salience::default();
        let mut last = Vec::new();
        for s in [
            "Marta Velasquez opened the show in a silver gown, and her fans sang along.",
            "Fans had hoped Elton John would join the show.",
            "She sang three songs alone.",
        ] {
            let mut r = recognise_sentence(&gaz, &mut reg, s, false);
            resolve(s, crate::cues::Cues::of(s), &mut reg, &sal, &mut r.mentions);
            sal.learn_genders(&crate::lexicon::to_lower(s), &r.mentions);
            sal.update(&reg, &r.mentions);
            last = r
                .mentions
                .iter()
                .flat_map(|m| m.entities.iter().map(|&e| reg.entities[e].name.clone()))
                .collect();
        }
        assert_eq!(last, ["Marta Velasquez"]);
    }

    #[test]
    fn a_pronoun_outside_a_quote_skips_names_inside_it() {
        let out = run(&[
            "Marta Velasquez says she first met producer Okon Adeyemi in 2022.",
            "\"Okon played me the beat on his phone,\" she recalls.",
        ]);
        assert_eq!(out[1].last().map(String::as_str), Some("Marta Velasquez"));
    }

    #[test]
    fn a_duo_with_no_group_in_the_story_is_the_last_two_people() {
        let out = run(&[
            "Marta Velasquez and her brother Tomas Velasquez have done it again.",
            "The sibling duo won best original song on Sunday.",
        ]);
        assert_eq!(out[1], ["Tomas Velasquez+Marta Velasquez"]);
    }

    #[test]
    fn an_unknown_capitalised_modifier_inside_a_descriptor_is_not_a_name() {
        let out = run(&[
            "Marta Velasquez headlined the Pyramid stage on Friday.",
            "Later, the former Velvet Channel star sang three songs.",
        ]);
        assert_eq!(out[1], ["Marta Velasquez"]);
    }

    #[test]
    fn capitalised_words_in_categories_and_places_are_not_descriptors() {
        let out = run(&[
            "Tom Ashcroft played for three hours.",
            "Ines Moreau, who grew up in the Marais, won Album of the Year.",
        ]);
        assert!(!out[1].iter().any(|n| n == "Tom Ashcroft"));
    }

    #[test]
    fn a_place_and_genre_before_a_group_head_is_a_descriptor() {
        let out = run(&[
            "Velvet Harbour Collective played first.",
            "The Lisbon fado group were cheered by Tom Ashcroft.",
        ]);
        assert_eq!(out[1], ["Velvet Harbour Collective", "Tom Ashcroft"]);
    }

    #[test]
    fn a_descriptor_counts_its_group() {
        use super::described_size;
        assert_eq!(described_size("the nine-member group"), Some(9));
        assert_eq!(described_size("the 7-piece band"), Some(7));
        assert_eq!(described_size("the septet's"), Some(7));
        assert_eq!(described_size("the k-pop group"), None);
    }

    #[test]
    fn group_descriptor_refers_to_latest_group() {
        let out = run(&[
            "Stray Kids arrived early.",
            "Later the octet greeted Lizzo.",
        ]);
        assert_eq!(out[1], ["Stray Kids", "Lizzo"]);
    }

    #[test]
    fn person_descriptor_prefers_the_person_just_named() {
        let out =
            run(&["TWICE bumped into singer Sam Smith and the nonet greeted the singer warmly."]);
        assert_eq!(out[0], ["TWICE", "Sam Smith", "TWICE", "Sam Smith"]);
    }

    #[test]
    fn pronoun_she_follows_the_previous_subject() {
        let out = run(&["Album of the Year went to Nadia Okoro.", "She beat Lorde."]);
        assert_eq!(out[1], ["Nadia Okoro", "Lorde"]);
    }

    #[test]
    fn full_member_list_stands_for_the_group() {
        let out = run(&["Janet watched RM, Jimin, J-Hope, V, Jungkook, Jin and Suga dance."]);
        assert_eq!(out[0], ["Janet Jackson", "BTS"]);
    }

    #[test]
    fn the_pair_means_the_two_last_named() {
        let out = run(&["Lorde spotted Halsey.", "The pair hugged."]);
        assert_eq!(out[1], ["Halsey+Lorde"]);
    }
}
