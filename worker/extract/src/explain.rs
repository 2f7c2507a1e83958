//! Diagnosis for `--explain`: for each event, the rule that fired and the spans it
//! used; for each sentence with an event cue that produced nothing, why not.

use std::fmt;

use crate::model::Span;

/// One line of diagnosis.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The sentence concerned.
    pub sentence: Span,
    /// The event it produced, if any.
    pub event_id: Option<String>,
    /// The rule id (`award.winner_verb`) or rule family (`award`) for a miss.
    pub rule: &'static str,
    /// The cue's span in the document and its text.
    pub cue: (Span, String),
    /// Spans used (entities, category), with their text.
    pub used: Vec<(Span, String)>,
    /// What happened: a summary of the event, or why nothing was emitted.
    pub message: String,
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.event_id {
            Some(id) => write!(f, "{id} [{}] {}", self.rule, self.message)?,
            None => write!(f, "no event [{}]: {}", self.rule, self.message)?,
        }
        write!(
            f,
            "\n    cue '{}' at {}..{}",
            self.cue.1, self.cue.0.start, self.cue.0.end
        )?;
        for (span, text) in &self.used {
            write!(f, "\n    uses '{text}' at {}..{}", span.start, span.end)?;
        }
        write!(
            f,
            "\n    sentence {}..{}",
            self.sentence.start, self.sentence.end
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_rule_cue_and_spans() {
        let e = Explanation {
            sentence: Span { start: 0, end: 20 },
            event_id: None,
            rule: "encounter",
            cue: (Span { start: 9, end: 13 }, "meet".into()),
            used: vec![],
            message: "encounter cue 'meet' under hope/planned modality".into(),
        };
        let s = e.to_string();
        assert!(s.contains("no event [encounter]"));
        assert!(s.contains("cue 'meet' at 9..13"));
    }
}
