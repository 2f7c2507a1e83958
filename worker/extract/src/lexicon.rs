//! Common English words (`data/common_words.txt`): the ordinary words that a
//! sentence-initial capital makes look like names; and the verbs that headlines
//! write in Title Case (`data/headline_verbs.txt`), which end a name there.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::BuildHasher;
use std::sync::LazyLock;

static WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../data/common_words.txt")));

static VERBS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
    LazyLock::new(|| word_list(include_str!("../data/headline_verbs.txt")));

/// The words of a data file: one per line, `#` comments and blank lines skipped.
fn word_list(file: &'static str) -> rustc_hash::FxHashSet<&'static str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// True when `word`, in any case, is a verb that headlines capitalise ("Make",
/// "Grabs", "Reunite").
pub fn is_headline_verb(word: &str) -> bool {
    contains_folded(&VERBS, word)
}

/// True when `word`, in any case, is a common English word.
pub fn is_common_word(word: &str) -> bool {
    contains_folded(&WORDS, word)
}

/// Whether the lowercase form of `word` is in `set`. Short ASCII words are lowercased
/// on the stack: these checks run for every capitalised word of every sentence.
pub fn contains_folded<S: BuildHasher>(set: &HashSet<&'static str, S>, word: &str) -> bool {
    if word.bytes().all(|b| !b.is_ascii_uppercase()) {
        return set.contains(word);
    }
    if word.is_ascii() && word.len() <= 32 {
        let mut buf = [0u8; 32];
        for (d, s) in buf.iter_mut().zip(word.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        return std::str::from_utf8(&buf[..word.len()]).is_ok_and(|w| set.contains(w));
    }
    set.contains(word.to_lowercase().as_str())
}

/// `hay.find(needle)`, by memchr on the needle's first byte that is not a space
/// (spaces are everywhere in prose). For a sentence this beats the two-way searcher
/// behind `str::find`, which costs hundreds of instructions to set up. A byte-wise
/// match of valid UTF-8 in valid UTF-8 starts at a char boundary, so the two agree.
pub fn find_lit(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(d) = n.iter().position(|&b| b != b' ') else {
        return hay.find(needle);
    };
    memchr::memchr_iter(n[d], h)
        .filter(|&p| p >= d)
        .map(|p| p - d)
        .find(|&start| h[start..].starts_with(n))
}

/// `hay.rfind(needle)`, the same way as [`find_lit`] from the end.
pub fn rfind_lit(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(d) = n.iter().position(|&b| b != b' ') else {
        return hay.rfind(needle);
    };
    memchr::memrchr_iter(n[d], h)
        .filter(|&p| p >= d)
        .map(|p| p - d)
        .find(|&start| h[start..].starts_with(n))
}

/// `text.contains(needle)` for a whole document, by memchr's vectorised substring
/// search: the document is long, so its setup pays off. (For a sentence, std's
/// `contains` measured cheaper than a memchr loop.)
pub fn text_contains(text: &str, needle: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some()
}

/// The first and last space-separated words of a string: the word before a name or a
/// cue, the word after it.
pub trait SpaceWords {
    /// `self.split(' ').next()`: the text before the first ' ', or all of it (so
    /// always `Some`), found by a plain loop over the bytes. The word is a few bytes
    /// long, and the char searcher behind `split` costs over a hundred instructions
    /// to start.
    fn first_word(&self) -> Option<&str>;
    /// `self.rsplit(' ').next()`: the text after the last ' ', or all of it (so
    /// always `Some`), the same way from the end; this is asked before nearly every
    /// name.
    fn last_word(&self) -> Option<&str>;
}

impl SpaceWords for str {
    fn first_word(&self) -> Option<&str> {
        let end = self.bytes().position(|b| b == b' ').unwrap_or(self.len());
        Some(&self[..end])
    }

    fn last_word(&self) -> Option<&str> {
        let start = self.bytes().rposition(|b| b == b' ').map_or(0, |k| k + 1);
        Some(&self[start..])
    }
}

/// `s.to_lowercase()`, as a plain byte copy when `s` is ASCII (nearly every
/// sentence): std's conversion goes chunk by chunk and char by char and costs several
/// times as much; the ASCII lowercase of ASCII text is the same string.
pub fn to_lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    // A capital sigma lowercases by its neighbours in `str::to_lowercase`: std
    // decides for those.
    if s.contains('Σ') {
        return s.to_lowercase();
    }
    // Otherwise every char lowercases on its own, as `char::to_lowercase` says (std
    // goes char by char from the first non-ASCII one): ASCII runs are copied and
    // lowercased whole, and only the other chars are decoded.
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        let mut chars = rest[ascii..].chars();
        if let Some(c) = chars.next() {
            out.extend(c.to_lowercase());
        }
        rest = chars.as_str();
    }
    out
}

/// `s.to_lowercase()`, borrowing `s` when that would copy it unchanged (ASCII with
/// no capitals: most words of a sentence), so those cost no allocation.
pub fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Whether `s` may hold a character other than an ASCII letter that lowercases to
/// ASCII: the Kelvin sign (`k`) or 'İ' (`i` and a combining dot). Without one, the
/// ASCII letters of `s.to_lowercase()` are exactly those of `s`, lowercased.
fn may_lower_to_ascii(s: &str) -> bool {
    !s.is_ascii() && (s.contains('\u{212A}') || s.contains('\u{130}'))
}

