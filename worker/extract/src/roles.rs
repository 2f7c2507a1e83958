//! Shared clause geometry for the event rules: who stands before a cue (the subject,
//! with coordination "A, B and C"), who stands after it (objects), and where a clause
//! ends. Rules in `award`, `encounter`, `performance` and `record` build on these.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::phrases::Phrases;

use crate::cues::{self, Cues, Gate};
use crate::entities::{Chunk, Mention, Registry};
use crate::lexicon::SpaceWords;
use crate::lexicon::lowercase;

/// Award categories written in lowercase, anchored where a category is expected.
static LOWER_CATEGORY: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:(?:best|top|favou?rite) (?:(?:new|female|male|pop|rap|rock|country|r&b|dance|k-pop|latin|hip-hop|hip hop|alternative|global|social|radio|streaming|touring|selling|duo/group|group|solo|music|urban|electronic|christian|gospel|traditional|vocal|international|british|breakthrough) ){1,3}(?:album|performance|song|artist|video|group|duo|act|collaboration|single|record|producer|songwriter|actor|actress)s?|(?:top|best) (?:artist|album|song|group)|(?:album|record|song|artist|video|group|rookie|new artist|breakthrough artist|entertainer|producer|songwriter|(?:musical |vocal )?event|(?:female |male |new )?vocalist|duo|vocal duo|vocal group|single|collaboration|band|newcomer|new female artist|new male artist) of the year)(?-u:\b)",
    )
    .expect("valid regex")
});

/// Nouns an award category ends in: "best progressive R&B *album*", "female
/// *vocalist* of the year".
const CATEGORY_HEADS: &[&str] = &[
    "album",
    "albums",
    "performance",
    "song",
    "artist",
    "video",
    "group",
    "duo",
    "duo/group",
    "group/duo",
    "act",
    "collaboration",
    "single",
    "record",
    "producer",
    "songwriter",
    "vocalist",
    "entertainer",
    "newcomer",
    "band",
    "rookie",
    "recording",
    "ep",
    "mixtape",
    "musician",
    "performer",
    "soundtrack",
    "choreography",
    "direction",
    "release",
    "track",
    "woman",
    "man",
    "female",
    "male",
    "composer",
    "director",
    "event",
    // Film and television prizes at the same shows: "best supporting actress".
    "actor",
    "actress",
    "picture",
    "film",
    "series",
    "screenplay",
    "score",
    "documentary",
];

/// Words that end a lowercase category: the clause goes on after them.
/// The length of the lowercase category `s` starts with, by either recogniser.
fn lower_category_prefix(s: &str) -> Option<usize> {
    LOWER_CATEGORY
        .find(s)
        .map(|m| m.end())
        .max(lower_category_len(s))
}

/// The length of a lowercase prize name closed by "award" or "prize" ("global icon
/// award"), when its words are a name's and not a description ("only award",
/// "second award of the night").
fn lower_prize_len(s: &str) -> Option<usize> {
    const NOT_A_NAME: &[&str] = &[
        "only",
        "same",
        "biggest",
        "major",
        "other",
        "last",
        "next",
        "another",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "many",
        "several",
        "more",
        "most",
        "final",
        "latest",
        "early",
        "earlier",
        "later",
        "honorary",
        "night's",
        "evening's",
        "show's",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "record",
        "career",
        "personal",
    ];
    let mut len = 0;
    for (k, w) in s.split(' ').enumerate().take(5) {
        let bare = w.trim_end_matches([',', '.', ';', ':', '!', '?']);
        if matches!(bare, "award" | "prize") && k > 0 {
            return Some(len + bare.len());
        }
        if bare.len() != w.len()
            || !bare.starts_with(|c: char| c.is_ascii_lowercase())
            || !bare
                .chars()
                .all(|c| c.is_alphanumeric() || "&/-'’".contains(c))
            || category_breaker(bare)
            || NOT_A_NAME.contains(&bare)
            || bare.ends_with("'s")
            || bare.ends_with("’s")
        {
            return None;
        }
        len += w.len() + 1;
    }
    None
}

fn category_breaker(w: &str) -> bool {
    matches!(
        w,
        "for"
            | "at"
            | "and"
            | "in"
            | "on"
            | "with"
            | "to"
            | "from"
            | "the"
            | "a"
            | "an"
            | "by"
            | "as"
            | "while"
            | "but"
            | "or"
            | "was"
            | "is"
            | "were"
            | "which"
            | "who"
            | "that"
            | "after"
            | "before"
            | "during"
            | "over"
            | "of"
            | "this"
            | "last"
            | "her"
            | "his"
            | "their"
            // "and collected Pop Album of the Year": a win verb opens a new clause.
            | "collected"
            | "earned"
            | "claimed"
            | "received"
            | "scooped"
            | "bagged"
            | "landed"
            | "grabbed"
            | "snagged"
            | "secured"
            | "clinched"
            | "nabbed"
            | "accepted"
            | "won"
            | "took"
            | "named"
            | "crowned"
    )
}

/// Whether `s` may open a lowercase category at all, by bytes, before
/// [`lower_category_len`] collects and lowercases its words (it is asked at most
/// words of a finding, and nearly always says no). Its words are separated by single
/// spaces, so word `k` starts just past the `k`th space: the first shape needs a
/// first word starting with a lowercase b, t, f or o ("best", "top", "favorite",
/// "favourite", "outstanding"; an opening capital was ruled out), the second an "of"
/// (any case, perhaps with apostrophes) as word 1, 2 or 3, with a word after it.
fn may_open_lower_category(s: &str) -> bool {
    let b = s.as_bytes();
    matches!(b.first(), Some(b'b' | b't' | b'f' | b'o'))
        || memchr::memchr_iter(b' ', b).take(3).any(|space| {
            b.get(space + 1..space + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"of"))
                && b.get(space + 3)
                    .is_some_and(|&n| matches!(n, b' ' | b'\'' | 0xE2))
        })
}

