//! The HTML pages of `compare` and `extract`: snapshots of the fixture sets, escaping of
//! hostile input, self-containment (no script, no request), structure for accessibility, and
//! well-formedness (html5ever reports no parse error). tests/browser.rs renders them in
//! Chromium.

use scraper::{ElementRef, Html, Selector};
use std::path::PathBuf;
use std::process::Command;
use verbatim::compare::classify::{ChunkOp, Severity};
use verbatim::compare::{self, Comparison, Request, Statement, Variant};
use verbatim::report::compare_html::escape;
use verbatim::report::compare_text::finding;
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
    "h4",
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
    "ol",
    "li",
    "mark",
    "sup",
    "bdi",
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
    // Ids are unique, and every link within the page leads somewhere.
    let mut ids = std::collections::HashSet::new();
    for el in html.root_element().descendent_elements() {
        if let Some(id) = el.value().attr("id") {
            assert!(ids.insert(id.to_string()), "id {id:?} twice");
        }
    }
    for el in html.select(&Selector::parse("[href], [aria-labelledby]").unwrap()) {
        if let Some(href) = el.value().attr("href") {
            assert!(ids.contains(&href[1..]), "{href} leads nowhere");
        }
        if let Some(by) = el.value().attr("aria-labelledby") {
            assert!(ids.contains(by), "aria-labelledby={by:?} names nothing");
        }
    }
    html
}

fn texts(html: &Html, selector: &str) -> Vec<String> {
    html.select(&Selector::parse(selector).unwrap())
        .map(|e| e.text().collect::<String>())
        .collect()
}

/// The id of an outlet's card in a statement's section, as the page writes it.
fn card(st: &Statement, v: &Variant) -> String {
    format!("statement-{}-outlet-{}", st.id, v.article + 1)
}

fn one<'a>(html: &'a Html, selector: &str) -> ElementRef<'a> {
    let wanted = sel(selector);
    let mut found = html.select(&wanted);
    let first = found.next().unwrap_or_else(|| panic!("no {selector}"));
    assert!(found.next().is_none(), "more than one {selector}");
    first
}

fn sel(selector: &str) -> Selector {
    Selector::parse(selector).unwrap_or_else(|e| panic!("{selector}: {e:?}"))
}

fn text_of(e: ElementRef) -> String {
    e.text().collect()
}

