//! Common English words (`data/common_words.txt`): the ordinary words that a
//! sentence-initial capital makes look like names.

use std::borrow::Cow;
use std::collections::HashSet;
use std::hash::BuildHasher;
use std::sync::LazyLock;

const COMMON_WORDS: &str = include_str!("../data/common_words.txt");

static WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    COMMON_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

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

/// `s.to_lowercase()`, borrowing `s` when that would copy it unchanged (ASCII with
/// no capitals: most words of a sentence), so those cost no allocation.
pub fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
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
}
