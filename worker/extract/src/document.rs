//! Reading an article: the optional ` date YYYY-MM-DD` first line, the title,
//! boilerplate removal, and sentence splitting with byte spans into the original text.
//!
//! Nothing here copies text: a sentence is a [`Span`] of the input, so evidence can
//! always be sliced back out of it.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::model::{Date, Span};

/// One sentence of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where it stands in the text (trimmed, bullets excluded).
    pub span: Span,
    /// Index of the paragraph (non-empty line) it belongs to.
    pub paragraph: usize,
    /// True for the headline.
    pub title: bool,
    /// True for the sentences of a numbered list item ("3. Artist, "Song" (Show)").
    pub item: bool,
    /// True for the sentences of a line that opened with a bullet ("- TWS").
    pub bulleted: bool,
}

/// An article read into sentences.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Publication date from the first line, when given.
    pub published: Option<Date>,
    /// The first real line, trimmed.
    pub title: String,
    /// Sentences in text order, boilerplate dropped.
    pub sentences: Vec<Sentence>,
    /// Whether the text is a live blog: three or more lines open with a time stamp.
    pub live_blog: bool,
}

/// Reads `text` into a [`Document`].
pub fn read(text: &str) -> Document {
    let mut doc = Document::default();
    let mut paragraph = 0usize;
    let mut first_content = true;
    let mut offset = 0usize;
    let mut stamped = 0usize;
    for raw_line in lines_inclusive(text) {
        let line_start = offset;
        offset += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let mut start = line_start;
        let mut end = line_start + line.len();
        let mut title_on_date_line = false;
        if first_content
            && doc.published.is_none()
            && !line.trim().is_empty()
            && let Some((date, consumed)) = parse_date_line(line)
        {
            doc.published = Some(date);
            start = line_start + consumed;
            title_on_date_line = true;
        }
        // Trim whitespace and leading bullets.
        let body = &text[start..end];
        let lead = body.len() - body.trim_start().len();
        start += lead;
        end = start + text[start..end].trim_end().len();
        let trimmed = &text[start..end];
        let stripped = strip_bullet(trimmed);
        let bulleted = stripped.len() < trimmed.len();
        let unstamped = strip_timestamp(stripped);
        stamped += usize::from(unstamped.len() < stripped.len());
        let stripped = unstamped;
        let numbered = strip_number(stripped);
        let item = numbered.len() < stripped.len();
        start += trimmed.len() - numbered.len();
        // The first line is the title even if it looks like a masthead ("BTS").
        let skip = start >= end
            || (!first_content || is_ad_or_link(&text[start..end]))
                && (is_boilerplate(&text[start..end])
                    // "- IVE" under a winners heading is a name, not a masthead; so
                    // is "BLUR" heading a review's section further down.
                    || !bulleted && paragraph < 3 && is_masthead(&text[start..end]));
        if skip {
            continue;
        }
        let is_title = first_content;
        first_content = false;
        let before = doc.sentences.len();
        split_sentences(text, start, end, paragraph, &mut doc.sentences);
        // "JIMIN: 'WHO' OUTLASTS 'SEVEN'": an all-capitals subheading is read like
        // the headline (its capitals say nothing about names).
        let line = &text[start..end];
        let subheading = !is_title
            && !line.chars().any(char::is_lowercase)
            && line.split_whitespace().count() >= 4;
        for s in &mut doc.sentences[before..] {
            s.item = item;
            s.bulleted = bulleted;
            s.title |= subheading;
        }
        if is_title {
            if title_on_date_line {
                // The date line carries the first sentence, not a headline: the
                // title is that sentence.
                if let Some(first) = doc.sentences.get(before) {
                    doc.title = text[first.span.start..first.span.end].to_string();
                }
            } else if doc.sentences.len() > before + 1
                && text[start..end].ends_with(['.', '!', '?', '"', '”'])
            {
                // A first line of several full sentences is a paragraph: keep them.
                if let Some(first) = doc.sentences.get_mut(before) {
                    first.title = true;
                    doc.title = text[first.span.start..first.span.end].to_string();
                }
            } else {
                doc.title = text[start..end].to_string();
                // A headline is one unit even when it holds a full stop or colon.
                doc.sentences.truncate(before);
                doc.sentences.push(Sentence {
                    span: Span { start, end },
                    paragraph,
                    title: true,
                    item,
                    bulleted,
                });
            }
        }
        paragraph += 1;
    }
    doc.live_blog = stamped >= 3;
    doc
}