/// What every compare page must show of its comparison, whatever the numbers: the findings
/// lead, the summary table, the matrix (a row per statement, a column per article, a cell per
/// outlet that quotes the statement), a card per statement with its apparatus (each place,
/// each reading and its outlets), its families of two or more, and a card per outlet.
fn check_compare_page(result: &Comparison, html: &Html) {
    let n = result.statements.len();
    assert_eq!(texts(html, "h1"), ["verbatim compare"]);
    // The findings that lead, in the summary's order, each linking to its statement.
    let lead: Vec<ElementRef> = html.select(&sel("section.lead ol.findings li")).collect();
    assert_eq!(lead.len(), result.summary.lead.len());
    for (li, f) in lead.iter().zip(&result.summary.lead) {
        let text = text_of(*li);
        assert!(
            text.starts_with(&format!("{} {}", f.severity.name(), finding(f))),
            "{text}"
        );
        let to = li
            .select(&sel("a"))
            .next()
            .expect("a link to the statement");
        assert_eq!(
            to.value().attr("href"),
            Some(format!("#statement-{}", f.statement).as_str())
        );
    }
    // The summary table: a row per statement, linking to its card.
    assert_eq!(
        texts(html, "table.summary caption"),
        ["Statements quoted in common"]
    );
    assert_eq!(html.select(&sel("table.summary th[scope=col]")).count(), 6);
    let rows: Vec<String> = html
        .select(&sel("table.summary th[scope=row] a"))
        .map(|a| a.value().attr("href").unwrap_or_default().to_string())
        .collect();
    let want: Vec<String> = result
        .statements
        .iter()
        .map(|st| format!("#statement-{}", st.id))
        .collect();
    assert_eq!(rows, want);
    // The matrix: one row per statement, one column per article.
    let matrix = one(html, "table.matrix");
    let heads: Vec<String> = matrix
        .select(&sel("thead th[scope=col]"))
        .map(text_of)
        .collect();
    assert_eq!(heads.len(), result.articles.len() + 1, "{heads:?}");
    for (head, a) in heads[1..].iter().zip(&result.articles) {
        assert!(head.starts_with(&a.outlet), "{head} for {}", a.outlet);
    }
    let rows: Vec<ElementRef> = matrix.select(&sel("tbody tr")).collect();
    assert_eq!(rows.len(), n);
    for (row, st) in rows.iter().zip(&result.statements) {
        let head = row
            .select(&sel("th[scope=row]"))
            .next()
            .expect("a row header");
        assert!(text_of(head).starts_with(&format!("Statement {}", st.id)));
        let cells: Vec<ElementRef> = row.select(&sel("td")).collect();
        assert_eq!(cells.len(), result.articles.len());
        for (i, cell) in cells.iter().enumerate() {
            let link = cell.select(&sel("a")).next();
            match st.variants.iter().find(|v| v.article == i) {
                None => {
                    assert!(link.is_none(), "statement {} article {i}", st.id);
                    assert_eq!(cell.value().attr("class"), Some("absent"));
                    assert_eq!(text_of(*cell), "not quoted");
                }
                Some(v) => {
                    let link = link.unwrap_or_else(|| panic!("statement {} article {i}", st.id));
                    assert_eq!(
                        link.value().attr("href"),
                        Some(format!("#{}", card(st, v)).as_str())
                    );
                    let class = format!("sev-{}", v.worst.name());
                    assert!(link.value().classes().any(|c| c == class), "{class}");
                    // A label besides the colour: short on screen, in full for screen readers.
                    let shown = texts_in(*cell, "span[aria-hidden=true]");
                    let label = match v.worst {
                        Severity::Critical => "crit",
                        Severity::Major => "maj",
                        Severity::Minor => "min",
                        Severity::Cosmetic => "cos",
                        Severity::None => "ok",
                    };
                    assert!(shown[0].trim_end_matches('*') == label, "{shown:?}");
                    assert!(texts_in(*cell, "span.vh")[0].starts_with(v.worst.name()));
                }
            }
        }
    }
    // A card per statement, a card per outlet in it.
    assert_eq!(html.select(&sel("section.statement")).count(), n);
    for st in &result.statements {
        let id = format!("section#statement-{}", st.id);
        let who = st.speaker.as_deref().unwrap_or("unknown speaker");
        let h2 = texts(html, &format!("{id} > h2"));
        assert_eq!(
            h2,
            [format!(
                "Statement {}: {who} worst: {}",
                st.id,
                st.worst.name()
            )]
        );
        // The reading, once, with a numbered mark per place of the apparatus.
        let reading = texts(html, &format!("{id} blockquote.reading"));
        assert_eq!(reading.len(), 1);
        assert!(
            reading[0].contains(
                st.reconstruction
                    .text
                    .trim_end_matches([',', ';', ':'])
                    .split_whitespace()
                    .next()
                    .unwrap_or_default()
            ),
            "{reading:?}"
        );
        assert_eq!(
            html.select(&sel(&format!("{id} blockquote.reading sup.ref a")))
                .count(),
            st.apparatus.len()
        );
        // The apparatus: each place, each reading with the count and the names of its outlets.
        assert_eq!(
            html.select(&sel(&format!("{id} table.apparatus tbody")))
                .count(),
            st.apparatus.len()
        );
        for (k, place) in st.apparatus.iter().enumerate() {
            let body = one(html, &format!("tbody#statement-{}-place-{}", st.id, k + 1));
            let head = text_of(body.select(&sel("th[scope=rowgroup]")).next().unwrap());
            assert!(head.contains(place.severity.name()), "{head}");
            assert_eq!(head.contains("no majority"), place.divided, "{head}");
            let rows: Vec<ElementRef> = body.select(&sel("tr")).collect();
            assert_eq!(rows.len(), place.readings.len().max(1));
            for (row, rd) in rows.iter().zip(&place.readings) {
                let reading = texts_in(*row, "td[data-label=Reading]").concat();
                if rd.text.is_empty() {
                    assert!(reading.starts_with("(nothing)"), "{reading}");
                } else {
                    assert!(reading.contains(&rd.text), "{reading} lacks {}", rd.text);
                }
                assert_eq!(reading.contains("(the reading)"), rd.reconstruction);
                assert_eq!(
                    texts_in(*row, "td[data-label=Outlets]"),
                    [rd.variants.len().to_string()]
                );
                assert_eq!(texts_in(*row, "td.which a"), rd.outlets);
            }
        }
        // Families of two outlets or more, and no other.
        let families = texts(html, &format!("{id} ul.families li"));
        assert_eq!(
            families.len(),
            st.families.iter().filter(|f| f.len() > 1).count(),
            "{families:?}"
        );
        assert_eq!(
            texts(html, &format!("{id} ul.findings li")).len(),
            st.findings.len()
        );
        for v in &st.variants {
            let article = one(html, &format!("article#{}", card(st, v)));
            let same = v.differences.is_empty() && v.chunks.iter().all(|c| c.op == ChunkOp::Same);
            assert_eq!(article.value().classes().any(|c| c == "same"), same);
            let text = text_of(article);
            assert!(text.trim_start().starts_with(&v.outlet), "{text}");
            assert!(text.contains(&v.place()), "{text}");
            assert!(text.contains(&format!("{:.2}", v.fidelity)), "{text}");
        }
        assert_eq!(
            html.select(&sel(&format!("{id} article.variant"))).count(),
            st.variants.len()
        );
    }
}

