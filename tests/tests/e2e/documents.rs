use std::fs;

use greenroom_proto::v1::{GetDocumentRequest, GetEventRequest, ListDocumentsRequest};
use greenroom_tests::{TestServer, corpus_dir};
use tonic::Code;

#[tokio::test]
async fn list_documents_shows_every_corpus_file_with_its_events() {
    let server = TestServer::with_corpus().await;
    let mut client = server.documents().await;

    let documents = client
        .list_documents(ListDocumentsRequest::default())
        .await
        .expect("ListDocuments succeeds")
        .into_inner()
        .documents;

    let ids: Vec<&str> = documents
        .iter()
        .map(|document| document.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "000_6bacc3cf0143657c",
            "001_f4d45373cd7150dd",
            "002_735998d54a30c3d0",
            "003_4d6bb4f0a1faaf92",
            "004_20f4a8ba732c7fea"
        ]
    );
    for document in &documents {
        assert!(
            !document.event_ids.is_empty(),
            "{} yielded events",
            document.id
        );
        assert_eq!(document.content_hash.len(), 64, "hex sha-256");
        assert!(document.ingest_time.is_some());
        assert!(document.text.is_empty(), "lists leave the text out");
    }
    let dated = documents
        .iter()
        .find(|document| document.id == "004_20f4a8ba732c7fea")
        .expect("document 004");
    assert_eq!(dated.published_date, "2018-05-21");
}

#[tokio::test]
async fn every_evidence_span_points_at_its_sentence_in_the_stored_text() {
    let server = TestServer::with_corpus().await;
    let mut documents = server.documents().await;
    let mut events = server.events().await;

    let listed = documents
        .list_documents(ListDocumentsRequest::default())
        .await
        .expect("ListDocuments succeeds")
        .into_inner()
        .documents;
    for summary in listed {
        let document = documents
            .get_document(GetDocumentRequest {
                id: summary.id.clone(),
                include_text: true,
            })
            .await
            .expect("GetDocument succeeds")
            .into_inner()
            .document
            .expect("document set");
        let on_disk = fs::read_to_string(corpus_dir().join(format!("{}.txt", summary.id)))
            .expect("corpus file");
        assert_eq!(document.text, on_disk);
        for id in &document.event_ids {
            let event = events
                .get_event(GetEventRequest { id: id.clone() })
                .await
                .expect("GetEvent succeeds")
                .into_inner()
                .event
                .expect("event set");
            for source in event.sources.iter().filter(|s| s.document_id == summary.id) {
                let span = source.span.expect("span");
                let quoted = document
                    .text
                    .get(span.start as usize..span.end as usize)
                    .expect("span inside the text, on char boundaries");
                assert_eq!(quoted, source.evidence);
            }
        }
    }
}

#[tokio::test]
async fn get_document_of_an_unknown_id_is_not_found() {
    let server = TestServer::with_corpus().await;
    let mut client = server.documents().await;

    let status = client
        .get_document(GetDocumentRequest {
            id: "no-such-document".to_owned(),
            include_text: false,
        })
        .await
        .expect_err("unknown document");
    assert_eq!(status.code(), Code::NotFound);
}