/// Parses a leading `date YYYY-MM-DD`; returns the date and the bytes consumed.
fn parse_date_line(line: &str) -> Option<(Date, usize)> {
    let lead = line.len() - line.trim_start().len();
    let rest = line[lead..].strip_prefix("date")?;
    let spaces = rest.len() - rest.trim_start().len();
    if spaces == 0 {
        return None;
    }
    let digits = rest.trim_start();
    let bytes = digits.as_bytes();
    if bytes.len() < 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: i32 = digits.get(0..4)?.parse().ok()?;
    let month: u32 = digits.get(5..7)?.parse().ok()?;
    let day: u32 = digits.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some((Date { year, month, day }, lead + 4 + spaces + 10))
}

fn strip_bullet(line: &str) -> &str {
    for bullet in ["•", "·", "- ", "* ", "– "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return rest.trim_start();
        }
    }
    line
}

/// A live blog's entry after its time stamp: "9:02pm – Best Collaboration: ...",
/// "21:06 LISA wins ...". The stamp is not part of the first sentence.
fn strip_timestamp(line: &str) -> &str {
    let b = line.as_bytes();
    let h = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&h)
        || !matches!(b.get(h), Some(b':' | b'.'))
        || !b
            .get(h + 1..h + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        || b.get(h + 3).is_some_and(u8::is_ascii_digit)
    {
        return line;
    }
    let mut rest = line[h + 3..].trim_start();
    for suffix in ["am", "pm", "a.m.", "p.m.", "AM", "PM"] {
        if let Some(r) = rest.strip_prefix(suffix) {
            rest = r.trim_start();
            break;
        }
    }
    for zone in ["GMT", "BST", "ET", "PT", "CET", "KST", "JST"] {
        if let Some(r) = rest.strip_prefix(zone)
            && r.starts_with([' ', ':'])
        {
            rest = r.trim_start();
            break;
        }
    }
    if let Some(r) = rest
        .strip_prefix('–')
        .or_else(|| rest.strip_prefix('—'))
        .or_else(|| rest.strip_prefix("- "))
        .or_else(|| rest.strip_prefix(':'))
    {
        rest = r.trim_start();
    }
    // Only a stamp before a sentence: "7:34pm – We're under way", not "3:16 into
    // the set"; or a stamp on a line of its own over its entry.
    if rest.is_empty() || rest.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“') {
        rest
    } else {
        line
    }
}

/// The line after a list number: "3. Leon Bridges, ..." or "3) ...". Only one or two
/// digits, so that a year opening a line ("2024. What a year.") stays.
fn strip_number(line: &str) -> &str {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return line;
    }
    match line[digits..]
        .strip_prefix(". ")
        .or_else(|| line[digits..].strip_prefix(") "))
    {
        Some(rest) if rest.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“') => {
            rest.trim_start()
        }
        _ => line,
    }
}

/// `text.split_inclusive('\n')`, each line found by memchr (SIMD) rather than the
/// char searcher, which scans a word at a time.
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |k| k + 1);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// Ads, link lines and template tokens: boilerplate even as the first line.
fn is_ad_or_link(line: &str) -> bool {
    let t = line.trim();
    let lower = crate::lexicon::to_lower(t);
    t.split_whitespace()
        .all(|w| w.eq_ignore_ascii_case("advertisement"))
        || t.split_whitespace()
            .all(|w| w.starts_with('[') && w.ends_with(']'))
        || lower.starts_with("more:")
        || lower.starts_with("read more")
        // A press release's slug above its headline.
        || matches!(
            lower.trim_end_matches([':', '.', ' ']),
            "for immediate release" | "press release" | "news release" | "media release"
        )
}

