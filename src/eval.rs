//! Scoring against an annotated corpus (being written).