/// The general grammar of a category as outlets write it in lowercase, at the start
/// of `s`: "(best|top|favorite|outstanding) MOD{0,4} HEAD" ("best pop duo/group
/// performance", "best música urbana album") or "MOD{0,2} HEAD of the year/decade"
/// ("female vocalist of the year"). Returns the byte length.
pub fn lower_category_len(s: &str) -> Option<usize> {
    // A capital letter opening `s` opens its first word, which rules a lowercase
    // category out below: answered before the words are collected.
    if s.starts_with(|c: char| c.is_uppercase() && c.is_alphanumeric()) {
        return None;
    }
    if !may_open_lower_category(s) {
        return None;
    }
    // Words with their end offsets, up to the first punctuation (eight at most).
    let mut words: Vec<(&str, usize)> = Vec::with_capacity(8);
    let mut at = 0;
    for _ in 0..8 {
        let rest = &s[at..];
        let len = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '&' | '/' | '-' | '\'' | '’')))
            .unwrap_or(rest.len());
        if len == 0 {
            break;
        }
        let w = rest[..len].trim_end_matches(['\'', '’']);
        words.push((w, at + w.len()));
        at += len;
        if !s[at..].starts_with(' ') {
            break;
        }
        at += 1;
    }
    // The first word of a lowercase category is lowercase (a name is not a category):
    // checked before the words are lowercased, which most calls then never need.
    if words.first()?.0.starts_with(char::is_uppercase) {
        return None;
    }
    let lower: Vec<Cow<'_, str>> = words.iter().map(|(w, _)| lowercase(w)).collect();
    let first = lower.first()?;
    if matches!(
        first.as_ref(),
        "best" | "top" | "favorite" | "favourite" | "outstanding"
    ) {
        let mut end = None;
        for (k, w) in lower.iter().enumerate().skip(1).take(5) {
            if category_breaker(w) {
                break;
            }
            if CATEGORY_HEADS.contains(&w.as_ref()) {
                end = Some(words[k].1);
            }
        }
        // "scooped best hip-hop for ...", "clinched best Latin": a genre alone.
        if end.is_none()
            && lower.get(1).is_some_and(|g| {
                matches!(
                    g.as_ref(),
                    "hip-hop"
                        | "latin"
                        | "pop"
                        | "rock"
                        | "alternative"
                        | "k-pop"
                        | "r&b"
                        | "country"
                        | "rap"
                        | "dance"
                        | "electronic"
                        | "metal"
                        | "afrobeats"
                        | "reggaeton"
                        | "jazz"
                        | "soul"
                        | "folk"
                        | "americana"
                )
            })
            && lower.get(2).is_none_or(|w| category_breaker(w))
        {
            end = Some(words[1].1);
        }
        return end;
    }
    // "... of the year": at most three words before it, the last a head noun.
    let of = lower.iter().position(|w| w == "of")?;
    if of == 0 || of > 3 {
        return None;
    }
    if lower[..of].iter().any(|w| category_breaker(w))
        || !CATEGORY_HEADS.contains(&lower[of - 1].as_ref())
    {
        return None;
    }
    if lower.get(of + 1).map(AsRef::as_ref) == Some("the")
        && matches!(
            lower.get(of + 2).map(AsRef::as_ref),
            Some("year") | Some("decade")
        )
    {
        return Some(words[of + 2].1);
    }
    None
}

static ONE_OF_THE_NIGHTS: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^\s*one of (?:the|this) (?:night|evening|show|ceremony|year)['’]s\s+")
        .expect("valid regex")
});

/// Where an object list ends: the next clause.
static OBJECT_LIMITS: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "; ",
        ": ",
        " — ",
        " – ",
        ", and ",
        ", but ",
        " but ",
        ", while ",
        ", who ",
        ", which ",
        ", before ",
        ", after ",
        ", as ",
        ", where ",
        ", when ",
        ", though ",
        ", then ",
        ", with ",
        "? ",
        ", telling ",
        ", making ",
        ", beating ",
        ", edging ",
        " before ",
    ])
});
use crate::model::EntityKind;

/// One sentence, recognised and resolved, as the rules see it.
#[derive(Debug)]
pub struct Clause<'s, 'r, 'g> {
    /// The sentence text.
    pub text: &'s str,
    /// Its lowercase copy (same byte offsets for ASCII; used only for cue search).
    pub lower: &'s str,
    /// What the sentence's cue scan found (for gated regexes).
    pub cues: Cues,
    /// Mentions sorted by start.
    pub mentions: &'s [Mention],
    /// Category chunks.
    pub categories: &'s [Chunk],
    /// The document's entities.
    pub reg: &'r Registry<'g>,
    /// Whether this is the headline, where a comma joins clauses, not list items
    /// ("X Brings Out Y, Z Reunite With W").
    pub headline: bool,
}

/// True for the text between two items of a plain list of names, trimmed: ",", "and",
/// ", and" or "&".
pub fn is_list_gap(gap: &str) -> bool {
    matches!(gap, "," | "and" | ", and" | "&")
}

/// True for an actor: a person or a group.
pub fn is_agent(kind: EntityKind) -> bool {
    matches!(kind, EntityKind::Person | EntityKind::Group)
}

/// A member's part in a band, written before the name: "guitarist Slash".
fn is_band_role(word: &str) -> bool {
    matches!(
        word,
        "guitarist"
            | "bassist"
            | "drummer"
            | "keyboardist"
            | "pianist"
            | "singer"
            | "vocalist"
            | "frontman"
            | "frontwoman"
            | "rapper"
            | "producer"
            | "dj"
            | "bandmate"
            | "co-founder"
    )
}

