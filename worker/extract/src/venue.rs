//! Venues: "at London Stadium", "a sold-out Madison Square Garden", "The O2". A concert
//! story has no ceremony, so the venue is where its performances and meetings happened.

use std::sync::LazyLock;

use regex::Regex;

/// A Title Case name ending in a venue's head noun, or the O2.
static VENUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:(?:[A-Z][\w.'’&-]*|de|of|the) ){0,4}?(?:[A-Z][\w.'’&-]*) (?:Stadium|Arena|Garden|Dome|Bowl|Centre|Center|Theatre|Theater|Forum|Coliseum|Palladium|Amphitheatre|Amphitheater|Hall)(?-u:\b)|(?-u:\b)[Tt]he O2(?: Arena)?(?-u:\b)")
        .expect("valid regex")
});

/// Words before a venue that say something happened there.
const PLACED_BY: &[&str] = &[
    "at",
    "to",
    "in",
    "inside",
    "played",
    "headlined",
    "filled",
    "sold-out",
    "packed",
    "out",
];

/// The span of the first venue in `sentence` that something happened at.
pub fn find(sentence: &str) -> Option<(usize, usize)> {
    if !sentence.contains(['S', 'A', 'G', 'D', 'B', 'C', 'T', 'F', 'P', 'H', 'O']) {
        return None;
    }
    VENUE.find_iter(sentence).find_map(|m| {
        // Trim a leading possessive place ("London's O2 Arena" keeps "O2 Arena") or
        // article, and look at the word before.
        let text = m.as_str();
        let (start, name) = match text.find(['\'', '’']) {
            Some(k) if text[k..].starts_with("'s ") || text[k..].starts_with("’s ") => {
                let skip = k + text[k..].find(' ').map_or(0, |s| s + 1);
                (m.start() + skip, &text[skip..])
            }
            _ => (m.start(), text),
        };
        let (start, name) = match name.strip_prefix("the ").or(name.strip_prefix("The ")) {
            Some(rest) if !rest.starts_with("O2") => (start + 4, rest),
            _ => (start, name),
        };
        let before = sentence[..m.start()].trim_end();
        let prev = before
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("")
            .trim_end_matches(['\'', '’', 's'])
            .to_lowercase();
        let placed = PLACED_BY.contains(&prev.as_str())
            || before.ends_with("'s")
            || before.ends_with("’s")
            || crate::lexicon::to_lower(before).ends_with(" the")
                && before[..before.len() - 4]
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| PLACED_BY.contains(&crate::lexicon::to_lower(w).as_str()));
        (placed && !name.is_empty()).then_some((start, start + name.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::find;

    fn name(s: &str) -> Option<&str> {
        find(s).map(|(a, b)| &s[a..b])
    }

    #[test]
    fn venues_after_a_place_word_are_found() {
        assert_eq!(
            name("The singer played to a sold-out crowd at London Stadium in Stratford."),
            Some("London Stadium")
        );
        assert_eq!(
            name("Tom Varga sold out Madison Square Garden in April."),
            Some("Madison Square Garden")
        );
        assert_eq!(name("Rema headlined London's O2 Arena."), Some("O2 Arena"));
        assert_eq!(name("Nova Crown thanked the crowd."), None);
    }
}
