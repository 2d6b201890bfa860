//! What a comparison takes and what it gives: the types the reports draw.
//!
//! [`Comparison`] is the whole result and the JSON report is its serialisation (schema
//! [`SCHEMA`], documented in docs/COMPARE.md): a summary with the findings that matter most,
//! the articles read, and the statements quoted in common. Each [`Statement`] carries the
//! reconstructed reading (what most outlets quote), the apparatus (each place where outlets
//! differ, with the outlets behind each reading), the families of outlets that share
//! distinctive readings, and one [`Variant`] per article, judged against the reconstruction.

use crate::compare::classify::{Chunk, Class, Difference, Severity};
use crate::compare::manifest::Manifest;
use crate::extract::text::LineIndex;
use crate::extract::Quotation;
use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// The JSON schema's name and version.
pub const SCHEMA: &str = "verbatim.compare/2";

/// The whole result of a comparison: what the JSON report prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub schema: &'static str,
    pub summary: Summary,
    pub articles: Vec<Article>,
    /// Most severe first, then in order of first appearance.
    pub statements: Vec<Statement>,
    /// Inputs that could not be read: the exit code is then 2.
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub articles: usize,
    pub outlets: usize,
    /// Quotations that are speech, in all articles.
    pub quotations: usize,
    /// Statements quoted by two articles or more.
    pub statements: usize,
    /// Statements where some outlet's wording differs beyond the cosmetic.
    pub changed: usize,
    /// Differences of each severity, over every variant.
    pub differences: Counts,
    pub worst: Severity,
    pub fail_on: Severity,
    /// Something reached `fail_on`: the exit code is 1.
    pub failed: bool,
    /// The most severe findings of all statements, most severe first (at most
    /// [`LEAD_FINDINGS`]): who changed what.
    pub lead: Vec<Finding>,
}

/// How many findings the summary leads with.
pub const LEAD_FINDINGS: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub critical: usize,
    pub major: usize,
    pub minor: usize,
    pub cosmetic: usize,
}

impl Counts {
    pub fn add(&mut self, s: Severity) {
        match s {
            Severity::Critical => self.critical += 1,
            Severity::Major => self.major += 1,
            Severity::Minor => self.minor += 1,
            Severity::Cosmetic => self.cosmetic += 1,
            Severity::None => {}
        }
    }
}

/// One article read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    pub path: String,
    pub outlet: String,
    /// Where the outlet's name came from: `flag`, `manifest`, `metadata` or `file name`.
    pub outlet_from: &'static str,
    pub quotations: usize,
    /// Warnings of the extractor (unclosed quotation marks...).
    pub warnings: usize,
}

/// One statement (a sentence, or a clause quoted alone, of one speaker) quoted by two
/// articles or more.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// 1-based, in the order of the report.
    pub id: usize,
    /// The speaker most articles credit, when any names one.
    pub speaker: Option<String>,
    pub translated: Option<Translation>,
    /// What the statement reads, place by place, by the majority of the outlets that quote it.
    pub reconstruction: Reconstruction,
    /// Each place where outlets differ, with the outlets behind each reading.
    pub apparatus: Vec<Place>,
    pub worst: Severity,
    /// Who changed what, most severe first.
    pub findings: Vec<Finding>,
    /// Outlets that share distinctive readings (a wire copy and its reprints), as indices
    /// into `variants`; the readings that define each are in `family_readings`.
    pub families: Vec<Vec<usize>>,
    pub family_readings: Vec<Vec<String>>,
    /// One per article, in article order.
    pub variants: Vec<Variant>,
}

/// The reading outlets are judged against.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reconstruction {
    /// The words, with the punctuation of the outlets that print them.
    pub text: String,
    /// `majority` (each word as most outlets quote it), `chosen` (the `--reference` outlet's
    /// words wherever it quotes them, the majority's elsewhere).
    pub by: &'static str,
    /// The outlet chosen, with `chosen`.
    pub outlet: Option<String>,
    /// Places where no reading has more outlets behind it than every other: there the
    /// outlets differ and the report blames none of them.
    pub divided: usize,
}

