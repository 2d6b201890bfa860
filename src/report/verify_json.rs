//! The JSON report of `verbatim verify`: the whole [`Verification`], schema `verbatim.verify/1`.
//!
//! Every field is documented in docs/VERIFY.md. A quotation's `start` and `end` are byte
//! offsets into its article's text (its file, or the `text` of its `.jsonl` line); a source
//! passage's are byte offsets into the source's text (for a saved page, the text extracted
//! from it, as `extract --show-text` prints it). Lists come in a fixed order (articles as
//! given, quotations by position), so that two runs print the same bytes.

use crate::verify::Verification;

/// Writes the report, pretty-printed.
pub fn write(result: &Verification, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, result)?;
    w.write_all(b"\n")
}

/// The report as a string.
pub fn render(result: &Verification) -> String {
    let mut out = Vec::new();
    // Writing into memory cannot fail.
    let _ = write(result, &mut out);
    String::from_utf8(out).unwrap_or_default()
}