/// Footer phrases inviting readers to write in, in lowercase.
const CONTACT_PHRASES: [&str; 4] = ["email us", "emailing us", "get in touch", "submit stuff"];

/// [`CONTACT_PHRASES`], each searcher built once (this runs for every paragraph).
static CONTACT_FINDERS: LazyLock<Vec<Finder<'static>>> = LazyLock::new(|| {
    CONTACT_PHRASES
        .iter()
        .map(|w| Finder::new(w.as_bytes()))
        .collect()
});

/// The characters other than ASCII letters that lowercase to ASCII: 'İ' and the
/// Kelvin sign.
static LOWERED_TO_ASCII: LazyLock<[Finder<'static>; 2]> =
    LazyLock::new(|| ["\u{130}", "\u{212A}"].map(|c| Finder::new(c.as_bytes())));

/// Lines that are not article text: ads, link lists, template tokens, credits, footers.
pub fn is_boilerplate(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return true;
    }
    if t.split_whitespace()
        .all(|w| w.eq_ignore_ascii_case("advertisement") || w.eq_ignore_ascii_case("ad"))
    {
        return true;
    }
    // "[contf] [contfnew]": only bracketed tokens.
    if t.split_whitespace()
        .all(|w| w.starts_with('[') && w.ends_with(']'))
    {
        return true;
    }
    const PREFIXES: &[&str] = &[
        "more:",
        "read more",
        "read next",
        "see also",
        "related:",
        "watch:",
        "image credit",
        "image:",
        "photo:",
        "photo credit",
        "photograph:",
        "picture:",
        "credit:",
        "getty images",
        "got a story",
        "got a showbiz story",
        "got a celebrity story",
        "sign up",
        "subscribe",
        "follow us",
        "click here",
        "(photo",
        "(image",
        "(credit",
        "photo by",
        "photos by",
        "also read",
        "recommended",
        "trending",
        "share this",
        "click to share",
        "scroll down",
        "continue reading",
        "this article",
        "embed",
        "view this post",
        "a post shared by",
        "advertisement -",
        "story continues",
    ];
    // The phrases are ASCII, and lowercasing turns no character into ASCII but an
    // ASCII letter, 'İ' and the Kelvin sign: without those two, the line lowercased
    // byte for byte (the cheap ASCII conversion) holds a phrase exactly where the
    // fully lowercased line does.
    let lower = if !t.is_ascii()
        && LOWERED_TO_ASCII
            .iter()
            .any(|f| f.find(t.as_bytes()).is_some())
    {
        crate::lexicon::to_lower(t)
    } else {
        t.to_ascii_lowercase()
    };
    // "[Image: X on stage. Credit: Y / Getty Images]": a caption in brackets too.
    let unbracketed = lower.strip_prefix('[').unwrap_or(&lower);
    // (Each prefix's first byte is compared before the rest: 35 calls to memcmp
    // per paragraph cost more than the rest of this check.)
    let first = unbracketed.as_bytes().first();
    if PREFIXES
        .iter()
        .any(|p| p.as_bytes().first() == first && unbracketed.starts_with(p))
        || CONTACT_FINDERS
            .iter()
            .any(|f| f.find(lower.as_bytes()).is_some())
    {
        return true;
    }
    // Bylines and post metadata: "Posted by minji · K-POP NEWS · 4.2k", "By Desk
    // Staff | 11/25/2024 9:12 AM EST", "By Marcus Treadwell".
    if lower.starts_with("posted by ")
        || lower.starts_with("by ")
            && (t.contains(" | ")
                || t.contains(" · ")
                || t.split_whitespace().count() <= 5 && !t.contains(',') && !t.ends_with('.'))
        || t.len() < 120 && t.matches(" · ").count() >= 2
    {
        return true;
    }
    // A section label such as "THE LONG READ" or "EXCLUSIVE": a short all-capitals
    // line of ordinary words that is not a prize's name ("BEST NEW ARTIST").
    !t.chars().any(char::is_lowercase)
        && t.split_whitespace().count() <= 4
        && t.split_whitespace().all(crate::lexicon::is_common_word)
        && !crate::entities::is_category(t)
        // ("ROCK" over its winner is a genre's prize.)
        && !crate::award::genre_heading(t)
        && !["AWARD", "PRIZE", "WINNER", "NOMINEE"]
            .iter()
            .any(|w| t.contains(w))
}

