//! What the test files share: the rendering of an extraction as a reader checks it.

use std::fmt::Write as _;
use std::path::PathBuf;
use verbatim::extract::text::LineIndex;
use verbatim::extract::{extract, Extraction};

/// What the extractor found, one field a line, for a reader to check against the input.
pub fn render(text: &str, found: &Extraction) -> String {
    let lines = LineIndex::new(text);
    let one_line = |s: &str| s.replace('\n', "⏎");
    let mut out = String::from("input:\n");
    for l in text.lines() {
        let _ = writeln!(out, "  | {l}");
    }
    out.push_str("quotations:\n");
    if found.quotes.is_empty() {
        out.push_str("  (none)\n");
    }
    for q in &found.quotes {
        let kind = serde_json::to_value(q.kind).unwrap();
        let _ = writeln!(
            out,
            "  [{}] {}:{} {}",
            q.index,
            q.line,
            q.column,
            kind.as_str().unwrap()
        );
        let _ = writeln!(out, "      text:    {}", one_line(&q.text));
        let s = &q.speaker;
        let who = serde_json::to_value(s.kind).unwrap();
        let _ = writeln!(
            out,
            "      speaker: {} ({})",
            s.name.as_deref().unwrap_or("-"),
            who.as_str().unwrap()
        );
        if let Some(role) = &s.role {
            let _ = writeln!(out, "      role:    {role}");
        }
        let _ = writeln!(
            out,
            "      mention: {}",
            s.mention.as_ref().map_or("-".into(), |m| one_line(&m.text))
        );
        let _ = writeln!(out, "      rule:    {}", s.rule);
        let _ = writeln!(
            out,
            "      cue:     {}",
            q.cue.as_ref().map_or("-".into(), |c| one_line(&c.text))
        );
        let mut links = Vec::new();
        if let Some(o) = q.outer {
            links.push(format!("inside [{o}]"));
        }
        if let Some(c) = q.continues {
            links.push(format!("continues [{c}]"));
        }
        if q.unclosed {
            links.push("unclosed".to_string());
        }
        if !links.is_empty() {
            let _ = writeln!(out, "      links:   {}", links.join(", "));
        }
    }
    out.push_str("warnings:\n");
    if found.warnings.is_empty() {
        out.push_str("  (none)\n");
    }
    for w in &found.warnings {
        let (line, col) = lines.line_col(text, w.offset);
        let _ = writeln!(out, "  {line}:{col} {}", w.message);
    }
    out
}

/// Snapshots what the extractor finds in each fixture as `snapshots/<prefix>_<stem>.snap`.
/// Every fixture is checked, and every changed snapshot written, before the test fails.
pub fn snapshot_fixtures(paths: &[PathBuf], prefix: &str) {
    let mut failed = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let name = format!("{prefix}_{}", path.file_stem().unwrap().to_string_lossy());
        let rendered = render(&text, &extract(&text));
        let checked = std::panic::catch_unwind(|| {
            insta::with_settings!({ snapshot_path => "../../snapshots", prepend_module_to_snapshot => false }, {
                insta::assert_snapshot!(name.as_str(), rendered);
            });
        });
        if checked.is_err() {
            failed.push(name);
        }
    }
    assert!(
        failed.is_empty(),
        "snapshots differ: {}\nreview them (snapshots/*.snap.new) and accept the right ones",
        failed.join(", ")
    );
}
