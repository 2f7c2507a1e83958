//! Entities and their aliases: uniting what documents say about an entity, the
//! alias index that resolves names, and counting an entity's events.
//!
//! An entity only ever grows: a document that omits an alias or a member does not
//! mean the alias is wrong, so lists are united, never replaced.
//!
//! The alias index maps a folded name (see `fold`) to one entity id. Two entities
//! can claim the same folded name; the rule is that a canonical name (or id) beats
//! an alias, and otherwise the first registered keeps it. So an entity merely
//! aliased "Bangtan" never takes that name from the entity called "Bangtan",
//! whichever document came first, and a name already resolving somewhere does not
//! silently move when a later document reuses it as an alias.

use std::collections::BTreeSet;

use greenroom_proto::v1::{Entity, EntityKind, EntityRef};
use prost::Message;

use crate::codec::{decode, engine};
use crate::fold::fold;
use crate::ingest::{Tx, TxResult, abort};
use crate::keys;
use crate::schema::Trees;
use crate::tokens;
use crate::{Page, PageRequest, StoreError};

/// Tag of an alias entry registered from an id or canonical name.
const CANONICAL: u8 = 0;
/// Tag of an alias entry registered from an alias.
const ALIAS: u8 = 1;

/// Unites `entity` into the stored one (or stores it) and registers its names.
pub(crate) fn upsert(tx: &Tx<'_>, entity: &Entity) -> TxResult<()> {
    if entity.id.is_empty() {
        return Ok(());
    }
    let key = entity.id.as_bytes();
    let stored = match tx.entities.get(key)? {
        Some(bytes) => Some(decode::<Entity>("entities", key, &bytes).map_err(abort)?),
        None => None,
    };
    let united = match stored.clone() {
        Some(mut stored) => {
            unite(&mut stored, entity);
            stored
        }
        None => {
            let mut fresh = entity.clone();
            fresh.aliases.clear();
            fresh.members.clear();
            fresh.member_of.clear();
            unite(&mut fresh, entity);
            fresh
        }
    };
    if stored.as_ref() != Some(&united) {
        tx.entities.insert(key, united.encode_to_vec())?;
    }
    register(tx, &united.id, CANONICAL, &united.id)?;
    register(tx, &united.name, CANONICAL, &united.id)?;
    for alias in &united.aliases {
        register(tx, alias, ALIAS, &united.id)?;
    }
    Ok(())
}

/// Unites `new` into `stored`: names and kinds already known are kept, lists grow.
fn unite(stored: &mut Entity, new: &Entity) {
    if stored.name.is_empty() {
        stored.name.clone_from(&new.name);
    }
    if stored.kind == EntityKind::Unspecified as i32 {
        stored.kind = new.kind;
    }
    // Computed on read, never stored.
    stored.event_count = 0;
    let mut known: BTreeSet<String> = stored.aliases.iter().map(|alias| fold(alias)).collect();
    known.insert(fold(&stored.name));
    for alias in &new.aliases {
        if known.insert(fold(alias)) {
            stored.aliases.push(alias.clone());
        }
    }
    unite_refs(&mut stored.members, &new.members);
    unite_refs(&mut stored.member_of, &new.member_of);
}

fn unite_refs(stored: &mut Vec<EntityRef>, new: &[EntityRef]) {
    for entity in new {
        if !entity.id.is_empty() && !stored.iter().any(|known| known.id == entity.id) {
            stored.push(entity.clone());
        }
    }
}

/// Points the folded `name` at `id`, unless the ambiguity rule keeps the present owner.
fn register(tx: &Tx<'_>, name: &str, tag: u8, id: &str) -> TxResult<()> {
    let folded = fold(name);
    if folded.is_empty() {
        return Ok(());
    }
    let replace = match tx.aliases.get(folded.as_bytes())? {
        None => true,
        Some(entry) => match entry.split_first() {
            // The same entity: upgrade an alias entry to canonical, nothing else.
            Some((&old_tag, owner)) if owner == id.as_bytes() => tag < old_tag,
            // Another entity: only a canonical name displaces an alias.
            Some((&old_tag, _)) => old_tag == ALIAS && tag == CANONICAL,
            None => true,
        },
    };
    if replace {
        let mut entry = Vec::with_capacity(1 + id.len());
        entry.push(tag);
        entry.extend_from_slice(id.as_bytes());
        tx.aliases.insert(folded.as_bytes(), entry)?;
    }
    Ok(())
}

