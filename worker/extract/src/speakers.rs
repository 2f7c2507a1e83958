//! Who is speaking in an interview: a Q&A answer opens with its speaker's label
//! ("Lainey Wilson: Honestly? ...", "LW: Back in 2019. I sang "Dirty Looks""), and
//! its "I", "me" and "my" are that person. Likewise a quotation in a news story:
//! "Tell Chang added backstage: "Tonight I finally met Leo Wang."", ""I met her
//! backstage," she said".

use crate::entities::{Mention, Registry, Via};
use crate::model::EntityKind;

/// The speaker of an answer that `sentence` opens, if it opens with a label naming
/// one (see [`label_speaker`]). The label's own mentions are dropped: "LW:" takes part
/// in nothing.
pub fn open_answer(
    sentence: &str,
    reg: &Registry<'_>,
    mentions: &mut Vec<Mention>,
) -> Option<usize> {
    let speaker = label_speaker(sentence, reg, mentions)?;
    // "Mira Sol: "Murder on the Dancefloor"": an act and the title it plays, a
    // live blog's line, not an answer.
    if let Some(colon) = crate::lexicon::find_lit(sentence, ": ")
        && title_alone(&sentence[colon + 2..])
    {
        return None;
    }
    if let Some(colon) = crate::lexicon::find_lit(sentence, ": ") {
        mentions.retain(|m| m.end > colon);
    }
    Some(speaker)
}

/// Whether `rest` is a quoted title and nothing more (a bracketed gloss and a full
/// stop allowed): ""Idol" (アイドル).".
fn title_alone(rest: &str) -> bool {
    let Some(inner) = rest.strip_prefix(['"', '“']) else {
        return false;
    };
    let Some(close) = inner.find(['"', '”']) else {
        return false;
    };
    let after = inner[close..]
        .trim_start_matches(['"', '”'])
        .trim_end_matches(['.', '!', ' ']);
    after.is_empty() || after.starts_with(" (") && after.ends_with(')') && !after[2..].contains('(')
}

/// Adds to `mentions` the first-person pronouns of an answer by `speaker` (see
/// [`first_person`]) that no mention covers yet. "We" is the speaker's band, not
/// whichever group the story last named: a Q&A with a band's singer talks about other
/// bands too.
pub fn add_first_person(
    sentence: &str,
    reg: &Registry<'_>,
    speaker: usize,
    solo_we: bool,
    mentions: &mut Vec<Mention>,
) {
    let e = &reg.entities[speaker];
    let group = e.member_of.first().copied();
    let mine: Vec<Mention> = first_person(sentence, speaker, e.kind, group, solo_we)
        .into_iter()
        .filter(|m| !mentions.iter().any(|x| x.start < m.end && m.start < x.end))
        .collect();
    if !mine.is_empty() {
        mentions.extend(mine);
        mentions.sort_by_key(|m| m.start);
    }
}

/// The speaker a sentence's label names, when the sentence opens with one: a name
/// the sentence's mentions cover up to the colon, or the initials of a person the
/// document has named ("LW" for Lainey Wilson). `None` for an interviewer's label
/// ("Q:") or no label.
fn label_speaker(sentence: &str, reg: &Registry<'_>, mentions: &[Mention]) -> Option<usize> {
    let colon = crate::lexicon::find_lit(sentence, ": ")?;
    let label = &sentence[..colon];
    if label.is_empty() || label.len() > 40 || label.split(' ').count() > 4 {
        return None;
    }
    let named = || {
        mentions
            .iter()
            .find(|m| m.start == 0 && m.end == colon && m.kind == EntityKind::Person)
            .and_then(|m| m.entities.first().copied())
    };
    // Initials: two to four capitals, matched against the people named so far.
    if !(2..=4).contains(&label.len()) || !label.bytes().all(|b| b.is_ascii_uppercase()) {
        return named();
    }
    let mut found = None;
    for (i, e) in reg.entities.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let initials: String = e
            .name
            .split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect();
        if initials == label && e.name != label {
            if found.is_some() {
                // Two people with the same initials: no telling which.
                return None;
            }
            found = Some(i);
        }
    }
    found.or_else(named)
}