/// `s.to_lowercase().ends_with(suffix)` for an ASCII `suffix` without capitals,
/// with no copy of `s`.
pub fn lower_ends_with(s: &str, suffix: &str) -> bool {
    debug_assert!(suffix.is_ascii() && !suffix.bytes().any(|b| b.is_ascii_uppercase()));
    let (b, n) = (s.as_bytes(), suffix.len());
    if b.len() >= n && b[b.len() - n..].eq_ignore_ascii_case(suffix.as_bytes()) {
        return true;
    }
    // Only a Kelvin sign (three bytes for its one `k`) among the characters that
    // lowercase into the suffix can make a match the bytes above missed; those
    // characters lie in the last `3 * n` bytes.
    let mut from = b.len().saturating_sub(3 * n);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    may_lower_to_ascii(&s[from..]) && s.to_lowercase().ends_with(suffix)
}

/// `suffixes.iter().any(|x| lower_ends_with(s, x))`, with the look for a Kelvin sign
/// made once for all of them.
pub fn lower_ends_with_any(s: &str, suffixes: &[&str]) -> bool {
    let b = s.as_bytes();
    // A suffix is compared only if it ends with the last byte of `s`, lowercased.
    let last = b.last().map(u8::to_ascii_lowercase);
    if suffixes.iter().any(|x| {
        debug_assert!(x.is_ascii() && !x.bytes().any(|c| c.is_ascii_uppercase()));
        x.as_bytes().last().is_none_or(|&l| {
            last == Some(l)
                && b.len() >= x.len()
                && b[b.len() - x.len()..].eq_ignore_ascii_case(x.as_bytes())
        })
    }) {
        return true;
    }
    let longest = suffixes.iter().map(|x| x.len()).max().unwrap_or(0);
    let mut from = b.len().saturating_sub(3 * longest);
    while !s.is_char_boundary(from) {
        from -= 1;
    }
    may_lower_to_ascii(&s[from..]) && {
        let lower = s.to_lowercase();
        suffixes.iter().any(|x| lower.ends_with(x))
    }
}

/// The first `n` bytes of `s` at most, cut back to a character boundary: a window
/// after a cue.
pub fn head(s: &str, n: usize) -> &str {
    let mut end = s.len().min(n);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// `s.to_lowercase().starts_with(prefix)` for an ASCII `prefix` without capitals,
/// with no copy of `s`.
pub fn lower_starts_with(s: &str, prefix: &str) -> bool {
    debug_assert!(prefix.is_ascii() && !prefix.bytes().any(|b| b.is_ascii_uppercase()));
    let (b, n) = (s.as_bytes(), prefix.len());
    if b.len() >= n && b[..n].eq_ignore_ascii_case(prefix.as_bytes()) {
        return true;
    }
    // The characters that lowercase into the prefix lie in the first `3 * n` bytes
    // (a Kelvin sign is three bytes for one `k`).
    let mut to = b.len().min(3 * n);
    while !s.is_char_boundary(to) {
        to += 1;
    }
    may_lower_to_ascii(&s[..to]) && s.to_lowercase().starts_with(prefix)
}

/// `s.to_lowercase() == word` for an ASCII `word` without capitals, with no copy
/// of `s`.
pub fn lower_eq(s: &str, word: &str) -> bool {
    debug_assert!(word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()));
    if s.is_ascii() {
        return s.eq_ignore_ascii_case(word);
    }
    may_lower_to_ascii(s) && s.to_lowercase() == word
}

/// `list.contains(&word.to_lowercase().as_str())`, with no copy of an ASCII `word`.
pub fn lower_in(list: &[&str], word: &str) -> bool {
    if word.is_ascii() {
        // (An entry with a capital never equals a lowercased word.)
        list.iter()
            .any(|w| w.eq_ignore_ascii_case(word) && !w.bytes().any(|b| b.is_ascii_uppercase()))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// Calls `f` with `s.to_lowercase()`, made on the stack when `s` is short ASCII.
pub fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    if s.is_ascii() && s.len() <= 128 {
        let mut buf = [0u8; 128];
        let lower = &mut buf[..s.len()];
        lower.copy_from_slice(s.as_bytes());
        lower.make_ascii_lowercase();
        match std::str::from_utf8(lower) {
            Ok(l) => f(l),
            Err(_) => f(&s.to_lowercase()),
        }
    } else {
        f(&s.to_lowercase())
    }
}

/// A word that counts things: digits, or "two" to "twelve", "several", "many", "more"
/// ("three more Doves", "Sweeps With Three Wins"). Lowercase input.
pub fn is_count_word(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        || matches!(
            w,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "more"
                | "several"
                | "many"
                | "multiple"
        )
}

/// Whether `text` holds `phrase` between word boundaries ("tomorrow", not
/// "Tomorrowland").
pub fn contains_word(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::is_common_word;

    #[test]
    fn ordinary_words_are_common_and_names_are_not() {
        for w in ["Hours", "Suspended", "Definitely", "music", "Weeks"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in [
            "Rihanna",
            "Taylor",
            "Beyoncé",
            "Shaboozey",
            "Lizzo",
            "Dave",
            "Mike",
        ] {
            assert!(!is_common_word(w), "{w}");
        }
    }

    #[test]
    fn to_lower_is_std_lowercase() {
        for s in [
            "",
            "Plain ASCII, MIXED case.",
            "Beyoncé and RÜFÜS DU SOL",
            "ΟΔΥΣΣΕΥΣ said ΣΑΣ",
            "İstanbul \u{212A}elvin Straße ǅ",
            "“Quoted” — ’90s ÉCLAT",
        ] {
            assert_eq!(super::to_lower(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn count_words_are_digits_and_small_numbers() {
        for w in ["3", "12", "three", "several"] {
            assert!(super::is_count_word(w), "{w}");
        }
        for w in ["", "Three", "thirty", "3rd"] {
            assert!(!super::is_count_word(w), "{w}");
        }
    }
}
