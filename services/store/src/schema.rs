//! The trees that make up a store, opening them, and the schema version in `meta`.
//!
//! One sled tree per keyspace keeps each key encoding simple (no keyspace tag byte)
//! and lets `counts()` be a tree length. The version check runs before anything
//! else reads the store, so a store written by another build is refused with a
//! message that says how to rebuild it instead of failing later on a decode error.

use std::path::Path;

use crate::StoreError;
use crate::codec::engine;

/// Name of the key in `meta` that holds the schema version (`u32` BE).
const VERSION_KEY: &[u8] = b"schema_version";

/// Tree names, as stored by sled. Changing one is a schema change.
mod names {
    pub(super) const META: &str = "meta";
    pub(super) const EVENTS: &str = "events";
    pub(super) const DOCUMENTS: &str = "documents";
    pub(super) const TEXTS: &str = "texts";
    pub(super) const ENTITIES: &str = "entities";
    pub(super) const ALIASES: &str = "aliases";
    pub(super) const BY_YEAR: &str = "index/year";
    pub(super) const BY_KIND: &str = "index/kind";
    pub(super) const BY_ENTITY: &str = "index/entity";
    pub(super) const BY_CEREMONY: &str = "index/ceremony";
    pub(super) const BY_WORK: &str = "index/work";
    pub(super) const BY_DOCUMENT: &str = "index/document";
}

/// Handles on every tree of an open store (each a cheap, reference-counted clone).
#[derive(Clone)]
pub(crate) struct Trees {
    pub(crate) db: sled::Db,
    pub(crate) meta: sled::Tree,
    /// Event id -> prost `Event`.
    pub(crate) events: sled::Tree,
    /// Document id -> prost `Document` without its text.
    pub(crate) documents: sled::Tree,
    /// Document id -> UTF-8 text.
    pub(crate) texts: sled::Tree,
    /// Entity id -> prost `Entity`, `event_count` left 0 (it is computed on read).
    pub(crate) entities: sled::Tree,
    /// Folded name, alias or id -> alias entry (see `entities`).
    pub(crate) aliases: sled::Tree,
    /// The event indexes; see [`crate::index::Index`].
    pub(crate) by_year: sled::Tree,
    pub(crate) by_kind: sled::Tree,
    pub(crate) by_entity: sled::Tree,
    pub(crate) by_ceremony: sled::Tree,
    pub(crate) by_work: sled::Tree,
    pub(crate) by_document: sled::Tree,
}

impl Trees {
    fn open_all(db: sled::Db) -> Result<Trees, sled::Error> {
        Ok(Trees {
            meta: db.open_tree(names::META)?,
            events: db.open_tree(names::EVENTS)?,
            documents: db.open_tree(names::DOCUMENTS)?,
            texts: db.open_tree(names::TEXTS)?,
            entities: db.open_tree(names::ENTITIES)?,
            aliases: db.open_tree(names::ALIASES)?,
            by_year: db.open_tree(names::BY_YEAR)?,
            by_kind: db.open_tree(names::BY_KIND)?,
            by_entity: db.open_tree(names::BY_ENTITY)?,
            by_ceremony: db.open_tree(names::BY_CEREMONY)?,
            by_work: db.open_tree(names::BY_WORK)?,
            by_document: db.open_tree(names::BY_DOCUMENT)?,
            db,
        })
    }

    /// Every tree but `meta`: what holds data.
    fn data_trees(&self) -> [&sled::Tree; 11] {
        [
            &self.events,
            &self.documents,
            &self.texts,
            &self.entities,
            &self.aliases,
            &self.by_year,
            &self.by_kind,
            &self.by_entity,
            &self.by_ceremony,
            &self.by_work,
            &self.by_document,
        ]
    }
}