/// Mentions for the first-person pronouns of `sentence` ("I", "me", "my", "I'm",
/// "I've"), all the speaker, and for "we", "us" and "our", the speaker's `group` when
/// there is one ("RM: We performed "Dynamite"" is BTS); none inside
/// quotation marks, where someone else may be quoted.
pub fn first_person(
    sentence: &str,
    speaker: usize,
    kind: EntityKind,
    group: Option<usize>,
    solo_we: bool,
) -> Vec<Mention> {
    let mut out = Vec::new();
    for (start, at) in ascii_words(sentence) {
        let word = &sentence[start..at];
        let (who, kind) = match word {
            "I" | "me" | "Me" | "my" | "My" => (speaker, kind),
            "we" | "We" | "us" | "our" | "Our" if group.is_some() => {
                (group.unwrap_or(speaker), EntityKind::Group)
            }
            // The interviewee's "we", with no band known: the act and whoever is on
            // stage with them (a labelled speaker may be one of a duo the text
            // never says).
            "we" | "We" if solo_we => (speaker, kind),
            _ => continue,
        };
        if !crate::document::inside_quotation(sentence, start) {
            let possessive = matches!(word, "my" | "My" | "our" | "Our");
            out.push(pronoun(start, at, who, kind, possessive));
        }
    }
    out
}

/// The person an unlabelled interview is with: the act right before "sat down with
/// us", "spoke to us" and the like ("Hasan Raheem sat down with us over a very long
/// chai"). Their answers need no label: every paragraph that is not a question is
/// theirs, and the questions' "you" is them.
pub fn interviewee(lower: &str, mentions: &[Mention]) -> Option<usize> {
    const TO_US: &[&str] = &[
        " sat down with us",
        " spoke to us",
        " spoke with us",
        " talked to us",
        " talked with us",
        " chatted with us",
        " caught up with us",
        " talks to us",
        " sits down with us",
    ];
    let at = TO_US
        .iter()
        .find_map(|w| crate::lexicon::find_lit(lower, w))?;
    mentions
        .iter()
        .rev()
        .find(|m| {
            m.end <= at
                && !m.modifier
                && matches!(m.kind, EntityKind::Person | EntityKind::Group)
                && m.entities.len() == 1
        })
        .map(|m| m.entities[0])
}

/// Adds to `mentions` the second-person pronouns of an interviewer's question
/// ("You won Song of the Year last month. Were you expecting it?"): the interviewee.
pub fn add_second_person(
    sentence: &str,
    reg: &Registry<'_>,
    who: usize,
    mentions: &mut Vec<Mention>,
) {
    let kind = reg.entities[who].kind;
    let mut added = false;
    for (start, at) in ascii_words(sentence) {
        let word = &sentence[start..at];
        if matches!(word, "you" | "You" | "your" | "Your")
            && !crate::document::inside_quotation(sentence, start)
            && !mentions.iter().any(|x| x.start < at && start < x.end)
        {
            let possessive = matches!(word, "your" | "Your");
            mentions.push(pronoun(start, at, who, kind, possessive));
            added = true;
        }
    }
    if added {
        mentions.sort_by_key(|m| m.start);
    }
}

/// Words that attribute a quotation to its speaker.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "explained",
    "recalled",
    "wrote",
    "writes",
    "posted",
    "joked",
    "jokes",
    "laughed",
    "admitted",
    "quipped",
    "tweeted",
    "continued",
    "revealed",
    "shared",
    "gushed",
    "confessed",
    "recalls",
    "remembered",
    "insisted",
    "noted",
    "replied",
    "captioned",
];

/// A quotation in a sentence with the act who speaks it: the bytes `start..end`
/// are inside it; `open` when it runs on past the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// Who speaks it.
    pub speaker: usize,
    /// Where its words start.
    pub start: usize,
    /// Where they end (its closing mark, or the sentence's end).
    pub end: usize,
    /// Whether it goes on into the next sentence.
    pub open: bool,
}

/// Where a quotation mark opens or closes in `s` from `from` on.
fn next_quote_mark(s: &str, from: usize) -> Option<usize> {
    s[from..].find(['"', '“', '”']).map(|k| from + k)
}

/// Whether `words` (the few words next to a quotation) hold a speech verb.
fn attributes(words: &str) -> bool {
    words
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| SPEECH_VERBS.contains(&w))
}

/// The act or person a mention names, when it can speak.
fn speaker_of(m: &Mention) -> Option<usize> {
    (matches!(m.kind, EntityKind::Person | EntityKind::Group)
        && !m.modifier
        && m.entities.len() == 1)
        .then(|| m.entities[0])
}

