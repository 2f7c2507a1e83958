//! The knowledge base: canonical names, kinds, aliases and membership of well-known
//! entities (ceremonies, artists, a few very famous works), read from a JSON file.
//!
//! The bundled file ships inside the crate (`data/knowledge.json`, via `include_str!`);
//! users may load their own file in the same format and [`KnowledgeBase::extend`] the
//! bundled one. Matching against text is done by [`Gazetteer`], which builds one
//! Aho-Corasick automaton over every name once.
//!
//! File format:
//!
//! ```json
//! {"version": 1, "entities": [
//!   {"name": "BTS", "kind": "group", "aliases": ["Bangtan Boys"], "members": ["RM", "Jin"]},
//!   {"name": "RM", "kind": "person", "aliases": ["Kim Namjoon"]},
//!   {"name": "Grammy Awards", "kind": "ceremony", "aliases": ["Grammys"], "edition_base": 1958},
//!   {"name": "Dynamite", "kind": "work", "by": "BTS"}
//! ]}
//! ```
//!
//! `kind` is one of person, group, ceremony, work, other; `id` may be given, else it is
//! the slug of the name. Names are matched case-sensitively (plus an all-caps form),
//! at word boundaries; one-word works only when written in capitals, otherwise they
//! are found through quotes and cues.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::model::{EntityId, EntityKind};
use crate::name_scan::NameScan;

/// The bundled data file.
const BUNDLED_JSON: &str = include_str!("../data/knowledge.json");

/// Parsed once per process: [`KnowledgeBase::bundled`] clones it.
static BUNDLED: LazyLock<KnowledgeBase> = LazyLock::new(|| {
    // The bundled file is part of the crate and checked by a unit test, so a parse
    // failure is a build defect; an empty base keeps the extractor usable anyway.
    KnowledgeBase::from_json(BUNDLED_JSON).unwrap_or_default()
});

/// Why a knowledge file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    /// The file is not valid JSON of the expected shape.
    #[error("knowledge file is not valid: {0}")]
    Json(#[from] serde_json::Error),
    /// An entry has an empty name.
    #[error("knowledge entry #{index} has an empty name")]
    EmptyName {
        /// Position of the entry in `entities`.
        index: usize,
    },
    /// An entry has an empty alias.
    #[error("knowledge entry '{name}' has an empty alias")]
    EmptyAlias {
        /// The entry's name.
        name: String,
    },
    /// A group lists a member that is not itself an entry of the file.
    #[error("group '{group}' lists member '{member}', which has no entry of its own")]
    UnknownMember {
        /// The group's name.
        group: String,
        /// The missing member's name.
        member: String,
    },
}

/// One entry of the knowledge file.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeEntry {
    /// Canonical display name.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Optional explicit slug; derived from the name otherwise.
    #[serde(default)]
    pub id: Option<String>,
    /// Other names.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// For a group: member names (each must have an entry of its own).
    #[serde(default)]
    pub members: Vec<String>,
    /// For a ceremony: `year = edition_base + edition` ("66th Grammys" = 1958 + 66).
    #[serde(default)]
    pub edition_base: Option<i32>,
    /// For a work: the name of the artist it belongs to.
    #[serde(default)]
    pub by: Option<String>,
}

