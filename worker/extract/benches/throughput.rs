//! Throughput: extracts from ≥50 MB of article text (the test fixtures repeated, one
//! document per fixture copy) and prints MB/s. `cargo bench -p greenroom-extract`.

use std::time::Instant;

use greenroom_extract::{Extractor, KnowledgeBase};

/// The allocator the worker binary runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const FIXTURES: &[&str] = &[
    include_str!("../tests/fixtures/grammys_2023.txt"),
    include_str!("../tests/fixtures/vmas_2024.txt"),
    include_str!("../tests/fixtures/chart_record.txt"),
    include_str!("../tests/fixtures/brits_nominee.txt"),
    include_str!("../tests/fixtures/coachella_preview.txt"),
    include_str!("../tests/fixtures/bbmas_2023_prose.txt"),
    include_str!("../tests/fixtures/met_gala_2024_prose.txt"),
    include_str!("../tests/fixtures/undated_record_prose.txt"),
];

fn main() {
    let target: usize = std::env::var("GREENROOM_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50)
        * 1_000_000;
    let build = Instant::now();
    let extractor = Extractor::new(KnowledgeBase::bundled());
    println!("extractor built in {:?}", build.elapsed());
    // Warm-up: first use of lazily compiled regexes.
    for f in FIXTURES {
        std::hint::black_box(extractor.extract("warm", f));
    }
    // GREENROOM_BENCH_JOIN=1: one long document of all fixtures (per-document
    // overhead amortised, as with long real articles).
    let joined: String = FIXTURES.join("\n\n");
    let docs: Vec<&str> = if std::env::var_os("GREENROOM_BENCH_JOIN").is_some() {
        vec![joined.as_str()]
    } else {
        FIXTURES.to_vec()
    };
    let mut bytes = 0usize;
    let mut events = 0usize;
    let start = Instant::now();
    let mut i = 0usize;
    while bytes < target {
        let text = docs[i % docs.len()];
        let out = extractor.extract("bench", text);
        events += out.events.len();
        bytes += text.len();
        i += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "extracted {:.1} MB in {} documents ({events} events) in {secs:.2} s: {:.1} MB/s on one core",
        bytes as f64 / 1e6,
        i,
        bytes as f64 / 1e6 / secs
    );
}
