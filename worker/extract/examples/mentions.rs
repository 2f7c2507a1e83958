//! Dev tool: prints each sentence with its mentions and categories.
//! `cargo run --example mentions -- FILE [KNOWLEDGE.json]`

use greenroom_extract::coreference::{Salience, resolve};
use greenroom_extract::entities::{Registry, recognise_sentence};
use greenroom_extract::knowledge::{Gazetteer, KnowledgeBase};

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable");
    // An optional second argument: a knowledge file used instead of the bundled one.
    let kb = match std::env::args().nth(2) {
        Some(p) => KnowledgeBase::from_json(&std::fs::read_to_string(p).expect("readable"))
            .expect("valid knowledge file"),
        None => KnowledgeBase::bundled(),
    };
    let gaz = Gazetteer::new(&kb);
    let mut reg = Registry::new(&gaz);
    let mut sal = Salience::default();
    let doc = greenroom_extract::document::read(&text);
    for s in &doc.sentences {
        let st = &text[s.span.start..s.span.end];
        let mut r = recognise_sentence(&gaz, &mut reg, st, s.title);
        resolve(
            st,
            greenroom_extract::cues::Cues::of(st),
            &mut reg,
            &sal,
            &mut r.mentions,
        );
        sal.update(&reg, &r.mentions);
        println!("## {st}");
        for m in &r.mentions {
            let names: Vec<&str> = m
                .entities
                .iter()
                .map(|&e| reg.entities[e].name.as_str())
                .collect();
            println!(
                "   [{}] {:?} {:?}{} -> {}",
                &st[m.start..m.end],
                m.kind,
                m.via,
                if m.modifier { " MOD" } else { "" },
                names.join("+")
            );
        }
        for c in &r.categories {
            println!("   CAT {}", &st[c.start..c.end]);
        }
    }
}
