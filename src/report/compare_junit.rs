//! `verbatim compare --format junit`: one JUnit test case per statement quoted in common,
//! failed when one of its findings reaches `--fail-on` ([`crate::report::junit`]).
//!
//! The failure's message is the most severe finding, its body every finding that fails
//! (with the outlets behind each); findings below `--fail-on` go to the case's
//! `<system-out>`. An input that could not be read is a case with an `<error>`.
//!
//! ```
//! use verbatim::compare::{compare_inputs, Input, Options};
//! let a = Input::new("a.txt", "AP", "“We will never accept troops on our soil,” she said.");
//! let b = Input::new("b.txt", "Reuters", "“We will accept troops on our soil,” she said.");
//! let result = compare_inputs(vec![a, b], &Options::default());
//! let xml = verbatim::report::compare_junit::render(&result);
//! assert!(xml.contains("tests=\"1\" failures=\"1\""), "{xml}");
//! ```

use crate::compare::Comparison;
use crate::report::compare_text::finding;
use crate::report::junit::{self, Case};

/// Words of a reading shown in a case's name.
const NAME_CHARS: usize = 60;

/// The JUnit document.
pub fn render(result: &Comparison) -> String {
    let fail_on = result.summary.fail_on;
    let mut cases: Vec<Case> = Vec::new();
    for st in &result.statements {
        let reading: String = st.reconstruction.text.chars().take(NAME_CHARS).collect();
        let more = if st.reconstruction.text.chars().count() > NAME_CHARS {
            "\u{2026}"
        } else {
            ""
        };
        let speaker = st.speaker.as_deref().unwrap_or("unknown speaker");
        let line = |f: &crate::compare::Finding| format!("{} {}", f.severity.name(), finding(f));
        let failing: Vec<String> = st
            .findings
            .iter()
            .filter(|f| f.severity >= fail_on)
            .map(line)
            .collect();
        let below: Vec<String> = st
            .findings
            .iter()
            .filter(|f| f.severity < fail_on)
            .map(line)
            .collect();
        let failure = st.findings.iter().find(|f| f.severity >= fail_on).map(|f| {
            (
                f.severity.name().to_string(),
                finding(f),
                failing.join("\n"),
            )
        });
        cases.push(Case {
            name: format!(
                "statement {}: {speaker}, \u{201c}{reading}{more}\u{201d}",
                st.id
            ),
            classname: "verbatim.compare".into(),
            failure,
            error: None,
            out: below.join("\n"),
        });
    }
    for p in &result.problems {
        cases.push(Case {
            name: p.path.clone(),
            classname: "verbatim.compare.inputs".into(),
            error: Some(p.to_string()),
            ..Case::default()
        });
    }
    junit::render("verbatim compare", &cases)
}
