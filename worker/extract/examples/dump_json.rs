//! Dev tool: prints events in the scorer's proto3-JSON shape, one per line, merged
//! across documents by event id. `cargo run --example dump_json -- FILES_OR_DIRS...`
//! With `--explain`, prints explanations to stderr.

use std::collections::BTreeMap;
use std::path::PathBuf;

use greenroom_extract::{EntityRef, Event, EventDetails, Extractor, KnowledgeBase, Status};
use serde_json::{Value, json};

fn r(e: &EntityRef) -> Value {
    json!({"id": e.id.as_str(), "name": e.name})
}

fn to_json(ev: &Event) -> Value {
    let mut v = json!({"id": ev.id, "confidence": ev.confidence});
    match &ev.details {
        EventDetails::Award {
            recipients,
            category,
            work,
        } => {
            v["award"] = json!({"recipients": recipients.iter().map(r).collect::<Vec<_>>(), "category": category});
            if let Some(w) = work {
                v["award"]["work"] = r(w);
            }
        }
        EventDetails::Encounter {
            participants,
            setting,
        } => {
            v["encounter"] = json!({"participants": participants.iter().map(r).collect::<Vec<_>>(), "setting": format!("{setting:?}")});
        }
        EventDetails::Performance { performers, work } => {
            v["performance"] = json!({"performers": performers.iter().map(r).collect::<Vec<_>>()});
            if let Some(w) = work {
                v["performance"]["work"] = r(w);
            }
        }
        EventDetails::Record {
            holder,
            previous_holder,
            work,
            description,
        } => {
            v["record"] = json!({"holder": r(holder), "description": description});
            if let Some(p) = previous_holder {
                v["record"]["previousHolder"] = r(p);
            }
            if let Some(w) = work {
                v["record"]["work"] = r(w);
            }
        }
    }
    if let Some(c) = &ev.ceremony {
        v["ceremony"] = r(c);
    }
    if let Some(y) = ev.year {
        v["year"] = json!(y);
    }
    v["status"] = json!(if ev.status == Status::Planned {
        "EVENT_STATUS_PLANNED"
    } else {
        "EVENT_STATUS_OCCURRED"
    });
    v["sources"] = json!(
        ev.sources
            .iter()
            .map(|s| json!({"documentId": s.document_id, "rule": s.rule, "evidence": s.evidence}))
            .collect::<Vec<_>>()
    );
    v
}

fn main() {
    let mut explain = false;
    let mut files: Vec<PathBuf> = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--explain" {
            explain = true;
            continue;
        }
        let p = PathBuf::from(arg);
        if p.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(&p)
                .expect("readable dir")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            v.sort();
            files.extend(v);
        } else {
            files.push(p);
        }
    }
    let ex = Extractor::new(KnowledgeBase::bundled());
    let mut merged: BTreeMap<String, Event> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable file");
        let id = f
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let out = ex.extract(&id, &text);
        if explain {
            eprintln!("=== {id}");
            for e in &out.explanations {
                eprintln!("{e}");
            }
        }
        for ev in out.events {
            match merged.get_mut(&ev.id) {
                Some(m) => {
                    m.sources.extend(ev.sources);
                    if ev.status == Status::Occurred {
                        m.status = Status::Occurred;
                    }
                }
                None => {
                    order.push(ev.id.clone());
                    merged.insert(ev.id.clone(), ev);
                }
            }
        }
    }
    for id in order {
        if let Some(ev) = merged.get(&id) {
            println!("{}", to_json(ev));
        }
    }
}
