//! Reading documents and their texts.
//!
//! A document's text lives in its own tree, apart from its record, so listing
//! documents never reads (possibly large) texts it does not return.

use std::path::Path;

use greenroom_proto::v1::Document;

use crate::codec::{decode, decode_str, engine};
use crate::keys;
use crate::schema::{self, Trees};
use crate::tokens;
use crate::{Page, PageRequest, StoreError, StoredText};

/// One document, with its text when `include_text`.
pub(crate) fn get(
    trees: &Trees,
    id: &str,
    include_text: bool,
) -> Result<Option<Document>, StoreError> {
    let key = id.as_bytes();
    let Some(bytes) = trees.documents.get(key).map_err(engine)? else {
        return Ok(None);
    };
    let mut document: Document = decode("documents", key, &bytes)?;
    if include_text && let Some(text) = trees.texts.get(key).map_err(engine)? {
        document.text = decode_str("texts", key, &text)?;
    }
    Ok(Some(document))
}

/// Documents without text, by id.
pub(crate) fn list(trees: &Trees, page: &PageRequest) -> Result<Page<Document>, StoreError> {
    let start = tokens::decode_id_token(&page.token)?.map(|after| keys::successor(&after));
    let size = crate::page_size(page.size);
    let range = match start {
        Some(start) => trees.documents.range(start..),
        None => trees.documents.iter(),
    };
    let mut items = Vec::with_capacity(size.min(64));
    let mut more = false;
    for item in range {
        let (key, bytes) = item.map_err(engine)?;
        if items.len() == size {
            more = true;
            break;
        }
        let mut document: Document = decode("documents", &key, &bytes)?;
        // Stored without text already; cleared again so a list never carries one.
        document.text.clear();
        items.push(document);
    }
    let next_token = match items.last() {
        Some(last) if more => tokens::id_token(&last.id),
        _ => String::new(),
    };
    Ok(Page { items, next_token })
}

/// Every stored text of the store in `dir`, by document id, whatever its version.
pub(crate) fn read_texts(dir: &Path) -> Result<Vec<StoredText>, StoreError> {
    schema::read_texts(dir)?
        .into_iter()
        .map(|(key, text)| {
            Ok(StoredText {
                id: decode_str("texts", &key, &key)?,
                text: decode_str("texts", &key, &text)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{document, first_page, store};

    #[test]
    fn get_fills_the_text_only_when_asked() {
        let (_dir, store) = store();
        store
            .ingest(document("a", "Full text.", Vec::new()))
            .expect("ingest");
        let without = store
            .get_document("a", false)
            .expect("get")
            .expect("stored");
        assert!(without.text.is_empty());
        let with = store.get_document("a", true).expect("get").expect("stored");
        assert_eq!(with.text, "Full text.");
        assert_eq!(store.get_document("b", true).expect("get"), None);
    }

    #[test]
    fn list_pages_documents_by_id_without_text() {
        let (_dir, store) = store();
        for id in ["c", "a", "e", "b", "d"] {
            store
                .ingest(document(id, &format!("text {id}"), Vec::new()))
                .expect("ingest");
        }
        let first = store.list_documents(&first_page(3)).expect("first");
        let ids: Vec<&str> = first
            .items
            .iter()
            .map(|document| document.id.as_str())
            .collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert!(first.items.iter().all(|document| document.text.is_empty()));
        let second = store
            .list_documents(&PageRequest {
                size: 3,
                token: first.next_token,
            })
            .expect("second");
        let ids: Vec<&str> = second
            .items
            .iter()
            .map(|document| document.id.as_str())
            .collect();
        assert_eq!(ids, ["d", "e"]);
        assert!(second.next_token.is_empty());
    }

    #[test]
    fn read_texts_returns_every_text_even_from_another_schema_version() {
        let (dir, store) = store();
        store.ingest(document("a", "alpha", Vec::new())).expect("a");
        store.ingest(document("b", "beta", Vec::new())).expect("b");
        store
            .trees
            .meta
            .insert(b"schema_version", &99u32.to_be_bytes())
            .expect("poke");
        drop(store);
        let texts = crate::Store::read_texts(dir.path()).expect("read");
        let texts: Vec<(String, String)> =
            texts.into_iter().map(|text| (text.id, text.text)).collect();
        assert_eq!(
            texts,
            [
                ("a".to_owned(), "alpha".to_owned()),
                ("b".to_owned(), "beta".to_owned())
            ]
        );
        // The folder is released again: the store can be opened (and refused).
        assert!(matches!(
            crate::Store::open(dir.path()),
            Err(StoreError::SchemaMismatch { found: 99, .. })
        ));
    }

    #[test]
    fn read_texts_of_a_missing_folder_fails_without_creating_it() {
        let dir = tempfile::TempDir::new().expect("dir");
        let missing = dir.path().join("missing");
        assert!(matches!(
            crate::Store::read_texts(&missing),
            Err(StoreError::Engine(_))
        ));
        assert!(!missing.exists());
    }

    #[test]
    fn a_stored_value_that_does_not_decode_is_an_error_naming_its_key() {
        let (_dir, store) = store();
        store
            .trees
            .documents
            .insert(b"bad-doc", &[0xff, 0xff, 0xff])
            .expect("poke");
        store
            .trees
            .events
            .insert(b"bad-event", &[0x0a, 0x05])
            .expect("poke");
        let error = store
            .get_document("bad-doc", false)
            .expect_err("decode error");
        assert!(
            matches!(&error, StoreError::Decode { key, .. } if key == "documents/bad-doc"),
            "{error}"
        );
        let error = store.get_event("bad-event").expect_err("decode error");
        assert!(
            matches!(&error, StoreError::Decode { key, .. } if key == "events/bad-event"),
            "{error}"
        );
        assert!(matches!(
            store.list_documents(&first_page(10)),
            Err(StoreError::Decode { .. })
        ));
    }
}
