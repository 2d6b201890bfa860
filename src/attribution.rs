//! Attribution (being written).
use crate::extract::{Cue, QuoteKind, Speaker};
use crate::quote::RawQuote;
use std::ops::Range;

/// What the attribution rules decide for one quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub kind: QuoteKind,
    pub speaker: Speaker,
    pub cue: Option<Cue>,
}

pub fn attribute(_text: &str, _paragraphs: &[Range<usize>], raw: &[RawQuote]) -> Vec<Attribution> {
    raw.iter()
        .map(|_| Attribution { kind: QuoteKind::Direct, speaker: Speaker::unknown("none"), cue: None })
        .collect()
}