/// Resolves an id, or a name or alias after folding, to an entity with its count.
pub(crate) fn resolve(trees: &Trees, name_or_alias: &str) -> Result<Option<Entity>, StoreError> {
    if let Some(entity) = get(trees, name_or_alias.as_bytes())? {
        return Ok(Some(entity));
    }
    let folded = fold(name_or_alias);
    if folded.is_empty() {
        return Ok(None);
    }
    let Some(entry) = trees.aliases.get(folded.as_bytes()).map_err(engine)? else {
        return Ok(None);
    };
    let Some((_, id)) = entry.split_first() else {
        return Err(crate::codec::decode_error(
            "aliases",
            folded.as_bytes(),
            "empty entry".to_owned(),
        ));
    };
    get(trees, id)
}

/// One entity by id, with its event count.
fn get(trees: &Trees, id: &[u8]) -> Result<Option<Entity>, StoreError> {
    let Some(bytes) = trees.entities.get(id).map_err(engine)? else {
        return Ok(None);
    };
    let mut entity: Entity = decode("entities", id, &bytes)?;
    entity.event_count = event_count(trees, &entity.id)?;
    Ok(Some(entity))
}

/// How many stored events mention `id`: in a participant role, as the ceremony or
/// as the work. An event naming it in two of these counts once.
fn event_count(trees: &Trees, id: &str) -> Result<u32, StoreError> {
    let prefix = keys::string_prefix(id);
    let mut events: BTreeSet<Vec<u8>> = BTreeSet::new();
    for tree in [&trees.by_entity, &trees.by_ceremony, &trees.by_work] {
        for item in tree.scan_prefix(&prefix).keys() {
            let key = item.map_err(engine)?;
            events.insert(key[prefix.len()..].to_vec());
        }
    }
    Ok(u32::try_from(events.len()).unwrap_or(u32::MAX))
}

/// Lists entities by id, optionally of one kind and matching `query`.
pub(crate) fn list(
    trees: &Trees,
    kind: Option<EntityKind>,
    query: &str,
    page: &PageRequest,
) -> Result<Page<Entity>, StoreError> {
    let start = tokens::decode_id_token(&page.token)?.map(|after| keys::successor(&after));
    let size = crate::page_size(page.size);
    let needle = query.trim().to_lowercase();
    let folded_needle = fold(query);
    let kind = kind.filter(|kind| *kind != EntityKind::Unspecified);
    let mut items: Vec<Entity> = Vec::new();
    let mut more = false;
    let range = match start {
        Some(start) => trees.entities.range(start..),
        None => trees.entities.iter(),
    };
    for item in range {
        let (key, bytes) = item.map_err(engine)?;
        let entity: Entity = decode("entities", &key, &bytes)?;
        if kind.is_some_and(|kind| entity.kind != kind as i32) {
            continue;
        }
        if !needle.is_empty() && !matches_query(&entity, &needle, &folded_needle) {
            continue;
        }
        if items.len() == size {
            // One more match exists, so the full page is not the last.
            more = true;
            break;
        }
        items.push(entity);
    }
    let next_token = match items.last() {
        Some(last) if more => tokens::id_token(&last.id),
        _ => String::new(),
    };
    for entity in &mut items {
        entity.event_count = event_count(trees, &entity.id)?;
    }
    Ok(Page { items, next_token })
}

/// Whether the entity's name or an alias contains the (lowercased) query, either
/// as typed or folded ("beyonce" finds "Beyoncé").
fn matches_query(entity: &Entity, needle: &str, folded_needle: &str) -> bool {
    std::iter::once(&entity.name)
        .chain(&entity.aliases)
        .any(|name| {
            name.to_lowercase().contains(needle)
                || (!folded_needle.is_empty() && fold(name).contains(folded_needle))
        })
}

