//! The JSON report: the whole [`Comparison`], schema `verbatim.compare/2`.
//!
//! Every field is documented in docs/COMPARE.md. Offsets are bytes into the article's text
//! (its file, or the `text` of its `.jsonl` line); lines and columns count from 1, columns in
//! characters. Lists come in a fixed order (articles by path, statements most severe first,
//! variants by article), so that two runs print the same bytes.

use crate::compare::Comparison;

/// The report, pretty-printed.
pub fn render(result: &Comparison) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(result).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
