//! Regexes behind a literal gate: words one of which every match contains, looked for
//! by the sentence's one cue scan ([`crate::cues`]).
//!
//! Some cue regexes open with a case-insensitive alternation of short words
//! (`(?i)\b(?:was|were|is|...)\s+inducted\b`), which leaves the regex engine no
//! literal to skip ahead to: it runs its automaton over every byte of every
//! sentence, though nearly no sentence holds the word the pattern is about. A
//! [`GatedRegex`] runs only when the sentence's cue scan saw one of its gate words,
//! so what it finds is exactly what the regex finds. (A substring search per regex
//! and sentence measured costlier than the regexes it spared; the shared scan
//! already runs for the rule families.)
use regex::{Captures, Match, Regex};

use crate::cues::Gate;
use crate::roles::Clause;

/// A regex and the gate whose words one of which each of its matches contains.
#[derive(Debug)]
pub struct GatedRegex {
    regex: Regex,
    gate: Gate,
}

impl GatedRegex {
    /// Compiles `pattern` (a valid regex) behind `gate`, whose words (in
    /// [`crate::cues`]) must be such that every match holds one of them.
    pub fn new(pattern: &str, gate: Gate) -> Self {
        GatedRegex {
            regex: Regex::new(pattern).expect("valid regex"),
            gate,
        }
    }

    /// False only when no match can exist in the clause.
    fn open(&self, c: &Clause<'_, '_, '_>) -> bool {
        let open = c.cues.may_match(self.gate);
        debug_assert!(
            open || !self.regex.is_match(c.text),
            "gate of {} closed on a match in {:?}",
            self.regex.as_str(),
            c.text
        );
        open
    }

    /// [`Regex::find_iter`] over the clause's text.
    pub fn find_iter<'h>(&self, c: &Clause<'h, '_, '_>) -> impl Iterator<Item = Match<'h>> {
        self.open(c)
            .then(|| self.regex.find_iter(c.text))
            .into_iter()
            .flatten()
    }

    /// [`Regex::captures_iter`] over the clause's text.
    pub fn captures_iter<'h>(&self, c: &Clause<'h, '_, '_>) -> impl Iterator<Item = Captures<'h>> {
        self.open(c)
            .then(|| self.regex.captures_iter(c.text))
            .into_iter()
            .flatten()
    }

    /// [`Regex::find`] in the clause's text.
    pub fn find<'h>(&self, c: &Clause<'h, '_, '_>) -> Option<Match<'h>> {
        if self.open(c) {
            self.regex.find(c.text)
        } else {
            None
        }
    }

    /// [`Regex::is_match`] on the clause's text.
    pub fn is_match(&self, c: &Clause<'_, '_, '_>) -> bool {
        self.open(c) && self.regex.is_match(c.text)
    }
}

#[cfg(test)]
mod tests {
    use crate::tests_support::{awards, encounters, records};

    /// Every gate asserts (in debug builds) that it never closes on a match; these
    /// sentences hold the cue words in capitals, next to letters that lowercasing
    /// shortens (`ẞ`), next to the long `ſ` a `(?i)` regex reads as `s`, and plainly.
    #[test]
    fn gates_never_hide_a_match() {
        for text in [
            "Foo Fighters WERE INDUCTED into the Rock and Roll Hall of Fame.",
            "Straẞe and Foo Fighters WERE INDUCTED into the Rock and Roll Hall of Fame.",
            "Adele was NAMED Artist of the Year.",
            "Adele was named Artiſt of the Year and became the firſt woman ever to win it.",
            "Taylor Swift (of Straẞe) BROKE the RECORD and became the FIRST artist to do so.",
            "Lizzo and Harry Styles shared a warm HUG and congratulated each other.",
            "Best New Artist WENT TO Samara Joy.",
        ] {
            awards(text);
            records(text);
            encounters(text);
        }
    }
}
