//! Page tokens: opaque to clients, but simply the last key a page returned.
//!
//! A token is base64url (no padding) of `[VERSION, kind, key...]`. The version byte
//! lets a later build change the layout and still recognise (and refuse) old
//! tokens; the kind byte keeps an entity-list token from being replayed against the
//! event list. Resuming *after* a key, rather than at an offset, keeps pages stable
//! while documents are being ingested: nothing is repeated or skipped for having
//! shifted.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::StoreError;
use crate::keys;

const VERSION: u8 = 1;
/// The token follows the event order: the key is an order key (`year ++ id`).
const EVENTS: u8 = b'e';
/// The token follows an id order (entities, documents): the key is the id.
const IDS: u8 = b'i';

/// Token resuming the event list after the event `(year, id)`.
pub(crate) fn event_token(year: i32, id: &str) -> String {
    encode(EVENTS, &keys::order_key(year, id))
}

/// The order key an event token resumes after; `None` for the empty (first-page) token.
pub(crate) fn decode_event_token(token: &str) -> Result<Option<Vec<u8>>, StoreError> {
    let Some(key) = decode(EVENTS, token)? else {
        return Ok(None);
    };
    if keys::decode_order_key(&key).is_none() {
        return Err(StoreError::InvalidPageToken(
            "not an event position".to_owned(),
        ));
    }
    Ok(Some(key))
}

/// Token resuming an id-ordered list after `id`.
pub(crate) fn id_token(id: &str) -> String {
    encode(IDS, id.as_bytes())
}

/// The id an id token resumes after; `None` for the empty (first-page) token.
pub(crate) fn decode_id_token(token: &str) -> Result<Option<Vec<u8>>, StoreError> {
    decode(IDS, token)
}

fn encode(kind: u8, key: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(2 + key.len());
    bytes.push(VERSION);
    bytes.push(kind);
    bytes.extend_from_slice(key);
    URL_SAFE_NO_PAD.encode(bytes)
}

fn decode(kind: u8, token: &str) -> Result<Option<Vec<u8>>, StoreError> {
    if token.is_empty() {
        return Ok(None);
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| StoreError::InvalidPageToken("not base64url".to_owned()))?;
    match bytes.as_slice() {
        [VERSION, found, key @ ..] if *found == kind => Ok(Some(key.to_vec())),
        [VERSION, _, ..] => Err(StoreError::InvalidPageToken(
            "issued for another list".to_owned(),
        )),
        _ => Err(StoreError::InvalidPageToken(
            "unknown token version".to_owned(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_tokens_round_trip() {
        let token = event_token(2019, "award-1");
        let key = decode_event_token(&token).expect("decodes").expect("some");
        assert_eq!(
            keys::decode_order_key(&key),
            Some((2019, "award-1".to_owned()))
        );
    }

    #[test]
    fn id_tokens_round_trip() {
        let token = id_token("post-malone");
        assert_eq!(
            decode_id_token(&token).expect("decodes"),
            Some(b"post-malone".to_vec())
        );
    }

    #[test]
    fn empty_token_is_the_first_page() {
        assert_eq!(decode_event_token("").expect("decodes"), None);
        assert_eq!(decode_id_token("").expect("decodes"), None);
    }

    #[test]
    fn foreign_tokens_are_invalid() {
        for token in [
            "***",
            "AA",
            &URL_SAFE_NO_PAD.encode([2, b'e', 0, 0, 0, 0]),
            &id_token("x"),
        ] {
            assert!(
                matches!(
                    decode_event_token(token),
                    Err(StoreError::InvalidPageToken(_))
                ),
                "{token}"
            );
        }
        assert!(matches!(
            decode_event_token(&URL_SAFE_NO_PAD.encode([1, b'e', 0])),
            Err(StoreError::InvalidPageToken(_))
        ));
        assert!(matches!(
            decode_id_token(&event_token(1, "a")),
            Err(StoreError::InvalidPageToken(_))
        ));
    }
}
