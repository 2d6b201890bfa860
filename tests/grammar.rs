//! The grammar's manual, its nom functions and its fixtures, kept in step.
//!
//! `grammar/GRAMMAR.md` states every rule of the grammar in an ```` ```ebnf ```` block,
//! followed by a line `(* nom: module::function *)` naming the function that implements it;
//! that function's doc comment quotes the rule (`` /// `rule = ... ;` ``). Three tests hold
//! the three together:
//!
//! - [`manual_and_doc_comments_state_the_same_rules`]: every rule of the manual is quoted,
//!   word for word (whitespace aside), by the doc comment of the function it names, and every
//!   rule quoted in `src/*.rs` is in the manual;
//! - [`every_rule_has_a_fixture`]: every rule has a text under `fixtures/grammar/`, named
//!   `<rule>.txt` or `<rule>-<case>.txt`, and every fixture is named after a rule;
//! - [`fixtures_snapshots`]: what `verbatim::extract::extract` finds in each fixture, as a
//!   reader would check it, snapshotted as `snapshots/grammar_<fixture>.snap`.

use std::fs;
use std::path::{Path, PathBuf};

mod common;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Whitespace runs become one space, so that a rule may be wrapped differently in the
/// manual and in a doc comment.
fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name a rule defines: `name` in `name = … ;`, if `s` starts a rule.
fn rule_name(s: &str) -> Option<&str> {
    let (name, _) = s.split_once(" =")?;
    let ident = !name.is_empty()
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
    ident.then_some(name)
}

/// A rule as the manual states it.
#[derive(Debug)]
struct ManualRule {
    name: String,
    /// The rule, whitespace normalised: `name = … ;`.
    text: String,
    module: String,
    function: String,
    /// Line in GRAMMAR.md where the rule starts.
    line: usize,
}

