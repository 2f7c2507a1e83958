//! Fixed lists of phrases looked for anywhere in a sentence, with one automaton scan.
//!
//! `LIST.iter().any(|p| text.contains(p))` sets up and runs a substring search per
//! phrase, and these checks run for most findings or sentences; a [`Phrases`] built
//! once answers the same question in a single pass over the text.
//!
//! The automaton is a DFA walked by hand, one table look-up and one comparison per
//! byte: the same answers as `AhoCorasick::is_match` and `AhoCorasick::find` over
//! it (standard semantics: the first match to end), without their generic search
//! loop and its set-up per call.
use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;

/// A list of literal phrases, compiled once.
#[derive(Debug)]
pub struct Phrases {
    dfa: DFA,
    start: StateID,
}

impl Phrases {
    /// Compiles `list` (a short fixed list of non-empty phrases: building cannot fail
    /// on it).
    pub fn new(list: &[&str]) -> Self {
        // A sentence is short and most hold none of the phrases: a plain DFA pass beats
        // a prefilter, whose frequent false starts each restart the automaton. (Without
        // one, the start state is not special: only the match states are, as the
        // automaton never dies in an unanchored search.)
        let dfa = aho_corasick::dfa::Builder::new()
            .prefilter(false)
            .build(list)
            .expect("a short list of phrases compiles");
        assert!(dfa.min_pattern_len() > 0, "an empty phrase");
        let start = dfa
            .start_state(Anchored::No)
            .expect("an unanchored start state");
        Phrases { dfa, start }
    }

    /// `list.iter().any(|p| text.contains(p))`.
    pub fn any_in(&self, text: &str) -> bool {
        self.first_end(text).is_some()
    }

    /// Where the first phrase to end in `text` starts and ends (the match
    /// `AhoCorasick::find` reports): the phrase of the first match state reached.
    pub fn first_in(&self, text: &str) -> Option<(usize, usize)> {
        let (sid, end) = self.first_end(text)?;
        let phrase = self.dfa.match_pattern(sid, 0);
        Some((end - self.dfa.pattern_len(phrase), end))
    }

    /// The first match state reached in `text`, and the end of its match.
    fn first_end(&self, text: &str) -> Option<(StateID, usize)> {
        let dfa = &self.dfa;
        let mut sid = self.start;
        for (at, &b) in text.as_bytes().iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_match(sid) {
                    return Some((sid, at + 1));
                }
                if dfa.is_dead(sid) {
                    return None;
                }
            }
        }
        None
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

    /// Agrees with `AhoCorasick::find`: the first phrase to end, not the leftmost.
    #[test]
    fn first_in_is_the_match_find_reports() {
        let list = ["bcd", "abcde", "c", ", and ", " and ", "cd"];
        let ac = aho_corasick::AhoCorasick::new(list).expect("automaton");
        let phrases = Phrases::new(&list);
        for text in ["", "abcdef", "xbcdx", "a, and b", "a and b", "zzz", "cd"] {
            assert_eq!(
                phrases.first_in(text),
                ac.find(text).map(|m| (m.start(), m.end())),
                "{text:?}"
            );
        }
    }
}
