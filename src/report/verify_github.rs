//! `verbatim verify --format github`: each quotation that is not word for word in its source
//! as a GitHub Actions annotation on the article, at the quotation
//! ([`crate::report::github`]).
//!
//! A quotation whose verdict is one `--fail-on` names is an `::error`; another verdict but
//! `verbatim` a `::warning`; an input that could not be read an `::error` on its file.

use crate::report::github::{Annotation, Level};
use crate::verify::{Verdict, Verification};
use std::fmt::Write;

/// The annotations, one a line; `fail_on` as the run judged (every verdict but `verbatim`
/// when none was given).
pub fn render(result: &Verification, fail_on: &[Verdict]) -> String {
    let mut out = String::new();
    for q in result
        .quotations
        .iter()
        .filter(|q| q.verdict != Verdict::Verbatim)
    {
        let level = if fail_on.contains(&q.verdict) {
            Level::Error
        } else {
            Level::Warning
        };
        let title = format!("verbatim: {}", q.verdict.label());
        let who = q
            .speaker
            .as_deref()
            .map_or(String::new(), |s| format!(" (credited to {s})"));
        let a = Annotation {
            level,
            file: &q.file,
            line: Some(q.line),
            column: Some(q.column),
            title: &title,
            message: format!("\u{201c}{}\u{201d}{who}: {}", q.text, q.note),
        };
        let _ = writeln!(out, "{a}");
    }
    for p in &result.problems {
        let _ = writeln!(out, "{}", Annotation::problem(p));
    }
    out
}
