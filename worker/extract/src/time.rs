//! Time: the year an event happened, not the year the article was published.
//!
//! Sources, strongest first: a ceremony edition in the sentence ("the 2019 BBMAs",
//! "MAMA 2018", "the 66th Grammys" = 1958 + 66), a time expression in the sentence
//! ("in 2017", "back in January 2019", "last year", "last September"), the edition
//! the document established for that ceremony, the publication year, and finally the
//! last year the document mentioned. Relative expressions resolve against the
//! publication date, else against that last year.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::cues::Cues;
use crate::knowledge::{Gazetteer, KbMatch};
use crate::model::{Date, EntityId, EntityKind};
use crate::phrases::Phrases;

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

static YEAR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?:^|\s|['‘"“])((?:19|20)\d{2})\s*$"#).expect("valid regex"));
static ORDINAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(\d{1,3})(?:st|nd|rd|th)\s+(?:annual\s+)?(?:(?-i:[A-Z]{2,5})\s+)?$")
        .expect("valid regex")
});
static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\)?\s*(?:in\s+)?((?:19|20)\d{2})(?-u:\b)").expect("valid regex")
});

/// Words one of which every [`RELATIVE`] expression holds as written, months
/// included ([`MONTHS`]): the gate of its search, in the sentence's cue scan.
pub(crate) const RELATIVE_WORDS: &[&str] = &[
    "last",
    "ago",
    "year",
    "month",
    "week",
    "night",
    "day",
    "later",
    "earlier",
    "previous",
    "before",
    "Year's Eve",
    "Year’s Eve",
    "Christmas",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
];

static EXPLICIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?:[Ii]n|[Ss]ince|[Oo]f|[Dd]uring|[Ff]rom|[Tt]hroughout|[Bb]y|[Bb]ack in|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:early|late|mid)[- ])?(?:(?:{MONTHS})\.?\s+)?(?:\d{{1,2}},?\s+)?|(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?|\w+['’]s\s+|[A-Z][\w-]+\s+)((?:19|20)\d{{2}})(?-u:\b)"
    ))
    .expect("valid regex")
});
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)(?:(last year|a year ago|twelve months ago|12 months ago|the previous year|the year before)|(next year)|(?:last ({MONTHS}))|(earlier this year|this year|this month|last month|last week|last night|this week|tonight|yesterday|earlier today|earlier in the week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d) years ago|(?:in|on|since|during|until|through|by|from|\() ({MONTHS})\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? ((?:19|20)\d{{2}}))?|(?:on|at|for|during|over) (new year['’]s eve|christmas(?: eve| day)?)|(a month later|weeks later|days later|a week later|later that year|later the same year|that same year|the same year))(?-u:\b)"
    ))
    .expect("valid regex")
});

/// A year found in a sentence, with where it was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearCue {
    /// The year.
    pub year: i32,
    /// Byte offset in the sentence.
    pub start: usize,
    /// Whether it was a relative expression (resolved against a base year).
    pub relative: bool,
}

/// Spans of a sentence's asides: between two dashes ("— who headlined in 2019 —") and
/// inside parentheses.
pub fn asides(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (open, close) in [(" — ", " — "), (" – ", " – "), (" -- ", " -- "), ("(", ")")] {
        let mut from = 0;
        while let Some(a) = crate::lexicon::find_lit(&s[from..], open).map(|k| from + k) {
            let body = a + open.len();
            let Some(b) = crate::lexicon::find_lit(&s[body..], close).map(|k| body + k) else {
                break;
            };
            out.push((a, b + close.len()));
            from = b + close.len();
        }
    }
    // A relative clause closed by a comma: ", who made their debut in 2019 with W,".
    // So is an appositive about a prize or a work: ", the category Rodrigo won two
    // years ago,".
    // Every opener starts with ", ": find those once, then try each opener only there
    // (fourteen substring searches over the sentence cost more than the rest of this).
    let comma_spaces: Vec<usize> = memchr::memmem::find_iter(s.as_bytes(), b", ").collect();
    if comma_spaces.is_empty() {
        return out;
    }
    for open in [
        ", who ",
        ", which ",
        ", whose ",
        ", the category ",
        ", a category ",
        ", the same category ",
        ", the award ",
        ", an award ",
        ", the prize ",
        ", a prize ",
        ", the song ",
        ", a song ",
        ", the album ",
        ", an album ",
    ] {
        let mut from = 0;
        while let Some(a) = comma_spaces
            .iter()
            .copied()
            .find(|&k| k >= from && s[k..].starts_with(open))
        {
            let body = a + open.len();
            let Some(b) = s[body..].find(',').map(|k| body + k) else {
                break;
            };
            out.push((a, b + 1));
            from = b + 1;
        }
    }
    out
}