impl Clause<'_, '_, '_> {
    /// Whether `cs..ce` lies inside a quoted title: "Caught Up", "Perform This Way".
    pub fn inside_quoted_work(&self, cs: usize, ce: usize) -> bool {
        self.mentions.iter().any(|m| {
            m.kind == EntityKind::Work
                && m.via == crate::entities::Via::Quote
                && m.start <= cs
                && ce <= m.end
        })
    }

    /// Start of the clause holding `pos`: after the last strong boundary before it.
    pub fn clause_start(&self, pos: usize) -> usize {
        // Built once: `str::rfind` sets up a new searcher on every call, and this
        // runs for every cue.
        // Most sentences hold few of the boundaries: the cue scan says which.
        static BOUNDARIES: LazyLock<Vec<(&str, Gate, memchr::memmem::FinderRev<'static>)>> =
            LazyLock::new(|| {
                cues::CLAUSE_BOUNDARIES
                    .iter()
                    .map(|&(p, gate)| (p, gate, memchr::memmem::FinderRev::new(p)))
                    .collect()
            });
        let head = &self.text[..pos];
        let mut best = 0;
        for (pat, gate, finder) in BOUNDARIES.iter() {
            if !self.cues.may_match(*gate) {
                continue;
            }
            let pat = *pat;
            let mut end = head.len();
            while let Some(p) = finder.rfind(&head.as_bytes()[..end]) {
                // "Love Yourself: Tear" is a title, not a clause boundary; a
                // parenthesis closed before `pos` ("Award (Music) and hit") is an aside.
                if self.mentions.iter().any(|m| m.start <= p && p < m.end)
                    || pat == "(" && head[p..].contains(')')
                {
                    end = p;
                    continue;
                }
                best = best.max(p + pat.len());
                break;
            }
        }
        best
    }

    /// True when `m` sits inside a prepositional phrase ("30 years of Definitely
    /// Maybe", "for a Motown tribute", "according to Billboard"): such a name is
    /// never the clause's subject.
    pub fn prepositional_object(&self, m: &Mention) -> bool {
        let mut words = self.lower[..m.start].split_whitespace().rev().peekable();
        let mut prev = words.next().unwrap_or("");
        let mut article = false;
        // "to the late Olivia Newton-John", "with her former bandmate", "after a
        // short VCR".
        // "at Sydney's Hordern Pavilion": a possessive between the preposition and
        // the name.
        if prev.ends_with("'s") || prev.ends_with("’s") {
            prev = words.next().unwrap_or("");
        }
        for _ in 0..2 {
            article |= matches!(prev, "a" | "an" | "the");
            let adjective_after_article = prev.chars().all(char::is_alphabetic)
                && words.peek().is_some_and(|w| matches!(*w, "a" | "an"));
            if adjective_after_article
                || matches!(
                    prev,
                    "a" | "an" | "the" | "late" | "former" | "legendary" | "his" | "her" | "their"
                )
            {
                prev = words.next().unwrap_or("");
            }
        }
        // "After BTS performed" has a subject; "after a short VCR" has none.
        if article && matches!(prev, "after" | "before" | "following" | "despite" | "until") {
            return true;
        }
        // "cut straight to Travis Scott descending from the rafters to perform": the
        // name is the subject of the participle after it.
        if self.lower[m.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 5 && w.ends_with("ing") && !w.ends_with("thing"))
            && matches!(prev, "to" | "at" | "of")
        {
            return false;
        }
        // "as the festival's final headliner" is a role; "as Rodrigo's tour goes on"
        // opens a clause.
        if prev == "as" {
            return m.via == crate::entities::Via::Descriptor;
        }
        matches!(
            prev,
            "of" | "at"
                | "by"
                | "alongside"
                | "beside"
                | "among"
                | "in"
                | "from"
                | "to"
                | "for"
                | "about"
                | "on"
                | "into"
                | "during"
                | "than"
                | "over"
                | "toward"
                | "towards"
                | "against"
                | "like"
        )
    }

    /// True when `m` is what a win verb just before it took: "took home their first
    /// Moon Person", "won a Grammy".
    fn object_of_a_win(&self, m: &Mention) -> bool {
        let mut words = self.lower[..m.start].split_whitespace().rev();
        for _ in 0..4 {
            match words.next() {
                Some(
                    "the" | "a" | "an" | "their" | "her" | "his" | "its" | "first" | "second"
                    | "third" | "another" | "fifth" | "fourth",
                ) => continue,
                Some(
                    "home" | "won" | "wins" | "collected" | "earned" | "claimed" | "grabbed"
                    | "bagged" | "nabbed" | "scooped" | "received" | "accepted",
                ) => return true,
                _ => return false,
            }
        }
        false
    }

    /// True when `m` sits inside a participial or relative aside that closes before
    /// `pos`: "The group, formed through the survival show Boys Planet, took the
    /// stage". "X, joined by Y, performed" is not an aside: Y performs too.
    fn in_closed_aside(&self, m: &Mention, pos: usize) -> bool {
        // The relative pronoun opening the aside belongs to it too.
        if matches!(&self.lower[m.start..m.end], "who" | "which" | "whose")
            && self.lower[..m.start].trim_end().ends_with(',')
        {
            return self.lower[m.end..pos].contains(',');
        }
        let head = &self.lower[..m.start];
        let Some(open) = head.rfind(", ") else {
            return false;
        };
        let aside = &head[open + 2..];
        let opener = aside.split_whitespace().next().unwrap_or("");
        let participle = opener.len() > 4
            && opener.ends_with("ed")
            && !matches!(
                opener,
                "joined" | "accompanied" | "backed" | "flanked" | "aided"
            )
            // "Shakira's "W", made with producer Bizarrap, drew ...".
            || matches!(
                opener,
                "made" | "written" | "co-written" | "sung" | "shot" | "cut" | "built" | "led"
            );
        // "Tom Walker, the singer behind Leave a Light On, was named ...".
        let appositive = matches!(opener, "the" | "a" | "an");
        (participle || appositive || matches!(opener, "who" | "which" | "whose" | "known" | "born"))
            && !aside.contains([',', ';'])
            && self.lower[m.end..pos].contains(',')
    }

    /// True for a possessor opening the sentence whose noun a relative clause holding
    /// `pos` describes: "Lainey Wilson's headline set, which closed with "W"", "Cody
    /// Johnson's first appearance, during which ...": the owner acts in it.
    fn possessive_topic(&self, m: &Mention, pos: usize) -> bool {
        is_agent(m.kind)
            && self.text[..m.start]
                .trim_start_matches(['•', '-', '–', '*', ' '])
                .is_empty()
            && {
                let between = &self.lower[m.end..pos];
                [", which ", ", during which ", ", in which ", ", where "]
                    .iter()
                    .any(|r| between.contains(r))
                    && !between.contains(';')
            }
            && !self
                .mentions
                .iter()
                .any(|o| o.start > m.end && o.end <= pos && !o.modifier && is_agent(o.kind))
    }

    /// True for a work named as the object of a verb: "Cara performed "Wild Things"
    /// and was named Best New Artist" - the singer won, not the song.
    fn work_as_object(&self, m: &Mention) -> bool {
        self.lower[..m.start]
            .trim_end_matches(['"', '“', '‘', '\'', ' '])
            .last_word()
            .is_some_and(|w| {
                matches!(
                    w,
                    "performed"
                        | "performs"
                        | "performing"
                        | "sang"
                        | "sings"
                        | "singing"
                        | "played"
                        | "plays"
                        | "playing"
                        | "covered"
                        | "covers"
                        | "debuted"
                        | "premiered"
                        | "delivered"
                        | "with"
                )
            })
    }

    /// True when `m` sits inside parentheses that close before `pos`.
    fn in_closed_parenthesis(&self, m: &Mention, pos: usize) -> bool {
        self.text[..m.start]
            .rfind('(')
            .is_some_and(|open| !self.text[open..m.start].contains(')'))
            && self.text[m.end..pos].contains(')')
    }

    /// End of the object region after `pos`: the next clause boundary.
    pub fn object_limit(&self, pos: usize) -> usize {
        let tail = &self.text[pos..];
        pos + OBJECT_LIMITS
            .first_in(tail)
            .map_or(tail.len(), |(start, _)| start)
    }

    /// The nearest actor (or work) before `pos`, after `floor`, skipping modifiers and
    /// `excluded` spans; with the actors coordinated with it ("A, B and C").
    pub fn subjects_before(
        &self,
        pos: usize,
        floor: usize,
        excluded: &[(usize, usize)],
        works: bool,
    ) -> Vec<&Mention> {
        let floor = floor.max(self.clause_start(pos));
        let ok = |m: &Mention| {
            m.start >= floor
                && m.end <= pos
                && (!m.modifier || self.possessive_topic(m, pos))
                && (is_agent(m.kind)
                    || works && m.kind == EntityKind::Work && !self.work_as_object(m))
                && !excluded.iter().any(|&(a, b)| m.start >= a && m.end <= b)
                && !self.prepositional_object(m)
                // "a Best Artist Award (Music) and hit the stage": an aside.
                && !self.in_closed_parenthesis(m, pos)
                && !self.in_closed_aside(m, pos)
                // "took home their first Moon Person, winning ...": the prize.
                && !self.object_of_a_win(m)
                // "honored him with a medley": an object pronoun is never the subject.
                && !(m.via == crate::entities::Via::Pronoun
                    && matches!(&self.lower[m.start..m.end], "him" | "them" | "her"))
        };
        let Some(mut k) = self.mentions.iter().rposition(ok) else {
            return Vec::new();
        };
        // "A, B and C, who closed the night": the relative pronoun is the last
        // name's alone, not the list's.
        if self.mentions[k].via == crate::entities::Via::Pronoun
            && &self.lower[self.mentions[k].start..self.mentions[k].end] == "who"
        {
            return vec![&self.mentions[k]];
        }
        // "Silk Sonic, the duo of Bruno Mars and Anderson .Paak, won": the head of
        // the appositive, not its last name.
        if self.text[self.mentions[k].end..pos].trim() == ","
            && let Some(p) = self.mentions[..k].iter().position(|m| {
                ok(m) && {
                    let after = &self.text[m.end..];
                    [", the ", ", a ", ", an ", ", who ", ", whose "]
                        .iter()
                        .any(|a| after.starts_with(a))
                        && {
                            // Only the appositive's own opening comma in between.
                            let between = &self.text[m.end..self.mentions[k].start];
                            between.matches(',').count() == 1 && !between.contains(';')
                        }
                }
            })
        {
            k = p;
            return vec![&self.mentions[k]];
        }
        // "Kwiat Jabłoni - Kasia and Jacek Sienkiewicz - won": the names between
        // dashes after a group are its members; the group is the subject.
        let closing_dash = matches!(self.text[self.mentions[k].end..pos].trim(), "-" | "–" | "—");
        let opening_dash = |m: &Mention| {
            [" - ", " – ", " — "]
                .iter()
                .find(|d| self.text[m.end..].starts_with(*d))
                .map(|d| m.end + d.len())
        };
        if closing_dash
            && let Some(p) = self.mentions[..k]
                .iter()
                .rposition(|m| ok(m) && m.kind == EntityKind::Group && opening_dash(m).is_some())
            && let Some(inside) = opening_dash(&self.mentions[p])
            && self.mentions[p + 1..=k]
                .iter()
                .all(|m| m.kind == EntityKind::Person)
            && !self.text[inside..self.mentions[k].end].contains([',', ';', '-', '–', '—'])
        {
            return vec![&self.mentions[p]];
        }
        let mut out = vec![&self.mentions[k]];
        let mut j = k;
        // Where the current conjunct starts: "Hi-Fi Bloom's Sora" starts at the group.
        let mut head_start = self.mentions[k].start;
        while j > 0 {
            let prev = &self.mentions[j - 1];
            let gap = self.lower[prev.end..head_start].trim();
            if prev.modifier && matches!(gap, "'s" | "’s" | "'" | "’" | "") {
                head_start = prev.start;
                j -= 1;
                continue;
            }
            // A possessive pronoun inside the gap ("and her brother") is not a conjunct.
            if prev.modifier && prev.via == crate::entities::Via::Pronoun && j >= 2 {
                let before = &self.mentions[j - 2];
                let wide = self.lower[before.end..head_start].trim();
                if ok(before)
                    && (wide.starts_with("and ") || wide.starts_with(", and "))
                    && wide.split_whitespace().count() <= 4
                    && before.kind != EntityKind::Work
                {
                    out.insert(0, before);
                    head_start = before.start;
                    j -= 2;
                    continue;
                }
            }
            // "performed the hit with Jelly Roll, and Lainey Wilson delivered": a
            // ", and" after an object starts a new clause, not a list.
            let joins_clauses = gap == ", and"
                && self.lower[..prev.start]
                    .trim_end()
                    .last_word()
                    .is_some_and(|w| {
                        !w.is_empty()
                            && !w.ends_with(',')
                            && w.chars().all(|c| c.is_lowercase())
                            && !matches!(w, "and" | "&" | "both")
                    });
            if ok(prev)
                && !joins_clauses
                && (matches!(
                    gap,
                    "," | "and"
                        | ", and"
                        | "&"
                        | "with"
                        | "and fellow"
                        | "along with"
                        | "teamed up with"
                        | "joined forces with"
                        | "linked up with"
                        | "paired up with"
                )
                    // "Eilish and her brother Finneas"
                    || (gap.starts_with("and ") || gap.starts_with(", and "))
                        && gap.split_whitespace().count() <= 4
                        && !gap[1..].contains(',')
                    // "Rose, guitarist Slash and bassist Duff McKagan"
                    || gap.strip_prefix(',').is_some_and(|role| {
                        let words: Vec<&str> = role.split_whitespace().collect();
                        (1..=2).contains(&words.len()) && words.last().is_some_and(|w| is_band_role(w))
                    }))
                && prev.kind != EntityKind::Work
            {
                out.insert(0, prev);
                head_start = prev.start;
                j -= 1;
            } else {
                break;
            }
        }
        out
    }

    /// Actors after `pos` up to `limit`, skipping modifiers and `excluded` spans.
    pub fn objects_after(
        &self,
        pos: usize,
        limit: usize,
        excluded: &[(usize, usize)],
    ) -> Vec<&Mention> {
        // (Inside a quotation, the cue and its objects are the speaker's story: "I
        // finally met Leo Wang.")
        let cue_quoted = std::cell::OnceCell::new();
        self.mentions
            .iter()
            .filter(|m| {
                m.start >= pos
                    && m.end <= limit
                    && !m.modifier
                    && is_agent(m.kind)
                    && !excluded.iter().any(|&(a, b)| m.start >= a && m.end <= b)
                    && !self.names_a_role_of(m)
                    // "captioned "Rave boy in the building"": words quoted, not people.
                    && (!crate::document::inside_quotation(self.text, m.start)
                        || m.via == crate::entities::Via::Name
                            && *cue_quoted.get_or_init(|| self.quoted_speaker_tells(pos)))
            })
            .collect()
    }

    /// Whether the cue at `pos` is inside a quotation whose speaker the story names
    /// and who tells it in the first person ("I finally met Leo Wang"), not quoted
    /// words of no one's ("captioned "Rave boy in the building"").
    fn quoted_speaker_tells(&self, pos: usize) -> bool {
        crate::document::inside_quotation(self.text, pos)
            && self.mentions.iter().any(|x| {
                x.via == crate::entities::Via::Pronoun
                    && x.start < pos
                    && matches!(&self.lower[x.start..x.end], "i" | "we")
                    && crate::document::inside_quotation(self.text, x.start)
            })
    }

    /// True for a group or person named only to say whose role the next name holds:
    /// "Måneskin" in "Måneskin frontman Damiano David".
    fn names_a_role_of(&self, m: &Mention) -> bool {
        let rest = &self.lower[m.end..];
        let Some(word) = rest.strip_prefix(' ').and_then(|r| r.first_word()) else {
            return false;
        };
        let next = m.end + 1 + word.len() + 1;
        (crate::coreference::is_descriptor_head(word)
            || matches!(
                word,
                "co-founder"
                    | "cofounder"
                    | "founder"
                    | "guitarist"
                    | "bassist"
                    | "drummer"
                    | "keyboardist"
                    | "pianist"
                    | "co-writer"
            ))
            && self
                .mentions
                .iter()
                .any(|n| n.start == next && is_agent(n.kind))
    }

    /// The first actor after the sentence-initial participial phrase ("Picking up the
    /// gong for Best Artist, the boys ...").
    pub fn subject_after_opening(&self, pos: usize) -> Option<&Mention> {
        let comma = self.text[pos..].find(", ")? + pos;
        self.mentions
            .iter()
            .find(|m| m.start > comma && !m.modifier && is_agent(m.kind))
    }

    /// A lowercase-style category that is all of the clause before `pos`, its first
    /// letter capitalised by the sentence: "Record of the year went to X".
    pub fn category_opening_before(&self, pos: usize) -> Option<Chunk> {
        let start = self.clause_start(pos);
        let head = self.text[start..pos].trim_end();
        let lead = head.len() - head.trim_start().len();
        let head = head.trim_start();
        // "Last year the song of the year award went to X": the time and the article
        // before the prize, and the word naming it one after, are not part of it.
        let (lead, head) = {
            let lower = head.to_ascii_lowercase();
            let time = [
                "last year",
                "this year",
                "in 20",
                "in 19",
                "back in 20",
                "back in 19",
            ]
            .iter()
            .find(|t| lower.starts_with(*t))
            .map_or(0, |t| {
                let digits = lower[t.len()..]
                    .bytes()
                    .take_while(u8::is_ascii_digit)
                    .count();
                let end = t.len()
                    + if t.ends_with(char::is_numeric) {
                        digits
                    } else {
                        0
                    };
                end + lower[end..].len() - lower[end..].trim_start_matches([',', ' ']).len()
            });
            let article = ["the ", "this year's ", "last year's "]
                .iter()
                .find(|a| lower[time..].starts_with(*a))
                .map_or(0, |a| a.len());
            (lead + time + article, &head[time + article..])
        };
        let head = [" award", " prize", " trophy", " category"]
            .iter()
            .find_map(|w| head.strip_suffix(w))
            .unwrap_or(head);
        let first = head.chars().next()?;
        let decapitalised = format!("{}{}", first.to_lowercase(), &head[first.len_utf8()..]);
        let len = lower_category_prefix(&decapitalised)?;
        (len == decapitalised.len()).then_some(Chunk {
            start: start + lead,
            end: start + lead + head.len(),
        })
    }

    /// The subject of "goes to" when it is a named prize or points back at one: "The
    /// Global Icon award goes to X" (Title Case name, lowercase head), or "... present
    /// Best UK & Ireland Act, and it goes to X" (the category named before "it").
    pub fn prize_subject_before(&self, pos: usize) -> Option<Chunk> {
        let start = self.clause_start(pos);
        let head = self.text[start..pos].trim_end();
        let lead = head.len() - head.trim_start().len();
        let head = head.trim_start();
        let at = start + lead;
        if matches!(head, "it" | "It") || head.ends_with(" and it") || head.ends_with(", it") {
            let it = at + head.len() - 2;
            return self.categories.iter().rev().find(|k| k.end <= it).copied();
        }
        // A live blog shouts the category: "NEXT RATED goes to… ASAKE!".
        let words = head.split(' ').count();
        if (1..=5).contains(&words)
            && head.chars().any(char::is_alphabetic)
            && !head.chars().any(char::is_lowercase)
            // Not a known act: "BTS goes to the Grammys".
            && !self.mentions.iter().any(|m| {
                m.start >= at
                    && m.end <= at + head.len()
                    && m.entities.iter().any(|&e| self.reg.entities[e].kb.is_some())
            })
        {
            return Some(Chunk {
                start: at,
                end: at + head.len(),
            });
        }
        let body = head
            .strip_prefix("The ")
            .or_else(|| head.strip_prefix("the "))
            .unwrap_or(head);
        let name = ["award", "prize", "trophy", "honour", "honor"]
            .iter()
            .find_map(|h| body.strip_suffix(h))?
            .strip_suffix(' ')?;
        let words = name.split(' ').count();
        ((1..=4).contains(&words) && name.split(' ').all(|w| w.starts_with(char::is_uppercase)))
            .then_some(Chunk {
                start: at + head.len() - body.len(),
                end: at + head.len(),
            })
    }

    /// The category chunk starting within `slack` bytes after `pos`, skipping filler.
    pub fn category_after(&self, pos: usize) -> Option<Chunk> {
        let mut at = pos;
        let mut capital_filler: Option<usize> = None;
        // "received one of the night's Excellent Work Awards".
        if let Some(m) = ONE_OF_THE_NIGHTS.find(&self.lower[pos..]) {
            at = pos + m.end();
        }
        loop {
            let rest = &self.text[at..];
            let trimmed = rest.trim_start_matches([' ', ',']);
            at += rest.len() - trimmed.len();
            if let Some(c) = self.categories.iter().find(|c| c.start == at) {
                return Some(*c);
            }
            // "took Ca sĩ nam được yêu thích (Favourite Male Singer)": the prize's
            // local name, then its English name in brackets.
            if trimmed.starts_with(char::is_uppercase)
                && let Some(c) = self.categories.iter().find(|c| {
                    c.start > at
                        && self.text[..c.start].ends_with(" (")
                        && self.text[c.end..].starts_with(')')
                        && {
                            let local = &self.text[at..c.start - 2];
                            local.split_whitespace().count() <= 7
                                && !local.contains(['.', ',', ';', ':', '"', '“', '('])
                        }
                })
            {
                return Some(*c);
            }
            // Lowercase house style: "won album of the year", "top female artist".
            if let Some(len) = lower_category_prefix(trimmed) {
                return Some(Chunk {
                    start: at,
                    end: at + len,
                });
            }
            // "the Michael Jackson Video Vanguard Award", "the Willie Nelson Lifetime
            // Achievement Award": a prize named after someone.
            if let Some(m) = self.mentions.iter().find(|m| m.start == at)
                && let Some(c) = self
                    .categories
                    .iter()
                    .find(|c| c.start == m.end + 1 && self.text[m.end..c.start] == *" ")
            {
                return Some(Chunk {
                    start: at,
                    end: c.end,
                });
            }
            let word: String = trimmed
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-')
                .collect();
            let filler = matches!(
                crate::lexicon::to_lower(&word).as_str(),
                "the"
                    | "a"
                    | "an"
                    | "both"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "first"
                    | "second"
                    | "third"
                    | "special"
                    | "coveted"
                    | "prestigious"
                    | "award"
                    | "prize"
                    | "gong"
                    | "trophy"
                    | "for"
                    | "honour"
                    | "honor"
                    | "title"
                    | "of"
                    | "place"
                    | "in"
                    | "evening's"
                    | "night's"
                    | "big"
                    | "top"
                    | "whopping"
                    | "first-ever"
                    | "very"
                    | "own"
                    | "new"
                    | "inaugural"
                    | "prize,"
                    | "also"
                    | "brand-new"
                    | "newly-created"
            );
            if word.is_empty() {
                return None;
            }
            // "took home the Globe for best actress", "a Grammy for Best Rap Album":
            // the trophy's nickname, then the category.
            if self.text[at + word.len()..].starts_with(" for ")
                && matches!(
                    crate::lexicon::to_lower(&word).as_str(),
                    "globe"
                        | "grammy"
                        | "oscar"
                        | "emmy"
                        | "tony"
                        | "brit"
                        | "gramophone"
                        | "moonman"
                        | "statuette"
                        | "daesang"
                        | "bonsang"
                )
            {
                at += word.len() + " for ".len();
                capital_filler = None;
                continue;
            }
            // "the Juno for Breakthrough Artist of the Year": the show's trophy, then
            // the category.
            if let Some(m) = self
                .mentions
                .iter()
                .find(|m| m.start == at && m.kind == EntityKind::Ceremony)
                && self.text[m.end..].starts_with(" for ")
            {
                at = m.end + " for ".len();
                capital_filler = None;
                continue;
            }
            // "picked up The New Artist of 2024": a capitalised filler starts the name.
            if filler
                && word.starts_with(char::is_uppercase)
                && !matches!(word.as_str(), "The" | "A" | "An")
            {
                capital_filler.get_or_insert(at);
            } else if filler {
                capital_filler = None;
            }
            if !filler {
                // "the TikTok Best Video": a sponsor's name in front of a category.
                let after = at + word.len();
                if word.chars().next().is_some_and(char::is_uppercase)
                    && let Some(c) = self.categories.iter().find(|c| {
                        c.start > after
                            && c.start <= after + 4
                            && self.text[after..c.start]
                                .trim_matches(['\'', '’', ' '])
                                .is_empty()
                    })
                {
                    return Some(Chunk {
                        start: at,
                        end: c.end,
                    });
                }
                // "was presented with the global icon award", "received the lifetime
                // achievement prize": a lowercase prize name closed by its noun.
                if word.starts_with(char::is_lowercase)
                    && capital_filler.is_none()
                    && let Some(len) = lower_prize_len(trimmed)
                {
                    return Some(Chunk {
                        start: at,
                        end: at + len,
                    });
                }
                return self.titled_category(capital_filler.unwrap_or(at));
            }
            at += word.len();
        }
    }

    /// A Title Case prize name the recogniser did not know, right after a win cue:
    /// "took home International Female Solo Artist", "honoured with the Global Icon
    /// award", "returned to pick up Pop Act". It must end in a category's head noun
    /// or be followed by "award"/"prize"/..., and must not be a known artist.
    fn titled_category(&self, at: usize) -> Option<Chunk> {
        const HEADS: &[&str] = &[
            "artist",
            "artists",
            "act",
            "album",
            "song",
            "single",
            "video",
            "group",
            "performance",
            "producer",
            "songwriter",
            "icon",
            "newcomer",
            "duo",
            "band",
            "record",
            "collaboration",
            "rookie",
            "entertainer",
            "vocalist",
            "soloist",
            "composer",
            "musician",
            "female",
            "male",
            "breakthrough",
            "achievement",
            "vanguard",
            "legend",
            "innovator",
            "tour",
        ];
        let text = &self.text[at..];
        let mut end = 0;
        let mut words = 0;
        let mut last = "";
        // "British album of the year", "British male solo artist": a capitalised
        // start may go on in lowercase up to a head noun.
        let mut lowercase_tail = false;
        for (offset, raw) in text.split(' ').scan(0, |pos, w| {
            let here = *pos;
            *pos += w.len() + 1;
            Some((here, w))
        }) {
            let word = raw.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
            let capital = word.starts_with(|c: char| c.is_uppercase())
                && word
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '&');
            let tail_word = HEADS.contains(&word)
                || matches!(
                    word,
                    "solo"
                        | "new"
                        | "pop"
                        | "rap"
                        | "rock"
                        | "dance"
                        | "r&b"
                        | "country"
                        | "international"
                        | "of"
                        | "the"
                        | "year"
                );
            if capital && !lowercase_tail {
                end = offset + word.len();
                last = word;
                words += 1;
            } else if words > 0 && !capital && tail_word {
                lowercase_tail = true;
                words += 1;
                if HEADS.contains(&word) || word == "year" && text[..offset].ends_with("of the ") {
                    end = offset + word.len();
                    last = if word == "year" { "album" } else { word };
                }
            } else if lowercase_tail
                || !matches!(word, "of" | "the" | "and" | "&" | "in")
                || words == 0
            {
                break;
            }
            if word.len() != raw.len() {
                break;
            }
        }
        if words == 0 || words > 6 {
            return None;
        }
        let next = text[end..]
            .trim_start()
            .split([' ', ',', '.'])
            .next()
            .unwrap_or("");
        let headed = HEADS.contains(&crate::lexicon::to_lower(last).as_str());
        let named_prize = matches!(
            next,
            "award" | "prize" | "honour" | "honor" | "trophy" | "gong" | "statuette"
        );
        // A known artist or work is what was won with, not the prize.
        let known = self.mentions.iter().any(|m| {
            m.start == at
                && (self.reg.entities[m.entities[0]].kb.is_some()
                    || m.kind == EntityKind::Work
                    || m.kind == EntityKind::Ceremony)
        });
        ((headed || named_prize) && !known).then_some(Chunk {
            start: at,
            end: at + end,
        })
    }

    /// The work mention right after "for" at `pos` (after a category), if any.
    pub fn work_after_for(&self, pos: usize) -> Option<&Mention> {
        let rest = &self.text[pos..];
        let trimmed = rest.trim_start_matches([' ', ',']);
        let word_end = pos + (rest.len() - trimmed.len());
        // "for "Salt & Honey"", and "with "Supernova"" after a category.
        if !trimmed.starts_with("for ") && !trimmed.starts_with("with ") {
            return None;
        }
        let word_end = if trimmed.starts_with("with ") {
            word_end + 1
        } else {
            word_end
        };
        let limit = self.object_limit(word_end + 4).min(word_end + 90);
        self.mentions.iter().find(|m| {
            m.start >= word_end + 4
                && m.end <= limit
                // "for her album "W"", not "for the second year and album of the year
                // for W" (that "for" belongs to the next category).
                && self.text.get(word_end + 4..m.start).is_some_and(|gap| {
                    gap.split_whitespace().count() <= 4 && !gap.contains(" and ") && !gap.contains(',')
                })
                && !m.modifier
                && (m.kind == EntityKind::Work
                    // An unquoted title read as a name, but only after "for": "with
                    // Ashley McBryde" is who shared it.
                    || trimmed.starts_with("for ")
                        && m.via != crate::entities::Via::Descriptor
                        && m.kind == EntityKind::Person
                        && self.reg.entities[m.entities[0]].kb.is_none())
        })
    }
}

