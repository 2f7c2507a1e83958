//! The Greenroom store: a facade over sled holding events, entities (with their
//! aliases), documents (with their text and content hash) and the secondary indexes
//! that let a filtered query read what it returns and not the whole store.
//!
//! Nothing outside this crate names `sled::`. Values are prost-encoded
//! `greenroom.v1` messages, so proto compatibility rules protect the disk format.
//! All of one document's writes commit in one transaction and are flushed before
//! [`Store::ingest`] returns.
//!
//! The public API below is a contract the server and worker are built against:
//! its names and signatures do not change. The work is done in private modules:
//!
//! * `schema`: the trees, opening them, the schema version;
//! * `keys`: every composite key encoding; `tokens`: page tokens;
//! * `index`: which index entries an event owns; `query`: answering an
//!   [`EventQuery`] from the narrowest index;
//! * `ingest`: one document's transaction; `entities`: uniting entities, the alias
//!   index (`fold` folds names) and resolution; `documents`: document records and
//!   texts; `codec`: decoding stored values without trusting them.

use std::path::Path;

use greenroom_proto::v1::{Document, Entity, EntityKind, Event, EventKind};

mod codec;
mod documents;
mod entities;
mod error;
mod fold;
mod index;
mod ingest;
mod keys;
mod query;
mod schema;
#[cfg(test)]
mod testutil;
mod tokens;

pub use error::StoreError;

/// The schema version written into every store; a store of another version is refused.
pub const SCHEMA_VERSION: u32 = 1;

/// Default page size (AIP-158) when a request gives 0.
pub const DEFAULT_PAGE_SIZE: usize = 50;
/// Largest page size a request may ask for.
pub const MAX_PAGE_SIZE: usize = 1000;

/// An open store. Cheap to clone (sled handles are reference counted).
#[derive(Clone)]
pub struct Store {
    trees: schema::Trees,
}

/// A document ready to be stored, with the events and entities extracted from it.
#[derive(Clone, Debug, Default)]
pub struct NewDocument {
    /// The document id (file stem).
    pub id: String,
    /// First line, trimmed.
    pub title: String,
    /// Publication date, YYYY-MM-DD, or empty.
    pub published_date: String,
    /// The raw file bytes' text (what the extractor read); hashed for deduplication.
    pub text: String,
    /// Events extracted from this document alone. An event whose id is already
    /// stored is merged into it (sources united, confidence recomputed) with
    /// `greenroom_proto::merge::merge_event`.
    pub events: Vec<Event>,
    /// Every entity the events name, with aliases and membership. Known entities
    /// get their alias and membership lists united, never shrunk.
    pub entities: Vec<Entity>,
}

/// What [`Store::ingest`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IngestOutcome {
    /// The same id with the same content hash was already stored: nothing changed.
    Unchanged,
    /// A new document was stored.
    Stored {
        /// Events not stored before.
        new_events: usize,
        /// Events merged into stored ones (told by another document too).
        merged_events: usize,
    },
    /// A document with this id but other content was replaced: its old sources were
    /// withdrawn (events left with no source deleted) before the new ones were added.
    Replaced {
        /// Events not stored before.
        new_events: usize,
        /// Events merged into stored ones.
        merged_events: usize,
    },
}

/// Which role an entity filter matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Role {
    /// Any participant role: recipient, participant, performer, holder, previous holder.
    #[default]
    Any,
}

/// A checked event query. Every set field narrows the result (AND).
#[derive(Clone, Debug, Default)]
pub struct EventQuery {
    /// Only this kind.
    pub kind: Option<EventKind>,
    /// The event must name at least one of these entity ids in a participant role
    /// (recipient, participant, performer, holder, previous holder). Already
    /// resolved from names/aliases and expanded with group members by the caller.
    pub entity_any_of: Vec<String>,
    /// And also at least one of these (FindEncounters' "who met whom").
    pub other_entity_any_of: Vec<String>,
    /// Ceremony entity id.
    pub ceremony: Option<String>,
    /// Work entity id (award work, performance work, record work).
    pub work: Option<String>,
    /// Told by this document.
    pub document_id: Option<String>,
    /// Inclusive year range; events with unknown year (0) never match a set range.
    pub min_year: Option<i32>,
    /// Inclusive.
    pub max_year: Option<i32>,
    /// Case-insensitive substring of the award category.
    pub category_contains: Option<String>,
    /// Include EVENT_STATUS_PLANNED events (excluded by default).
    pub include_planned: bool,
}

