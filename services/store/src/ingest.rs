//! Ingesting one document: withdraw what an older version of it told, merge its
//! events into the stored ones, unite its entities, keep every index in step, and
//! commit all of it in one sled transaction.
//!
//! sled transactions can only get, insert and remove (no scans), so everything the
//! transaction needs is reachable by key: the old document record lists its event
//! ids, and an event's index entries are computed from the event itself
//! ([`index::entries`]). The transaction keeps, for every event it touches, the
//! version it found on disk and the version it will leave; at the end it writes the
//! difference, which handles insert, merge, withdrawal and deletion alike.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::time::{SystemTime, UNIX_EPOCH};

use greenroom_proto::merge::{merge_event, recompute_confidence, remove_document};
use greenroom_proto::v1::{Document, Entity, Event};
use prost::Message;
use sha2::{Digest, Sha256};
use sled::Transactional;
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};

use crate::codec::{decode, engine};
use crate::entities;
use crate::index::{self, Index};
use crate::schema::Trees;
use crate::{IngestOutcome, NewDocument, StoreError};

/// What a transaction body returns: aborts carry a [`StoreError`].
pub(crate) type TxResult<T> = Result<T, ConflictableTransactionError<StoreError>>;

/// The views of every data tree inside one transaction.
pub(crate) struct Tx<'a> {
    pub(crate) events: &'a TransactionalTree,
    pub(crate) documents: &'a TransactionalTree,
    pub(crate) texts: &'a TransactionalTree,
    pub(crate) entities: &'a TransactionalTree,
    pub(crate) aliases: &'a TransactionalTree,
    by_year: &'a TransactionalTree,
    by_kind: &'a TransactionalTree,
    by_entity: &'a TransactionalTree,
    by_ceremony: &'a TransactionalTree,
    by_work: &'a TransactionalTree,
    by_document: &'a TransactionalTree,
}

impl Tx<'_> {
    fn index(&self, index: Index) -> &TransactionalTree {
        match index {
            Index::Year => self.by_year,
            Index::Kind => self.by_kind,
            Index::Entity => self.by_entity,
            Index::Ceremony => self.by_ceremony,
            Index::Work => self.by_work,
            Index::Document => self.by_document,
        }
    }
}

/// Hex SHA-256 of a document's text: its identity for deduplication.
pub(crate) fn content_hash(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Stores `document` (see [`crate::Store::ingest`]).
pub(crate) fn ingest(trees: &Trees, document: NewDocument) -> Result<IngestOutcome, StoreError> {
    let hash = content_hash(&document.text);
    // The common re-run case answers without opening a transaction; the
    // transaction checks again, so a concurrent ingest cannot slip between.
    if let Some(stored) = trees
        .documents
        .get(document.id.as_bytes())
        .map_err(engine)?
        && decode::<Document>("documents", document.id.as_bytes(), &stored)?.content_hash == hash
    {
        return Ok(IngestOutcome::Unchanged);
    }

    let events = merge_repeats(document.events);
    let record = Document {
        id: document.id.clone(),
        title: document.title,
        published_date: document.published_date,
        ingest_time: Some(now()),
        content_hash: hash,
        size_bytes: document.text.len() as u64,
        event_ids: events.iter().map(|event| event.id.clone()).collect(),
        text: String::new(),
    };
    let plan = Plan {
        record: &record,
        text: &document.text,
        events: &events,
        entities: &document.entities,
    };

    let outcome = (
        &trees.events,
        &trees.documents,
        &trees.texts,
        &trees.entities,
        &trees.aliases,
        &trees.by_year,
        &trees.by_kind,
        &trees.by_entity,
        &trees.by_ceremony,
        &trees.by_work,
        &trees.by_document,
    )
        .transaction(
            |(
                events,
                documents,
                texts,
                entities,
                aliases,
                by_year,
                by_kind,
                by_entity,
                by_ceremony,
                by_work,
                by_document,
            )| {
                let tx = Tx {
                    events,
                    documents,
                    texts,
                    entities,
                    aliases,
                    by_year,
                    by_kind,
                    by_entity,
                    by_ceremony,
                    by_work,
                    by_document,
                };
                plan.apply(&tx)
            },
        )
        .map_err(|error| match error {
            TransactionError::Abort(error) => error,
            TransactionError::Storage(error) => engine(error),
        })?;

    if outcome != IngestOutcome::Unchanged {
        trees.db.flush().map_err(engine)?;
    }
    Ok(outcome)
}

/// Everything one ingest writes, computed before the transaction so that a retried
/// transaction body only reads and writes.
struct Plan<'a> {
    record: &'a Document,
    text: &'a str,
    events: &'a [Event],
    entities: &'a [Entity],
}