/// Opens the store in `dir`, creating it when missing, and checks its version.
pub(crate) fn open(dir: &Path, expected: u32) -> Result<Trees, StoreError> {
    let path = dir.display().to_string();
    let trees = Trees::open_all(open_db(dir)?).map_err(|error| open_error(&path, error))?;
    let corrupt = |reason: String| StoreError::Corrupt {
        path: path.clone(),
        reason,
    };
    match trees
        .meta
        .get(VERSION_KEY)
        .map_err(|error| corrupt(error.to_string()))?
    {
        Some(found) => {
            let found = <[u8; 4]>::try_from(found.as_ref())
                .map(u32::from_be_bytes)
                .map_err(|_| {
                    corrupt(format!(
                        "meta/schema_version holds {} bytes, not 4",
                        found.len()
                    ))
                })?;
            if found != expected {
                return Err(StoreError::SchemaMismatch {
                    path,
                    found,
                    expected,
                });
            }
        }
        None => {
            // A fresh store gets the version; a store holding data without one was
            // not written by Greenroom (or lost its meta tree), so it is not trusted.
            if trees.data_trees().iter().any(|tree| !tree.is_empty()) {
                return Err(corrupt("data without a schema version".to_owned()));
            }
            trees
                .meta
                .insert(VERSION_KEY, &expected.to_be_bytes())
                .map_err(engine)?;
            trees.db.flush().map_err(engine)?;
        }
    }
    Ok(trees)
}

/// Reads every `(id, text)` of the store in `dir` without reading its version,
/// and without creating anything: a store of another version may lack trees this
/// build would create, and a missing folder is an error, not a new empty store.
pub(crate) fn read_texts(dir: &Path) -> Result<Vec<(sled::IVec, sled::IVec)>, StoreError> {
    if !dir.is_dir() {
        return Err(StoreError::Engine(format!("no store at {}", dir.display())));
    }
    let db = open_db(dir)?;
    let exists = db
        .tree_names()
        .iter()
        .any(|name| name.as_ref() == names::TEXTS.as_bytes());
    if !exists {
        return Ok(Vec::new());
    }
    let texts = db.open_tree(names::TEXTS).map_err(engine)?;
    texts.iter().collect::<Result<_, _>>().map_err(engine)
}

/// How often, and how long apart, a locked store is tried again before it is
/// reported as held by another process (2 s in all).
const LOCK_RETRIES: u32 = 40;
const LOCK_RETRY_PAUSE: std::time::Duration = std::time::Duration::from_millis(50);

/// Opens the sled database in `dir`, classifying failures.
fn open_db(dir: &Path) -> Result<sled::Db, StoreError> {
    let path = dir.display().to_string();
    refuse_foreign_folder(dir)?;
    // sled trusts its files and may panic on some damage rather than return an
    // error; a damaged store must still get the rebuild advice, not a crash.
    let open = || std::panic::catch_unwind(|| sled::Config::new().path(dir).open());
    let mut opened = open();
    // sled releases its file lock from a background thread after the last handle
    // drops, so a store closed a moment ago in this process can still look held.
    // Waiting briefly tells that apart from a lock another process really holds.
    for _ in 0..LOCK_RETRIES {
        match &opened {
            Ok(Err(error)) if is_lock_error(error) => {
                std::thread::sleep(LOCK_RETRY_PAUSE);
                opened = open();
            }
            _ => break,
        }
    }
    let db = match opened {
        Ok(opened) => opened.map_err(|error| open_error(&path, error))?,
        Err(_) => {
            return Err(StoreError::Corrupt {
                path,
                reason: "the storage engine failed reading its files".to_owned(),
            });
        }
    };
    Ok(db)
}

/// Refuses a folder that holds files but no sled configuration: sled would
/// silently write a new store over whatever is there (a mistyped `--db`, or a
/// store whose files were damaged), and nothing already there may be lost.
fn refuse_foreign_folder(dir: &Path) -> Result<(), StoreError> {
    let Ok(mut entries) = std::fs::read_dir(dir) else {
        return Ok(()); // missing: sled creates it
    };
    if entries.next().is_none() {
        return Ok(());
    }
    let conf = std::fs::read(dir.join("conf")).unwrap_or_default();
    if conf.starts_with(b"segment_size:") {
        return Ok(());
    }
    Err(StoreError::Corrupt {
        path: dir.display().to_string(),
        reason: "the folder holds files but no storage-engine configuration (`conf`)".to_owned(),
    })
}

/// Classifies an error from opening sled: another process' lock, or a folder sled
/// cannot read (both named so the operator knows what to do).
fn open_error(path: &str, error: sled::Error) -> StoreError {
    let path = path.to_owned();
    if is_lock_error(&error) {
        return StoreError::Locked { path };
    }
    match error {
        sled::Error::CollectionNotFound(_) => StoreError::Engine(error.to_string()),
        other => StoreError::Corrupt {
            path,
            reason: other.to_string(),
        },
    }
}