impl KnowledgeEntry {
    /// The entry's stable id.
    pub fn entity_id(&self) -> EntityId {
        match &self.id {
            Some(id) => EntityId::from_slug(id.clone()),
            None => EntityId::from_name(&self.name),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KnowledgeFile {
    #[serde(default)]
    #[allow(dead_code)]
    version: Option<u32>,
    entities: Vec<KnowledgeEntry>,
}

/// Canonical entities known before reading any text.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeBase {
    entries: Vec<KnowledgeEntry>,
}

impl KnowledgeBase {
    /// The knowledge file shipped in the crate, parsed once per process.
    pub fn bundled() -> KnowledgeBase {
        BUNDLED.clone()
    }

    /// Reads a knowledge file (`{"entities": [{"name", "kind", "aliases", ...}]}`).
    pub fn from_json(json: &str) -> Result<KnowledgeBase, KnowledgeError> {
        let file: KnowledgeFile = serde_json::from_str(json)?;
        for (index, entry) in file.entities.iter().enumerate() {
            if entry.name.trim().is_empty() {
                return Err(KnowledgeError::EmptyName { index });
            }
            if entry.aliases.iter().any(|a| a.trim().is_empty()) {
                return Err(KnowledgeError::EmptyAlias {
                    name: entry.name.clone(),
                });
            }
        }
        for entry in &file.entities {
            for member in &entry.members {
                if !file.entities.iter().any(|e| &e.name == member) {
                    return Err(KnowledgeError::UnknownMember {
                        group: entry.name.clone(),
                        member: member.clone(),
                    });
                }
            }
        }
        Ok(KnowledgeBase {
            entries: file.entities,
        })
    }

    /// Adds `other`'s entries; an entry with the same id replaces the existing one.
    pub fn extend(&mut self, other: KnowledgeBase) {
        for entry in other.entries {
            let id = entry.entity_id();
            match self.entries.iter_mut().find(|e| e.entity_id() == id) {
                Some(existing) => *existing = entry,
                None => self.entries.push(entry),
            }
        }
    }

    /// All entries.
    pub fn entries(&self) -> &[KnowledgeEntry] {
        &self.entries
    }
}

/// A knowledge entry resolved for matching: ids instead of names.
#[derive(Clone, Debug)]
pub struct KnownEntity {
    /// Stable id.
    pub id: EntityId,
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Aliases from the file.
    pub aliases: Vec<String>,
    /// Member entity indexes (groups).
    pub members: Vec<usize>,
    /// Group entity indexes (persons).
    pub member_of: Vec<usize>,
    /// Ceremony edition base year.
    pub edition_base: Option<i32>,
    /// Work owner entity index.
    pub by: Option<usize>,
}

/// A KB name found in a text.
#[derive(Clone, Copy, Debug)]
pub struct KbMatch {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset past the last byte.
    pub end: usize,
    /// Index into [`Gazetteer::entities`].
    pub entity: usize,
}

/// The knowledge base compiled for matching: one automaton over all names.
#[derive(Debug)]
pub struct Gazetteer {
    entities: Vec<KnownEntity>,
    automaton: Option<NameScan>,
    pattern_entity: Vec<usize>,
    /// Patterns that count only before a year ("Reading 2024" for Reading Festival).
    pattern_needs_year: Vec<bool>,
    /// Folded name -> entity, for names found by other means (quotes, cues).
    by_folded: rustc_hash::FxHashMap<String, usize>,
}

/// "Tomorrow X Together" for "TOMORROW X TOGETHER": the Title Case form of a name
/// written all in capitals (with at least one word longer than three letters), else
/// None.
fn title_case_of_capitals(name: &str) -> Option<String> {
    let long = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() > 3;
    let capitals = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if !capitals || !name.split(' ').any(long) {
        return None;
    }
    let title = name
        .split(' ')
        .map(|w| match w.chars().next() {
            Some(first) if long(w) => first.to_string() + &w[first.len_utf8()..].to_lowercase(),
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    (title != name).then_some(title)
}

impl Gazetteer {
    /// Compiles the knowledge base.
    pub fn new(kb: &KnowledgeBase) -> Gazetteer {
        let entries = kb.entries();
        let index_of: HashMap<&str, usize> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.name.as_str(), i))
            .collect();
        let mut entities: Vec<KnownEntity> = entries
            .iter()
            .map(|e| KnownEntity {
                id: e.entity_id(),
                name: e.name.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
                members: e
                    .members
                    .iter()
                    .filter_map(|m| index_of.get(m.as_str()).copied())
                    .collect(),
                member_of: Vec::new(),
                edition_base: e.edition_base,
                by: e.by.as_deref().and_then(|b| index_of.get(b).copied()),
            })
            .collect();
        for g in 0..entities.len() {
            for m in entities[g].members.clone() {
                if !entities[m].member_of.contains(&g) {
                    entities[m].member_of.push(g);
                }
            }
        }
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entity = Vec::new();
        let mut pattern_needs_year = Vec::new();
        let mut by_folded = rustc_hash::FxHashMap::default();
        for (i, e) in entities.iter().enumerate() {
            for name in std::iter::once(&e.name).chain(e.aliases.iter()) {
                by_folded.entry(fold(name)).or_insert(i);
                if !matchable(e.kind, name) {
                    continue;
                }
                patterns.push(name.clone());
                pattern_entity.push(i);
                pattern_needs_year.push(false);
                // House styles that lowercase the generic words at the end: "the Brit
                // awards", "the Mercury prize", "the Eurovision song contest".
                if e.kind == EntityKind::Ceremony
                    && let Some(lowered) = lowercase_generic_tail(name)
                {
                    patterns.push(lowered);
                    pattern_entity.push(i);
                    pattern_needs_year.push(false);
                }
                // Headlines shout: "BTS FINALLY MET DRAKE" still names Drake.
                let upper = name.to_uppercase();
                if upper != *name && name.chars().count() > 3 {
                    patterns.push(upper);
                    pattern_entity.push(i);
                    pattern_needs_year.push(false);
                }
                // Outlets soften stylised capitals: "Tomorrow X Together",
                // "Blackpink". Not when that would be an ordinary word ("Twice"), nor
                // for a show's acronym ("MAMA" is not "Mama, we made it").
                if let Some(title) = title_case_of_capitals(name)
                    && !crate::lexicon::is_common_word(&title)
                    && (e.kind != EntityKind::Ceremony || title.contains(' '))
                {
                    patterns.push(title);
                    pattern_entity.push(i);
                    pattern_needs_year.push(false);
                }
            }
            // "Reading 2024": a festival is named by its town and the year.
            if e.kind == EntityKind::Ceremony
                && let Some(short) = e.name.strip_suffix(" Festival")
                && !short.is_empty()
            {
                patterns.push(short.to_string());
                pattern_entity.push(i);
                pattern_needs_year.push(true);
            }
        }
        // A DFA: more memory, but this automaton runs over every sentence.
        let automaton = NameScan::new(&patterns);
        Gazetteer {
            entities,
            automaton,
            pattern_entity,
            pattern_needs_year,
            by_folded,
        }
    }

    /// The compiled entities.
    pub fn entities(&self) -> &[KnownEntity] {
        &self.entities
    }

    /// Finds KB names in `text` at word boundaries, leftmost-longest.
    pub fn find(&self, text: &str, out: &mut Vec<KbMatch>) {
        let Some(scan) = &self.automaton else { return };
        scan.for_each(text, |p, start, end| {
            if !boundary_before(text, start) || !boundary_after(text, end) {
                return;
            }
            if self.pattern_needs_year.get(p).copied().unwrap_or(false) && !year_next(&text[end..])
            {
                return;
            }
            if let Some(&entity) = self.pattern_entity.get(p) {
                out.push(KbMatch { start, end, entity });
            }
        });
    }

    /// Looks a name up by its folded form.
    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.lookup_folded(&fold(name))
    }

    /// Looks a name up by a key already folded with [`fold`].
    pub fn lookup_folded(&self, key: &str) -> Option<usize> {
        self.by_folded.get(key).copied()
    }
}

/// Whether a KB name may be matched in raw text. Works with one-word names ("Butter",
/// "Circles") are too ambiguous for raw matching; they are found through quotes and
/// cues and then looked up. One-letter names ("V") and two-letter ones are only
/// matched when written exactly.
fn matchable(kind: EntityKind, name: &str) -> bool {
    if kind == EntityKind::Work && !name.contains(' ') {
        return name.chars().count() > 2 && name.chars().all(|c| !c.is_lowercase());
    }
    true
}

/// A show's name with its generic last words lowercased ("Eurovision song contest"),
/// when it ends in any and keeps a distinctive word before them.
fn lowercase_generic_tail(name: &str) -> Option<String> {
    // Not "Music": "the biggest Latin music awards" is a kind of show, not one.
    const GENERIC: &[&str] = &[
        "Awards",
        "Prize",
        "Festival",
        "Contest",
        "Competition",
        "Song",
    ];
    let words: Vec<&str> = name.split(' ').collect();
    let keep = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| GENERIC.contains(w))
            .count();
    if keep == 0 || keep == words.len() {
        return None;
    }
    let mut out = words[..keep].join(" ");
    for w in &words[keep..] {
        out.push(' ');
        out.push_str(&w.to_lowercase());
    }
    Some(out)
}