/// The rules of the manual's ```` ```ebnf ```` blocks, each with its `(* nom: … *)` line.
/// A malformed block is an error naming its line.
fn manual_rules(manual: &str) -> Result<Vec<ManualRule>, Vec<String>> {
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    let mut in_block = false;
    // The rule being read: (first line, text so far, complete?).
    let mut pending: Option<(usize, String, bool)> = None;
    for (n, line) in manual.lines().enumerate() {
        let n = n + 1;
        let t = line.trim();
        if !in_block {
            in_block = t == "```ebnf";
            continue;
        }
        if t.starts_with("```") {
            if let Some((at, text, _)) = pending.take() {
                errors.push(format!(
                    "GRAMMAR.md:{at}: rule `{}` has no `(* nom: module::function *)` line after it",
                    rule_name(&text).unwrap_or("?")
                ));
            }
            in_block = false;
            continue;
        }
        if t.is_empty() {
            continue;
        }
        if let Some(nom) = t.strip_prefix("(* nom:") {
            let target = nom.trim_end_matches("*)").trim();
            match (pending.take(), target.split_once("::")) {
                (Some((at, text, true)), Some((module, function))) => {
                    let text = normalise(&text);
                    rules.push(ManualRule {
                        name: rule_name(&text).unwrap_or_default().to_string(),
                        text,
                        module: module.to_string(),
                        function: function.to_string(),
                        line: at,
                    });
                }
                (Some((at, _, false)), _) => errors.push(format!(
                    "GRAMMAR.md:{at}: the rule does not end with `;` before its nom line {n}"
                )),
                (None, _) => errors.push(format!(
                    "GRAMMAR.md:{n}: a nom line with no rule before it in its ebnf block"
                )),
                (Some((at, _, _)), None) => errors.push(format!(
                    "GRAMMAR.md:{at}: the nom line {n} should read `(* nom: module::function *)`"
                )),
            }
            continue;
        }
        if t.starts_with("(*") {
            // Another comment: not part of any rule.
            continue;
        }
        match &mut pending {
            Some((_, text, done @ false)) => {
                text.push(' ');
                text.push_str(t);
                *done = t.ends_with(';');
            }
            Some((at, text, true)) => {
                errors.push(format!(
                    "GRAMMAR.md:{at}: rule `{}` has no `(* nom: module::function *)` line after it",
                    rule_name(text).unwrap_or("?")
                ));
                pending = None;
            }
            None if rule_name(t).is_some() => pending = Some((n, t.to_string(), t.ends_with(';'))),
            None => errors.push(format!(
                "GRAMMAR.md:{n}: an ebnf block line that starts no rule: {t:?}"
            )),
        }
    }
    if in_block {
        errors.push("GRAMMAR.md: an ```ebnf block is not closed".to_string());
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

/// A rule quoted in a doc comment, and the function the comment documents.
#[derive(Debug)]
struct DocRule {
    name: String,
    text: String,
    /// The `fn` right after the doc comment, if the comment documents one.
    function: Option<String>,
    /// Line in the source file where the quotation starts.
    line: usize,
}

/// The text of a `///` line after the slashes, or `None` for any other line.
fn doc_line(line: &str) -> Option<&str> {
    let t = line.trim_start();
    (t.starts_with("///") && !t.starts_with("////")).then(|| &t[3..])
}

/// The function a line declares (`pub fn name(`, `fn name<`, `pub(crate) fn name(`).
fn declared_fn(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let t = t
        .strip_prefix("pub(crate) ")
        .or_else(|| t.strip_prefix("pub "))
        .unwrap_or(t);
    let rest = t.strip_prefix("fn ")?;
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    rest[end..].starts_with(['(', '<']).then_some(&rest[..end])
}

/// Every rule quoted in the doc comments of a source file.
///
/// A quotation opens a doc line (`` /// `name = ``) and runs, over as many `///` lines as it
/// takes, to the first `;` followed by a backtick: so "``" inside a rule (the TeX mark of
/// `quote_mark`) does not end it.
fn doc_rules(source: &str) -> Vec<DocRule> {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if doc_line(lines[i]).is_none() {
            i += 1;
            continue;
        }
        // One doc comment block and the item after it.
        let start = i;
        while i < lines.len() && doc_line(lines[i]).is_some() {
            i += 1;
        }
        let mut item = i;
        while item < lines.len() && lines[item].trim_start().starts_with("#[") {
            item += 1;
        }
        let function = lines
            .get(item)
            .and_then(|l| declared_fn(l))
            .map(str::to_string);
        let block: Vec<&str> = lines[start..i].iter().filter_map(|l| doc_line(l)).collect();
        for (k, first) in block.iter().enumerate() {
            let Some(body) = first.trim_start().strip_prefix('`') else {
                continue;
            };
            let Some(name) = rule_name(body) else {
                continue;
            };
            let mut text = String::new();
            let mut closed = false;
            for part in std::iter::once(body).chain(block[k + 1..].iter().copied()) {
                if let Some(end) = part.find(";`") {
                    text.push_str(&part[..=end]);
                    closed = true;
                    break;
                }
                text.push_str(part);
                text.push(' ');
            }
            out.push(DocRule {
                name: name.to_string(),
                text: if closed {
                    normalise(&text)
                } else {
                    format!("(not closed by `;` and a backtick) {}", normalise(&text))
                },
                function: function.clone(),
                line: start + k + 1,
            });
        }
    }
    out
}

/// The source files of the extractor (src/extract/), sorted, as (module name, text).
fn sources() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("src/extract"))
        .expect("src/extract/ is readable")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let module = p.file_stem().unwrap().to_string_lossy().into_owned();
            (module, fs::read_to_string(&p).unwrap())
        })
        .collect()
}

fn manual() -> Vec<ManualRule> {
    let path = root().join("grammar/GRAMMAR.md");
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let rules = manual_rules(&text)
        .unwrap_or_else(|errors| panic!("grammar/GRAMMAR.md is malformed:\n{}", errors.join("\n")));
    assert!(!rules.is_empty(), "grammar/GRAMMAR.md states no rule");
    rules
}

#[test]
fn the_doc_comment_reader_handles_wrapped_rules_and_backticks() {
    let source = r#"
/// `pair = "(" , word , ")"
///        | "[" , word , "]" ;`
///
/// Prose after the rule.
#[inline]
pub fn pair(i: &str) {}

/// `mark = "``" | "''" ;`  ("``like this''")
fn mark<'a>(i: &'a str) {}

/// `broken = "a" , "b"
fn broken() {}

