//! What extraction finds: quotations, their speakers and cues, as offsets into the text.
//!
//! These are the result types of [`crate::extract::extract`], kept apart from the rules that
//! make them so that every stage (quotations, attribution, resolution) can name them without
//! importing another.

use serde::Serialize;

/// What a quoted span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A wholly quoted passage: `"We will not be actively on patrols," said Maj. Stafani.`
    Direct,
    /// A quoted fragment inside reported speech: `declared sovereignty "sacrosanct"`.
    Partial,
    /// Quote marks around what nobody is reported to have said: titles, scare quotes,
    /// words as words. Never counted as speech.
    Nonspeech,
}

/// Who a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerType {
    Person,
    Organization,
    Unknown,
}

/// A span of the document's text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The words that mark a report of speech ("said", "told reporters", "according to", ":").
pub type Cue = Mention;

/// Who is credited with a quotation, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// The canonical name the mention resolves to, the person's or organisation's name alone
    /// ("Pieter van der Berg"), if any.
    pub name: Option<String>,
    /// The words in the text that name the speaker here ("she", "the Mexican leader").
    pub mention: Option<Mention>,
    #[serde(rename = "type")]
    pub kind: SpeakerType,
    /// The rule that decided, so that an editor can see why (grammar/GRAMMAR.md lists them).
    pub rule: &'static str,
    /// The title or role written with the name, as written ("Defence Minister", "harbour
    /// master"): where the mention names it, else where the article introduces the speaker.
    /// (Last, as fields are only ever added at the end of the schema.)
    pub role: Option<String>,
}

impl Speaker {
    pub fn unknown(rule: &'static str) -> Speaker {
        Speaker {
            name: None,
            role: None,
            mention: None,
            kind: SpeakerType::Unknown,
            rule,
        }
    }
}

/// One quotation found in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quotation {
    /// Position in the document's list of quotations (sorted by `start`).
    pub index: usize,
    /// Byte offsets of the quotation in the text, its quote marks included.
    pub start: usize,
    pub end: usize,
    /// Where `start` is, counted from 1 (columns in characters).
    pub line: usize,
    pub column: usize,
    /// The quoted words, without the marks.
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Speaker,
    pub cue: Option<Cue>,
    /// Index of the quotation this one is nested in.
    pub outer: Option<usize>,
    /// Index of the previous part of a quotation that runs over several paragraphs.
    pub continues: Option<usize>,
    /// No closing mark was found: the quotation was closed at its paragraph's end.
    pub unclosed: bool,
}

/// Everything found in one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Extraction {
    pub quotes: Vec<Quotation>,
    pub warnings: Vec<Warning>,
}

impl Extraction {
    /// The quotations that are speech (direct or partial), in order.
    pub fn speech(&self) -> impl Iterator<Item = &Quotation> {
        self.quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Nonspeech)
    }
}

/// A problem found in the text that did not stop the work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub offset: usize,
    pub message: String,
}

/// What may be changed about extraction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Read '' and `` as double quote marks (''like this''), as newswire archives and TeX
    /// sources write them. Off by default: web pages do not use them, and where they are
    /// not quotation marks they would pair into false quotations.
    pub doubled_apostrophes: bool,
}