/// Decodes an alias entry's entity id (for diagnostics and tests).
#[cfg(test)]
pub(crate) fn alias_owner(trees: &Trees, name: &str) -> Result<Option<String>, StoreError> {
    use crate::codec::decode_str;
    let folded = fold(name);
    match trees.aliases.get(folded.as_bytes()).map_err(engine)? {
        Some(entry) => Ok(Some(decode_str(
            "aliases",
            folded.as_bytes(),
            entry.get(1..).unwrap_or_default(),
        )?)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::testutil::{award, document, encounter, entity, first_page, store};

    fn with_entities() -> (tempfile::TempDir, Store) {
        let (dir, store) = store();
        let mut doc = document(
            "a",
            "text",
            vec![
                award(
                    "aw-1",
                    2019,
                    &["post-malone"],
                    "Top Rap Song",
                    "bbma",
                    Some("rockstar"),
                ),
                award(
                    "aw-2",
                    2020,
                    &["post-malone", "swae-lee"],
                    "Top Collab",
                    "bbma",
                    None,
                ),
                encounter("enc-1", 2021, &["post-malone", "beyonce"]),
            ],
        );
        doc.entities = vec![
            entity(
                "post-malone",
                "Post Malone",
                EntityKind::Person,
                &["Posty", "Austin Post"],
            ),
            entity("swae-lee", "Swae Lee", EntityKind::Person, &[]),
            entity("beyonce", "Beyoncé", EntityKind::Person, &["Queen B"]),
            entity(
                "bbma",
                "Billboard Music Awards",
                EntityKind::Ceremony,
                &["BBMAs"],
            ),
            entity("rockstar", "Rockstar", EntityKind::Work, &[]),
        ];
        store.ingest(doc).expect("ingest");
        (dir, store)
    }

    fn resolved(store: &Store, name: &str) -> Option<String> {
        store
            .resolve_entity(name)
            .expect("resolve")
            .map(|entity| entity.id)
    }

    #[test]
    fn resolve_finds_an_entity_by_id_name_or_alias_in_any_case() {
        let (_dir, store) = with_entities();
        for name in [
            "post-malone",
            "Post Malone",
            "post malone",
            "Posty",
            "posty",
            "POSTY!",
            "austin post",
        ] {
            assert_eq!(
                resolved(&store, name).as_deref(),
                Some("post-malone"),
                "{name}"
            );
        }
        assert_eq!(resolved(&store, "BBMAs").as_deref(), Some("bbma"));
        assert_eq!(resolved(&store, "bbmas").as_deref(), Some("bbma"));
        assert_eq!(resolved(&store, "beyonce").as_deref(), Some("beyonce"));
        assert_eq!(resolved(&store, "BEYONCÉ").as_deref(), Some("beyonce"));
        assert_eq!(resolved(&store, "nobody"), None);
        assert_eq!(resolved(&store, "  "), None);
    }

    #[test]
    fn resolve_counts_the_events_that_mention_the_entity() {
        let (_dir, store) = with_entities();
        let count = |name| {
            store
                .resolve_entity(name)
                .expect("resolve")
                .expect("known")
                .event_count
        };
        assert_eq!(count("Posty"), 3);
        assert_eq!(count("swae-lee"), 1);
        assert_eq!(count("BBMAs"), 2, "as the ceremony");
        assert_eq!(count("rockstar"), 1, "as the work");
    }

    #[test]
    fn a_canonical_name_beats_an_alias_and_the_first_alias_wins() {
        let (_dir, store) = store();
        let mut first = document("a", "one", Vec::new());
        first.entities = vec![
            entity(
                "bts",
                "BTS",
                EntityKind::Group,
                &["Bangtan", "Beyond The Scene"],
            ),
            entity("txt", "TXT", EntityKind::Group, &["Beyond the Scene"]),
        ];
        store.ingest(first).expect("a");
        let mut second = document("b", "two", Vec::new());
        second.entities = vec![entity("bangtan", "Bangtan", EntityKind::Other, &["BTS"])];
        store.ingest(second).expect("b");

        // A later canonical name takes the name from an alias...
        assert_eq!(
            alias_owner(&store.trees, "bangtan")
                .expect("read")
                .as_deref(),
            Some("bangtan")
        );
        // ...but a later alias never takes it from a canonical name.
        assert_eq!(resolved(&store, "BTS").as_deref(), Some("bts"));
        // Between two aliases, the first registered keeps it.
        assert_eq!(resolved(&store, "beyond the scene").as_deref(), Some("bts"));
    }

    #[test]
    fn list_filters_by_kind_and_query_and_pages_by_id() {
        let (_dir, store) = with_entities();
        let people = store
            .list_entities(Some(EntityKind::Person), "", &first_page(10))
            .expect("list");
        let ids: Vec<&str> = people
            .items
            .iter()
            .map(|entity| entity.id.as_str())
            .collect();
        assert_eq!(ids, ["beyonce", "post-malone", "swae-lee"]);
        assert_eq!(people.items[1].event_count, 3);

        let posty = store
            .list_entities(None, "POST", &first_page(10))
            .expect("list");
        assert_eq!(posty.items.len(), 1);
        let by_alias = store
            .list_entities(None, "queen", &first_page(10))
            .expect("list");
        assert_eq!(by_alias.items[0].id, "beyonce");
        let folded = store
            .list_entities(None, "beyonce", &first_page(10))
            .expect("list");
        assert_eq!(folded.items.len(), 1);

        let mut seen = Vec::new();
        let mut token = String::new();
        loop {
            let page = store
                .list_entities(None, "", &PageRequest { size: 2, token })
                .expect("page");
            seen.extend(page.items.into_iter().map(|entity| entity.id));
            if page.next_token.is_empty() {
                break;
            }
            token = page.next_token;
        }
        assert_eq!(
            seen,
            ["bbma", "beyonce", "post-malone", "rockstar", "swae-lee"]
        );

        let bad = PageRequest {
            size: 2,
            token: "%%%".to_owned(),
        };
        assert!(matches!(
            store.list_entities(None, "", &bad),
            Err(StoreError::InvalidPageToken(_))
        ));
    }
}