//! `module_doc = "not a rule quotation" ;`
"#;
    let rules = doc_rules(source);
    let got: Vec<(&str, &str, Option<&str>)> = rules
        .iter()
        .map(|r| (r.name.as_str(), r.text.as_str(), r.function.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "pair",
                r#"pair = "(" , word , ")" | "[" , word , "]" ;"#,
                Some("pair")
            ),
            ("mark", r#"mark = "``" | "''" ;"#, Some("mark")),
            (
                "broken",
                r#"(not closed by `;` and a backtick) broken = "a" , "b""#,
                Some("broken")
            ),
        ]
    );
    let manual = "```ebnf\npair = \"(\" , word , \")\"\n     | \"[\" , word , \"]\" ;\n(* nom: m::pair *)\n```\n\n```ebnf\nlost = x ;\n```\n";
    let errors = manual_rules(manual).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("rule `lost` has no `(* nom:"),
        "{errors:?}"
    );
}

#[test]
fn manual_and_doc_comments_state_the_same_rules() {
    let rules = manual();
    let sources = sources();
    let mut errors = Vec::new();
    for (k, r) in rules.iter().enumerate() {
        if rules[..k].iter().any(|p| p.name == r.name) {
            errors.push(format!(
                "rule `{}`: stated twice in GRAMMAR.md (again at line {})",
                r.name, r.line
            ));
        }
        let Some((_, source)) = sources.iter().find(|(m, _)| *m == r.module) else {
            errors.push(format!(
                "rule `{}` (GRAMMAR.md:{}): no module src/extract/{}.rs for `(* nom: {}::{} *)`",
                r.name, r.line, r.module, r.module, r.function
            ));
            continue;
        };
        if !source
            .lines()
            .any(|l| declared_fn(l) == Some(r.function.as_str()))
        {
            errors.push(format!(
                "rule `{}` (GRAMMAR.md:{}): src/extract/{}.rs has no `fn {}`; fix the nom line or write the function",
                r.name, r.line, r.module, r.function
            ));
            continue;
        }
        let quoted: Vec<DocRule> = doc_rules(source)
            .into_iter()
            .filter(|d| d.function.as_deref() == Some(r.function.as_str()))
            .collect();
        if !quoted.iter().any(|d| d.text == r.text) {
            let says = if quoted.is_empty() {
                "  its doc comment quotes no rule".to_string()
            } else {
                quoted
                    .iter()
                    .map(|d| {
                        format!(
                            "  src/extract/{}.rs:{} quotes: {}",
                            r.module, d.line, d.text
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            errors.push(format!(
                "rule `{}`: the doc comment of {}::{} does not quote it as GRAMMAR.md:{} states it\n  GRAMMAR.md states: {}\n{says}",
                r.name, r.module, r.function, r.line, r.text
            ));
        }
    }
    for (module, source) in &sources {
        for d in doc_rules(source) {
            if !rules.iter().any(|r| r.name == d.name) {
                errors.push(format!(
                    "rule `{}`: quoted at src/extract/{module}.rs:{} but not stated in grammar/GRAMMAR.md; add it there with `(* nom: {module}::{} *)`",
                    d.name,
                    d.line,
                    d.function.as_deref().unwrap_or("?")
                ));
            }
        }
    }
    assert!(
        errors.is_empty(),
        "the grammar and the parser disagree:\n{}",
        errors.join("\n")
    );
}

/// The fixtures of `fixtures/grammar/`, sorted by name.
fn fixtures() -> Vec<PathBuf> {
    let dir = root().join("fixtures/grammar");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixture in {}", dir.display());
    files
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_rule_has_a_fixture() {
    let rules = manual();
    let stems: Vec<String> = fixtures().iter().map(|p| stem(p)).collect();
    let mut errors = Vec::new();
    for r in &rules {
        let covered = stems
            .iter()
            .any(|s| *s == r.name || s.strip_prefix(&r.name).is_some_and(|c| c.starts_with('-')));
        if !covered {
            errors.push(format!(
                "rule `{}` has no fixture: write fixtures/grammar/{}.txt or {}-<case>.txt",
                r.name, r.name, r.name
            ));
        }
    }
    for s in &stems {
        let rule = s.split('-').next().unwrap_or(s);
        if !rules.iter().any(|r| r.name == rule) {
            errors.push(format!(
                "fixtures/grammar/{s}.txt is named after no rule of GRAMMAR.md (`{rule}`): name it <rule>-<case>.txt"
            ));
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn fixtures_snapshots() {
    common::snapshot_fixtures(&fixtures(), "grammar");
}