/// An event the transaction touched: as found on disk, and as it will be left.
struct Touched {
    stored: Option<Event>,
    current: Option<Event>,
}

impl Plan<'_> {
    fn apply(&self, tx: &Tx<'_>) -> TxResult<IngestOutcome> {
        let id = self.record.id.as_str();
        let old = match tx.documents.get(id.as_bytes())? {
            Some(bytes) => {
                Some(decode::<Document>("documents", id.as_bytes(), &bytes).map_err(abort)?)
            }
            None => None,
        };
        if old
            .as_ref()
            .is_some_and(|old| old.content_hash == self.record.content_hash)
        {
            return Ok(IngestOutcome::Unchanged);
        }

        let mut touched: BTreeMap<String, Touched> = BTreeMap::new();
        if let Some(old) = &old {
            for event_id in &old.event_ids {
                let entry = touch(tx, &mut touched, event_id)?;
                if let Some(event) = entry.current.as_mut()
                    && !remove_document(event, id)
                {
                    entry.current = None;
                }
            }
        }

        let (mut new_events, mut merged_events) = (0, 0);
        for event in self.events {
            let entry = touch(tx, &mut touched, &event.id)?;
            match entry.current.as_mut() {
                Some(stored) => {
                    merge_event(stored, event.clone());
                    merged_events += 1;
                }
                None => {
                    entry.current = Some(event.clone());
                    new_events += 1;
                }
            }
        }
        for (event_id, entry) in &touched {
            write_event(tx, event_id, entry)?;
        }

        for entity in self.entities {
            entities::upsert(tx, entity)?;
        }

        tx.documents
            .insert(id.as_bytes(), self.record.encode_to_vec())?;
        tx.texts.insert(id.as_bytes(), self.text.as_bytes())?;
        Ok(match old {
            Some(_) => IngestOutcome::Replaced {
                new_events,
                merged_events,
            },
            None => IngestOutcome::Stored {
                new_events,
                merged_events,
            },
        })
    }
}

/// The touched entry for `id`, read from disk the first time.
fn touch<'m>(
    tx: &Tx<'_>,
    touched: &'m mut BTreeMap<String, Touched>,
    id: &str,
) -> TxResult<&'m mut Touched> {
    match touched.entry(id.to_owned()) {
        Entry::Occupied(entry) => Ok(entry.into_mut()),
        Entry::Vacant(entry) => {
            let stored = match tx.events.get(id.as_bytes())? {
                Some(bytes) => {
                    Some(decode::<Event>("events", id.as_bytes(), &bytes).map_err(abort)?)
                }
                None => None,
            };
            let current = stored.clone();
            Ok(entry.insert(Touched { stored, current }))
        }
    }
}

/// Writes the final version of one event and moves its index entries from the
/// stored version's to the final one's.
fn write_event(tx: &Tx<'_>, id: &str, entry: &Touched) -> TxResult<()> {
    let before = entry
        .stored
        .as_ref()
        .map(index::entries)
        .unwrap_or_default();
    let after = entry
        .current
        .as_ref()
        .map(index::entries)
        .unwrap_or_default();
    for (index, key) in before.difference(&after) {
        tx.index(*index).remove(key.as_slice())?;
    }
    for (index, key) in after.difference(&before) {
        tx.index(*index).insert(key.as_slice(), &[])?;
    }
    match &entry.current {
        Some(event) => {
            tx.events.insert(id.as_bytes(), event.encode_to_vec())?;
        }
        None if entry.stored.is_some() => {
            tx.events.remove(id.as_bytes())?;
        }
        None => {}
    }
    Ok(())
}

/// One document may tell the same fact in two sentences: keep one event per id,
/// in first-seen order, with the sources of both.
fn merge_repeats(events: Vec<Event>) -> Vec<Event> {
    let mut merged: Vec<Event> = Vec::with_capacity(events.len());
    for mut event in events {
        match merged.iter_mut().find(|known| known.id == event.id) {
            Some(known) => merge_event(known, event),
            None => {
                recompute_confidence(&mut event);
                merged.push(event);
            }
        }
    }
    merged
}

fn now() -> pbjson_types::Timestamp {
    let elapsed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    pbjson_types::Timestamp {
        seconds: i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX),
        nanos: i32::try_from(elapsed.subsec_nanos()).unwrap_or(0),
    }
}

