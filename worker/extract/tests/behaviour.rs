//! End-to-end behaviour on articles written for these tests (artists and shows absent
//! from the seeds and the dev set), plus the span/evidence property over the fixtures.

use greenroom_extract::{Event, EventDetails, Extraction, Extractor, KnowledgeBase, Status};

const FIXTURES: &[(&str, &str)] = &[
    ("grammys_2023", include_str!("fixtures/grammys_2023.txt")),
    ("vmas_2024", include_str!("fixtures/vmas_2024.txt")),
    ("chart_record", include_str!("fixtures/chart_record.txt")),
    ("brits_nominee", include_str!("fixtures/brits_nominee.txt")),
    (
        "coachella_preview",
        include_str!("fixtures/coachella_preview.txt"),
    ),
    (
        "bbmas_2023_prose",
        include_str!("fixtures/bbmas_2023_prose.txt"),
    ),
    (
        "met_gala_2024_prose",
        include_str!("fixtures/met_gala_2024_prose.txt"),
    ),
    (
        "undated_record_prose",
        include_str!("fixtures/undated_record_prose.txt"),
    ),
];

fn extractor() -> Extractor {
    Extractor::new(KnowledgeBase::bundled())
}

fn fixture(name: &str) -> Extraction {
    let text = FIXTURES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .expect("fixture exists");
    extractor().extract(name, text)
}

