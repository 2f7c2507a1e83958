//! The knowledge base's name automaton ([`crate::knowledge::Gazetteer`]), walked by
//! hand: the same leftmost-longest, non-overlapping matches as
//! `AhoCorasick::find_iter` over the same DFA, without its per-byte overhead.
//!
//! This automaton runs over the whole text of every document (about a transition per
//! byte), so the loop is the point: one table look-up and one comparison per byte.
//! The DFA is built without a prefilter, so its start states are not special and
//! the only special states are the dead state and the match states.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// A leftmost-longest DFA over a list of patterns.
#[derive(Debug)]
pub struct NameScan {
    dfa: DFA,
    start: StateID,
}

impl NameScan {
    /// Compiles `patterns` (None if the automaton cannot be built, or if a pattern
    /// is empty: the hand-walked search below assumes every match is non-empty).
    pub fn new(patterns: &[String]) -> Option<NameScan> {
        let dfa = aho_corasick::dfa::Builder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // (A prefilter would make the start state special: for thousands of
            // names it has nothing to skip to anyway.)
            .prefilter(false)
            .build(patterns)
            .ok()?;
        if dfa.min_pattern_len() == 0 {
            return None;
        }
        let start = dfa.start_state(Anchored::No).ok()?;
        Some(NameScan { dfa, start })
    }

    /// Calls `found(pattern, start, end)` for each match in `text`, left to right:
    /// at each step the leftmost match, the longest there, then on from its end.
    pub fn for_each(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        let dfa = &self.dfa;
        let bytes = text.as_bytes();
        let mut from = 0;
        while from < bytes.len() {
            // One search from `from`: walk until the dead state (a leftmost-longest
            // DFA dies once the leftmost match can grow no longer) or the end,
            // remembering the last match state passed.
            let mut sid = self.start;
            let mut last: Option<(StateID, usize)> = None;
            for (k, &b) in bytes[from..].iter().enumerate() {
                sid = dfa.next_state(Anchored::No, sid, b);
                if dfa.is_special(sid) {
                    if dfa.is_dead(sid) {
                        break;
                    }
                    if dfa.is_match(sid) {
                        last = Some((sid, from + k + 1));
                    }
                }
            }
            let Some((sid, end)) = last else {
                return;
            };
            let pattern = dfa.match_pattern(sid, 0);
            found(pattern.as_usize(), end - dfa.pattern_len(pattern), end);
            from = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasickBuilder;

    /// The matches of `AhoCorasick::find_iter` over the same patterns.
    fn reference(patterns: &[String], text: &str) -> Vec<(usize, usize, usize)> {
        AhoCorasickBuilder::new()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .expect("automaton")
            .find_iter(text)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    #[test]
    fn walks_to_the_same_matches_as_find_iter() {
        let patterns: Vec<String> = [
            "BTS",
            "BTS Army",
            "Army",
            "Sam",
            "Samantha",
            "Sam Smith",
            "Smith",
            "a",
            "ab",
            "abc",
            "bcd",
            "Björk",
            "RM",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let scan = NameScan::new(&patterns).expect("automaton");
        for text in [
            "BTS Army met Sam Smith and Samantha; Sam Smit, Björk and RM.",
            "abcd abc ab a bcd xabcdx",
            "",
            "no names here",
            "Sam",
            "BTS Arm",
        ] {
            let mut got = Vec::new();
            scan.for_each(text, |p, s, e| got.push((p, s, e)));
            assert_eq!(got, reference(&patterns, text), "{text}");
        }
    }

    #[test]
    fn an_empty_pattern_is_refused() {
        assert!(NameScan::new(&["".to_string(), "a".to_string()]).is_none());
    }
}