/// True when the year at `at` of a lowercased sentence is a look back ("back in
/// 2012") or sits in a relative clause ("..., which peaked in 2012"): it dates its
/// own clause, not the story.
pub fn aside_year(lower: &str, at: usize) -> bool {
    let head = &lower[..at.min(lower.len())];
    let near = head.len().saturating_sub(24);
    let near = (near..=head.len())
        .find(|&k| head.is_char_boundary(k))
        .unwrap_or(head.len());
    head[near..].contains("back in ") || inside_open(head, &[", which ", ", who "])
}

/// Whether the end of `head` lies inside a clause that one of `openers` opened and no
/// comma has closed yet (", which peaked in", ", the most-played song in").
pub fn inside_open(head: &str, openers: &[&str]) -> bool {
    openers
        .iter()
        .filter_map(|w| head.rfind(w).map(|k| k + w.len()))
        .max()
        .is_some_and(|k| !head[k..].contains(','))
}

/// The markers of [`looks_back`].
static LOOKS_BACK: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&[
        "last month",
        "last week",
        "last year",
        "earlier this year",
        "earlier this month",
        "back in ",
        "months ago",
        "weeks ago",
        "years ago",
        "the year before",
        "the previous year",
        "yesterday",
        "the day before",
        "the previous day",
        "a day earlier",
        "days earlier",
        "earlier this week",
        "earlier in the week",
        // The pluperfect sets a time before the story's: "the song had already won
        // Sanremo in March" in a story about Eurovision in May.
        "had already",
        "had won",
        "had previously",
        // "six months after she was named songwriter of the year at the Ivors".
        "months after",
        "weeks after",
        "years after",
        "a year after",
    ])
});

/// True when a sentence (lowercased) says it is about an earlier time than the
/// story's: "last month", "earlier this year", "back in", "In January, ...".
pub fn looks_back(lower: &str) -> bool {
    LOOKS_BACK.any_in(lower)
        || lower
            .strip_prefix("in ")
            .and_then(|rest| rest.split([',', ' ']).next())
            .is_some_and(is_month)
}

/// Whether `word` names a month ("March", "Sept"), in any case.
pub fn is_month(word: &str) -> bool {
    MONTHS.split('|').any(|m| m.eq_ignore_ascii_case(word))
}

/// [`looks_back`], or a past told as background: "Combs first won entertainer of the
/// year at the 2021 CMA Awards", "she had previously won".
pub fn recalls(lower: &str) -> bool {
    static BACKGROUND: LazyLock<Phrases> = LazyLock::new(|| {
        Phrases::new(&[
            "first won",
            "first took",
            "first performed",
            "last sang",
            "last performed",
            "last played",
            "last won",
            "last appeared",
            "previously",
            "a year earlier",
            "years earlier",
        ])
    });
    looks_back(lower) || BACKGROUND.any_in(lower)
}

fn month_number(m: &str) -> u32 {
    let m = crate::lexicon::to_lower(m);
    const NAMES: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    NAMES
        .iter()
        .position(|n| m.starts_with(n))
        .map_or(0, |p| p as u32 + 1)
}

