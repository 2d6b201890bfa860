//! The result of `verbatim verify`: what each quotation was checked against and the verdict.
//!
//! [`Verification`] serialises as the JSON report, schema [`SCHEMA`] (docs/VERIFY.md).

use crate::compare::classify::{Chunk, Difference, Severity};
use crate::compare::model::Problem;
use serde::Serialize;
use std::fmt;

/// The JSON report's schema name; bumped when a field changes meaning or goes away.
pub const SCHEMA: &str = "verbatim.verify/1";

/// What a quotation turned out to be, from faithful to absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The same words as the source (differences of spelling, case, punctuation, contractions,
    /// numerals only; an ellipsis or brackets that disclose an editor's cut or clarification).
    Verbatim,
    /// Found in the source, with words changed, dropped or put in.
    Altered,
    /// The words are the source's, but the source sentence around them changes their sense: a
    /// negation or a condition left out, or the speaker was reporting what others say.
    Context,
    /// Pieces from separate places of the source joined without an ellipsis (or in another
    /// order than they were said).
    Spliced,
    /// Found, but the source gives the words to someone else.
    Misattributed,
    /// Not in the sources.
    NotFound,
}

impl Verdict {
    pub const ALL: [Verdict; 6] = [
        Verdict::Verbatim,
        Verdict::Altered,
        Verdict::Context,
        Verdict::Spliced,
        Verdict::Misattributed,
        Verdict::NotFound,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Verbatim => "verbatim",
            Verdict::Altered => "altered",
            Verdict::Context => "context",
            Verdict::Spliced => "spliced",
            Verdict::Misattributed => "misattributed",
            Verdict::NotFound => "not_found",
        }
    }

    /// Words for an editor.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Verbatim => "verbatim",
            Verdict::Altered => "altered",
            Verdict::Context => "out of context",
            Verdict::Spliced => "spliced",
            Verdict::Misattributed => "misattributed",
            Verdict::NotFound => "not found",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Everything `verbatim verify` found.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub schema: &'static str,
    pub sources: Vec<SourceInfo>,
    /// The articles read, in order.
    pub articles: Vec<String>,
    /// Each quotation checked, in article order, then by position.
    pub quotations: Vec<Checked>,
    pub summary: Summary,
    /// Inputs that could not be read, each with its position.
    pub problems: Vec<Problem>,
}

/// A source as read.
#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    pub file: String,
    /// How it was read: `text`, `transcript` (speaker labels), `webvtt`, `srt`, `page`.
    pub kind: &'static str,
    /// The speakers it names (labels, voices, or the one given for the file), as written.
    pub speakers: Vec<String>,
    /// Its words, stage directions and labels not counted.
    pub words: usize,
    /// `utf-8`, or `windows-1252` when the file is not UTF-8 and was read as Windows-1252
    /// (its offsets are then into the decoded text).
    pub encoding: &'static str,
}

/// One quotation of an article, checked.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    /// The article, as given.
    pub file: String,
    /// Byte offsets of the quotation in the article text, its marks included.
    pub start: usize,
    pub end: usize,
    /// Where `start` is, from 1 (columns in characters).
    pub line: usize,
    pub column: usize,
    /// The quoted words, as printed.
    pub text: String,
    /// Who the article credits.
    pub speaker: Option<String>,
    pub verdict: Verdict,
    /// The worst of the differences (`none` when the words are the same).
    pub severity: Severity,
    /// The source passage the quotation was found at (for a quotation in pieces, from the
    /// first piece to the last when they are in one source), or the nearest passage for
    /// `not_found`, or null.
    pub source: Option<Passage>,
    /// Each piece's passage, when the quotation was found in several pieces ("…", a splice).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pieces: Vec<Passage>,
    /// How much of the quotation's words the source passage has, 0 to 1.
    pub similarity: f64,
    /// The word diff against the source, in the source's order.
    pub chunks: Vec<Chunk>,
    pub differences: Vec<Difference>,
    /// For `context`: what the source sentence adds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<ContextNote>,
    /// The speaker spoke another language and the source is a translation: changed words
    /// are translation variants.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translated: Option<String>,
    /// One line for an editor.
    pub note: String,
}

/// A stretch of a source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Passage {
    pub file: String,
    /// Byte offsets in the source text (for a saved page, the text extracted from it).
    pub start: usize,
    pub end: usize,
    /// The line of `start`, from 1.
    pub line: usize,
    /// Who says it there, as the source labels them (or as given for the file).
    pub speaker: Option<String>,
    /// The time of the caption cue or transcript mark at `start`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    pub text: String,
}

/// Why the source sentence changes a quotation's sense.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContextNote {
    /// `negation`, `condition` or `reported`.
    pub reason: &'static str,
    /// The source words left out that carry it ("I'm not saying").
    pub words: String,
    /// The whole source sentence.
    pub sentence: Passage,
}

/// Counts for the whole run.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub articles: usize,
    pub sources: usize,
    /// Quotations checked.
    pub quotations: usize,
    /// Speech quotations not checked: their speaker speaks in none of the sources (see `--all`).
    pub skipped: usize,
    /// How many quotations got each verdict.
    pub verdicts: Counts,
    /// Some verdict reached `--fail-on`.
    pub failed: bool,
}

/// How many quotations got each verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub verbatim: usize,
    pub altered: usize,
    pub context: usize,
    pub spliced: usize,
    pub misattributed: usize,
    pub not_found: usize,
}

impl Counts {
    pub fn add(&mut self, v: Verdict) {
        *self.get_mut(v) += 1;
    }

    pub fn get(&self, v: Verdict) -> usize {
        let mut c = *self;
        *c.get_mut(v)
    }

    fn get_mut(&mut self, v: Verdict) -> &mut usize {
        match v {
            Verdict::Verbatim => &mut self.verbatim,
            Verdict::Altered => &mut self.altered,
            Verdict::Context => &mut self.context,
            Verdict::Spliced => &mut self.spliced,
            Verdict::Misattributed => &mut self.misattributed,
            Verdict::NotFound => &mut self.not_found,
        }
    }
}
