//! Common English words (`data/common_words.txt`): the ordinary words that a
//! sentence-initial capital makes look like names.

use std::collections::HashSet;
use std::sync::LazyLock;

const COMMON_WORDS: &str = include_str!("../data/common_words.txt");

static WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    COMMON_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// True when `word`, in any case, is a common English word.
pub fn is_common_word(word: &str) -> bool {
    if word.is_ascii() && word.len() <= 24 {
        let mut buf = [0u8; 24];
        for (d, s) in buf.iter_mut().zip(word.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        return std::str::from_utf8(&buf[..word.len()]).is_ok_and(|w| WORDS.contains(w));
    }
    false
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
