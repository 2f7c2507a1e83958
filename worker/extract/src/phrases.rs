//! Fixed lists of phrases looked for anywhere in a sentence, with one automaton scan.
//!
//! `LIST.iter().any(|p| text.contains(p))` sets up and runs a substring search per
//! phrase, and these checks run for most findings or sentences; a [`Phrases`] built
//! once answers the same question in a single pass over the text.
use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// A list of literal phrases, compiled once.
#[derive(Debug)]
pub struct Phrases(AhoCorasick);

impl Phrases {
    /// Compiles `list` (a short fixed list: building cannot fail on it).
    pub fn new(list: &[&str]) -> Self {
        // A sentence is short and most hold none of the phrases: a plain DFA pass beats
        // a prefilter, whose frequent false starts each restart the automaton.
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(list)
            .expect("a short list of phrases compiles");
        Phrases(ac)
    }

    /// `list.iter().any(|p| text.contains(p))`.
    pub fn any_in(&self, text: &str) -> bool {
        self.0.is_match(text)
    }
}

#[cfg(test)]
mod tests {
    use super::Phrases;

    /// Agrees with a substring search per phrase, overlapping phrases included.
    #[test]
    fn any_in_is_contains_of_any() {
        let list = ["the show", "show", " won ", "é"];
        let phrases = Phrases::new(&list);
        for text in [
            "",
            "the show",
            "a showcase",
            "she won it",
            "they won ",
            "café",
            "x",
        ] {
            assert_eq!(
                phrases.any_in(text),
                list.iter().any(|p| text.contains(p)),
                "{text:?}"
            );
        }
    }
}
