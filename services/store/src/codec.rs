//! Turning stored bytes back into messages, and engine errors into [`StoreError`].
//!
//! Nothing read from disk is trusted: a value that does not decode becomes
//! [`StoreError::Decode`] naming its tree and key, never a panic.

use prost::Message;

use crate::StoreError;
use crate::keys;

/// Wraps an engine failure (I/O, sled bug report) for the caller.
pub(crate) fn engine(error: sled::Error) -> StoreError {
    StoreError::Engine(error.to_string())
}

/// Decodes a prost message stored under `tree`/`key`.
pub(crate) fn decode<M: Message + Default>(
    tree: &str,
    key: &[u8],
    value: &[u8],
) -> Result<M, StoreError> {
    M::decode(value).map_err(|error| decode_error(tree, key, error.to_string()))
}

/// Decodes a UTF-8 string stored under `tree`/`key`.
pub(crate) fn decode_str(tree: &str, key: &[u8], value: &[u8]) -> Result<String, StoreError> {
    String::from_utf8(value.to_vec()).map_err(|error| decode_error(tree, key, error.to_string()))
}

/// A [`StoreError::Decode`] for `tree`/`key`.
pub(crate) fn decode_error(tree: &str, key: &[u8], reason: String) -> StoreError {
    StoreError::Decode {
        key: format!("{tree}/{}", keys::display(key)),
        reason,
    }
}