/// Aborts the transaction with `error`.
pub(crate) fn abort(error: StoreError) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(error)
}

#[cfg(test)]
mod tests {
    use greenroom_proto::v1::EntityKind;

    use super::*;
    use crate::testutil::{award, document, encounter, entity, first_page, ids, store};
    use crate::{EventQuery, Store};

    /// Every key of every index tree, for checking that nothing dangles.
    fn index_keys(store: &Store) -> Vec<(Index, Vec<u8>)> {
        let trees = &store.trees;
        [
            Index::Year,
            Index::Kind,
            Index::Entity,
            Index::Ceremony,
            Index::Work,
            Index::Document,
        ]
        .into_iter()
        .flat_map(|index| {
            index
                .tree(trees)
                .iter()
                .keys()
                .map(move |key| (index, key.expect("key").to_vec()))
        })
        .collect()
    }

    #[test]
    fn content_hash_is_hex_sha256() {
        assert_eq!(
            content_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_new_document_is_stored_with_its_record_text_and_events() {
        let (_dir, store) = store();
        let doc = document(
            "a",
            "BTS won.",
            vec![award(
                "aw-1",
                2019,
                &["bts"],
                "Top Social Artist",
                "bbma",
                None,
            )],
        );
        let outcome = store.ingest(doc).expect("ingest");
        assert_eq!(
            outcome,
            IngestOutcome::Stored {
                new_events: 1,
                merged_events: 0
            }
        );
        let record = store.get_document("a", true).expect("get").expect("stored");
        assert_eq!(record.content_hash, content_hash("BTS won."));
        assert_eq!(record.size_bytes, 8);
        assert_eq!(record.event_ids, ["aw-1"]);
        assert_eq!(record.title, "Title of a");
        assert_eq!(record.published_date, "2024-05-01");
        assert_eq!(record.text, "BTS won.");
        assert!(
            record
                .ingest_time
                .is_some_and(|time| time.seconds > 1_600_000_000)
        );
        let event = store.get_event("aw-1").expect("get").expect("stored");
        assert_eq!(event.confidence, 0.8);
        assert_eq!(store.counts().expect("counts"), (1, 1, 0));
    }

    #[test]
    fn ingesting_the_same_content_twice_is_unchanged_and_writes_nothing() {
        let (_dir, store) = store();
        let doc = document(
            "a",
            "BTS won.",
            vec![award(
                "aw-1",
                2019,
                &["bts"],
                "Top Social Artist",
                "bbma",
                None,
            )],
        );
        store.ingest(doc.clone()).expect("first");
        let before = store.trees.db.checksum().expect("checksum");
        let record = store.get_document("a", false).expect("get");
        assert_eq!(store.ingest(doc).expect("second"), IngestOutcome::Unchanged);
        assert_eq!(store.trees.db.checksum().expect("checksum"), before);
        assert_eq!(store.get_document("a", false).expect("get"), record);
    }

    #[test]
    fn the_same_event_from_two_documents_is_one_event_with_two_sources() {
        let (_dir, store) = store();
        let told = || award("aw-1", 2019, &["bts"], "Top Social Artist", "bbma", None);
        store
            .ingest(document("a", "BTS won.", vec![told()]))
            .expect("a");
        let outcome = store
            .ingest(document("b", "BTS won it.", vec![told()]))
            .expect("b");
        assert_eq!(
            outcome,
            IngestOutcome::Stored {
                new_events: 0,
                merged_events: 1
            }
        );
        let event = store.get_event("aw-1").expect("get").expect("stored");
        let documents: Vec<&str> = event
            .sources
            .iter()
            .map(|source| source.document_id.as_str())
            .collect();
        assert_eq!(documents, ["a", "b"]);
        assert!(event.confidence > 0.8, "{}", event.confidence);
        assert_eq!(store.counts().expect("counts"), (2, 1, 0));
        // Both documents find it through the document index.
        for document_id in ["a", "b"] {
            let query = EventQuery {
                document_id: Some(document_id.to_owned()),
                ..EventQuery::default()
            };
            let page = store.list_events(&query, &first_page(10)).expect("list");
            assert_eq!(ids(&page), ["aw-1"]);
        }
    }

    #[test]
    fn an_event_told_twice_in_one_document_is_stored_once() {
        let (_dir, store) = store();
        let mut doc = document(
            "a",
            "BTS won. Yes, BTS won.",
            vec![
                award("aw-1", 2019, &["bts"], "Top Social Artist", "bbma", None),
                award("aw-1", 2019, &["bts"], "Top Social Artist", "bbma", None),
            ],
        );
        doc.events[1].sources[0].confidence = 0.9;
        store.ingest(doc).expect("ingest");
        let event = store.get_event("aw-1").expect("get").expect("stored");
        assert_eq!(event.sources.len(), 2);
        // Two sentences of one document are not independent: the best one counts.
        assert_eq!(event.confidence, 0.9);
        let record = store
            .get_document("a", false)
            .expect("get")
            .expect("stored");
        assert_eq!(record.event_ids, ["aw-1"]);
    }

    #[test]
    fn reingesting_a_changed_document_replaces_its_sources_and_deletes_orphan_events() {
        let (_dir, store) = store();
        let shared = || award("aw-1", 2019, &["bts"], "Top Social Artist", "bbma", None);
        store
            .ingest(document(
                "a",
                "v1",
                vec![shared(), encounter("enc-1", 2019, &["bts", "halsey"])],
            ))
            .expect("a v1");
        store
            .ingest(document("b", "other", vec![shared()]))
            .expect("b");
        let keys_before_orphan = index_keys(&store);

        let outcome = store
            .ingest(document(
                "a",
                "v2",
                vec![encounter("enc-2", 2020, &["bts", "lizzo"])],
            ))
            .expect("a v2");
        assert_eq!(
            outcome,
            IngestOutcome::Replaced {
                new_events: 1,
                merged_events: 0
            }
        );
        // The shared award keeps only b's source; the orphan encounter is gone.
        let shared = store.get_event("aw-1").expect("get").expect("kept");
        assert_eq!(shared.sources.len(), 1);
        assert_eq!(shared.sources[0].document_id, "b");
        assert_eq!(shared.confidence, 0.8);
        assert_eq!(store.get_event("enc-1").expect("get"), None);
        assert!(store.get_event("enc-2").expect("get").is_some());
        assert_eq!(store.counts().expect("counts"), (2, 2, 0));
        assert_eq!(
            store.get_document("a", true).expect("get").expect("a").text,
            "v2"
        );

        // No index entry names the deleted event any more, and every remaining one
        // is exactly what the stored events own.
        let keys = index_keys(&store);
        assert!(
            keys_before_orphan
                .iter()
                .any(|(_, key)| key.ends_with(b"enc-1"))
        );
        assert!(!keys.iter().any(|(_, key)| key.ends_with(b"enc-1")));
        let mut owned: Vec<(Index, Vec<u8>)> = ["aw-1", "enc-2"]
            .iter()
            .flat_map(|id| index::entries(&store.get_event(id).expect("get").expect("stored")))
            .collect();
        owned.sort();
        let mut keys = keys;
        keys.sort();
        assert_eq!(keys, owned);

        let halsey = EventQuery {
            entity_any_of: vec!["halsey".to_owned()],
            ..EventQuery::default()
        };
        assert!(
            store
                .list_events(&halsey, &first_page(10))
                .expect("list")
                .items
                .is_empty()
        );
        let by_a = EventQuery {
            document_id: Some("a".to_owned()),
            ..EventQuery::default()
        };
        assert_eq!(
            ids(&store.list_events(&by_a, &first_page(10)).expect("list")),
            ["enc-2"]
        );
    }

    #[test]
    fn entities_are_united_and_never_shrink() {
        let (_dir, store) = store();
        let mut first = document("a", "one", Vec::new());
        let mut bts = entity("bts", "BTS", EntityKind::Group, &["Bangtan Boys"]);
        bts.members.push(crate::testutil::entity_ref("rm"));
        first.entities.push(bts);
        store.ingest(first).expect("a");

        let mut second = document("b", "two", Vec::new());
        let mut bts = entity(
            "bts",
            "BTS",
            EntityKind::Group,
            &["Bangtan Sonyeondan", "bangtan boys"],
        );
        bts.members.push(crate::testutil::entity_ref("jin"));
        second.entities.push(bts);
        store.ingest(second).expect("b");

        let mut third = document("c", "three", Vec::new());
        third
            .entities
            .push(entity("bts", "BTS", EntityKind::Group, &[]));
        store.ingest(third).expect("c");

        let bts = store
            .resolve_entity("bts")
            .expect("resolve")
            .expect("known");
        assert_eq!(bts.aliases, ["Bangtan Boys", "Bangtan Sonyeondan"]);
        let members: Vec<&str> = bts
            .members
            .iter()
            .map(|member| member.id.as_str())
            .collect();
        assert_eq!(members, ["rm", "jin"]);
        assert_eq!(store.counts().expect("counts"), (3, 0, 1));
    }
}
