//! `greenroom-worker extract`: events to stdout, no store. Events told by several
//! documents are merged into one, as the store would hold them.

use std::{
    collections::HashMap,
    io::{self, Write},
    path::PathBuf,
    process::ExitCode,
};

use anyhow::Context;
use greenroom_extract::Extractor;
use greenroom_proto::{merge::merge_event, v1};

use super::{extract_article, report_skipped};
use crate::{cli::Format, inputs};

pub fn run(
    paths: &[PathBuf],
    format: Format,
    explain: bool,
    extractor: &Extractor,
) -> anyhow::Result<ExitCode> {
    let inputs = inputs::read(paths);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());

    let mut events: Vec<v1::Event> = Vec::new();
    let mut position_of: HashMap<String, usize> = HashMap::new();
    let mut failed = 0;
    for article in &inputs.articles {
        let extracted = match extract_article(extractor, &article.id, &article.text, explain) {
            Ok(extracted) => extracted,
            Err(reason) => {
                eprintln!("skipped {}: {reason}", article.id);
                failed += 1;
                continue;
            }
        };
        if explain {
            writeln!(out, "== {}", article.id)?;
            for explanation in &extracted.extraction.explanations {
                writeln!(out, "{explanation}")?;
            }
        }
        for event in extracted.events {
            match position_of.get(&event.id) {
                Some(&at) => merge_event(&mut events[at], event),
                None => {
                    position_of.insert(event.id.clone(), events.len());
                    events.push(event);
                }
            }
        }
    }

    for event in &events {
        match format {
            Format::Json => {
                // Straight into the buffered output: no String per event.
                serde_json::to_writer(&mut out, event).context("cannot encode event as JSON")?;
                out.write_all(b"\n")?;
            }
            Format::Text => writeln!(out, "{}", describe(event))?,
        }
    }
    out.flush()?;
    report_skipped(&inputs.skipped);
    eprintln!(
        "extracted {} events from {} documents; skipped {} files",
        events.len(),
        inputs.articles.len() - failed,
        inputs.skipped.len() + failed
    );
    Ok(
        if failed > 0 || inputs.articles.is_empty() && !inputs.skipped.is_empty() {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        },
    )
}

/// One readable line: `2019 award BTS — Top Social Artist @ Billboard Music Awards [doc, ...]`.
fn describe(event: &v1::Event) -> String {
    let names = |refs: &[v1::EntityRef]| {
        refs.iter()
            .map(|entity| entity.name.as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let work = |work: &Option<v1::EntityRef>| {
        work.as_ref()
            .map(|work| format!(" \"{}\"", work.name))
            .unwrap_or_default()
    };
    let what = match &event.details {
        Some(v1::event::Details::Award(award)) => format!(
            "award {} — {}{}",
            names(&award.recipients),
            award.category,
            work(&award.work)
        ),
        Some(v1::event::Details::Encounter(encounter)) => {
            format!("encounter {}", names(&encounter.participants))
        }
        Some(v1::event::Details::Performance(performance)) => format!(
            "performance {}{}",
            names(&performance.performers),
            work(&performance.work)
        ),
        Some(v1::event::Details::Record(record)) => format!(
            "record {}{} — {}",
            record
                .holder
                .as_ref()
                .map(|holder| holder.name.as_str())
                .unwrap_or("?"),
            work(&record.work),
            record.description
        ),
        None => "event".to_owned(),
    };
    let year = match event.year {
        0 => "????".to_owned(),
        year => year.to_string(),
    };
    let ceremony = event
        .ceremony
        .as_ref()
        .map(|ceremony| format!(" @ {}", ceremony.name))
        .unwrap_or_default();
    let planned = if event.status == v1::EventStatus::Planned as i32 {
        " (planned)"
    } else {
        ""
    };
    let documents: Vec<&str> = event
        .sources
        .iter()
        .map(|source| source.document_id.as_str())
        .collect();
    format!(
        "{year} {what}{ceremony}{planned} [{}] {}",
        documents.join(", "),
        event.id
    )
}