/// A page request, already validated by the caller: `size` in 1..=MAX_PAGE_SIZE.
#[derive(Clone, Debug)]
pub struct PageRequest {
    /// Results wanted.
    pub size: usize,
    /// The opaque token from a previous page, or empty for the first page.
    pub token: String,
}

/// One page of results, in a stable order (events: year, then id; others: id).
#[derive(Clone, Debug)]
pub struct Page<T> {
    /// The items.
    pub items: Vec<T>,
    /// Opaque token for the next page; empty when this is the last.
    pub next_token: String,
}

/// Document text as stored, for re-extraction (`greenroom-worker rebuild`).
#[derive(Clone, Debug)]
pub struct StoredText {
    /// Document id.
    pub id: String,
    /// Full text.
    pub text: String,
}

impl Store {
    /// Opens (creating if missing) the store in `dir`. Fails with
    /// [`StoreError::SchemaMismatch`] or [`StoreError::Corrupt`], whose messages name
    /// `greenroom-worker rebuild`, when the folder holds another version or garbage.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        Ok(Store {
            trees: schema::open(dir, SCHEMA_VERSION)?,
        })
    }

    /// Stores one document, its events and entities in one transaction, then flushes.
    pub fn ingest(&self, document: NewDocument) -> Result<IngestOutcome, StoreError> {
        ingest::ingest(&self.trees, document)
    }

    /// Returns one event.
    pub fn get_event(&self, id: &str) -> Result<Option<Event>, StoreError> {
        match self
            .trees
            .events
            .get(id.as_bytes())
            .map_err(codec::engine)?
        {
            Some(bytes) => codec::decode("events", id.as_bytes(), &bytes).map(Some),
            None => Ok(None),
        }
    }

    /// Lists events matching `query`, ordered by (year, id). A malformed token is
    /// [`StoreError::InvalidPageToken`].
    pub fn list_events(
        &self,
        query: &EventQuery,
        page: &PageRequest,
    ) -> Result<Page<Event>, StoreError> {
        query::list(&self.trees, query, page)
    }

    /// Resolves an id, canonical name or alias (case-, accent- and punctuation-folded)
    /// to an entity, with `event_count` filled.
    pub fn resolve_entity(&self, name_or_alias: &str) -> Result<Option<Entity>, StoreError> {
        entities::resolve(&self.trees, name_or_alias)
    }

    /// Lists entities ordered by id, optionally of one kind and whose name or an alias
    /// contains `query` (case-insensitive).
    pub fn list_entities(
        &self,
        kind: Option<EntityKind>,
        query: &str,
        page: &PageRequest,
    ) -> Result<Page<Entity>, StoreError> {
        entities::list(&self.trees, kind, query, page)
    }

    /// Returns one document; `text` is filled only when `include_text`.
    pub fn get_document(
        &self,
        id: &str,
        include_text: bool,
    ) -> Result<Option<Document>, StoreError> {
        documents::get(&self.trees, id, include_text)
    }

    /// Lists documents (without text) ordered by id.
    pub fn list_documents(&self, page: &PageRequest) -> Result<Page<Document>, StoreError> {
        documents::list(&self.trees, page)
    }

    /// Reads every stored document's text from the store in `dir`, even one whose
    /// schema version is not [`SCHEMA_VERSION`], for `greenroom-worker rebuild`.
    pub fn read_texts(dir: &Path) -> Result<Vec<StoredText>, StoreError> {
        documents::read_texts(dir)
    }

    /// Counts stored (documents, events, entities).
    pub fn counts(&self) -> Result<(usize, usize, usize), StoreError> {
        Ok((
            self.trees.documents.len(),
            self.trees.events.len(),
            self.trees.entities.len(),
        ))
    }
}

/// The page size to use for a requested one: the default for 0, at most the maximum.
fn page_size(requested: usize) -> usize {
    match requested {
        0 => DEFAULT_PAGE_SIZE,
        size => size.min(MAX_PAGE_SIZE),
    }
}
