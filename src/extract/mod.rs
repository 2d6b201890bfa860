//! The extraction pipeline: marks → quotations → attributions → speakers.
//!
//! [`extract`] runs the whole pipeline over one document's text and returns every quotation
//! with its speaker, cue and exact byte offsets. It is pure and single-threaded; callers
//! run documents in parallel.

pub mod attribution;
pub mod lexicon;
pub mod marks;
pub mod mention;
pub mod model;
pub mod quote;
pub mod speaker;
pub mod text;
pub mod token;

pub use model::{
    Cue, Extraction, Mention, Options, Quotation, QuoteKind, Speaker, SpeakerType, Warning,
};
use quote::find_quotes;
use text::{paragraphs_and_lines, LineIndex};

/// Finds every quotation in `text`, with its speaker and cue, with the default [`Options`].
///
/// ```
/// let found = verbatim::extract::extract("“We will not be on patrols,” said Maj. Jaren Stafani.");
/// let q = &found.quotes[0];
/// assert_eq!(q.text, "We will not be on patrols,");
/// assert_eq!(q.speaker.name.as_deref(), Some("Jaren Stafani"));
/// assert_eq!(q.cue.as_ref().unwrap().text, "said");
/// ```
pub fn extract(text: &str) -> Extraction {
    extract_with(text, &Options::default())
}

/// Finds every quotation in `text`, with its speaker and cue.
///
/// ```
/// use verbatim::extract::{extract_with, Options};
/// let text = "''It is over,'' Mr. Smith said.";
/// assert!(extract_with(text, &Options::default()).quotes.is_empty());
/// let options = Options { doubled_apostrophes: true };
/// assert_eq!(extract_with(text, &options).quotes[0].text, "It is over,");
/// ```
pub fn extract_with(text: &str, options: &Options) -> Extraction {
    let (paras, line_count) = paragraphs_and_lines(text);
    let mut warnings = Vec::new();
    let raw = find_quotes(text, &paras, options, &mut warnings);
    // (No quotation, no line or column to tell: about a fifth of a news corpus's articles
    // quote no one.)
    if raw.is_empty() {
        return Extraction {
            quotes: Vec::new(),
            warnings,
        };
    }
    // (The lines counted once, for the paragraphs and for the index.)
    let lines = LineIndex::with_lines(text, line_count);
    // Quotations come sorted by start: the cursor counts each line's characters once.
    let mut cursor = lines.cursor(text);
    let attributed = attribution::attribute(text, &paras, &raw);
    let quotes = raw
        .iter()
        .zip(attributed)
        .enumerate()
        .map(|(index, (r, a))| {
            let (line, column) = cursor.line_col(r.span.start);
            Quotation {
                index,
                start: r.span.start,
                end: r.span.end,
                line,
                column,
                // The words only: spaces inside the marks (« oui », with no-break spaces) are
                // typography, not part of what was said.
                text: text[r.inner.clone()].trim().to_string(),
                kind: a.kind,
                speaker: a.speaker,
                cue: a.cue,
                outer: r.outer,
                continues: r.continues,
                unclosed: r.unclosed,
            }
        })
        .collect();
    Extraction { quotes, warnings }
}
