//! Shows the knowledge base does not know, told by how the text speaks of them:
//! "the 63rd edition of Melodifestivalen", "Vive Latino 2024, a festival that ...",
//! "the Harbor Lights festival". Found once per document, before its sentences are
//! read, so the first mention of the name is already a show.

use std::sync::LazyLock;

use regex::Regex;

/// A capitalised name of one to four words ("Vive Latino", "Harbor Lights").
const NAME: &str = r"((?:[A-Z][\w'’!.&-]*)(?: (?:de|del|la|of|the|[A-Z][\w'’!.&-]*)){0,3})";

static SHOW: LazyLock<Regex> = LazyLock::new(|| {
    let kinds = r"(?:music |arts |rock |jazz |folk |song |film )?(?:festival|fest|awards|contest|ceremony|gala|song contest)";
    Regex::new(&format!(
        // "the 63rd edition of X", "this year's edition of X".
        r"(?:edition|editions|installment) of (?:the )?{NAME}(?-u:\b)|{NAME}(?: (?:19|20)\d\d)?, (?:a|the|this year's) (?:[\w-]+ ){{0,2}}?{kinds}(?-u:\b)|(?:[Tt]he|at|of) {NAME}(?: (?:19|20)\d\d)? {kinds}(?-u:\b)|(?-u:\b)([A-Z][a-z]+festival(?:en)?)(?-u:\b)"
    ))
    .expect("valid regex")
});

/// Names in `text` that the text calls a show, in order, without repeats. With
/// `story_show` (the document names a show the knowledge base knows), "the Indio
/// festival" is that show told by its town, not another one.
pub fn prescan(text: &str, story_show: bool) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    if !crate::lexicon::text_contains(text, "edition")
        && !crate::lexicon::text_contains(text, "estival")
        && !crate::lexicon::text_contains(text, "fest")
        && !crate::lexicon::text_contains(text, "wards")
        && !crate::lexicon::text_contains(text, "ontest")
        && !crate::lexicon::text_contains(text, "eremony")
        && !crate::lexicon::text_contains(text, "gala")
    {
        return out;
    }
    for caps in SHOW.captures_iter(text) {
        let Some(name) = (1..=4).find_map(|k| caps.get(k)) else {
            continue;
        };
        // "Mira Sol, the festival's headliner", "Mira Sol, the festival favourite":
        // the appositive is about the festival, not the name before it.
        let after = &text[caps.get(0).map_or(0, |m| m.end())..];
        if caps.get(2).is_some() {
            let next = after
                .trim_start()
                .split([' ', ',', '.'])
                .next()
                .unwrap_or("");
            let closes = after.starts_with([',', '.', ';', ')', ':'])
                || after.starts_with(" –")
                || after.starts_with(" —")
                || matches!(
                    next,
                    "that" | "which" | "where" | "in" | "held" | "now" | "founded" | "known"
                );
            if !closes {
                continue;
            }
        }
        if story_show && caps.get(3).is_some_and(|n| !n.as_str().contains(' ')) {
            continue;
        }
        let name = name.as_str().trim_end_matches(['.', '\'', '’']);
        // "the Grammys ceremony", "the Festival": a known show or a bare word is not
        // a new name; the caller skips names it already knows.
        if name.len() < 3
            || name.split(' ').count() == 1 && crate::lexicon::is_common_word(name)
            || out.contains(&name)
        {
            continue;
        }
        out.push(name);
    }
    out
}

/// A year after a space, then a break: where a name-and-year may end.
static YEAR_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\s)(?:19|20)[0-9][0-9](?:[\s:,;.!?)”\x22’–—]|$)").expect("valid regex")
});

