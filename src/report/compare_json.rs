//! The JSON report: the whole [`Comparison`], schema `verbatim.compare/2`.
//!
//! Every field is documented in docs/COMPARE.md. Offsets are bytes: into the article's text
//! (its file, or the `text` of its `.jsonl` line) for passages and a difference's `variant`
//! words, into the statement's `reconstruction.text` for apparatus places and a difference's
//! `reference` words; lines and columns count from 1, columns in characters. Lists come in a fixed order (articles by path, statements most severe first,
//! variants by article), so that two runs print the same bytes.

use crate::compare::Comparison;

/// The report, pretty-printed.
pub fn render(result: &Comparison) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(result).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// Writes the report, pretty-printed, without holding it whole in memory.
pub fn write(result: &Comparison, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, result)?;
    w.write_all(b"\n")
}
