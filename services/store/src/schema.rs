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
    let trees = open_unchecked(dir)?;
    let path = dir.display().to_string();
    let corrupt = |reason: String| StoreError::Corrupt {
        path: path.clone(),
        reason,
    };
    match trees.meta.get(VERSION_KEY).map_err(|error| corrupt(error.to_string()))? {
        Some(found) => {
            let found = <[u8; 4]>::try_from(found.as_ref())
                .map(u32::from_be_bytes)
                .map_err(|_| corrupt(format!("meta/schema_version holds {} bytes, not 4", found.len())))?;
            if found != expected {
                return Err(StoreError::SchemaMismatch { path, found, expected });
            }
        }
        None => {
            // A fresh store gets the version; a store holding data without one was
            // not written by Greenroom (or lost its meta tree), so it is not trusted.
            if trees.data_trees().iter().any(|tree| !tree.is_empty()) {
                return Err(corrupt("data without a schema version".to_owned()));
            }
            trees.meta.insert(VERSION_KEY, &expected.to_be_bytes()).map_err(engine)?;
            trees.db.flush().map_err(engine)?;
        }
    }
    Ok(trees)
}

/// Opens the store in `dir` without reading its version (for `read_texts`).
pub(crate) fn open_unchecked(dir: &Path) -> Result<Trees, StoreError> {
    let path = dir.display().to_string();
    let db = sled::Config::new()
        .path(dir)
        .open()
        .map_err(|error| open_error(&path, error))?;
    Trees::open_all(db).map_err(|error| open_error(&path, error))
}

/// Classifies an error from opening sled: another process' lock, or a folder sled
/// cannot read (both named so the operator knows what to do).
fn open_error(path: &str, error: sled::Error) -> StoreError {
    let path = path.to_owned();
    match error {
        sled::Error::Io(io)
            if io.kind() == std::io::ErrorKind::WouldBlock
                || io.to_string().contains("could not acquire lock") =>
        {
            StoreError::Locked { path }
        }
        sled::Error::CollectionNotFound(_) => StoreError::Engine(error.to_string()),
        other => StoreError::Corrupt {
            path,
            reason: other.to_string(),
        },
    }
}
