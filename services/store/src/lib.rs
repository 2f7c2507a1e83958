//! The Greenroom store: a facade over sled holding events, entities (with their
//! aliases), documents (with their text and content hash) and the secondary indexes
//! that let a filtered query read what it returns and not the whole store.
//!
//! Nothing outside this crate names `sled::`. Values are prost-encoded
//! `greenroom.v1` messages, so proto compatibility rules protect the disk format.
//! All of one document's writes commit in one transaction and are flushed before
//! [`Store::ingest`] returns.
//!
//! API CONTRACT (written first so the server and worker can be built against it;
//! the store's author fills in the bodies and may add private modules freely, but
//! must keep these public signatures):

use std::path::Path;

use greenroom_proto::v1::{Document, Entity, EntityKind, Event, EventKind};

mod error;
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
    _private: (),
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
        let _ = dir;
        todo!()
    }

    /// Stores one document, its events and entities in one transaction, then flushes.
    pub fn ingest(&self, document: NewDocument) -> Result<IngestOutcome, StoreError> {
        let _ = document;
        todo!()
    }

    /// Returns one event.
    pub fn get_event(&self, id: &str) -> Result<Option<Event>, StoreError> {
        let _ = id;
        todo!()
    }

    /// Lists events matching `query`, ordered by (year, id). A malformed token is
    /// [`StoreError::InvalidPageToken`].
    pub fn list_events(&self, query: &EventQuery, page: &PageRequest) -> Result<Page<Event>, StoreError> {
        let _ = (query, page);
        todo!()
    }

    /// Resolves an id, canonical name or alias (case-, accent- and punctuation-folded)
    /// to an entity, with `event_count` filled.
    pub fn resolve_entity(&self, name_or_alias: &str) -> Result<Option<Entity>, StoreError> {
        let _ = name_or_alias;
        todo!()
    }

    /// Lists entities ordered by id, optionally of one kind and whose name or an alias
    /// contains `query` (case-insensitive).
    pub fn list_entities(&self, kind: Option<EntityKind>, query: &str, page: &PageRequest) -> Result<Page<Entity>, StoreError> {
        let _ = (kind, query, page);
        todo!()
    }

    /// Returns one document; `text` is filled only when `include_text`.
    pub fn get_document(&self, id: &str, include_text: bool) -> Result<Option<Document>, StoreError> {
        let _ = (id, include_text);
        todo!()
    }

    /// Lists documents (without text) ordered by id.
    pub fn list_documents(&self, page: &PageRequest) -> Result<Page<Document>, StoreError> {
        let _ = page;
        todo!()
    }

    /// Reads every stored document's text from the store in `dir`, even one whose
    /// schema version is not [`SCHEMA_VERSION`], for `greenroom-worker rebuild`.
    pub fn read_texts(dir: &Path) -> Result<Vec<StoredText>, StoreError> {
        let _ = dir;
        todo!()
    }

    /// Counts stored (documents, events, entities).
    pub fn counts(&self) -> Result<(usize, usize, usize), StoreError> {
        todo!()
    }
}
