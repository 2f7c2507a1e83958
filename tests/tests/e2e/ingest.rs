use std::fs;

use greenroom_store::Store;
use greenroom_tests::{TestServer, corpus_dir, fixtures_dir};

#[tokio::test]
async fn a_broken_file_is_reported_and_skipped_and_the_rest_is_stored() {
    let dir = tempfile::tempdir().expect("temporary folder");
    fs::copy(
        corpus_dir().join("000_6bacc3cf0143657c.txt"),
        dir.path().join("good.txt"),
    )
    .expect("copy an article");
    fs::write(dir.path().join("broken.txt"), [0xC3, 0x28, 0xA0, 0xA1]).expect("write");
    fs::write(dir.path().join("empty.txt"), "").expect("write");

    let server = TestServer::start(&[dir.path().to_path_buf()]).await;

    assert_eq!(server.ingest.stored, 1);
    assert_eq!(server.ingest.skipped, 2);
    assert_eq!(server.ingest.failed, 0);
}

#[test]
fn ingesting_the_same_files_twice_changes_nothing() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::open(&dir.path().join("db")).expect("open");

    let first = greenroom_worker::ingest_paths(&store, &[corpus_dir()]);
    let counts = store.counts().expect("counts");
    let second = greenroom_worker::ingest_paths(&store, &[corpus_dir()]);

    assert_eq!(first.stored, 5);
    assert_eq!(second.unchanged, 5);
    assert_eq!(second.stored + second.replaced, 0);
    assert_eq!(store.counts().expect("counts"), counts);
}

#[test]
fn the_store_survives_a_reopen_with_everything_in_it() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("db");
    let counts = {
        let store = Store::open(&path).expect("open");
        greenroom_worker::ingest_paths(&store, &[fixtures_dir()]);
        store.counts().expect("counts")
    };
    let reopened = Store::open(&path).expect("reopen");
    assert_eq!(reopened.counts().expect("counts"), counts);
    assert!(counts.1 > 0, "the fixtures yield events");
}

#[test]
fn rebuild_re_extracts_every_stored_document_into_an_equal_store() {
    use clap::Parser;
    let dir = tempfile::tempdir().expect("temporary folder");
    let db = dir.path().join("db");
    let before = {
        let store = Store::open(&db).expect("open");
        greenroom_worker::ingest_paths(&store, &[corpus_dir()]);
        store.counts().expect("counts")
    };

    let cli = greenroom_worker::cli::Cli::parse_from([
        "greenroom-worker",
        "rebuild",
        "--db",
        db.to_str().expect("UTF-8 path"),
    ]);
    let code = greenroom_worker::run(cli).expect("rebuild runs");

    assert_eq!(code, std::process::ExitCode::SUCCESS);
    let after = Store::open(&db).expect("reopen the rebuilt store");
    assert_eq!(after.counts().expect("counts"), before);
    assert!(!dir.path().join("db.rebuild").exists());
    assert!(!dir.path().join("db.old").exists());
}
