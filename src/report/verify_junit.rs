//! `verbatim verify --format junit`: one JUnit test case per quotation checked, failed when
//! its verdict is one `--fail-on` names ([`crate::report::junit`]).
//!
//! The case is named by the quotation's place and words, its class is the article; the
//! failure's type is the verdict, its message the note for an editor, its body the source
//! passage the quotation was held against. An input that could not be read is a case with
//! an `<error>`.

use crate::report::junit::{self, Case};
use crate::verify::{Verdict, Verification};

/// Words of a quotation shown in a case's name.
const NAME_CHARS: usize = 60;

/// The JUnit document; `fail_on` as the run judged.
pub fn render(result: &Verification, fail_on: &[Verdict]) -> String {
    let mut cases: Vec<Case> = Vec::new();
    for q in &result.quotations {
        let words: String = q.text.chars().take(NAME_CHARS).collect();
        let more = if q.text.chars().count() > NAME_CHARS {
            "\u{2026}"
        } else {
            ""
        };
        let source = q.source.as_ref().map_or(String::new(), |s| {
            format!(
                "source {}:{}: \u{201c}{}\u{201d}",
                s.file,
                s.line,
                s.text.trim()
            )
        });
        let note = format!("{}: {}", q.verdict.label(), q.note);
        let failed = fail_on.contains(&q.verdict);
        cases.push(Case {
            name: format!("{}:{} \u{201c}{words}{more}\u{201d}", q.line, q.column),
            classname: q.file.clone(),
            failure: failed.then(|| (q.verdict.name().to_string(), note.clone(), source.clone())),
            error: None,
            out: if failed || q.verdict == Verdict::Verbatim {
                String::new()
            } else {
                note
            },
        });
    }
    for p in &result.problems {
        cases.push(Case {
            name: p.path.clone(),
            classname: "verbatim.verify.inputs".into(),
            error: Some(p.to_string()),
            ..Case::default()
        });
    }
    junit::render("verbatim verify", &cases)
}
