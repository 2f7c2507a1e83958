//! Which unknown acts are groups: the words around a name that the recogniser
//! typed as a person ("Velvet Harbor are", "Velvet Harbor's drummer", "Velvet
//! Harbor, the Leeds quartet,") show that it names a band, so that "the band" and
//! "they" can find it later.
//!
//! Only names the knowledge base does not know are retyped, and only when nothing
//! in the document has told them apart as one person (a pronoun's gender, a known
//! first name).

use crate::coreference::Salience;
use crate::entities::{Mention, Registry, Via};
use crate::model::EntityKind;

/// Words that name a band or group outright when they stand next to its name.
const ENSEMBLE_WORDS: &[&str] = &[
    "band",
    "group",
    "duo",
    "trio",
    "quartet",
    "quintet",
    "sextet",
    "septet",
    "octet",
    "nonet",
    "boyband",
    "outfit",
    "three-piece",
    "four-piece",
    "five-piece",
    "six-piece",
    "seven-piece",
];

/// Roles only a band has: "Velvet Harbor's drummer", "Velvet Harbor frontman X".
const BAND_ROLES: &[&str] = &[
    "frontman",
    "frontwoman",
    "frontperson",
    "drummer",
    "guitarist",
    "bassist",
    "keyboardist",
    "bandmates",
    "bandmate",
    "members",
    "lineup",
    "line-up",
];

/// Retypes as groups the unknown, person-typed names of `sentence` that its words
/// show to be groups, with their mentions here and the document's salience.
pub fn retype(
    sentence: &str,
    reg: &mut Registry<'_>,
    sal: &mut Salience,
    mentions: &mut [Mention],
) {
    for k in 0..mentions.len() {
        let m = &mentions[k];
        if m.via != Via::Name || m.kind != EntityKind::Person || m.entities.len() != 1 {
            continue;
        }
        let e = m.entities[0];
        if reg.entities[e].kb.is_some()
            || sal.knows_gender(reg, e)
            || !group_evidence(sentence, m.start, m.end)
        {
            continue;
        }
        reg.entities[e].kind = EntityKind::Group;
        sal.retyped_as_group(e);
        for m in mentions.iter_mut().filter(|m| m.entities == [e]) {
            m.kind = EntityKind::Group;
        }
    }
}

/// "Janet Jackson is a big fan of BTS. The pop superstar congratulated the K-pop
/// band": in a story with no group yet, a descriptor of a group names the unknown
/// act last named that was typed a person only by default.
pub fn retype_by_descriptor(
    sentence: &str,
    reg: &mut Registry<'_>,
    sal: &mut Salience,
    mentions: &mut [Mention],
) {
    // (The cheap test first: most stories have a group, or no such act.)
    let Some(e) = sal.act_typed_person(reg) else {
        return;
    };
    if !crate::coreference::has_group_descriptor(sentence) {
        return;
    }
    reg.entities[e].kind = EntityKind::Group;
    sal.retyped_as_group(e);
    for m in mentions.iter_mut().filter(|m| m.entities == [e]) {
        m.kind = EntityKind::Group;
    }
}