/// Flattens mentions to distinct entity indexes, in order.
pub fn entities_of(mentions: &[&Mention]) -> Vec<usize> {
    let mut out = Vec::new();
    for m in mentions {
        for &e in &m.entities {
            if !out.contains(&e) {
                out.push(e);
            }
        }
    }
    out
}

/// Says each group once: drops members whose group is also present ("BTS and V met
/// X" is BTS met X), and names the group when every member it has is listed ("CL,
/// Dara, Park Bom and Minzy performed" is 2NE1 performing).
pub fn normalise_groups(reg: &Registry<'_>, ids: &mut Vec<usize>) {
    let snapshot = ids.clone();
    ids.retain(|&e| {
        !reg.entities[e]
            .member_of
            .iter()
            .any(|g| snapshot.contains(g))
    });
    let groups: Vec<usize> = ids
        .iter()
        .flat_map(|&e| reg.entities[e].member_of.iter().copied())
        .collect();
    for g in groups {
        let roster = reg.entities[g].kb_member_count;
        let listed = ids
            .iter()
            .filter(|&&e| reg.entities[e].member_of.contains(&g))
            .count();
        if roster >= 2 && listed == roster {
            let at = ids
                .iter()
                .position(|&e| reg.entities[e].member_of.contains(&g))
                .unwrap_or(0);
            ids.retain(|&e| !reg.entities[e].member_of.contains(&g));
            ids.insert(at.min(ids.len()), g);
        }
    }
}