fn texts_in(e: ElementRef, selector: &str) -> Vec<String> {
    e.select(&sel(selector)).map(text_of).collect()
}

#[test]
fn seeds_page_snapshot_and_structure() {
    let result = compared("fixtures/sets/seeds");
    let page = verbatim::report::compare_html::render(&result);
    let html = check_page(&page);
    check_compare_page(&result, &html);
    // Trump's words as the two outlets print them: the apparatus and the marked words.
    let readings = texts(&html, "table.apparatus td[data-label=Reading]");
    for want in ["“come in”", "“enter”"] {
        assert!(
            readings.iter().any(|r| r.contains(want)),
            "{want}: {readings:?}"
        );
    }
    let del = texts(&html, "del");
    let ins = texts(&html, "ins");
    assert!(del.contains(&"come in".to_string()), "{del:?}");
    assert!(ins.iter().any(|w| w.starts_with("enter")), "{ins:?}");
    // Severity is written, not only coloured; coverage, fidelity and classes are there.
    let badges = texts(&html, "section.statement .sev");
    assert!(badges.iter().any(|b| b == "major"), "{badges:?}");
    assert!(page.contains("<dt>Coverage</dt>"));
    assert!(page.contains("<dt>Fidelity</dt>"));
    assert!(page.contains("Translated from <bdi>Spanish</bdi>"));
    // Two outlets: where they differ, mostly no reading has a majority, and the page says so
    // at each such place.
    let divided = result
        .statements
        .iter()
        .flat_map(|st| &st.apparatus)
        .filter(|p| p.divided)
        .count();
    assert!(divided > 0);
    assert_eq!(texts(&html, "table.apparatus span.tie").len(), divided);
    snap("compare_html_seeds", &page);
}

#[test]
fn harbor_page_snapshot_shows_the_apparatus() {
    let result = compared("fixtures/sets/harbor");
    let page = verbatim::report::compare_html::render(&result);
    let html = check_page(&page);
    check_compare_page(&result, &html);
    // Valley Tribune's "2.4 million" against everyone else's "4.2 million".
    let place = html
        .select(&sel("table.apparatus tbody"))
        .find(|b| text_of(*b).contains("“2.4 million”"))
        .expect("a place for the changed number");
    let rows: Vec<(String, Vec<String>)> = place
        .select(&sel("tr"))
        .map(|r| {
            (
                texts_in(r, "td[data-label=Reading]").concat(),
                texts_in(r, "td.which a"),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "“4.2 million” (the reading)".to_string(),
                vec![
                    "Coastal Ledger".to_string(),
                    "Evening Post".to_string(),
                    "Metro Wire".to_string()
                ]
            ),
            (
                "“2.4 million”".to_string(),
                vec!["Valley Tribune".to_string()]
            )
        ]
    );
    assert!(text_of(place).contains("critical"));
    // The findings lead with who changed what.
    let lead = texts(&html, "section.lead li");
    assert!(
        lead.iter()
            .any(|f| f.starts_with("critical Metro Wire dropped “not”")),
        "{lead:?}"
    );
    // Every severity shows as a label somewhere.
    let labels = texts(&html, ".sev");
    for s in ["critical", "major", "minor", "none"] {
        assert!(labels.iter().any(|l| l == s), "{s}");
    }
    snap("compare_html_harbor", &page);
}