/// Whether the words around the name at `start..end` make it a group.
fn group_evidence(sentence: &str, start: usize, end: usize) -> bool {
    let before = sentence[..start].trim_end();
    let after = &sentence[end..];
    let last_word_before = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    // "the band Velvet Harbor", "Leeds four-piece Velvet Harbor".
    if crate::lexicon::lower_in(ENSEMBLE_WORDS, last_word_before) {
        return true;
    }
    // "members of Velvet Harbor".
    if crate::lexicon::lower_ends_with(before, "members of") {
        return true;
    }
    // "Velvet Harbor's drummer", "Velvet Harbor frontman Ade Roe".
    let role_after = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
        .or_else(|| after.strip_prefix(' '))
        .and_then(|rest| {
            rest.split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .next()
        })
        .is_some_and(|w| crate::lexicon::lower_in(BAND_ROLES, w));
    if role_after {
        return true;
    }
    // "the BTS boys", "all the Velvet Harbor girls": a name before a plural of
    // people, after "the", names the group they make up.
    if last_word_before.eq_ignore_ascii_case("the")
        && after.strip_prefix(' ').is_some_and(|rest| {
            matches!(
                rest.split(|c: char| !c.is_alphanumeric()).next(),
                Some("boys" | "girls" | "guys" | "lads" | "ladies")
            )
        })
    {
        return true;
    }
    // "Velvet Harbor, the Leeds quartet,": an appositive whose head is an ensemble.
    if let Some(rest) = after.strip_prefix(", ") {
        let phrase = rest.split([',', '.', ';', '—', '(']).next().unwrap_or("");
        let mut words = phrase.split_whitespace();
        if words
            .next()
            .is_some_and(|w| matches!(w, "the" | "a" | "an"))
            && phrase.split_whitespace().count() <= 6
            && phrase
                .split_whitespace()
                .last()
                .is_some_and(|w| crate::lexicon::lower_in(ENSEMBLE_WORDS, w))
        {
            return true;
        }
    }
    // "Velvet Harbor extended their own record", "Velvet Harbor finally played their
    // hit": "their" right after the name's verb is the name's.
    let mut words = after.split_whitespace();
    let their_after_verb = match (words.next(), words.next(), words.next()) {
        (Some(verb), Some("their"), _) => plain_word(verb),
        (Some(adverb), Some(verb), Some("their")) => {
            adverb.ends_with("ly") && plain_word(adverb) && plain_word(verb)
        }
        _ => false,
    };
    if their_after_verb && !listed_before(before) {
        return true;
    }
    // "Velvet Harbor are", "Velvet Harbor were back": a plural verb after a lone
    // subject (not the last of a list, "A and B were"). A one-word plural ("VIPs
    // have been waiting", "Swifties were") is a crowd of fans, not a band; a lone
    // common word ("Doubt are back", of a name cut short) is not a name's whole.
    let name = &sentence[start..end];
    if !name.contains(' ') && (name.ends_with('s') || crate::lexicon::is_common_word(name)) {
        return false;
    }
    let plural_verb = ["are ", "were ", "have "]
        .iter()
        .any(|v| after.strip_prefix(' ').is_some_and(|r| r.starts_with(v)));
    plural_verb && !listed_before(before)
}

/// Whether the name after `before` ends a list ("A and B were"), so that what follows
/// is said of the list.
fn listed_before(before: &str) -> bool {
    before.ends_with(',')
        || before.ends_with(" and")
        || before.ends_with(" &")
        || before.ends_with(" with")
        || before.ends_with(" or")
}

/// A lowercase word with no punctuation: a verb or adverb of the clause, not a new
/// clause, a name or a preposition's object.
fn plain_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            w,
            "for" | "to" | "with" | "of" | "by" | "from" | "in" | "on" | "at" | "and" | "as"
        )
}

#[cfg(test)]
mod tests {
    use super::group_evidence;

    fn evidence(sentence: &str, name: &str) -> bool {
        let start = sentence.find(name).expect("name in sentence");
        group_evidence(sentence, start, start + name.len())
    }

    #[test]
    fn words_beside_a_name_that_make_it_a_group() {
        for (s, n) in [
            ("The band Velvet Harbor opened.", "Velvet Harbor"),
            ("Leeds four-piece Velvet Harbor opened.", "Velvet Harbor"),
            ("Velvet Harbor's drummer fell ill.", "Velvet Harbor"),
            ("Velvet Harbor frontman Ade Roe spoke.", "Velvet Harbor"),
            ("Velvet Harbor, the Leeds quartet, opened.", "Velvet Harbor"),
            ("Velvet Harbor are the band of the year.", "Velvet Harbor"),
            ("Velvet Harbor extended their own record.", "Velvet Harbor"),
            ("Velvet Harbor finally played their hit.", "Velvet Harbor"),
            ("Both members of Velvet Harbor smiled.", "Velvet Harbor"),
        ] {
            assert!(evidence(s, n), "{s}");
        }
    }

    #[test]
    fn words_that_do_not() {
        for (s, n) in [
            ("Tessa Quill and Rowan Pike were there.", "Rowan Pike"),
            ("Rowan Pike's single topped the chart.", "Rowan Pike"),
            ("Rowan Pike, the Vermont singer, opened.", "Rowan Pike"),
            ("Rowan Pike is back.", "Rowan Pike"),
            ("Rowan Pike, whose band opened, spoke.", "Rowan Pike"),
            ("VIPs have been waiting for a comeback.", "VIPs"),
            ("Rowan Pike thanked fans for their support.", "Rowan Pike"),
            (
                "Tessa Quill and Rowan Pike played their duet.",
                "Rowan Pike",
            ),
            ("No Doubt are back.", "Doubt"),
        ] {
            assert!(!evidence(s, n), "{s}");
        }
    }
}