/// True when `rest` starts with a space and a four-digit year ("Reading 2024").
fn year_next(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 5
        && b[0] == b' '
        && (b[1..3] == *b"19" || b[1..3] == *b"20")
        && b[3..5].iter().all(u8::is_ascii_digit)
        && b.get(5).is_none_or(|c| !c.is_ascii_alphanumeric())
}

/// True when no letter or digit directly precedes `at`.
pub fn boundary_before(text: &str, at: usize) -> bool {
    let mut back = text[..at].chars().rev();
    match back.next() {
        None => true,
        // "O'Hara", "D'Angelo": an apostrophe after a letter is inside a name.
        Some('\'' | '’') => !back.next().is_some_and(char::is_alphabetic),
        Some(c) => !c.is_alphanumeric() && c != '-',
    }
}

/// True when no letter or digit directly follows `at`.
pub fn boundary_after(text: &str, at: usize) -> bool {
    let mut rest = text[at..].chars();
    match rest.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        // "J-Hope" must not match inside "J-Hopeful", but "BTS-Drake" is two names.
        Some('-') => !rest.next().is_some_and(|c| c.is_lowercase()),
        Some(_) => true,
    }
}

/// Lowercase, accents and punctuation dropped, single spaces: the key for lookups.
pub fn fold(name: &str) -> String {
    // The id's slug with spaces for dashes, built in one go.
    crate::model::slug(name, ' ')
}

