//! JUnit XML: the test report format CI systems (GitLab, Jenkins, Azure, GitHub test
//! reporters) read, so that each statement or quotation shows as a test case and each finding
//! that fails the run as a failure (`--format junit`).
//!
//! The document is one `<testsuites>` with one `<testsuite>`; nothing in it depends on the
//! clock (no timestamp, no duration), so the same inputs give the same file. Text is escaped
//! for XML (`&<>"'` as references, characters XML 1.0 forbids as U+FFFD) with its
//! bidirectional controls named ([`crate::report::escape::visible`]).

use crate::report::escape::visible;
use std::fmt::Write;

/// One test case: its name, its class (the file it is about), and a failure when it failed.
#[derive(Debug, Clone, Default)]
pub struct Case {
    pub name: String,
    pub classname: String,
    /// (type, message, body)
    pub failure: Option<(String, String, String)>,
    /// An input that could not be used: an error, not a failure.
    pub error: Option<String>,
    /// What the case found below the failing level, for the reader.
    pub out: String,
}

/// The document for `cases`, as suite `suite`.
pub fn render(suite: &str, cases: &[Case]) -> String {
    let failures = cases.iter().filter(|c| c.failure.is_some()).count();
    let errors = cases.iter().filter(|c| c.error.is_some()).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\">",
        attr(suite),
        cases.len()
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"{errors}\" skipped=\"0\">",
        attr(suite),
        cases.len()
    );
    for c in cases {
        let _ = write!(
            out,
            "    <testcase name=\"{}\" classname=\"{}\"",
            attr(&c.name),
            attr(&c.classname)
        );
        if c.failure.is_none() && c.error.is_none() && c.out.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        if let Some((kind, message, body)) = &c.failure {
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{}</failure>",
                attr(kind),
                attr(message),
                xml(body)
            );
        }
        if let Some(message) = &c.error {
            let _ = writeln!(
                out,
                "      <error type=\"unreadable\" message=\"{}\"/>",
                attr(message)
            );
        }
        if !c.out.is_empty() {
            let _ = writeln!(out, "      <system-out>{}</system-out>", xml(&c.out));
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

/// Text escaped for an XML attribute value: as [`xml`], with line breaks and tabs as
/// character references (a parser would read them as spaces).
pub fn attr(s: &str) -> String {
    xml(s)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

/// Text escaped for XML content and attribute values.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in visible(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            // XML 1.0 allows no other control character, nor the two non-characters.
            c if c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_forbidden_characters() {
        assert_eq!(
            xml("<a href='x'>&\"\u{0}\u{202e}"),
            "&lt;a href=&apos;x&apos;&gt;&amp;&quot;\u{fffd}&lt;U+202E&gt;"
        );
    }

    #[test]
    fn attributes_keep_their_line_breaks() {
        assert_eq!(attr("a\nb\t\"c\""), "a&#10;b&#9;&quot;c&quot;");
    }

    #[test]
    fn counts_failures_and_errors() {
        let cases = vec![
            Case {
                name: "a".into(),
                classname: "x.txt".into(),
                ..Case::default()
            },
            Case {
                name: "b".into(),
                classname: "x.txt".into(),
                failure: Some(("major".into(), "m".into(), "body".into())),
                ..Case::default()
            },
        ];
        let doc = render("verbatim", &cases);
        assert!(
            doc.contains("tests=\"2\" failures=\"1\" errors=\"0\""),
            "{doc}"
        );
        assert!(doc.contains("<testcase name=\"a\" classname=\"x.txt\"/>"));
        assert!(doc.contains("<failure type=\"major\" message=\"m\">body</failure>"));
    }
}
