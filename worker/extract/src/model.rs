//! The extractor's output: typed events, the entities they name, and where they were told.
//!
//! These are plain data with no dependency on the wire format; the worker turns them
//! into `greenroom.v1` messages.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A stable entity id: a lowercase ASCII slug such as `post-malone`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(String);

impl EntityId {
    /// Returns the slug of `name`: ASCII letters and digits, lowercased, runs of anything
    /// else (spaces, punctuation) as one `-`; accents are dropped ("Zoë" -> "zoe").
    pub fn from_name(name: &str) -> Self {
        EntityId(slug(name, '-'))
    }

    /// Wraps an id that is already a slug (from the knowledge base or the store).
    pub fn from_slug(slug: impl Into<String>) -> Self {
        EntityId(slug.into())
    }

    /// Returns the slug.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The slug of `name` with `sep` between words: [`EntityId::from_name`] with `-`, and
/// the lookup key of [`crate::knowledge::fold`] with a space.
pub(crate) fn slug(name: &str, sep: char) -> String {
    let mut slug = String::with_capacity(name.len());
    slug_into(name, sep, &mut slug);
    slug
}

/// [`slug`], written into `slug` (which must be empty), so a caller can reuse a buffer.
pub(crate) fn slug_into(name: &str, sep: char, slug: &mut String) {
    debug_assert!(slug.is_empty());
    // `sep` is ASCII (a dash or a space): the slug is ASCII, built byte by byte.
    let sep_byte = u8::try_from(sep).unwrap_or(b'-');
    // One byte of output per ASCII character (every folded letter is ASCII).
    let push = |slug: &mut String, b: u8| {
        if b.is_ascii_alphanumeric() {
            slug.push(char::from(b.to_ascii_lowercase()));
        } else if b == b'\'' {
            // "Dick Clark's" -> "dick-clarks": apostrophes join, not split.
        } else if slug.as_bytes().last().is_some_and(|&l| l != sep_byte) {
            slug.push(char::from(sep_byte));
        }
    };
    let bytes = name.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Most names are ASCII, which has no accents to fold.
        if b.is_ascii() {
            push(slug, b);
            i += 1;
            continue;
        }
        let ch = name[i..].chars().next().unwrap_or('\u{FFFD}');
        i += ch.len_utf8();
        for c in fold_accent(ch) {
            if c.is_ascii() {
                push(slug, c as u8);
            } else if c != '’' && slug.as_bytes().last().is_some_and(|&l| l != sep_byte) {
                // Any other character splits words, like ASCII punctuation.
                slug.push(char::from(sep_byte));
            }
        }
    }
    while slug.as_bytes().last() == Some(&sep_byte) {
        slug.pop();
    }
}

/// Maps a Latin letter with a diacritic to its base letter(s); anything else to itself.
fn fold_accent(ch: char) -> impl Iterator<Item = char> {
    let folded: &str = match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => "A",
        'æ' => "ae",
        'Æ' => "AE",
        'ç' | 'č' | 'ć' => "c",
        'Ç' | 'Č' | 'Ć' => "C",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => "E",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => "I",
        'ñ' | 'ń' => "n",
        'Ñ' | 'Ń' => "N",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' => "O",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => "U",
        'ý' | 'ÿ' => "y",
        'Ý' => "Y",
        'ß' => "ss",
        'š' | 'ś' => "s",
        'Š' | 'Ś' => "S",
        'ž' | 'ź' | 'ż' => "z",
        'Ž' | 'Ź' | 'Ż' => "Z",
        'ł' => "l",
        'Ł' => "L",
        _ => "",
    };
    let single = if folded.is_empty() { Some(ch) } else { None };
    folded.chars().chain(single)
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A solo artist, actor or other individual.
    Person,
    /// A band or other act with members.
    Group,
    /// An award show, festival or televised event.
    Ceremony,
    /// A song, album or video.
    Work,
    /// Anything else.
    Other,
}

/// A reference to an entity inside an event.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct EntityRef {
    /// Stable slug.
    pub id: EntityId,
    /// Canonical display name.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
}

/// An entity with its names and membership, as known after reading a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Stable slug.
    pub id: EntityId,
    /// Canonical display name.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Other names, including spellings seen in text.
    pub aliases: Vec<String>,
    /// For a group: its members' ids.
    pub members: Vec<EntityId>,
    /// For a person: the groups they belong to.
    pub member_of: Vec<EntityId>,
}

/// The kind of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventKind {
    /// Someone won an award.
    Award,
    /// People met in person.
    Encounter,
    /// Someone performed.
    Performance,
    /// A record was set or broken.
    Record,
}

/// Whether an event happened or was only announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Told as a past or present fact.
    Occurred,
    /// Told as scheduled or announced.
    Planned,
}

/// Where an encounter took place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Setting {
    /// Backstage.
    Backstage,
    /// A green room.
    GreenRoom,
    /// A dressing room.
    DressingRoom,
    /// The red carpet.
    RedCarpet,
    /// On stage.
    Stage,
    /// In the audience.
    Audience,
    /// An after-party.
    AfterParty,
}

/// The kind-specific part of an event.
#[derive(Clone, Debug, PartialEq)]
pub enum EventDetails {
    /// Someone won an award.
    Award {
        /// Who won.
        recipients: Vec<EntityRef>,
        /// The award's name as the ceremony gives it.
        category: String,
        /// The work it was for.
        work: Option<EntityRef>,
    },
    /// People met in person.
    Encounter {
        /// Two or more participants.
        participants: Vec<EntityRef>,
        /// Where, when said.
        setting: Option<Setting>,
    },
    /// Someone performed.
    Performance {
        /// Who performed together.
        performers: Vec<EntityRef>,
        /// The work performed.
        work: Option<EntityRef>,
    },
    /// A record was set or broken.
    Record {
        /// Who holds it now.
        holder: EntityRef,
        /// Who held it before.
        previous_holder: Option<EntityRef>,
        /// The work that set it.
        work: Option<EntityRef>,
        /// What the record is, with its figure.
        description: String,
    },
}

impl EventDetails {
    /// Returns the kind these details belong to.
    pub fn kind(&self) -> EventKind {
        match self {
            EventDetails::Award { .. } => EventKind::Award,
            EventDetails::Encounter { .. } => EventKind::Encounter,
            EventDetails::Performance { .. } => EventKind::Performance,
            EventDetails::Record { .. } => EventKind::Record,
        }
    }
}

/// A byte range of the document text: `text[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte, inclusive.
    pub start: usize,
    /// Last byte, exclusive.
    pub end: usize,
}

/// One place an event was told.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The document's id.
    pub document_id: String,
    /// The sentence that tells the event; equals `text[span.start..span.end]`.
    pub evidence: String,
    /// Where the sentence stands in the document.
    pub span: Span,
    /// The id of the rule that fired, e.g. `award.winner_verb`.
    pub rule: &'static str,
    /// How sure this source is, from 0 to 1.
    pub confidence: f64,
}

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day, 1 to 31.
    pub day: u32,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A typed, sourced fact.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Stable id derived from the canonical fact (kind, who, what, ceremony, year).
    pub id: String,
    /// The year it happened, when it can be recovered.
    pub year: Option<i32>,
    /// The day it happened, when said.
    pub date: Option<Date>,
    /// The show or ceremony, edition-free.
    pub ceremony: Option<EntityRef>,
    /// Whether it happened or was only planned.
    pub status: Status,
    /// The kind-specific part.
    pub details: EventDetails,
    /// Every place it was told.
    pub sources: Vec<Source>,
    /// How sure, from 0 to 1.
    pub confidence: f64,
}