/// [`fold`] into `key` (cleared first), for look-ups that reuse one buffer.
pub fn fold_into(name: &str, key: &mut String) {
    key.clear();
    crate::model::slug_into(name, ' ', key);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_file_parses_and_has_bts_members() {
        let kb = KnowledgeBase::from_json(BUNDLED_JSON).expect("bundled file parses");
        let gaz = Gazetteer::new(&kb);
        let bts = gaz.lookup("BTS").expect("BTS known");
        assert_eq!(gaz.entities()[bts].members.len(), 7);
        let jimin = gaz.lookup("Park Jimin").expect("romanization known");
        assert_eq!(gaz.entities()[jimin].member_of, vec![bts]);
    }

    #[test]
    fn bundled_file_covers_artists_across_scenes() {
        let gaz = Gazetteer::new(&KnowledgeBase::bundled());
        for (name, kind) in [
            ("Peggy Gou", EntityKind::Person),
            ("NIN", EntityKind::Group),
            ("AR Rahman", EntityKind::Person),
            ("Wisin & Yandel", EntityKind::Group),
            ("Yo-Yo Ma", EntityKind::Person),
            ("Carín León", EntityKind::Person),
            ("Lim Young Woong", EntityKind::Person),
            // A name that opens with a number is still a name.
            ("5 Seconds of Summer", EntityKind::Group),
            ("2 Chainz", EntityKind::Person),
        ] {
            let e = gaz.lookup(name).unwrap_or_else(|| panic!("{name} known"));
            assert_eq!(gaz.entities()[e].kind, kind, "{name}");
        }
    }

    #[test]
    fn bundled_file_knows_shows_across_regions() {
        let gaz = Gazetteer::new(&KnowledgeBase::bundled());
        for (name, canonical) in [
            ("VGMA", "Ghana Music Awards"),
            ("Rock am Ring", "Rock am Ring"),
            ("Music Station Super Live", "Music Station Super Live"),
            (
                "Festival de Viña del Mar",
                "Viña del Mar International Song Festival",
            ),
            ("Filmfare", "Filmfare Awards"),
            ("Golden Guitar Awards", "Country Music Awards of Australia"),
            ("Opry", "Grand Ole Opry"),
            ("Vive Latino", "Vive Latino"),
        ] {
            let e = gaz.lookup(name).unwrap_or_else(|| panic!("{name} known"));
            assert_eq!(gaz.entities()[e].kind, EntityKind::Ceremony, "{name}");
            assert_eq!(gaz.entities()[e].name, canonical, "{name}");
        }
    }

    /// Asserts that no one-word name or alias of an entry of `kinds` is a common word.
    fn assert_no_one_word_common_names(kinds: &[EntityKind]) {
        for e in KnowledgeBase::bundled().entries() {
            if !kinds.contains(&e.kind) {
                continue;
            }
            for n in std::iter::once(&e.name).chain(&e.aliases) {
                assert!(
                    n.contains(' ') || !crate::lexicon::is_common_word(n),
                    "{n} is a common word"
                );
            }
        }
    }

    #[test]
    fn no_one_word_show_name_is_a_common_word() {
        // A show is matched wherever its name is written: "Movement" or "Parklife"
        // alone would turn ordinary words and song titles into shows.
        assert_no_one_word_common_names(&[EntityKind::Ceremony]);
    }

    #[test]
    fn record_bodies_labels_and_platforms_are_not_acts() {
        // "Guinness certified the tour as ...": the body that certifies is no holder.
        let gaz = Gazetteer::new(&KnowledgeBase::bundled());
        for name in [
            "Guinness",
            "Guinness World Records",
            "RIAA",
            "Interscope",
            "Deezer",
        ] {
            let e = gaz.lookup(name).expect("known");
            assert_eq!(gaz.entities()[e].kind, EntityKind::Other, "{name}");
        }
    }

    #[test]
    fn no_one_word_artist_name_is_a_common_word() {
        // "WINNER" (a K-pop group) would make "Oscar Winner" in a headline an act.
        assert_no_one_word_common_names(&[EntityKind::Person, EntityKind::Group]);
    }

    #[test]
    fn user_file_errors_name_the_problem() {
        let err = KnowledgeBase::from_json(r#"{"entities":[{"name":"","kind":"person"}]}"#)
            .expect_err("empty name rejected");
        assert!(err.to_string().contains("empty name"));
        let err = KnowledgeBase::from_json(
            r#"{"entities":[{"name":"Nova","kind":"group","members":["Ghost"]}]}"#,
        )
        .expect_err("unknown member rejected");
        assert!(err.to_string().contains("Ghost"));
        let err = KnowledgeBase::from_json(r#"{"entities":[{"name":"X","kind":"planet"}]}"#)
            .expect_err("bad kind rejected");
        assert!(err.to_string().contains("not valid"));
    }

    #[test]
    fn extend_overrides_by_id_and_adds_new_entries() {
        let mut kb = KnowledgeBase::bundled();
        let before = kb.entries().len();
        let user = KnowledgeBase::from_json(
            r#"{"entities":[{"name":"Drake","kind":"person","aliases":["Champagne Papi"]},
                            {"name":"Velvet Harbor","kind":"group"}]}"#,
        )
        .expect("valid");
        kb.extend(user);
        assert_eq!(kb.entries().len(), before + 1);
        let gaz = Gazetteer::new(&kb);
        assert!(gaz.lookup("Champagne Papi").is_some());
    }

    #[test]
    fn a_festival_town_names_the_festival_only_before_a_year() {
        let gaz = Gazetteer::new(&KnowledgeBase::bundled());
        let mut out = Vec::new();
        gaz.find(
            "Roskilde 2024: Zoryn played Reading while Download tickets sold",
            &mut out,
        );
        let names: Vec<&str> = out
            .iter()
            .map(|m| gaz.entities()[m.entity].name.as_str())
            .collect();
        assert_eq!(names, ["Roskilde Festival"]);
    }

    #[test]
    fn matches_respect_word_boundaries() {
        let gaz = Gazetteer::new(&KnowledgeBase::bundled());
        let mut out = Vec::new();
        gaz.find("TV star V met Drake at the VMAs", &mut out);
        let names: Vec<&str> = out
            .iter()
            .map(|m| gaz.entities()[m.entity].name.as_str())
            .collect();
        assert_eq!(names, ["V", "Drake", "MTV Video Music Awards"]);
    }
}