/// The edition year written next to a ceremony name at `start..end` of `text`.
pub fn edition_year(
    text: &str,
    start: usize,
    end: usize,
    edition_base: Option<i32>,
) -> Option<i32> {
    let head_from = text[..start]
        .char_indices()
        .rev()
        .nth(15)
        .map_or(0, |(i, _)| i);
    let head = &text[head_from..start];
    let head = head.strip_suffix("the ").unwrap_or(head);
    if let Some(c) = YEAR_BEFORE.captures(head) {
        return c.get(1).and_then(|m| m.as_str().parse().ok());
    }
    // "the 32nd Grammy of her career": a count of trophies, not an edition.
    let trophy = matches!(
        text[start..end].trim(),
        "Grammy" | "Oscar" | "Emmy" | "Tony" | "Juno" | "Brit" | "BRIT" | "Daesang" | "Bonsang"
    );
    if let (Some(base), Some(c), false) = (edition_base, ORDINAL_BEFORE.captures(head), trophy) {
        let n: i32 = c.get(1).and_then(|m| m.as_str().parse().ok())?;
        return Some(base + n);
    }
    YEAR_AFTER
        .captures(&text[end..])
        .and_then(|c| c.get(1))
        .and_then(|m| m.as_str().parse().ok())
}

/// Editions the whole document establishes: ceremony id -> year (first mention wins),
/// so that a headline or an early sentence can use a year given later. A dated story
/// that first names a show without its edition is about a recent one: a later "who
/// headlined Rock in Rio in 2019" looks back and does not date it.
pub fn prescan_editions(
    gaz: &Gazetteer,
    text: &str,
    found: &[KbMatch],
    published: Option<Date>,
) -> HashMap<EntityId, i32> {
    let mut out = HashMap::new();
    let mut seen: Vec<&EntityId> = Vec::new();
    for &m in found {
        let e = &gaz.entities()[m.entity];
        if e.kind != EntityKind::Ceremony {
            continue;
        }
        let first = !seen.contains(&&e.id);
        if first {
            seen.push(&e.id);
        }
        // "Combs first won entertainer of the year at the 2021 CMA Awards": a
        // sentence that looks back at an earlier edition does not set the story's.
        // (Asked only of an edition before the publication year.)
        let looks_back_here = || {
            let from = text[..m.start].rfind(['.', '\n']).map_or(0, |k| k + 1);
            let to = text[m.end..]
                .find(['.', '\n'])
                .map_or(text.len(), |k| m.end + k);
            let sentence = crate::lexicon::to_lower(&text[from..to]);
            published.is_some() && recalls(sentence.trim_start())
        };
        if let Some(y) = edition_year(text, m.start, m.end, e.edition_base)
            && (first || published.is_none_or(|p| y >= p.year - 1))
            && !(published.is_some_and(|p| y < p.year) && looks_back_here())
            // "The 2025 shortlist will be announced next summer": an edition after
            // publication has not happened, so it dates nothing the story tells.
            && published.is_none_or(|p| y <= p.year)
        {
            out.entry(e.id.clone()).or_insert(y);
        }
    }
    out
}

/// "Told as just held": a weekday ("on Sunday", "Saturday's broadcast") or "last night".
static HELD_RECENTLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s| night| evening)|last night|this weekend)(?-u:\b)")
        .expect("valid regex")
});

/// A show branded with the year it honours and held early the next one ("Hanteo
/// Music Awards 2024", held in February 2025): the story's show (the first the
/// document names), when its edition is the year before publication, the article
/// came out in the first quarter but not in its first week, and tells the show as
/// just held. Returns the show and its branded year; the event year is the next.
pub fn branded_edition(
    gaz: &Gazetteer,
    text: &str,
    found: &[KbMatch],
    published: Option<Date>,
    editions: &HashMap<EntityId, i32>,
) -> Option<(EntityId, i32)> {
    let p = published?;
    if p.month > 3 || (p.month == 1 && p.day <= 7) {
        return None;
    }
    let first = found
        .iter()
        .map(|m| (m, &gaz.entities()[m.entity]))
        .find(|(_, e)| e.kind == EntityKind::Ceremony)?
        .1;
    let branded = *editions.get(&first.id)?;
    // Any mention of the show with the publication year's number: not branded.
    let named_this_year = found.iter().any(|m| {
        gaz.entities()[m.entity].id == first.id
            && edition_year(text, m.start, m.end, first.edition_base) == Some(p.year)
    });
    (branded == p.year - 1 && !named_this_year && HELD_RECENTLY.is_match(text))
        .then(|| (first.id.clone(), branded))
}