/// A capitalised name of one to five words ending a window: "Boots and Hearts",
/// "THE MUSIC DAY", "Rock al Parque" (the text before a year).
static NAME_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s(“\x22'‘])((?:[A-Z][\w'’!.&-]*)(?:\s(?:and|of|de|del|al|la|the|in|on|&|[A-Z][\w'’!.&-]*)){0,4})$")
        .expect("valid regex")
});

/// Words that open a name-and-year that is a time, not a show: "Summer 2024",
/// "Class of 2024", "Since 2019".
const NOT_AN_EDITION: &[&str] = &[
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "christmas",
    "easter",
    "halloween",
    "new",
    "since",
    "in",
    "from",
    "until",
    "by",
    "of",
    "class",
    "vision",
    "top",
    "best",
    "the",
    "year",
    "season",
    "q1",
    "q2",
    "q3",
    "q4",
    "fy",
    "early",
    "late",
    "mid",
    "before",
    "after",
    "during",
    "around",
    "circa",
    "copyright",
    "©",
    "updated",
    "published",
    "posted",
];

/// Days of the week, which open a date ("Friday 2024" is none either).
const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

/// Whether a name-and-year opening with `first` (lowercase) is a time, not a show.
fn opens_a_time(first: &str) -> bool {
    crate::time::is_month(first)
        || WEEKDAYS.split('|').any(|d| d == first)
        || NOT_AN_EDITION.contains(&first)
}

/// Names the text gives an edition year ("Boots and Hearts 2024", "Harbor Nights
/// 2023:"): shows, whatever their head noun, since only an event has editions. Skips
/// times ("Summer 2024", "March 2024") and one ordinary word ("Live 2024").
pub fn with_editions(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    // (Cheap gate: a year at all.)
    if !text.contains(" 20") && !text.contains(" 19") {
        return out;
    }
    // (The years first, then the name before each: a scan of the whole text for
    // capitalised runs would cost every document.)
    for year in YEAR_AT.find_iter(text) {
        let mut from = year.start().saturating_sub(80);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let Some(name) = NAME_BEFORE
            .captures(&text[from..year.start()])
            .and_then(|c| c.get(1))
            .map(|m| m.as_str())
        else {
            continue;
        };
        let name = name.trim_end_matches(['.', '!']);
        let first = crate::lexicon::to_lower(name.split(' ').next().unwrap_or(""));
        let last = name.rsplit(' ').next().unwrap_or("");
        if name.len() < 3
            || opens_a_time(&first)
            || !last.starts_with(char::is_uppercase)
            || last.ends_with("'s")
            || last.ends_with("’s")
            || !name.contains(' ') && crate::lexicon::is_common_word(name)
            || name.contains('\n')
            || out.contains(&name)
        {
            continue;
        }
        out.push(name);
    }
    out
}

/// A performance cue, then (a few words on) "at" and a capitalised name.
static PLAYED_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:performed|played|headlined|sang|took the stage|debuted|appeared)(?-u:\b)[^.!?\n;:]{0,60}? at (?:the )?((?:[A-Z][\w'’!.&-]*)(?:\s(?:and|of|de|del|al|la|the|in|on|&|[A-Z][\w'’!.&-]*)){0,4})")
        .expect("valid regex")
});

/// Last words of a place to play, not a show: "at Rockefeller Plaza".
const VENUE_HEADS: &[&str] = &[
    "Stadium",
    "Arena",
    "Garden",
    "Gardens",
    "Dome",
    "Bowl",
    "Centre",
    "Center",
    "Theatre",
    "Theater",
    "Forum",
    "Coliseum",
    "Palladium",
    "Amphitheatre",
    "Amphitheater",
    "Hall",
    "Club",
    "Church",
    "Cathedral",
    "Square",
    "Plaza",
    "Studio",
    "Studios",
    "House",
    "Room",
    "Lounge",
    "Ballroom",
    "Pavilion",
    "Bar",
    "Hotel",
    "Park",
    "Grounds",
    "Field",
    "Beach",
    "Street",
    "Road",
    "Island",
    "Airport",
    "University",
    "College",
    "School",
    "Venue",
];

