//! Grammatical gender of people, so that "she" does not resolve to a man named just
//! before ("Drake ... She sang") nor "he" to a woman: from first names that are nearly
//! always one gender (`data/first_names.tsv`), and from how the document itself refers
//! to someone it names alone in a sentence.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

const FIRST_NAMES: &str = include_str!("../data/first_names.tsv");

static BY_NAME: LazyLock<FxHashMap<&'static str, Gender>> = LazyLock::new(|| {
    FIRST_NAMES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (name, g) = l.split_once('\t')?;
            let g = match g.trim() {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => return None,
            };
            Some((name, g))
        })
        .collect()
});

/// He or she.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// He, him, his.
    Male,
    /// She, her.
    Female,
}

/// The gender a pronoun refers to, if it has one.
pub fn of_pronoun(word: &str) -> Option<Gender> {
    // Only ASCII capitals lowercase to these ASCII words, so an ASCII case-insensitive
    // comparison says the same without a lowercase copy of every word.
    let is = |forms: &[&str]| forms.iter().any(|f| word.eq_ignore_ascii_case(f));
    if word.len() > "herself".len() {
        None
    } else if is(&["he", "him", "his", "himself"]) {
        Some(Gender::Male)
    } else if is(&["she", "her", "hers", "herself"]) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender of a full name's first name, when that first name is nearly always
/// one gender ("Elton John", "Rina Sawayama"); None for stage names and shared names.
pub fn of_name(name: &str) -> Option<Gender> {
    let first = name.split_whitespace().next()?;
    if !name.contains(' ') && first.len() < 3 {
        return None;
    }
    // (Lowercased on the stack: asked for most names of a document.)
    crate::lexicon::with_lowercase(first, |lower| BY_NAME.get(lower).copied())
}

/// The runs of alphabetic chars of `s` (the words `s.split(|c: char|
/// !c.is_alphabetic())` yields) that hold an 'h' or 'H', each once: every gendered
/// pronoun has one, so only the words around each 'h' (memchr) are looked at, not
/// every char of the sentence.
fn words_with_h(s: &str) -> impl Iterator<Item = &str> {
    let mut done = 0;
    memchr::memchr2_iter(b'h', b'H', s.as_bytes()).filter_map(move |p| {
        if p < done {
            return None;
        }
        let start = s[..p]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic())
            .last()
            .map_or(p, |(k, _)| k);
        let end = s[p..]
            .char_indices()
            .find(|&(_, c)| !c.is_alphabetic())
            .map_or(s.len(), |(k, _)| p + k);
        done = end;
        Some(&s[start..end])
    })
}

/// What a document's own pronouns say about the people it names: a sentence naming
/// exactly one person and using only one gender's pronouns votes for that gender.
#[derive(Debug, Default, Clone)]
pub struct Votes {
    votes: FxHashMap<usize, (u16, u16)>,
}

impl Votes {
    /// Counts one sentence (lowercase) that names `person` and no other person.
    pub fn learn(&mut self, person: usize, lower: &str) {
        let (mut male, mut female) = (false, false);
        for w in words_with_h(lower) {
            match of_pronoun(w) {
                Some(Gender::Male) => male = true,
                Some(Gender::Female) => female = true,
                None => {}
            }
        }
        let v = self.votes.entry(person).or_default();
        match (male, female) {
            (true, false) => v.0 += 1,
            (false, true) => v.1 += 1,
            _ => {}
        }
    }

    /// The gender the document's votes give, else the first name's.
    pub fn of(&self, person: usize, name: &str) -> Option<Gender> {
        match self.votes.get(&person) {
            Some(&(m, f)) if m > f => Some(Gender::Male),
            Some(&(m, f)) if f > m => Some(Gender::Female),
            _ => of_name(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_names_and_document_votes_give_a_gender() {
        assert_eq!(of_name("Elton John"), Some(Gender::Male));
        assert_eq!(of_name("Rina Sawayama"), Some(Gender::Female));
        assert_eq!(of_name("Drake"), None);
        let mut v = Votes::default();
        v.learn(3, "drake thanked his fans.");
        assert_eq!(v.of(3, "Drake"), Some(Gender::Male));
        v.learn(4, "she and he talked.");
        assert_eq!(v.of(4, "Drake"), None);
    }
}