/// Whether sled failed because another handle holds the store's file lock.
fn is_lock_error(error: &sled::Error) -> bool {
    matches!(error, sled::Error::Io(io)
        if io.kind() == std::io::ErrorKind::WouldBlock
            || io.to_string().contains("could not acquire lock"))
}

#[cfg(test)]
mod tests {
    use tempfile::TempDir;

    use crate::{SCHEMA_VERSION, Store, StoreError};

    #[test]
    fn a_fresh_store_records_the_schema_version_and_reopens() {
        let dir = TempDir::new().expect("dir");
        let missing = dir.path().join("nested").join("store");
        let store = Store::open(&missing).expect("create");
        let version = store
            .trees
            .meta
            .get(super::VERSION_KEY)
            .expect("read")
            .expect("written");
        assert_eq!(version.as_ref(), SCHEMA_VERSION.to_be_bytes());
        drop(store);
        Store::open(&missing).expect("reopen");
    }

    #[test]
    fn another_schema_version_is_refused_with_rebuild_advice() {
        let dir = TempDir::new().expect("dir");
        let store = Store::open(dir.path()).expect("create");
        store
            .trees
            .meta
            .insert(super::VERSION_KEY, &7u32.to_be_bytes())
            .expect("poke");
        drop(store);
        let error = Store::open(dir.path()).err().expect("refused");
        assert!(matches!(
            error,
            StoreError::SchemaMismatch {
                found: 7,
                expected: SCHEMA_VERSION,
                ..
            }
        ));
        assert!(
            error.to_string().contains("greenroom-worker rebuild"),
            "{error}"
        );
    }

    #[test]
    fn a_garbage_schema_version_is_corrupt() {
        let dir = TempDir::new().expect("dir");
        let store = Store::open(dir.path()).expect("create");
        store
            .trees
            .meta
            .insert(super::VERSION_KEY, b"v1!")
            .expect("poke");
        drop(store);
        let error = Store::open(dir.path()).err().expect("refused");
        assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
        assert!(
            error.to_string().contains("greenroom-worker rebuild"),
            "{error}"
        );
    }

    #[test]
    fn data_without_a_schema_version_is_corrupt() {
        let dir = TempDir::new().expect("dir");
        let store = Store::open(dir.path()).expect("create");
        store.trees.meta.remove(super::VERSION_KEY).expect("poke");
        store.trees.events.insert(b"ev", b"x").expect("poke");
        drop(store);
        assert!(matches!(
            Store::open(dir.path()),
            Err(StoreError::Corrupt { .. })
        ));
    }

    #[test]
    fn a_folder_sled_cannot_read_is_corrupt() {
        let dir = TempDir::new().expect("dir");
        std::fs::write(dir.path().join("conf"), b"this is not a sled config file").expect("write");
        let error = Store::open(dir.path()).err().expect("refused");
        assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
        assert!(
            error.to_string().contains("greenroom-worker rebuild"),
            "{error}"
        );

        let file = dir.path().join("plain-file");
        std::fs::write(&file, b"x").expect("write");
        assert!(matches!(
            Store::open(&file),
            Err(StoreError::Corrupt { .. })
        ));
    }

    #[test]
    fn a_folder_of_other_files_is_refused_and_left_untouched() {
        let dir = TempDir::new().expect("dir");
        std::fs::write(dir.path().join("db"), b"someone's data").expect("write");
        std::fs::write(dir.path().join("notes.txt"), b"keep me").expect("write");

        let error = Store::open(dir.path()).err().expect("refused");

        assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
        assert_eq!(
            std::fs::read(dir.path().join("db")).expect("read"),
            b"someone's data"
        );
        assert!(!dir.path().join("conf").exists(), "sled wrote nothing");
    }

    #[test]
    fn a_store_held_open_elsewhere_is_locked() {
        let dir = TempDir::new().expect("dir");
        let _held = Store::open(dir.path()).expect("first");
        assert!(matches!(
            Store::open(dir.path()),
            Err(StoreError::Locked { .. })
        ));
    }
}
