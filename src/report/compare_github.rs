//! `verbatim compare --format github`: each difference beyond the cosmetic as a GitHub
//! Actions annotation on the article that prints it, at its quotation ([`crate::report::github`]).
//!
//! A difference at or above `--fail-on` is an `::error`, one below a `::warning`; an input that
//! could not be read is an `::error` on its file. Cosmetic differences (punctuation, case) are
//! left out: a CI log is read for what to fix.
//!
//! ```
//! use verbatim::compare::{compare_inputs, Input, Options};
//! let a = Input::new("a.txt", "AP", "“We will never accept troops on our soil,” she said.");
//! let b = Input::new("b.txt", "Reuters", "“We will accept troops on our soil,” she said.");
//! let result = compare_inputs(vec![a, b], &Options::default());
//! let log = verbatim::report::compare_github::render(&result);
//! assert!(log.starts_with("::error file=b.txt,line=1,col=1,title=verbatim%3A critical negation::Reuters: "), "{log}");
//! ```

use crate::compare::classify::Severity;
use crate::compare::Comparison;
use crate::report::github::{Annotation, Level};
use std::fmt::Write;

/// The annotations, one a line.
pub fn render(result: &Comparison) -> String {
    let fail_on = result.summary.fail_on;
    let mut out = String::new();
    for st in &result.statements {
        let whose = st
            .speaker
            .as_deref()
            .map_or(String::new(), |s| format!(", {s}"));
        for v in &st.variants {
            let at = v.passages.first();
            for d in v
                .differences
                .iter()
                .filter(|d| d.severity > Severity::Cosmetic)
            {
                let level = if d.severity >= fail_on {
                    Level::Error
                } else {
                    Level::Warning
                };
                let title = format!("verbatim: {} {}", d.severity.name(), d.class.name());
                let a = Annotation {
                    level,
                    file: &v.path,
                    line: at.map(|p| p.line),
                    column: at.map(|p| p.column),
                    title: &title,
                    message: format!("{}: {} (statement {}{whose})", v.outlet, d.note, st.id),
                };
                let _ = writeln!(out, "{a}");
            }
        }
    }
    for p in &result.problems {
        let _ = writeln!(out, "{}", Annotation::problem(p));
    }
    out
}