#[test]
fn a_large_set_has_a_matrix_of_every_outlet() {
    let result = compared("fixtures/sets/francis_judge");
    assert!(result.articles.len() >= 20, "{}", result.articles.len());
    let page = verbatim::report::compare_html::render(&result);
    let html = check_page(&page);
    check_compare_page(&result, &html);
    // Some outlet leaves out some statement: the matrix has empty cells.
    assert!(html.select(&sel("table.matrix td.absent")).count() > 0);
    snap("compare_html_francis", &page);
    // The matrix scrolls in its own region, reachable by keyboard, labelled by its caption.
    let region = one(&html, "div.scroll");
    assert_eq!(region.value().attr("role"), Some("region"));
    assert_eq!(region.value().attr("tabindex"), Some("0"));
    assert_eq!(region.value().attr("aria-labelledby"), Some("matrix"));
    assert_eq!(
        one(&html, "caption#matrix")
            .parent()
            .and_then(ElementRef::wrap)
            .map(|t| t.value().name()),
        Some("table")
    );
    // Outlets sharing readings show as families with the readings that define them.
    for st in &result.statements {
        for (k, fam) in st.families.iter().enumerate().filter(|(_, f)| f.len() > 1) {
            let li = texts(
                &html,
                &format!("section#statement-{} ul.families li", st.id),
            );
            let line = li
                .iter()
                .find(|l| l.starts_with(&format!("Family {}:", k + 1)))
                .unwrap_or_else(|| panic!("family {} of statement {}: {li:?}", k + 1, st.id));
            for &i in fam {
                assert!(line.contains(&st.variants[i].outlet), "{line}");
            }
            for r in &st.family_readings[k] {
                assert!(line.contains(r.as_str()), "{line} lacks {r}");
            }
        }
    }
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
    // The article itself, each quotation (not one inside another) marked where it stands,
    // numbered from 1, with its speaker beside it.
    let top: Vec<_> = found.quotes.iter().filter(|q| q.outer.is_none()).collect();
    assert_eq!(texts(&html, "div.article mark.q").len(), top.len());
    assert_eq!(texts(&html, "div.article span.who").len(), top.len());
    assert!(
        texts(&html, "table.quotations").is_empty(),
        "not a data table"
    );
    assert_eq!(texts(&html, "div.article sup.n")[0], "1");
    let marked = texts(&html, "div.article mark.q");
    // The words as the article prints them, quotation marks and all.
    assert!(marked[0].contains(&top[0].text), "{marked:?}");
    let who = texts(&html, "div.article span.who");
    assert!(who[0].contains("Claudia Sheinbaum"), "{who:?}");
    // The rules used, explained in words.
    let rules = texts(&html, "dl.rules div");
    assert!(
        rules
            .iter()
            .any(|r| r.starts_with("before+name") && r.contains("named before the quotation")),
        "{rules:?}"
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
    let names: Vec<&str> = HOSTILE[4..].iter().map(|(r, _)| *r).collect();
    assert_hostile_is_text(&page, &names);
    // Whatever markup the quotations carry into the result shows as text, escaped, wherever
    // the page writes it: the outlets' words, the apparatus, the differences, the findings.
    let html = Html::parse_document(&page);
    let text: String = html.root_element().text().collect();
    let mut carried: Vec<String> = Vec::new();
    for st in &result.statements {
        carried.extend(st.findings.iter().map(finding));
        for place in &st.apparatus {
            carried.push(place.reading.clone());
            carried.extend(place.readings.iter().map(|r| r.text.clone()));
        }
        for v in &st.variants {
            // The words the page draws: the reading's where they agree, both where they differ;
            // none for an outlet that quotes the reading word for word (one line).
            for c in v.chunks.iter().filter(|_| !v.differences.is_empty()) {
                match c.op {
                    ChunkOp::Same | ChunkOp::Delete | ChunkOp::Unquoted => {
                        carried.push(c.reference.clone())
                    }
                    ChunkOp::Insert | ChunkOp::Extra => carried.push(c.variant.clone()),
                    ChunkOp::Replace | ChunkOp::Cosmetic => {
                        carried.push(c.reference.clone());
                        carried.push(c.variant.clone());
                    }
                }
            }
            carried.extend(v.differences.iter().map(|d| d.note.clone()));
        }
    }
    carried.retain(|c| c.contains(['<', '>']) && !c.contains("Herald") && !c.contains("Gazette"));
    assert!(
        carried.iter().any(|c| c.contains("<script>alert(1)")),
        "the payload did not reach the result: {carried:?}"
    );
    for c in &carried {
        assert!(text.contains(c.as_str()), "{c:?} does not show as text");
        assert!(page.contains(&escape(c)), "{c:?} is not escaped");
    }
    // In the diff too: markup among the marked words stays text.
    let marked: Vec<String> = texts(&html, "del, ins, .cosmetic, table.apparatus .words");
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

#[test]
fn extract_reports_name_bidi_controls() {
    let doc = verbatim::read::Document {
        name: "a\u{202e}.txt".into(),
        text: "\u{201c}We will \u{202e}never leave,\u{201d} Elena Ruiz said.".into(),
        meta: verbatim::read::Metadata::default(),
    };
    let found = verbatim::extract::extract(&doc.text);
    let results = vec![(doc, found)];
    let mut text = Vec::new();
    render(OutputFormat::Text, &results, &mut text).unwrap();
    let text = String::from_utf8(text).unwrap();
    assert!(!text.contains('\u{202e}'), "{text}");
    assert!(text.contains("<U+202E>never leave"), "{text}");
    let mut page = Vec::new();
    render(OutputFormat::Html, &results, &mut page).unwrap();
    let page = String::from_utf8(page).unwrap();
    check_page(&page);
    assert!(!page.contains('\u{202e}'));
    assert!(page.contains("<span class=\"ctl\">U+202E</span>never leave"));
}