/// Names a performance happened "at" that the text names again ("Tavo Rey played
/// "Need a Favor" at Harbor Nights ... Harbor Nights' organisers"): shows, unless
/// their last word makes them a venue or the name is a place.
pub fn played_at(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    if !text.contains(" at ") {
        return out;
    }
    for caps in PLAYED_AT.captures_iter(text) {
        let Some(name) = caps.get(1).map(|m| m.as_str()) else {
            continue;
        };
        let name = name.trim_end_matches(['.', '!', '\'', '’']);
        let name = name
            .strip_suffix("'s")
            .or(name.strip_suffix("’s"))
            .unwrap_or(name);
        // ("at Harbor Arena": a venue, whatever part of it recurs.)
        if name.split(' ').any(|w| VENUE_HEADS.contains(&w)) {
            continue;
        }
        // "at Harbor Nights on Saturday", "at Harbor Nights in Oslo": the longest
        // start of the run that the text names again.
        let ends = name
            .char_indices()
            .filter(|&(_, c)| c == ' ')
            .map(|(k, _)| k)
            .chain(std::iter::once(name.len()))
            .collect::<Vec<_>>();
        let Some(name) = ends.iter().rev().map(|&k| &name[..k]).find(|cand| {
            let first = crate::lexicon::to_lower(cand.split(' ').next().unwrap_or(""));
            let last = cand.rsplit(' ').next().unwrap_or("");
            cand.len() >= 3
                && !opens_a_time(&first)
                && last.starts_with(char::is_uppercase)
                && !VENUE_HEADS.contains(&last)
                && !crate::entities::is_place(cand)
                && !crate::entities::is_place(last)
                && (cand.contains(' ') || !crate::lexicon::is_common_word(cand))
                && text.matches(*cand).count() >= 2
        }) else {
            continue;
        };
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// "the Spellemannprisen, Norway's answer to the Grammys", "dubbed the Polish
/// Grammys", "the Grammys of Africa": a show named only to liken another to it (or
/// a prize wished on someone: "deserves a BAFTA").
/// `start..end` is the show's mention in `text`; `lower` is `text` lowercased.
pub fn likened(text: &str, lower: &str, start: usize, end: usize) -> bool {
    let before = lower[..start].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    const LIKENING: &[&str] = &[
        "answer to",
        "equivalent of",
        "equivalent to",
        "version of",
        "counterpart to",
        "counterpart of",
        "dubbed",
        "nicknamed",
        "billed as",
        "likened to",
        "compared to",
        "compared with",
        "known as",
        // "Her hand movements alone deserve a BAFTA": a prize wished on someone.
        "deserve a",
        "deserves a",
        "deserved a",
        "deserve an",
        "deserves an",
        "worthy of a",
        "worthy of an",
    ];
    if LIKENING
        .iter()
        .any(|p| crate::lexicon::lower_ends_with(before, p))
    {
        return true;
    }
    // "the Polish Grammys", "the Nigerian Grammys": a nationality before a show
    // from elsewhere (the show's own name would hold it: "American Music Awards").
    let demonym = before.rsplit(' ').next().is_some_and(|w| {
        w.len() >= 5
            && ["ian", "ish", "ese", "ean", "can", "ch"]
                .iter()
                .any(|x| w.ends_with(x))
            && crate::lexicon::lower_ends_with(before.strip_suffix(w).unwrap_or(""), "the")
    });
    // "the Grammys of Africa".
    let of_place = text[end..]
        .strip_prefix(" of ")
        .is_some_and(|r| r.starts_with(char::is_uppercase) && !r.starts_with("The "));
    demonym || of_place
}

#[cfg(test)]
mod tests {
    use super::prescan;

    #[test]
    fn shows_named_by_how_the_text_speaks_of_them() {
        assert_eq!(
            prescan(
                "The 63rd edition of Harborfest drew 3 million viewers.",
                false
            ),
            ["Harborfest"]
        );
        assert_eq!(
            prescan(
                "It was the defining image of Vela Norte 2024, a festival that has lasted.",
                false
            ),
            ["Vela Norte"]
        );
        assert_eq!(
            prescan(
                "Mira Sol headlined the Blue Harbor music festival on Friday.",
                false
            ),
            ["Blue Harbor"]
        );
        assert_eq!(
            prescan("Lena won Sangfestivalen for the second time.", false),
            ["Sangfestivalen"]
        );
        assert!(prescan("Mira Sol played the festival on Friday.", false).is_empty());
        assert!(prescan("Mira Sol, the festival's headliner, waved.", false).is_empty());
        // In a story of a known show, its town's festival is that show.
        assert!(prescan("It was a rarity for the Indio festival.", true).is_empty());
    }
}
