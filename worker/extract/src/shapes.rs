//! A cheap pre-test for membership in a fixed set of words: the (first byte, length)
//! pairs its words have. Most words of a sentence share neither with any word of a
//! short list, and ruling them out costs two table reads instead of hashing the word
//! and comparing it.

/// The (first byte, length) pairs of a list of words; lengths of 63 bytes and more
/// count as one.
#[derive(Debug)]
pub struct Shapes([u64; 256]);

impl Shapes {
    /// The shapes of `words`.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Shapes {
        let mut t = [0u64; 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                t[usize::from(b)] |= 1 << w.len().min(63);
            }
        }
        Shapes(t)
    }

    /// False when no word of the list is `word`.
    pub fn may_hold(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) => self.0[usize::from(b)] & (1 << word.len().min(63)) != 0,
            // The empty word has no first byte: only a list holding it may hold it.
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Shapes;

    #[test]
    fn rules_out_only_words_not_in_the_list() {
        let list = ["not", "never", "would", "é"];
        let shapes = Shapes::of(list);
        for w in list {
            assert!(shapes.may_hold(w), "{w}");
        }
        assert!(!shapes.may_hold("the"));
        assert!(!shapes.may_hold("no"));
        assert!(!shapes.may_hold("nevermore"));
        assert!(shapes.may_hold("nor"));
        assert!(shapes.may_hold(""));
    }
}