/// A lone masthead such as "METRO".
fn is_masthead(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 12 && !t.contains(' ') && t.chars().all(|c| c.is_uppercase())
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "sr", "jr", "prof", "rev", "gen", "sgt", "capt", "lt", "col",
    "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "nos", "vol", "vs", "feat", "ft", "excl", "approx", "est", "inc", "ltd",
    "co", "corp", "etc", "mt", "ave", "blvd", "fig", "op", "pt",
];

/// AP-style state and province abbreviations ("Tenn.", "Ont."), read as such only
/// after a town and a comma.
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ont", "que", "alta", "sask", "man",
];

/// Splits `text[start..end]` into sentences.
fn split_sentences(
    text: &str,
    start: usize,
    end: usize,
    paragraph: usize,
    out: &mut Vec<Sentence>,
) {
    let seg = &text[start..end];
    let bytes = seg.as_bytes();
    let mut sent_start = 0usize;
    let mut i = 0usize;
    let push = |a: usize, b: usize, out: &mut Vec<Sentence>| {
        let s = &seg[a..b];
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        if trimmed.is_empty() || !trimmed.chars().any(char::is_alphanumeric) {
            return;
        }
        let a = start + a + lead;
        out.push(Sentence {
            span: Span {
                start: a,
                end: a + trimmed.len(),
            },
            paragraph,
            title: false,
            item: false,
            bulleted: false,
        });
    };
    // Where the next 0xE2 byte is, at or after `i` (or the end): kept so that the
    // SIMD search for '.', '!' and '?' below stops there.
    let mut e2_at = memchr::memchr(0xE2, bytes).unwrap_or(bytes.len());
    while i < bytes.len() {
        // Only '.', '!', '?' and 0xE2 (the lead byte of '…') can end a sentence: jump
        // to the next of them (memchr) rather than test every byte.
        if e2_at < i {
            e2_at = memchr::memchr(0xE2, &bytes[i..]).map_or(bytes.len(), |k| i + k);
        }
        i = memchr::memchr3(b'.', b'!', b'?', &bytes[i..e2_at]).map_or(e2_at, |k| i + k);
        if i >= bytes.len() {
            break;
        }
        let c = bytes[i];
        // 0xE2 is the lead byte of '…' (and so a char boundary): only there can one start.
        let is_term = matches!(c, b'.' | b'!' | b'?') || c == 0xE2 && seg[i..].starts_with('…');
        if !is_term {
            i += 1;
            continue;
        }
        let term_len = if c == b'.' || c == b'!' || c == b'?' {
            1
        } else {
            '…'.len_utf8()
        };
        // Run of terminators ("!!!", "?!", "...").
        let mut j = i + term_len;
        while j < bytes.len()
            && (matches!(bytes[j], b'.' | b'!' | b'?')
                || seg.is_char_boundary(j) && seg[j..].starts_with('…'))
        {
            j += if matches!(bytes[j], b'.' | b'!' | b'?') {
                1
            } else {
                '…'.len_utf8()
            };
        }
        // Closing quotes and brackets belong to the sentence.
        loop {
            let rest = &seg[j..];
            let Some(ch) = rest.chars().next() else { break };
            if matches!(ch, '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        let after = &seg[j..];
        let next_non_space = after.trim_start();
        let had_space = after.len() != next_non_space.len();
        let next = next_non_space.chars().next();
        let ends = if j >= seg.len() {
            true
        } else if c == b'.' && j == i + 1 && !had_space {
            // "word.Next" (a missing space) ends a sentence; "Crypto.com", "8.5",
            // "U.S." and "Metro.co.uk" do not.
            missing_space_break(seg, i)
        } else if !had_space || c == b'.' && j - i == 1 && is_abbreviation(seg, i, next) {
            false
        } else if seg[i..j].starts_with("...") || seg[i..j].starts_with('…') {
            // An ellipsis only ends a sentence before a capital that starts a new one,
            // and not after a word no sentence ends with ("goes to… ASAKE!").
            let last_word = seg[..i].rsplit([' ', '\n']).next().unwrap_or("");
            next.is_some_and(|n| n.is_uppercase() || n == '"' || n == '“')
                && !matches!(
                    last_word.to_ascii_lowercase().as_str(),
                    "to" | "is" | "are" | "was" | "the" | "and" | "a" | "of" | "by" | "goes"
                )
        } else if c == b'!' && j == i + 1 && bang_inside_name(seg, i, next_non_space) {
            false
        } else if year_in_brackets(next_non_space) {
            // "CMAT, "I Wanna Be a Cowboy, Baby!" (2022)": the title's year.
            false
        } else {
            next.is_some_and(|n| {
                n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '"' | '“' | '‘' | '\'' | '•' | '(' | '[' | '@' | '#')
            })
            // ("'This is for you!' she screamed": after a closing quote, a pronoun
            // says who spoke.)
            || !seg[i..j].contains(['"', '\'', '”', '’']) && lowercase_opener(next_non_space)
        };
        if ends {
            push(sent_start, j, out);
            sent_start = j;
        }
        i = j.max(i + 1);
    }
    if sent_start < seg.len() {
        push(sent_start, seg.len(), out);
    }
}

/// Whether `after` opens with a year in brackets: "(2022)".
fn year_in_brackets(after: &str) -> bool {
    let b = after.as_bytes();
    b.len() >= 6 && b[0] == b'(' && b[1..5].iter().all(u8::is_ascii_digit) && b[5] == b')'
}

/// "... would end me. they already made history": fan posts written all in lowercase
/// start sentences with a lowercase pronoun or linking word. (Abbreviations such as
/// "feat." are ruled out before this is asked.)
fn lowercase_opener(after: &str) -> bool {
    let word = after
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .next()
        .unwrap_or("");
    matches!(
        word,
        "i" | "i'm" | "they" | "she" | "he" | "we" | "then" | "ok" | "okay" | "anyway" | "honestly"
    ) && word.len() < after.len()
}

/// A "!" inside a show's name: "CDTV Live! Live!" (the word said again), "Show!
/// Music Core".
fn bang_inside_name(seg: &str, bang: usize, after: &str) -> bool {
    let word = seg[..bang].rsplit([' ', '\n']).next().unwrap_or("");
    let next = after.split([' ', '!', ',', '.']).next().unwrap_or("");
    !word.is_empty() && (next == word || word == "Show" && next == "Music")
}

/// "word.Next": a lowercase word of 2+ letters, a dot, a capital then lowercase.
fn missing_space_break(seg: &str, dot: usize) -> bool {
    let before: Vec<char> = seg[..dot].chars().rev().take(2).collect();
    let mut after = seg[dot + 1..].chars();
    let (Some(a), Some(b)) = (after.next(), after.next()) else {
        return false;
    };
    before.len() == 2
        && before.iter().all(|c| c.is_lowercase())
        && a.is_uppercase()
        && b.is_lowercase()
}

/// The word before the dot at `dot` is an abbreviation that does not end a sentence.
fn is_abbreviation(seg: &str, dot: usize, next: Option<char>) -> bool {
    let word_start = seg[..dot]
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map_or(0, |p| p + seg[p..].chars().next().map_or(1, char::len_utf8));
    let word = &seg[word_start..dot];
    if word.is_empty() {
        return false;
    }
    let lower = crate::lexicon::to_lower(word);
    // "No. 1" is an abbreviation only before a number.
    if lower == "no" || lower == "nos" {
        return next.is_some_and(|n| n.is_ascii_digit());
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // "A kid from Stratford, Ont. (2010)", "Nashville, Tenn., native": a state or
    // province after its town, unless a new sentence starts after it.
    if STATE_ABBREVIATIONS.contains(&lower.as_str())
        && seg[..word_start].ends_with(", ")
        && !next.is_some_and(char::is_uppercase)
    {
        return true;
    }
    // Initials and dotted abbreviations: "U.S.", "a.m.", "J." (but not "BTS.").
    if word.contains('.') {
        return word.split('.').all(|p| p.chars().count() <= 2);
    }
    let chars: Vec<char> = word.chars().collect();
    if chars.len() == 1 && chars[0].is_uppercase() {
        // A lone initial ("John F. Kennedy"), unless it is a name like "V".
        return next.is_some_and(|n| n.is_uppercase()) && !matches!(chars[0], 'V' | 'I');
    }
    false
}

/// True when byte `at` of `sentence` is inside double quotation marks (an odd number
/// of straight ones, or more opening than closing curly ones, before it).
pub fn inside_quotation(sentence: &str, at: usize) -> bool {
    let before = &sentence[..at];
    // Most text before a name has no quotation mark at all: '"', or the 0xE2 lead
    // byte that both curly quotes start with.
    if memchr::memchr2(b'"', 0xE2, before.as_bytes()).is_none() {
        return false;
    }
    // One pass over the candidate bytes: '"' itself, or 0xE2 starting '“' (E2 80 9C)
    // or '”' (E2 80 9D).
    let bytes = before.as_bytes();
    let (mut straight, mut open, mut close) = (0usize, 0usize, 0usize);
    for k in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        match (bytes[k], bytes.get(k + 1..k + 3)) {
            (b'"', _) => straight += 1,
            (_, Some([0x80, 0x9C])) => open += 1,
            (_, Some([0x80, 0x9D])) => close += 1,
            _ => {}
        }
    }
    straight % 2 == 1 || open > close
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        read(text)
            .sentences
            .iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn date_line_with_first_sentence_on_it() {
        let text = " date 2024-03-03 Nia Vale won big. She cried.\n";
        let doc = read(text);
        assert_eq!(
            doc.published,
            Some(Date {
                year: 2024,
                month: 3,
                day: 3
            })
        );
        assert_eq!(doc.title, "Nia Vale won big.");
        assert_eq!(sentences(text), ["Nia Vale won big.", "She cried."]);
    }

    #[test]
    fn headline_is_title_and_boilerplate_is_dropped() {
        let text = " date 2022-01-02\nKestrel Win Big\n\nAdvertisement Advertisement\nThey won.\nMORE: other story\n[contf] [contfnew]\nImage Credit: someone\nGot a story? Email us at tips@x.com\n";
        let doc = read(text);
        assert_eq!(doc.title, "Kestrel Win Big");
        assert_eq!(sentences(text), ["Kestrel Win Big", "They won."]);
    }

    #[test]
    fn bylines_and_post_metadata_are_dropped() {
        let text = " date 2022-01-02\nKestrel Win Big\n\nPosted by juno_w · K-POP NEWS · 2.1k\nBy Desk Staff | 01/02/2022 9:12 AM EST\nBy Mara Quill\nTHE LONG READ\nBy the end, Kestrel won.\nBEST NEW ARTIST\n";
        assert_eq!(
            sentences(text),
            [
                "Kestrel Win Big",
                "By the end, Kestrel won.",
                "BEST NEW ARTIST"
            ]
        );
    }

    #[test]
    fn a_state_after_its_town_does_not_end_the_sentence() {
        assert_eq!(
            sentences(
                "3. A kid from Stratford, Ont. (2010)\nHe lives in Nashville, Tenn. He sings."
            ),
            [
                "A kid from Stratford, Ont. (2010)",
                "He lives in Nashville, Tenn.",
                "He sings."
            ]
        );
    }

    #[test]
    fn a_fan_post_in_lowercase_starts_sentences_with_a_pronoun() {
        assert_eq!(
            sentences(
                "Mira at the fest would end me. they already made history in 2023. 'This is for you!' she screamed."
            ),
            [
                "Mira at the fest would end me.",
                "they already made history in 2023.",
                "'This is for you!' she screamed."
            ]
        );
    }

    #[test]
    fn splitter_keeps_abbreviations_numbers_and_domains_together() {
        let text = "Title\nMr. Okafor met Dr. Lee on St. Vincent Street at 3 a.m. near Crypto.com Arena. It hit No. 1 in the U.S. with 11.2 million streams, up from 8.5 million. Next up.";
        assert_eq!(
            sentences(text)[1..],
            [
                "Mr. Okafor met Dr. Lee on St. Vincent Street at 3 a.m. near Crypto.com Arena.",
                "It hit No. 1 in the U.S. with 11.2 million streams, up from 8.5 million.",
                "Next up."
            ]
        );
    }

    #[test]
    fn splitter_handles_quotes_ellipses_and_missing_spaces() {
        let text = "Title\n\"This is better!\" The crowd roared. It was... a lot. He left.She stayed. Sept. 18 came and feat. Halsey too.";
        assert_eq!(
            sentences(text)[1..],
            [
                "\"This is better!\"",
                "The crowd roared.",
                "It was... a lot.",
                "He left.",
                "She stayed.",
                "Sept. 18 came and feat. Halsey too."
            ]
        );
    }

    #[test]
    fn a_bang_inside_a_shows_name_does_not_end_the_sentence() {
        let text = "Title\nRina sang on CDTV Live! Live! in February. Then Show! Music Core aired. Wow! Next up.";
        assert_eq!(
            sentences(text)[1..],
            [
                "Rina sang on CDTV Live! Live! in February.",
                "Then Show! Music Core aired.",
                "Wow!",
                "Next up."
            ]
        );
    }

    #[test]
    fn bullets_are_sentences_without_the_bullet() {
        let text = "Title\n• Nova Crown won Best New Act.\n• They hugged.";
        assert_eq!(
            sentences(text)[1..],
            ["Nova Crown won Best New Act.", "They hugged."]
        );
    }

    #[test]
    fn a_live_blog_time_stamp_is_not_part_of_the_sentence() {
        assert_eq!(
            strip_timestamp("9:02pm – Best Collaboration: X"),
            "Best Collaboration: X"
        );
        assert_eq!(
            strip_timestamp("21:06 LISA wins Best K-Pop"),
            "LISA wins Best K-Pop"
        );
        assert_eq!(strip_timestamp("10.31 p.m. GMT: Backstage"), "Backstage");
        assert_eq!(strip_timestamp("3:16 into the set"), "3:16 into the set");
        assert_eq!(strip_timestamp("2024 was big"), "2024 was big");
        assert_eq!(strip_timestamp("21:52"), "");
    }

    #[test]
    fn an_ellipsis_after_to_does_not_end_the_sentence() {
        let doc = read("Title\nBest Song goes to… MIRA SOL! Next up.");
        assert_eq!(doc.sentences.len(), 3, "{:?}", doc.sentences);
    }
}