/// The quotation `sentence` holds and who speaks it: "X added backstage: "..."" (the
/// act before the colon), ""...," she said" or ""...," said X" (the act after it).
/// `carried` is the speaker of a quotation an earlier sentence opened and did not
/// close: this sentence goes on with it up to its closing mark.
pub fn quotation(
    sentence: &str,
    mentions: &[Mention],
    carried: Option<usize>,
) -> Option<Quotation> {
    if let Some(speaker) = carried {
        let close = next_quote_mark(sentence, 0);
        return Some(Quotation {
            speaker,
            start: 0,
            end: close.unwrap_or(sentence.len()),
            open: close.is_none(),
        });
    }
    // "Guitarist Tell Chang added backstage: "Tonight I finally met Leo Wang."".
    if let Some(colon) = [": \"", ": “"]
        .iter()
        .find_map(|p| crate::lexicon::find_lit(sentence, p))
    {
        let before = &sentence[..colon];
        let near = before
            .char_indices()
            .rev()
            .filter(|&(_, c)| c == ' ')
            .nth(3)
            .map_or(before, |(k, _)| &before[k..]);
        if attributes(near)
            && let Some(speaker) = mentions
                .iter()
                .rev()
                .filter(|m| m.end <= colon)
                .find_map(speaker_of)
        {
            let start = colon
                + if sentence[colon..].starts_with(": \"") {
                    3
                } else {
                    5
                };
            let close = next_quote_mark(sentence, start);
            return Some(Quotation {
                speaker,
                start,
                end: close.unwrap_or(sentence.len()),
                open: close.is_none(),
            });
        }
    }
    // ""I met her backstage," she said.", ""..." said Tell Chang.".
    let close = [",\" ", ",” ", "?\" ", "!\" ", "?” ", "!” "]
        .iter()
        .filter_map(|p| crate::lexicon::rfind_lit(sentence, p))
        .max()?;
    let mark_len = sentence[close + 1..]
        .chars()
        .next()
        .map_or(1, char::len_utf8);
    let tail_start = close + 1 + mark_len + 1;
    let tail = sentence.get(tail_start..)?;
    if tail.split_whitespace().count() > 6 || !attributes(tail) {
        return None;
    }
    let speaker = mentions
        .iter()
        .filter(|m| m.start >= tail_start)
        .find_map(speaker_of)?;
    let start = sentence[..close].rfind(['"', '“']).map_or(0, |k| {
        k + sentence[k..].chars().next().map_or(1, char::len_utf8)
    });
    Some(Quotation {
        speaker,
        start,
        end: close,
        open: false,
    })
}

/// Adds the first-person pronouns inside `q` ("I", "me", "my"; "we" for the
/// speaker's band) to `mentions`, where no mention covers them yet.
pub fn add_quoted_first_person(
    sentence: &str,
    reg: &Registry<'_>,
    q: Quotation,
    mentions: &mut Vec<Mention>,
) {
    let e = &reg.entities[q.speaker];
    let group = e.member_of.first().copied();
    let mut added = false;
    for (start, at) in ascii_words(&sentence[q.start..q.end]) {
        let (start, at) = (q.start + start, q.start + at);
        let word = &sentence[start..at];
        let (who, kind) = match word {
            "I" | "me" | "Me" | "my" | "My" => (q.speaker, e.kind),
            "we" | "We" | "us" | "our" | "Our" if e.kind == EntityKind::Group => {
                (q.speaker, EntityKind::Group)
            }
            "we" | "We" | "us" | "our" | "Our" if group.is_some() => {
                (group.unwrap_or(q.speaker), EntityKind::Group)
            }
            _ => continue,
        };
        if mentions.iter().any(|x| x.start < at && start < x.end) {
            continue;
        }
        let possessive = matches!(word, "my" | "My" | "our" | "Our");
        mentions.push(pronoun(start, at, who, kind, possessive));
        added = true;
    }
    if added {
        mentions.sort_by_key(|m| m.start);
    }
}

/// A pronoun's mention of `who` at `start..end`.
fn pronoun(start: usize, end: usize, who: usize, kind: EntityKind, modifier: bool) -> Mention {
    Mention {
        start,
        end,
        entities: vec![who],
        kind,
        via: Via::Pronoun,
        modifier,
    }
}

/// The byte spans of the runs of ASCII letters in `sentence` (the pronouns looked
/// for are all ASCII).
fn ascii_words(sentence: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = sentence.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        if at == bytes.len() {
            return None;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphabetic() {
            at += 1;
        }
        Some((start, at))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_person_pronouns_outside_quotes_are_found() {
        let got = first_person(
            "I sang \"Ember\" and my mum said \"I cried\". We left.",
            3,
            EntityKind::Person,
            None,
            false,
        );
        let words: Vec<(usize, bool)> = got.iter().map(|m| (m.start, m.modifier)).collect();
        assert_eq!(words, [(0, false), (19, true)]);
        // "We" only when the speaker's band is known.
        let got = first_person("We left.", 3, EntityKind::Person, Some(7), false);
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].entities[0], got[0].kind), (7, EntityKind::Group));
    }
}
