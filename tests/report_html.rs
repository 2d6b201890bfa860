//! The HTML pages of `compare` and `extract`: snapshots of the fixture sets, escaping of
//! hostile input, self-containment (no script, no request), structure for accessibility, and
//! well-formedness (html5ever reports no parse error). tests/browser.rs renders them in
//! Chromium.

use scraper::{Html, Selector};
use std::path::PathBuf;
use std::process::Command;
use verbatim::compare::classify::Severity;
use verbatim::compare::{self, Comparison, Request};
use verbatim::report::extract_text::{render, OutputFormat};

fn args(paths: &[&str]) -> Request {
    Request {
        paths: paths.iter().map(PathBuf::from).collect(),
        outlets: Vec::new(),
        reference: None,
        translated: Vec::new(),
        fail_on: Some(Severity::Major),
    }
}

fn snap(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, value);
    });
}

fn compared(set: &str) -> Comparison {
    let result = compare::compare(&args(&[set]));
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    result
}

fn extract_page(paths: &[&str]) -> String {
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let (docs, errors) = verbatim::read::read_inputs(&paths);
    assert!(errors.is_empty(), "{errors:?}");
    let results: Vec<_> = docs
        .into_iter()
        .map(|d| {
            let found = verbatim::extract::extract(&d.text);
            (d, found)
        })
        .collect();
    let mut out = Vec::new();
    render(OutputFormat::Html, &results, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Elements a verbatim page may hold: anything else (script, img, iframe, link...) came from
/// the input, or is a request for something elsewhere.
const ALLOWED: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "p",
    "strong",
    "em",
    "code",
    "a",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "section",
    "article",
    "dl",
    "div",
    "dt",
    "dd",
    "blockquote",
    "del",
    "ins",
    "span",
    "ul",
    "li",
];

/// Parses a page and checks what every page must be: free of parse errors, in standards mode,
/// made of the allowed elements only, with no event handler, no link or source outside the
/// page, and a style that loads nothing.
fn check_page(page: &str) -> Html {
    let html = Html::parse_document(page);
    assert!(html.errors.is_empty(), "parse errors: {:?}", html.errors);
    // Standards mode needs the doctype (html5ever is not re-exported: compare by name).
    assert_eq!(format!("{:?}", html.quirks_mode), "NoQuirks");
    for el in html.root_element().descendent_elements() {
        let name = el.value().name();
        assert!(ALLOWED.contains(&name), "<{name}> is not expected");
        for (attr, value) in el.value().attrs() {
            assert!(!attr.starts_with("on"), "event handler {attr}={value:?}");
            assert!(
                !matches!(attr, "src" | "srcset" | "action" | "formaction" | "style"),
                "{attr} on <{name}>"
            );
            if attr == "href" {
                assert!(value.starts_with('#'), "href {value:?} leaves the page");
            }
            let lower = value.to_ascii_lowercase();
            assert!(
                !lower.contains("http:") && !lower.contains("https:") && !lower.contains("//"),
                "<{name} {attr}={value:?}> names an address"
            );
        }
    }
    let style: String = html
        .select(&Selector::parse("style").unwrap())
        .flat_map(|s| s.text())
        .collect();
    for bad in ["url(", "@import", "http", "//"] {
        assert!(!style.contains(bad), "the style holds {bad:?}");
    }
    assert!(!page.to_ascii_lowercase().contains("<script"));
    html
}

fn texts(html: &Html, selector: &str) -> Vec<String> {
    html.select(&Selector::parse(selector).unwrap())
        .map(|e| e.text().collect::<String>())
        .collect()
}

#[test]
fn seeds_page_snapshot_and_structure() {
    let result = compared("fixtures/sets/seeds");
    let page = verbatim::report::compare_html::render(&result);
    let html = check_page(&page);
    // One h1, one card with an h2 per statement, an h3 per outlet.
    assert_eq!(texts(&html, "h1"), ["verbatim compare"]);
    assert_eq!(
        texts(&html, "section.statement > h2"),
        [
            "Statement 1: Claudia Sheinbaum worst: major",
            "Statement 2: Donald Trump worst: major"
        ]
    );
    assert_eq!(texts(&html, "section.statement h3").len(), 4);
    // The summary table: caption, column and row headers, a link to each card.
    assert_eq!(
        texts(&html, "table.summary caption"),
        ["Statements quoted in common"]
    );
    assert_eq!(
        html.select(&Selector::parse("table.summary th[scope=col]").unwrap())
            .count(),
        5
    );
    let rows: Vec<String> = html
        .select(&Selector::parse("table.summary th[scope=row] a").unwrap())
        .map(|a| a.value().attr("href").unwrap_or_default().to_string())
        .collect();
    assert_eq!(rows, ["#statement-1", "#statement-2"]);
    for id in ["statement-1", "statement-2"] {
        assert_eq!(
            html.select(&Selector::parse(&format!("section#{id}")).unwrap())
                .count(),
            1
        );
    }
    // The words: what the issue asks to see marked.
    let del = texts(&html, "section#statement-2 del");
    let ins = texts(&html, "section#statement-2 ins");
    assert_eq!(
        (del, ins),
        (vec!["come in".to_string()], vec!["enter".to_string()])
    );
    assert!(texts(&html, "section#statement-1 ins")
        .contains(&"Sovereignty is not for sale. Sovereignty is loved and defended.".into()));
    // Severity is written, not only coloured; fidelity and classes are there.
    let badges = texts(&html, "section#statement-2 .sev");
    assert!(badges.iter().any(|b| b == "major"), "{badges:?}");
    assert!(badges.iter().any(|b| b == "cosmetic"), "{badges:?}");
    assert!(page.contains("<dt>Fidelity</dt><dd>0.89</dd>"));
    assert!(page.contains("<dt>Classes</dt><dd>cosmetic, substitution</dd>"));
    assert!(page.contains("Translated from Spanish"));
    snap("compare_html_seeds", &page);
}

#[test]
fn harbor_page_snapshot_shows_families() {
    let result = compared("fixtures/sets/harbor");
    let page = verbatim::report::compare_html::render(&result);
    let html = check_page(&page);
    assert_eq!(texts(&html, "section.statement").len(), 3);
    // Metro Wire copies the Ledger's words for Whitfield.
    let families = texts(&html, "section#statement-3 p.families");
    assert_eq!(
        families,
        ["Wording families (the same words, one wire copy): Coastal Ledger, Metro Wire."]
    );
    assert!(page.contains("<dd>1 of 3, the same words as Coastal Ledger</dd>"));
    // Every severity shows as a label somewhere.
    let labels = texts(&html, ".sev");
    for s in ["critical", "major", "minor", "none"] {
        assert!(labels.iter().any(|l| l == s), "{s}");
    }
    snap("compare_html_harbor", &page);
}

#[test]
fn extract_page_snapshot() {
    let page = extract_page(&["fixtures/seeds/000_37dd129275a04f7f.txt"]);
    let html = check_page(&page);
    assert_eq!(texts(&html, "h1"), ["verbatim extract"]);
    assert_eq!(
        texts(&html, "section.document h2"),
        ["fixtures/seeds/000_37dd129275a04f7f.txt"]
    );
    let found = verbatim::extract::extract(
        &std::fs::read_to_string("fixtures/seeds/000_37dd129275a04f7f.txt").unwrap(),
    );
    assert_eq!(
        texts(&html, "table.quotations tbody tr").len(),
        found.quotes.len()
    );
    snap("extract_html_seed", &page);
}

#[test]
fn extract_page_of_a_saved_web_page_shows_its_metadata_as_text() {
    let page = extract_page(&["fixtures/html/meridian_sheinbaum.html"]);
    let html = check_page(&page);
    let facts = texts(&html, "section.document dl.facts div");
    assert!(
        facts.contains(&"OutletMeridian Wire".to_string()),
        "{facts:?}"
    );
    // The page's address is shown, never linked.
    assert!(
        facts.iter().any(|f| f.starts_with("Addresshttps://")),
        "{facts:?}"
    );
    assert!(page.contains("Read from a saved web page"));
}

/// The words an attacker would put in a quotation, and how the page must write them.
const HOSTILE: &[(&str, &str)] = &[
    (
        "<script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    ),
    (
        "\"><img onerror=alert(1)>",
        "&quot;&gt;&lt;img onerror=alert(1)&gt;",
    ),
    (
        "<b onclick=alert(1)>markup</b>",
        "&lt;b onclick=alert(1)&gt;markup&lt;/b&gt;",
    ),
    (
        "https://evil.example/steal.js?c=1&d=2",
        "https://evil.example/steal.js?c=1&amp;d=2",
    ),
    (
        "Herald <b>&amp; Co</b>",
        "Herald &lt;b&gt;&amp;amp; Co&lt;/b&gt;",
    ),
    (
        "Gazette \"><img onerror=alert(1)>",
        "Gazette &quot;&gt;&lt;img onerror=alert(1)&gt;",
    ),
];

fn assert_hostile_is_text(page: &str, wanted: &[&str]) {
    let html = check_page(page);
    for bad in ["<script", "<img", "<svg", "<b onclick", "<b>"] {
        assert!(!page.contains(bad), "{bad} is in the page");
    }
    let text: String = html.root_element().text().collect();
    for (raw, escaped) in HOSTILE.iter().filter(|(r, _)| wanted.contains(r)) {
        assert!(page.contains(escaped), "{escaped} is not in the page");
        assert!(text.contains(raw), "{raw} does not show as text");
    }
}

#[test]
fn hostile_quotations_show_as_text_in_compare() {
    let result = compared("fixtures/sets/hostile");
    // The set must put the hostile words through the report at all.
    let outlets: Vec<&str> = result.articles.iter().map(|a| a.outlet.as_str()).collect();
    // The ASCII " of "><img...> is a quote mark to the extractor, so in quotations that
    // payload is cut; the outlet name (front matter) carries it whole.
    assert_eq!(
        outlets,
        [
            "Gazette \"><img onerror=alert(1)>",
            "Herald <b>&amp; Co</b>"
        ]
    );
    assert!(result.statements.len() >= 2);
    let page = verbatim::report::compare_html::render(&result);
    let all: Vec<&str> = HOSTILE.iter().map(|(r, _)| *r).collect();
    assert_hostile_is_text(&page, &all);
    // In the diff too: markup among the deleted and inserted words stays text.
    let html = Html::parse_document(&page);
    let marked: Vec<String> = texts(&html, "del")
        .into_iter()
        .chain(texts(&html, "ins"))
        .collect();
    assert!(
        marked.iter().any(|m| m.contains(['<', '>'])),
        "no markup reached a marked word: {marked:?}"
    );
}

#[test]
fn hostile_quotations_show_as_text_in_extract() {
    let page = extract_page(&["fixtures/sets/hostile"]);
    assert_hostile_is_text(
        &page,
        &[
            "<script>alert(1)</script>",
            "\"><img onerror=alert(1)>",
            "<b onclick=alert(1)>markup</b>",
            "https://evil.example/steal.js?c=1&d=2",
        ],
    );
}

#[test]
fn a_page_with_problems_lists_them_escaped() {
    let dir = std::env::temp_dir().join(format!("verbatim-html-problems-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("a.txt");
    std::fs::write(&good, "“Yes, we will,” she said.").unwrap();
    let other = dir.join("b.txt");
    std::fs::write(&other, "“Yes, we will,” she said.").unwrap();
    let missing = dir.join("<missing>.txt");
    let result = compare::compare(&args(&[
        good.to_str().unwrap(),
        other.to_str().unwrap(),
        missing.to_str().unwrap(),
    ]));
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(result.problems.len(), 1);
    let page = verbatim::report::compare_html::render(&result);
    let html = check_page(&page);
    assert_eq!(texts(&html, "section.problems h2"), ["Trouble"]);
    let items = texts(&html, "section.problems li");
    assert_eq!(items.len(), 1);
    assert!(
        items[0].contains("<missing>.txt: no such file"),
        "{items:?}"
    );
}

#[test]
fn no_statement_in_common_says_so() {
    let result = compare::compare_inputs(
        vec![
            compare::Input::new("a.txt", "A", "“Yes,” she said."),
            compare::Input::new("b.txt", "B", "“Something else entirely,” he said."),
        ],
        &compare::Options::default(),
    );
    let page = verbatim::report::compare_html::render(&result);
    let html = check_page(&page);
    assert!(texts(&html, "section.statement").is_empty());
    assert!(page.contains("No statement is quoted by two articles or more."));
}

#[test]
fn pages_are_made_for_phones_and_print() {
    for page in [
        verbatim::report::compare_html::render(&compared("fixtures/sets/summit")),
        extract_page(&["fixtures/seeds/003_ca86489bad29b785.txt"]),
    ] {
        check_page(&page);
        for needle in [
            "<html lang=\"en\">",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "@media print {",
            "@media (max-width: 600px) {",
            "<main>",
        ] {
            assert!(page.contains(needle), "{needle}");
        }
    }
}

#[test]
fn the_command_line_writes_html() {
    let run = |a: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_verbatim"))
            .args(a)
            .output()
            .expect("the binary runs");
        (
            out.status.code(),
            String::from_utf8(out.stdout).expect("UTF-8"),
        )
    };
    let (code, page) = run(&["compare", "--format", "html", "fixtures/sets/seeds"]);
    assert_eq!(code, Some(1), "a major difference reaches --fail-on major");
    assert_eq!(
        page,
        verbatim::report::compare_html::render(&compared("fixtures/sets/seeds"))
    );
    let (code, page) = run(&[
        "extract",
        "--format",
        "html",
        "fixtures/seeds/000_37dd129275a04f7f.txt",
    ]);
    assert_eq!(code, Some(0));
    assert_eq!(
        page,
        extract_page(&["fixtures/seeds/000_37dd129275a04f7f.txt"])
    );
}
