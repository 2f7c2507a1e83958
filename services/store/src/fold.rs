//! Name folding for the alias index: "Posty", "posty" and "POSTY!" are one key,
//! and so are "Beyoncé" and "Beyonce", "post-malone" and "Post Malone".
//!
//! Folding lowercases, strips the accents of Latin letters and squeezes every run
//! of punctuation and white space into one space (trimmed at both ends). Accents
//! are stripped with a small table rather than Unicode decomposition: entertainment
//! names are overwhelmingly Latin script, and the table keeps the crate free of a
//! normalization dependency. Letters of other scripts are kept as they are
//! (lowercased), so "방탄소년단" still folds to itself.

/// Folds a name, alias or id into its alias-index key.
pub(crate) fn fold(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    // Whether a separator is owed before the next kept character.
    let mut pending_space = false;
    for ch in name.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            if pending_space && !folded.is_empty() {
                folded.push(' ');
            }
            pending_space = false;
            match strip_accent(ch) {
                Some(plain) => folded.push_str(plain),
                None => folded.push(ch),
            }
        } else if is_mark(ch) {
            // A combining accent (decomposed input such as "e\u{301}"): drop it.
        } else if is_joining(ch) {
            // An apostrophe inside a word ("Guns N' Roses", "Destiny's") joins
            // rather than separates, so "destinys child" and "Destiny's Child" agree.
        } else {
            pending_space = true;
        }
    }
    folded
}

fn is_joining(ch: char) -> bool {
    matches!(ch, '\'' | '\u{2019}' | '\u{2018}' | '`' | '\u{b4}')
}

fn is_mark(ch: char) -> bool {
    matches!(ch, '\u{300}'..='\u{36f}')
}

/// The plain spelling of a lowercase accented Latin letter.
fn strip_accent(ch: char) -> Option<&'static str> {
    Some(match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn case_is_folded() {
        assert_eq!(fold("Posty"), "posty");
        assert_eq!(fold("posty"), "posty");
        assert_eq!(fold("BBMAs"), "bbmas");
    }

    #[test]
    fn accents_are_stripped_precomposed_or_combining() {
        assert_eq!(fold("Beyoncé"), "beyonce");
        assert_eq!(fold("Beyonce\u{301}"), "beyonce");
        assert_eq!(fold("Sigur Rós"), "sigur ros");
        assert_eq!(fold("Motörhead"), "motorhead");
    }

    #[test]
    fn punctuation_and_spaces_are_squeezed() {
        assert_eq!(fold("  Post   Malone "), "post malone");
        assert_eq!(fold("post-malone"), "post malone");
        assert_eq!(fold("Tyler, the Creator"), "tyler the creator");
        assert_eq!(fold("Guns N' Roses"), "guns n roses");
        assert_eq!(fold("Destiny’s Child"), "destinys child");
        assert_eq!(fold("!!!"), "");
    }

    #[test]
    fn other_scripts_are_kept() {
        assert_eq!(fold("방탄소년단"), "방탄소년단");
    }
}
