//! Errors of the store.

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The folder holds a store of another schema version.
    #[error(
        "store at {path} has schema version {found}, this build reads version {expected}; run `greenroom-worker rebuild --db {path}` to rebuild it from its documents"
    )]
    SchemaMismatch {
        /// The store folder.
        path: String,
        /// Version on disk.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// The folder is not a readable store.
    #[error(
        "store at {path} is corrupt or unreadable ({reason}); run `greenroom-worker rebuild --db {path}` to rebuild it from its documents, or move it away"
    )]
    Corrupt {
        /// The store folder.
        path: String,
        /// What failed.
        reason: String,
    },
    /// Another process holds the store (sled allows one process per store).
    #[error(
        "store at {path} is in use by another process (sled allows one process per store): stop the server before a batch ingest"
    )]
    Locked {
        /// The store folder.
        path: String,
    },
    /// A page token that this store did not issue.
    #[error("page_token is malformed: {0}")]
    InvalidPageToken(String),
    /// An I/O or engine failure.
    #[error("storage engine error: {0}")]
    Engine(String),
    /// A stored value that does not decode.
    #[error("stored value under {key} does not decode: {reason}")]
    Decode {
        /// The key whose value failed.
        key: String,
        /// Why.
        reason: String,
    },
}