/// The year (group 1) of the [`EXPLICIT`] match `all`: the pattern ends with it, so
/// when the match's last two bytes are ASCII digits it is its last four bytes
/// ("19"/"20" and those digits); other digits are left to the regex's captures.
fn explicit_year(sentence: &str, all: regex::Match<'_>) -> Option<(usize, usize)> {
    let end = all.end();
    let tail = sentence.as_bytes().get(end.checked_sub(2)?..end)?;
    if tail.iter().all(u8::is_ascii_digit) {
        return Some((end - 4, end));
    }
    let y = EXPLICIT.captures_at(sentence, all.start())?.get(1)?;
    Some((y.start(), y.end()))
}

/// Time expressions of a sentence, resolved against `base` (publication date, or the
/// document's last year when undated).
/// `cues` is the sentence's cue scan, which says whether it holds a "19" or "20" and
/// a word of [`RELATIVE_WORDS`].
pub fn sentence_years(
    sentence: &str,
    cues: Cues,
    published: Option<Date>,
    context_year: Option<i32>,
) -> Vec<YearCue> {
    let mut out = Vec::new();
    let has_year = cues.holds(crate::cues::CENTURY);
    for all in EXPLICIT.find_iter(if has_year { sentence } else { "" }) {
        if let Some((y_start, y_end)) = explicit_year(sentence, all) {
            // "their 2021 comeback": an attribute, not a time.
            let after = sentence[y_end..].trim_start();
            // "a record held since 1938": when a span began, not when this happened
            // (but "since 2019, when W was crowned ..." dates the when-clause).
            if crate::lexicon::to_lower(all.as_str()).starts_with("since")
                && !after.starts_with(", when ")
            {
                continue;
            }
            // "breaking the record set by Jennifer Lopez in 2015": when the old
            // record was set, not when this happened.
            let head = &sentence[..y_start];
            let mut from = head.len().saturating_sub(60);
            while !head.is_char_boundary(from) {
                from += 1;
            }
            let head = &head[from..];
            if let Some(k) = ["record set by ", "record held by ", "mark set by "]
                .iter()
                .filter_map(|w| crate::lexicon::rfind_lit(head, w))
                .max()
                && !head[k..].contains([',', ';'])
            {
                continue;
            }
            // "PSY's 2012 was ..." is a time; "Katy Perry's 2015 show" is an attribute.
            let possessive = all.as_str().contains("'s ") || all.as_str().contains("’s ");
            // "the show's 2024 summer concert series": a season is a time.
            let season = ["summer", "winter", "spring", "autumn", "season", "series"]
                .iter()
                .any(|w| after.starts_with(w));
            if possessive
                && !season
                && !["was ", "is ", "has ", "had ", "were "]
                    .iter()
                    .any(|w| after.starts_with(w))
            {
                continue;
            }
            if after.starts_with(|ch: char| ch.is_lowercase())
                && !after.starts_with("when")
                && !after.starts_with("and")
                && !after.starts_with("at")
                && !after.starts_with("in")
                && !after.starts_with("with")
                && !after.starts_with("for")
                && !after.starts_with("after")
                && !after.starts_with("before")
                && !after.starts_with("on")
                && !after.starts_with("as")
                && !after.starts_with("to")
                // "PSY's 2012 was one long victory lap": the year itself is the topic.
                && !["was ", "is ", "has ", "had ", "were "]
                    .iter()
                    .any(|w| after.starts_with(w))
                // "the 2023 festival", "the 2022 ceremony": an edition, hence a time.
                && ![
                    "festival",
                    "ceremony",
                    "edition",
                    "show",
                    "awards",
                    "event",
                    "gala",
                    "contest",
                    "competition",
                ]
                    .iter()
                    .any(|w| after.starts_with(w))
                && !season
            {
                let kw = crate::lexicon::to_lower(all.as_str());
                if !(kw.starts_with("in ")
                    || kw.starts_with("since")
                    || kw.starts_with("back in")
                    || kw.starts_with("during"))
                {
                    continue;
                }
            }
            if let Ok(year) = sentence[y_start..y_end].parse() {
                out.push(YearCue {
                    year,
                    start: all.start(),
                    relative: false,
                });
            }
        }
    }
    let base_year = published.map(|d| d.year).or(context_year);
    // Cheap gate: every relative expression contains one of these (found by the
    // sentence's cue scan).
    let maybe_relative = cues.holds(crate::cues::RELATIVE_TIME);
    if let Some(base) = base_year.filter(|_| maybe_relative) {
        let explicit_count = out.len();
        for c in RELATIVE.captures_iter(sentence) {
            let start = c.get(0).map_or(0, |m| m.start());
            // "the year before, in 2023": the year said right after is the time.
            let end = c.get(0).map_or(0, |m| m.end());
            if let Some(said) = out[..explicit_count]
                .iter()
                .find(|e| e.start >= end && e.start <= end + 3)
                .map(|e| e.year)
            {
                out.push(YearCue {
                    year: said,
                    start,
                    relative: false,
                });
                continue;
            }
            let year = if c.get(1).is_some() {
                base - 1
            } else if c.get(2).is_some() {
                base + 1
            } else if let Some(m) = c.get(6) {
                // "In August", "on November 16": the last such month up to the
                // publication date, unless it is the next month ("days before its
                // anniversary on December 1"); one with its year is left to the
                // explicit rule.
                // Without a publication date there is nothing to count from.
                let Some(d) = published.filter(|_| c.get(7).is_none()) else {
                    continue;
                };
                // ("will also perform at the festival in August": a plan is ahead.)
                let ahead = [" will ", " set to ", " scheduled ", " due to "]
                    .iter()
                    .any(|w| crate::lexicon::text_contains(sentence, w));
                if month_number(m.as_str()) > d.month + 1 && !ahead {
                    base - 1
                } else {
                    base
                }
            } else if c.get(8).is_some() {
                // "on New Year's Eve", "at Christmas": late December, so the last
                // one before a story published before December.
                match published {
                    Some(d) if d.month < 12 => base - 1,
                    Some(_) => base,
                    None => continue,
                }
            } else if let Some(m) = c.get(5) {
                // "two years ago": counted back from the story's year.
                base - count_word(m.as_str())
            } else if let Some(m) = c.get(3) {
                let month = month_number(m.as_str());
                match published {
                    Some(d) if month >= d.month => base - 1,
                    _ => base,
                }
            } else if c.get(9).is_some() {
                // "a few days later", "later the same year": after what the story was
                // telling, in its year.
                context_year.unwrap_or(base)
            } else {
                base
            };
            out.push(YearCue {
                year,
                start,
                relative: true,
            });
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// The year a sentence's opening time phrase sets, before its first comma: "In April
/// 2019, ...", "When the show returned three years ago, ...", "The following year,
/// ..." (the year after `last`, the year an earlier paragraph was set in).
pub fn opening_year(lower: &str, years: &[YearCue], last: Option<i32>) -> Option<i32> {
    // A fragment of its own ("Back in 2019.") opens what follows it just the same.
    // (Word counts stop at the word that decides them: this runs on every sentence.)
    let comma = memchr::memchr(b',', lower.as_bytes()).or_else(|| {
        lower
            .split_whitespace()
            .nth(4)
            .is_none()
            .then(|| lower.trim_end_matches(['.', '!']).len())
    })?;
    let opening = &lower[..comma];
    let time_word = [
        "in ", "back in ", "on ", "at ", "by ", "when ", "during ", "after ",
    ]
    .iter()
    .any(|w| opening.starts_with(w));
    let follows_last = match opening {
        "the following year" | "a year later" | "the next year" | "one year later" => Some(1),
        "that year" | "later that year" | "later that night" | "that night" => Some(0),
        _ => None,
    };
    // Neither a time word nor a phrase after the last year: nothing to count.
    if !time_word && follows_last.is_none() || opening.split_whitespace().nth(8).is_some() {
        return None;
    }
    if time_word && let Some(y) = years.iter().find(|y| y.start < comma) {
        return Some(y.year);
    }
    Some(last? + follows_last?)
}

/// "two" -> 2, "12" -> 12: the count in "N years ago".
fn count_word(w: &str) -> i32 {
    const WORDS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let w = crate::lexicon::to_lower(w);
    WORDS
        .iter()
        .position(|x| *x == w)
        .map_or_else(|| w.parse().unwrap_or(0), |k| k as i32 + 2)
}

/// Whether the time expression at `at` is the last thing in `sentence`: "..., in
/// August 2022." (a month, a day and the year, then the closing stop).
pub fn closes_sentence(sentence: &str, at: usize) -> bool {
    let rest = &sentence[at..];
    let Some(y) = rest.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    // The phrase ends with its year's digits.
    let tail = rest[y..].trim_start_matches(|c: char| c.is_ascii_digit());
    tail.trim_end_matches(['.', '!', ')', '"', '”', ' '])
        .is_empty()
}

/// The year cue nearest to `pos`.
pub fn nearest(cues: &[YearCue], pos: usize) -> Option<YearCue> {
    cues.iter().copied().min_by_key(|c| c.start.abs_diff(pos))
}

/// "second year in a row" -> 1 earlier win, "third" -> 2, ...
pub fn years_in_a_row(sentence: &str) -> Option<(usize, u32)> {
    static IN_A_ROW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:consecutive\s+|straight\s+)?(?:year|time)s?\s+(?:in\s+a\s+row|running)|(?-u:\b)(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:consecutive|straight)\s+(?:year|win|time)")
            .expect("valid regex")
    });
    if !(sentence.contains(" row")
        || sentence.contains("consecutive")
        || sentence.contains("straight")
        || sentence.contains("running"))
    {
        return None;
    }
    let c = IN_A_ROW.captures(sentence)?;
    let word = c.get(1).or_else(|| c.get(2))?.as_str().to_lowercase();
    let n = match word.as_str() {
        "second" | "2nd" => 1,
        "third" | "3rd" => 2,
        "fourth" | "4th" => 3,
        "fifth" | "5th" => 4,
        _ => 5,
    };
    Some((c.get(0)?.start(), n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`sentence_years`] with the sentence's own cue scan.
    fn years_of(s: &str, published: Option<Date>, context_year: Option<i32>) -> Vec<YearCue> {
        sentence_years(s, Cues::of(s), published, context_year)
    }

    #[test]
    fn relative_words_hold_every_month() {
        for m in MONTHS.split('|') {
            assert!(RELATIVE_WORDS.contains(&m), "{m}");
        }
    }

    #[test]
    fn edition_numbers_and_adjacent_years_give_the_ceremony_year() {
        let at = |s: &str, name: &str| {
            let p = s.find(name).expect("name present");
            (p, p + name.len())
        };
        let s = "at the 66th Grammy Awards";
        let (a, b) = at(s, "Grammy Awards");
        assert_eq!(edition_year(s, a, b, Some(1958)), Some(2024));
        let s = "the 2019 BBMAs";
        let (a, b) = at(s, "BBMAs");
        assert_eq!(edition_year(s, a, b, None), Some(2019));
        let s = "Billboard Music Awards 2018 was fun";
        let (a, b) = at(s, "Billboard Music Awards");
        assert_eq!(edition_year(s, a, b, None), Some(2018));
        let s = "Mnet Asian Music Awards (MAMA) 2018.";
        let (a, b) = at(s, "MAMA");
        assert_eq!(edition_year(s, a, b, None), Some(2018));
        let s = "the Juno Awards in 2021";
        let (a, b) = at(s, "Juno Awards");
        assert_eq!(edition_year(s, a, b, None), Some(2021));
    }

    #[test]
    fn a_year_that_is_the_topic_of_its_sentence_is_a_time() {
        let years: Vec<i32> = years_of("PSY's 2012 was one long victory lap.", None, None)
            .iter()
            .map(|y| y.year)
            .collect();
        assert_eq!(years, [2012]);
        let years = years_of("Their 2021 comeback was a hit.", None, None);
        assert!(years.is_empty());
        let years = years_of("It edged past Katy Perry's 2015 show.", None, None);
        assert!(years.is_empty());
    }

    #[test]
    fn relative_expressions_resolve_against_publication() {
        let pub_date = Some(Date {
            year: 2024,
            month: 1,
            day: 7,
        });
        let y = years_of("It broke the record last September.", pub_date, None);
        assert_eq!(y[0].year, 2023);
        let y = years_of("From last year, when they sang.", pub_date, None);
        assert_eq!(y[0].year, 2023);
        let y = years_of("Back in January 2019 it happened.", None, None);
        assert_eq!(y[0].year, 2019);
        let y = years_of("Two years ago, she headlined.", pub_date, None);
        assert_eq!(y[0].year, 2022);
        let y = years_of("It came out 12 years ago.", pub_date, None);
        assert_eq!(y[0].year, 2012);
        let y = years_of("In August, she headlined.", pub_date, None);
        assert_eq!(y[0].year, 2023);
        let y = years_of("She headlined on Feb. 2.", pub_date, None);
        assert_eq!(y[0].year, 2024);
        let y = years_of("She headlined in August 2019.", pub_date, None);
        assert_eq!(y.iter().map(|c| c.year).collect::<Vec<_>>(), [2019]);
        let y = years_of(
            "Both debuted at the show on New Year's Eve.",
            pub_date,
            None,
        );
        assert_eq!(y[0].year, 2023);
        let december = Some(Date {
            year: 2024,
            month: 12,
            day: 31,
        });
        let y = years_of("They sing on New Year's Eve.", december, None);
        assert_eq!(y[0].year, 2024);
    }

    #[test]
    fn attributive_years_are_not_event_times() {
        let y = years_of(
            "covering Marchetti's 1998 ballad and their 2021 comeback",
            None,
            None,
        );
        assert!(y.is_empty());
    }

    #[test]
    fn in_a_row_counts_earlier_wins() {
        assert_eq!(
            years_in_a_row("for the third year in a row.").map(|x| x.1),
            Some(2)
        );
        assert_eq!(
            years_in_a_row("for the second consecutive year").map(|x| x.1),
            Some(1)
        );
    }

    #[test]
    fn event_years_come_from_editions_relatives_and_publication() {
        use crate::tests_support::years;
        // Edition number, no date line.
        assert_eq!(
            years("T\nAt the 66th Grammy Awards, Tyla won Best African Music Performance."),
            [("Award".to_string(), Some(2024))]
        );
        // "last year" against the publication date, not the publication year.
        assert_eq!(
            years(" date 2022-11-21\nT\nLast year, Tyla performed \"Water\" at the AMAs."),
            [("Performance".to_string(), Some(2021))]
        );
        // A ceremony without a year inherits the document's edition.
        assert_eq!(
            years("T\nThe 2019 VMAs were loud. Later, Lizzo hugged Normani backstage at the VMAs."),
            [("Encounter".to_string(), Some(2019))]
        );
        // Nothing to go on: no year rather than a guess.
        assert_eq!(
            years("T\nLizzo hugged Normani backstage."),
            [("Encounter".to_string(), None)]
        );
    }
}