/// A place where outlets quote a statement differently.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// Byte offsets in the reconstruction's text (equal where outlets put words in).
    pub start: usize,
    pub end: usize,
    /// The reconstruction's words here ("" where the majority has none).
    pub reading: String,
    /// No reading has a majority.
    pub divided: bool,
    /// The worst severity of the differences found here.
    pub severity: Severity,
    /// Each reading, with the variants that print it: most outlets first.
    pub readings: Vec<PlaceReading>,
}

/// One reading at a place of the apparatus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceReading {
    /// The words as the first of its outlets prints them; "" for no words (left out).
    pub text: String,
    /// Indices into the statement's `variants`.
    pub variants: Vec<usize>,
    pub outlets: Vec<String>,
    /// This is the reconstruction's reading.
    pub reconstruction: bool,
}

/// One line of the findings: which outlets did what to whose statement, and how much it
/// matters.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The statement it belongs to.
    pub statement: usize,
    pub severity: Severity,
    pub class: Class,
    /// No reading has a majority here: the outlets differ and none is blamed.
    pub divided: bool,
    pub outlets: Vec<String>,
    /// For an editor, after the outlets' names: "dropped “not” from Elena Ruiz's statement";
    /// for a place without a majority, the whole sentence ("outlets differ in …").
    pub text: String,
}

/// Why a statement's words count as translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Translation {
    pub language: Option<String>,
    /// `manifest`, `flag` or `article`.
    pub from: &'static str,
    pub evidence: String,
}

/// What one article quotes of a statement, judged against the reconstruction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Variant {
    /// Index into the comparison's `articles`.
    pub article: usize,
    pub outlet: String,
    pub path: String,
    pub speaker: Option<String>,
    /// Index into the statement's `families`.
    pub family: usize,
    /// The share of the reconstruction this article quotes, 0 to 1.
    pub coverage: f64,
    /// How faithful its wording is on what it does quote, 0 to 1: 1 for the same words;
    /// each word changed, left out or put in costs (half for a function word).
    pub fidelity: f64,
    pub worst: Severity,
    /// The worst of its differences that are its own: at a place without a majority nobody
    /// is blamed.
    pub blamed: Severity,
    pub classes: Vec<Class>,
    /// The words quoted, passages joined by " … ".
    pub text: String,
    /// The quotations that make the reading, in article order.
    pub passages: Vec<Passage>,
    /// The word diff against the reconstruction, in its order.
    pub chunks: Vec<Chunk>,
    pub differences: Vec<Difference>,
}

impl Variant {
    /// Where its passages are: `path:line:column,line:column`.
    pub fn place(&self) -> String {
        let at: Vec<String> = self
            .passages
            .iter()
            .map(|q| format!("{}:{}", q.line, q.column))
            .collect();
        format!("{}:{}", self.path, at.join(","))
    }
}

/// A quotation in an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// Byte offsets of the quotation, its marks included (to its last part's end when it runs
    /// over paragraphs).
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

/// An input that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// An article to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: String,
    pub outlet: String,
    pub outlet_from: &'static str,
    pub text: String,
}

impl Input {
    pub fn new(path: &str, outlet: &str, text: &str) -> Input {
        Input {
            path: path.into(),
            outlet: outlet.into(),
            outlet_from: "flag",
            text: text.into(),
        }
    }
}

/// Settings of a comparison besides the articles.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The outlet whose reading is the reference (`--reference`, else the manifest's).
    pub reference: Option<String>,
    /// Speakers whose words were translated (`--translated`).
    pub translated: Vec<String>,
    pub manifest: Manifest,
    pub fail_on: Option<Severity>,
}

/// An article as the statements need it: its text and quotations, where its lines and
/// paragraphs start, and its outlet (borrowed from the articles read).
pub struct Source<'a> {
    pub path: &'a str,
    pub outlet: &'a str,
    pub text: &'a str,
    pub quotes: &'a [Quotation],
    pub lines: &'a LineIndex,
    pub paragraphs: &'a [Range<usize>],
    /// Each paragraph's translation marker (`translation::translation_marker`), found at
    /// most once: a paragraph may hold thousands of quotations, each asking.
    pub markers: &'a [std::sync::OnceLock<Marker>],
}

/// What `translation::translation_marker` finds in a paragraph: the phrase, and the language
/// it names.
pub type Marker = Option<(String, Option<String>)>;
