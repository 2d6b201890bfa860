//! Text from the articles and the manifest through every `compare` report: markup stays text,
//! and Unicode bidirectional controls (U+202E and the like) are named where they stood,
//! never obeyed (src/report/escape.rs). The HTML page also isolates names and quotations
//! (`<bdi>`, `dir="auto"`); tests/report_html.rs checks its structure for the fixture sets.

use std::collections::BTreeMap;
use verbatim::compare::manifest::Manifest;
use verbatim::compare::{compare_inputs, Comparison, Input, Options};
use verbatim::report::{compare_html, compare_markdown, compare_text};

fn snap(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, value);
    });
}

/// The controls a report must show: an override, an isolate, the two marks and the Arabic
/// letter mark.
const CONTROLS: &[char] = &['\u{202e}', '\u{2067}', '\u{200e}', '\u{200f}', '\u{061c}'];

/// Two outlets with an override and an isolate in their names; quotations with an override,
/// marks and an isolate in them, by a speaker whose language the manifest gives as markup.
fn hostile() -> Comparison {
    let a = "“We will never accept \u{202e}troops on our soil, not now and not ever,” \
             Elena Ruiz said.\n\n“The port stays open for every family\u{200f},” Ruiz added.";
    let b = "“We will accept \u{202e}troops on our soil, not now and not ever,” Elena Ruiz \
             said.\n\n“The port stays open for every \u{2067}family\u{2069}\u{200e}\u{061c},” Ruiz added.";
    let mut speakers = BTreeMap::new();
    speakers.insert(
        "Elena Ruiz".to_string(),
        "<img src=x onerror=alert(1)>".to_string(),
    );
    let options = Options {
        manifest: Manifest {
            speakers,
            ..Manifest::default()
        },
        ..Options::default()
    };
    let result = compare_inputs(
        vec![
            Input::new("a\u{202e}.txt", "Gazette \u{202e}Daily", a),
            Input::new("b\u{061c}.txt", "Herald \u{2067}Times\u{2069}", b),
        ],
        &options,
    );
    assert_eq!(result.statements.len(), 2, "{:#?}", result.statements);
    assert!(
        result.statements.iter().any(|s| s.translated.is_some()),
        "the manifest's language reaches the result"
    );
    result
}

fn assert_no_control(report: &str) {
    for c in CONTROLS {
        assert!(
            !report.contains(*c),
            "U+{:04X} reaches the report:\n{report}",
            *c as u32
        );
    }
}

#[test]
fn text_names_the_controls() {
    let result = hostile();
    for color in [false, true] {
        let text = compare_text::render(&result, color);
        assert_no_control(&text);
        for want in [
            "Gazette <U+202E>Daily",
            "<U+202E>troops",
            "Herald <U+2067>Times<U+2069>",
            "b<U+061C>.txt",
        ] {
            assert!(text.contains(want), "{want} is not in:\n{text}");
        }
    }
    snap(
        "compare_hostile_bidi_text",
        &compare_text::render(&result, false),
    );
}

#[test]
fn markdown_escapes_the_manifest_language_and_names_the_controls() {
    let result = hostile();
    let md = compare_markdown::render(&result);
    assert_no_control(&md);
    // Every `<` of the payload escaped: no tag reaches the Markdown renderer.
    assert!(!md.replace("\\<img", "").contains("<img"), "{md}");
    assert!(
        md.contains("*Translated from \\<img src=x onerror=alert(1)\\>*"),
        "{md}"
    );
    assert!(md.contains("`<U+202E>`troops"), "{md}");
    snap("compare_hostile_bidi_markdown", &md);
}

#[test]
fn html_isolates_and_names_the_controls() {
    let result = hostile();
    let page = compare_html::render(&result);
    assert_no_control(&page);
    assert!(!page.contains("<img"), "{page}");
    assert!(page.contains("Translated from <bdi>&lt;img src=x onerror=alert(1)&gt;</bdi>"));
    assert!(page.contains("<bdi>Gazette <span class=\"ctl\">U+202E</span>Daily</bdi>"));
    assert!(page.contains("<blockquote class=\"reading\" dir=\"auto\">"));
    assert!(page.contains("<span class=\"ctl\">U+2067</span>"));
    assert!(page.contains("<span class=\"ctl\">U+061C</span>"));
}