/// A fact found by a rule, over document entity indexes.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    /// Someone won an award.
    Award {
        /// Winners.
        recipients: Vec<usize>,
        /// Category as written.
        category: String,
        /// The work it was for.
        work: Option<usize>,
    },
    /// People met.
    Encounter {
        /// Two or more participants.
        participants: Vec<usize>,
        /// Where, when said.
        setting: Option<crate::model::Setting>,
    },
    /// Someone performed.
    Performance {
        /// Performers together.
        performers: Vec<usize>,
        /// The work.
        work: Option<usize>,
    },
    /// A record.
    Record {
        /// Holder now.
        holder: usize,
        /// Holder before.
        previous: Option<usize>,
        /// The work.
        work: Option<usize>,
        /// What the record is.
        description: String,
    },
}

/// A rule's finding in one sentence, before factuality, time and merging.
#[derive(Clone, Debug)]
pub struct Found {
    /// The fact.
    pub fact: Fact,
    /// The rule id, e.g. `award.winner_verb`.
    pub rule: &'static str,
    /// The cue's span in the sentence.
    pub cue: (usize, usize),
    /// Spans (in the sentence) of the entities and category used.
    pub used: Vec<(usize, usize)>,
    /// Earlier wins implied ("third year in a row" -> [1, 2] years back).
    pub years_back: Vec<i32>,
    /// How sure the rule is.
    pub confidence: f64,
    /// A work mention that the rule decided is a work (kind fix-up).
    pub retype_work: Option<usize>,
}

