//! An article compared with a byte-identical copy of itself must show nothing above
//! cosmetic: whatever the comparison finds is then a fault of the comparison, not of an outlet.
//!
//! The property over generated text is in tests/compare_properties.rs; here are the texts that
//! once broke it (a speaker introduced by a full name and quoted later by a nickname, so that
//! one quotation was credited to both across the two copies), and every real article of the
//! PolNeAR evaluation set in `../shared/eval/` (beside the clone) when it is there.

use std::path::PathBuf;
use verbatim::compare::classify::Severity;
use verbatim::compare::{compare_inputs, Comparison, Input, Options};

fn against_copy(text: &str) -> Comparison {
    let inputs = vec![
        Input::new("a.txt", "A", text),
        Input::new("b.txt", "B", text),
    ];
    compare_inputs(inputs, &Options::default())
}

/// The statements of a comparison that report more than a cosmetic difference, described.
fn above_cosmetic(result: &Comparison) -> Vec<String> {
    result
        .statements
        .iter()
        .filter(|s| s.worst > Severity::Cosmetic)
        .map(|s| {
            let found: Vec<&str> = s.findings.iter().map(|f| f.text.as_str()).collect();
            format!(
                "statement {} ({:?}) {}: {}",
                s.id,
                s.speaker,
                s.worst.name(),
                found.join("; ")
            )
        })
        .collect()
}

/// A speaker introduced by name and nickname, then quoted under each, in words close enough
/// to join one statement: against its own copy it gave "credited to Guccifer here; the other
/// articles credit Marcel Lehel" (critical), and the copy's second quotation was laid against
/// the first's words ("not quoted here").
const GUCCIFER: &str = "Hacker says he breached Clinton server.\n\n\
Marcel Lehel, the hacker known as \u{201c}Guccifer,\u{201d} told NBC News that the server was \
open. \u{201c}It was like an open orchid on the Internet, as many such servers are,\u{201d} \
Lehel said.\n\n\
Guccifer said he had total access. \u{201c}It was like an open orchid on the Internet, as many \
servers are,\u{201d} Guccifer said.\n";

/// Two quotations that open with the same words, by different people: the copy's second was
/// paired with the first's opening ("outlets differ … no majority", major).
const SAME_OPENING: &str =
    "Albright urged women to vote for Clinton. \u{201c}There\u{2019}s a special \
place in hell for women who don\u{2019}t help each other,\u{201d} said Madeleine Albright.\n\n\
The Christie supporter retorted: \u{201c}There is a special place in hell for women who vote \
for women just because they\u{2019}re women.\u{201d}\n";

#[test]
fn a_speaker_known_by_two_names_agrees_with_its_copy() {
    agrees_with_its_copy(GUCCIFER);
}

#[test]
fn a_quotation_is_compared_with_its_own_counterpart() {
    agrees_with_its_copy(SAME_OPENING);
}

/// `text` compared with a copy of itself quotes statements in common and differs in nothing.
fn agrees_with_its_copy(text: &str) {
    let result = against_copy(text);
    assert!(
        !result.statements.is_empty(),
        "the copies quote statements in common"
    );
    assert_eq!(above_cosmetic(&result), Vec::<String>::new());
    assert_eq!(
        result.summary.worst,
        Severity::None,
        "{:#?}",
        result.statements
    );
}

fn eval_dir() -> PathBuf {
    let root = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    root.join("../shared/eval")
}

/// The distinct article texts of the PolNeAR splits, in file order; `None` (said loudly) when
/// the shared data is not beside the clone.
fn polnear_texts() -> Option<Vec<(String, String)>> {
    let dir = eval_dir();
    let mut out: Vec<(String, String)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for split in ["dev", "train"] {
        let path = dir.join(format!("polnear-{split}.jsonl"));
        let Ok(body) = std::fs::read_to_string(&path) else {
            eprintln!(
                "PolNeAR copy check SKIPPED: {} not found (put the shared data beside the clone to run it)",
                path.display()
            );
            return None;
        };
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let id = v["id"].as_str().unwrap_or("?").to_string();
            let text = v["text"].as_str().expect("a text field").to_string();
            if seen.insert(text.clone()) {
                out.push((id, text));
            }
        }
    }
    Some(out)
}

#[test]
fn every_polnear_article_agrees_with_its_copy() {
    let Some(texts) = polnear_texts() else {
        return;
    };
    assert!(texts.len() > 200, "{} articles", texts.len());
    let failures: Vec<String> = texts
        .iter()
        .flat_map(|(id, text)| {
            above_cosmetic(&against_copy(text))
                .into_iter()
                .map(move |f| format!("{id}: {f}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} articles differ from their copy:\n{}",
        failures.len(),
        texts.len(),
        failures.join("\n")
    );
}