/// One line per occurred event: "kind | who | detail | ceremony | year".
fn describe(e: &Event) -> String {
    let names = |v: &[greenroom_extract::EntityRef]| {
        v.iter()
            .map(|r| r.name.as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let body = match &e.details {
        EventDetails::Award {
            recipients,
            category,
            work,
        } => format!(
            "award | {} | {category}{}",
            names(recipients),
            work.as_ref()
                .map_or(String::new(), |w| format!(" | {}", w.name))
        ),
        EventDetails::Encounter { participants, .. } => {
            format!("encounter | {}", names(participants))
        }
        EventDetails::Performance { performers, work } => format!(
            "performance | {}{}",
            names(performers),
            work.as_ref()
                .map_or(String::new(), |w| format!(" | {}", w.name))
        ),
        EventDetails::Record {
            holder,
            previous_holder,
            ..
        } => format!(
            "record | {}{}",
            holder.name,
            previous_holder
                .as_ref()
                .map_or(String::new(), |p| format!(" < {}", p.name))
        ),
    };
    format!(
        "{body} | {} | {}",
        e.ceremony.as_ref().map_or("-", |c| c.name.as_str()),
        e.year.map_or("-".to_string(), |y| y.to_string())
    )
}

fn occurred(x: &Extraction) -> Vec<String> {
    x.events
        .iter()
        .filter(|e| e.status == Status::Occurred)
        .map(describe)
        .collect()
}

fn has(x: &Extraction, line: &str) -> bool {
    occurred(x).iter().any(|l| l == line)
}

fn run(text: &str) -> Extraction {
    extractor().extract("t", text)
}

#[test]
fn spans_always_slice_back_to_evidence_over_all_fixtures() {
    let ex = extractor();
    let extra =
        "Title\nNo spaces.After this! \"Quote?\" he said… Then 3 a.m. café ünïcödé “Song” — done.";
    for (name, text) in FIXTURES.iter().chain(std::iter::once(&("extra", extra))) {
        let out = ex.extract(name, text);
        for e in &out.events {
            for s in &e.sources {
                assert_eq!(&text[s.span.start..s.span.end], s.evidence, "{name}");
                assert_eq!(s.document_id, *name);
            }
        }
        for x in &out.explanations {
            assert!(
                text.get(x.sentence.start..x.sentence.end).is_some(),
                "{name}"
            );
            assert_eq!(&text[x.cue.0.start..x.cue.0.end], x.cue.1, "{name}");
            for (span, t) in &x.used {
                assert_eq!(&text[span.start..span.end], t, "{name}");
            }
        }
    }
}

#[test]
fn grammys_acceptance_winner_with_edition_year_and_work() {
    let x = fixture("grammys_2023");
    assert_eq!(x.published.map(|d| d.year), Some(2023));
    assert_eq!(
        x.title,
        "Harry Styles takes Album of the Year at the 65th Grammy Awards"
    );
    assert!(occurred(&x).iter().any(
        |l| l.starts_with("award | Harry Styles | Album of the Year")
            && l.ends_with("| Grammy Awards | 2023")
    ));
}

#[test]
fn beaten_nominees_never_win() {
    let x = fixture("grammys_2023");
    for loser in [
        "Adele",
        "Beyoncé | Album",
        "Bad Bunny | Album",
        "Kendrick Lamar",
    ] {
        assert!(
            !occurred(&x)
                .iter()
                .any(|l| l.starts_with(&format!("award | {loser}"))),
            "{loser}"
        );
    }
}

#[test]
fn several_winners_in_one_sentence_are_several_awards() {
    let x = fixture("grammys_2023");
    assert!(has(
        &x,
        "award | Lizzo | Record of the Year | About Damn Time | Grammy Awards | 2023"
    ));
    assert!(has(
        &x,
        "award | Bonnie Raitt | Song of the Year | Just Like That | Grammy Awards | 2023"
    ));
}

#[test]
fn presenter_is_not_the_winner() {
    let x = fixture("grammys_2023");
    assert!(has(
        &x,
        "award | Samara Joy | Best New Artist | Grammy Awards | 2023"
    ));
    assert!(
        !occurred(&x)
            .iter()
            .any(|l| l.starts_with("award | Olivia Rodrigo"))
    );
}

#[test]
fn joint_performance_and_medley() {
    let x = fixture("grammys_2023");
    assert!(has(
        &x,
        "performance | Sam Smith + Kim Petras | Unholy | Grammy Awards | 2023"
    ));
    assert!(has(
        &x,
        "performance | Bad Bunny | El Apagón | Grammy Awards | 2023"
    ));
    assert!(has(
        &x,
        "performance | Bad Bunny | Después de la Playa | Grammy Awards | 2023"
    ));
}

#[test]
fn backstage_selfie_is_an_encounter_but_a_hoped_team_up_is_not() {
    let x = fixture("grammys_2023");
    assert!(has(
        &x,
        "encounter | Taylor Swift + Lizzo | Grammy Awards | 2023"
    ));
    assert!(
        !occurred(&x)
            .iter()
            .any(|l| l.contains("Beyoncé") && l.starts_with("encounter"))
    );
}

#[test]
fn vmas_backstage_meeting_with_date_on_first_line() {
    let x = fixture("vmas_2024");
    assert!(has(
        &x,
        "award | Sabrina Carpenter | Video of the Year | MTV Video Music Awards | 2024"
    ));
    assert!(has(
        &x,
        "encounter | Sabrina Carpenter + Chappell Roan | MTV Video Music Awards | 2024"
    ));
}

#[test]
fn third_year_in_a_row_implies_two_earlier_wins() {
    let x = fixture("vmas_2024");
    for year in [2024, 2023, 2022] {
        assert!(
            has(
                &x,
                &format!(
                    "award | Taylor Swift | Artist of the Year | MTV Video Music Awards | {year}"
                )
            ),
            "{year}: {:?}",
            occurred(&x)
        );
    }
}

#[test]
fn planned_show_is_planned_and_speculation_is_dropped() {
    let x = fixture("vmas_2024");
    let roan: Vec<&Event> = x
        .events
        .iter()
        .filter(|e| matches!(&e.details, EventDetails::Performance { performers, .. } if performers.iter().any(|p| p.name == "Chappell Roan")))
        .collect();
    assert!(roan.iter().all(|e| e.status == Status::Planned));
    assert!(
        !occurred(&x)
            .iter()
            .any(|l| l.contains("Carpenter + Chappell Roan") && l.starts_with("performance"))
    );
}

#[test]
fn chart_record_names_holder_previous_holder_and_figure() {
    let x = fixture("chart_record");
    assert!(has(&x, "record | Olivia Rodrigo < Adele | - | 2024"));
    let rec = x
        .events
        .iter()
        .find_map(|e| match &e.details {
            EventDetails::Record {
                previous_holder: Some(_),
                description,
                work,
                ..
            } => Some((description.clone(), work.clone())),
            _ => None,
        })
        .expect("record found");
    assert!(rec.0.contains("21.4 million"), "{}", rec.0);
    assert_eq!(rec.1.map(|w| w.name), Some("Vampire Drift".to_string()));
    // The headline and the body tell the same record: one event, two sources.
    let merged = x
        .events
        .iter()
        .find(|e| {
            matches!(
                e.details,
                EventDetails::Record {
                    previous_holder: Some(_),
                    ..
                }
            )
        })
        .expect("record");
    assert_eq!(merged.sources.len(), 2);
}

#[test]
fn new_record_without_previous_holder() {
    let x = fixture("chart_record");
    assert!(has(&x, "record | Olivia Rodrigo | - | 2024"));
}

#[test]
fn online_congratulations_are_not_encounters() {
    let x = fixture("chart_record");
    assert!(!occurred(&x).iter().any(|l| l.starts_with("encounter")));
}

#[test]
fn brits_nominee_edged_out_and_presenter_handing_trophy() {
    let x = fixture("brits_nominee");
    assert!(has(
        &x,
        "award | Dua Lipa | British Artist of the Year | BRIT Awards | 2025"
    ));
    assert!(has(
        &x,
        "award | Coldplay | Group of the Year | BRIT Awards | 2025"
    ));
    for not in [
        "award | Raye",
        "award | Muse",
        "award | Blur",
        "award | Jack Whitehall",
    ] {
        assert!(!occurred(&x).iter().any(|l| l.starts_with(not)), "{not}");
    }
}

#[test]
fn wish_and_denial_are_not_meetings_but_dressing_room_visit_is() {
    let x = fixture("brits_nominee");
    assert!(
        !occurred(&x)
            .iter()
            .any(|l| l.contains("Whitehall") && l.starts_with("encounter"))
    );
    assert!(!occurred(&x).iter().any(|l| l.contains("Stormzy")));
    assert!(has(&x, "encounter | Raye + Dua Lipa | BRIT Awards | 2025"));
}

#[test]
fn did_not_perform_is_nothing_and_last_year_dates_the_past_show() {
    let x = fixture("brits_nominee");
    assert!(has(
        &x,
        "performance | Ed Sheeran | Eyes Closed | BRIT Awards | 2024"
    ));
    assert!(
        !occurred(&x)
            .iter()
            .any(|l| l.starts_with("performance | Ed Sheeran") && l.ends_with("2025"))
    );
}

#[test]
fn an_all_future_preview_yields_no_occurred_event() {
    let x = fixture("coachella_preview");
    assert!(occurred(&x).is_empty(), "{:?}", occurred(&x));
}

#[test]
fn the_same_fact_from_two_documents_gets_the_same_id() {
    let a =
        run(" date 2024-02-05\nT\nSZA won Best R&B Song for \"Snooze\" at the 66th Grammy Awards.");
    let b = run("T\nAt the 66th Grammy Awards, SZA won Best R&B Song for \"Snooze\", her first.");
    let ida: Vec<&str> = a.events.iter().map(|e| e.id.as_str()).collect();
    let idb: Vec<&str> = b.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ida.len(), 1);
    assert_eq!(ida, idb);
    assert!(ida[0].starts_with("ev-") && ida[0].len() == 19);
}

#[test]
fn the_same_fact_twice_in_a_document_is_one_event_with_two_sources() {
    let x = run(
        " date 2022-05-16\nT\nDoja Cat met Lil Nas X backstage at the BBMAs. Later, Doja Cat hugged Lil Nas X again.",
    );
    assert_eq!(x.events.len(), 1);
    assert_eq!(x.events[0].sources.len(), 2);
    assert!(x.events[0].confidence > 0.0 && x.events[0].confidence <= 1.0);
}

#[test]
fn explanations_say_why_a_cue_produced_nothing() {
    let x = run(
        "T\nFans are hoping Lorde will meet Troye Sivan at the Met Gala.\nLorde won the night.",
    );
    let text: Vec<String> = x.explanations.iter().map(ToString::to_string).collect();
    assert!(
        text.iter()
            .any(|t| t.contains("encounter") && t.contains("hope")),
        "{text:?}"
    );
    assert!(x.events.is_empty());
}

#[test]
fn explanations_name_the_rule_for_each_event() {
    let x = run("T\nRecord of the Year went to Kestrel Youth for \"Low Tide\".");
    assert_eq!(x.events.len(), 1);
    let e = x
        .explanations
        .iter()
        .find(|e| e.event_id.is_some())
        .expect("explained");
    assert_eq!(e.rule, "award.went_to");
    assert!(e.to_string().contains("Kestrel Youth"));
}

#[test]
fn entities_carry_aliases_and_membership() {
    let x = run("T\nAt the Grammys, Jungkook and Park Jimin met Lorde backstage.");
    let jimin = x
        .entities
        .iter()
        .find(|e| e.name == "Jimin")
        .expect("Jimin listed");
    assert!(jimin.aliases.iter().any(|a| a == "Park Jimin"));
    assert_eq!(jimin.member_of.len(), 1);
}

#[test]
fn unknown_names_get_slug_ids() {
    let x = run("T\nNadia Okoro won Best Pop Vocal Album at the Juno Awards in 2021.");
    let a = &x.events[0];
    match &a.details {
        EventDetails::Award { recipients, .. } => {
            assert_eq!(recipients[0].id.as_str(), "nadia-okoro")
        }
        other => panic!("not an award: {other:?}"),
    }
    assert_eq!(a.year, Some(2021));
    assert_eq!(
        a.ceremony.as_ref().map(|c| c.name.as_str()),
        Some("Juno Awards")
    );
}

#[test]
fn edition_numbers_give_years_without_a_date() {
    let x = run("T\nAt the 81st Golden Globe Awards, Taylor Swift greeted Jennifer Lawrence.");
    assert_eq!(x.events[0].year, Some(2024));
}

#[test]
fn a_question_is_not_a_fact() {
    let x = run("T\nDid Halsey really meet Lorde at the VMAs?");
    assert!(x.events.is_empty());
}

#[test]
fn speculation_with_maybe_is_dropped() {
    let x = run("T\nMaybe Halsey met Lorde at the after-party.");
    assert!(x.events.is_empty());
}

#[test]
fn splitter_traps_do_not_break_sentences_or_events() {
    let x = run(
        " date 2019-09-01\nT\nDr. Dre met St. Vincent at 3 a.m. near Crypto.com Arena, and Mr. Lopez watched. It was No. 1 in the U.S. with 11.2 million streams.",
    );
    assert!(
        has(&x, "encounter | Dr. Dre + St. Vincent | - | 2019"),
        "{:?}",
        occurred(&x)
    );
}

#[test]
fn user_knowledge_extends_the_bundled_file() {
    let mut kb = KnowledgeBase::bundled();
    kb.extend(
        KnowledgeBase::from_json(r#"{"entities":[{"name":"Velvet Harbor","kind":"group","aliases":["VH"],"members":["Ada Moss"]},{"name":"Ada Moss","kind":"person"}]}"#)
            .expect("valid"),
    );
    let x = Extractor::new(kb).extract("t", "T\nVH met Lorde backstage.");
    assert!(
        has(&x, "encounter | Velvet Harbor + Lorde | - | -"),
        "{:?}",
        occurred(&x)
    );
}

/// A tiny deterministic generator (no extra dependency) for the robustness test.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn never_panics_and_spans_hold_on_mangled_text() {
    let ex = extractor();
    let inserts = [
        "’", "“", "”", "…", "é", "—", ". ", "? ", "!\"", " the ", "'s", " and ", "\n", " date ",
        "Mr.", " won ", " met ", "\"", "(", ")", ":", ";", "•", "İ", "ß", "🎤",
    ];
    let mut rng = Lcg(std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(42));
    for (name, text) in FIXTURES {
        for _ in 0..std::env::var("FUZZ_N")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(40)
        {
            let mut s: String = (*text).to_string();
            for _ in 0..12 {
                let mut at = rng.next() % (s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                if rng.next().is_multiple_of(3) {
                    let mut end = (at + rng.next() % 20).min(s.len());
                    while !s.is_char_boundary(end) {
                        end -= 1;
                    }
                    s.replace_range(at..end, "");
                } else {
                    s.insert_str(at, inserts[rng.next() % inserts.len()]);
                }
            }
            let out = ex.extract(name, &s);
            for e in &out.events {
                for src in &e.sources {
                    assert_eq!(&s[src.span.start..src.span.end], src.evidence);
                }
            }
        }
    }
}

#[test]
fn nominee_who_lost_names_the_winner_not_the_nominee() {
    let x = run(
        " date 2022-05-16\nT\nStray Kids were nominated for Top Global K-Pop Artist at the BBMAs but lost to BTS.",
    );
    assert_eq!(
        occurred(&x),
        ["award | BTS | Top Global K-Pop Artist | Billboard Music Awards | 2022"]
    );
}

#[test]
fn winners_list_lines_become_awards() {
    let x = run(
        " date 2024-01-07\nWinners of the 38th Golden Disc Awards\nHere are the winners!\nDigital Bonsang: NewJeans, IVE\nRookie Artist of the Year: ZEROBASEONE",
    );
    assert_eq!(
        occurred(&x),
        [
            "award | NewJeans | Digital Bonsang | Golden Disc Awards | 2024",
            "award | IVE | Digital Bonsang | Golden Disc Awards | 2024",
            "award | ZEROBASEONE | Rookie Artist of the Year | Golden Disc Awards | 2024"
        ]
    );
}