/// A cue that produced nothing, with the reason.
#[derive(Clone, Debug)]
pub struct Miss {
    /// The rule family, e.g. `award`.
    pub kind: &'static str,
    /// The cue's span in the sentence.
    pub cue: (usize, usize),
    /// Why nothing was emitted.
    pub reason: String,
}

/// Spans of mentions, for explanations.
pub fn spans(mentions: &[&Mention]) -> Vec<(usize, usize)> {
    mentions.iter().map(|m| (m.start, m.end)).collect()
}

#[cfg(test)]
mod category_grammar_tests {
    use super::lower_category_len;

    fn cat(s: &str) -> Option<&str> {
        lower_category_len(s).map(|n| &s[..n])
    }

    #[test]
    fn lowercase_best_category_takes_every_modifier_up_to_the_head() {
        assert_eq!(
            cat("best alternative jazz album for Tidewater, a"),
            Some("best alternative jazz album")
        );
        assert_eq!(
            cat("best pop duo/group performance for \"Lanterns\""),
            Some("best pop duo/group performance")
        );
        assert_eq!(
            cat("best música tropical album."),
            Some("best música tropical album")
        );
    }

    #[test]
    fn lowercase_of_the_year_category_needs_a_head_noun() {
        assert_eq!(
            cat("male vocalist of the year at the"),
            Some("male vocalist of the year")
        );
        assert_eq!(cat("most of the year touring"), None);
        assert_eq!(cat("Marlow Finch of the year"), None);
    }

    #[test]
    fn best_without_a_category_head_is_not_a_category() {
        assert_eq!(cat("best reviews of her career"), None);
    }
}
