//! The Markdown and HTML reports of `verbatim verify`: snapshots of the fixture set
//! (fixtures/verify, EXPECTED.md), the structure of the page (a card per quotation with its
//! verdict, the quotation beside the source passage, the diff, the context sentence, the
//! pieces), well-formedness (html5ever reports no parse error), self-containment, and hostile
//! text from articles and sources (markup, a bidirectional override) shown as text in both.
//! tests/browser.rs renders the page in Chromium.

use scraper::{ElementRef, Html, Selector};
use std::path::PathBuf;
use verbatim::compare::classify::ChunkOp;
use verbatim::verify::{self, Checked, Request, Verdict, Verification};

fn snap(name: &str, value: &str) {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!(name, value);
    });
}

fn fixtures() -> Verification {
    let result = verify::verify(&Request {
        sources: vec!["fixtures/verify/sources/".into()],
        articles: vec!["fixtures/verify/articles/".into()],
        ..Default::default()
    });
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    assert_eq!(result.quotations.len(), 28);
    result
}

/// A source and an article an attacker wrote: markup in the quotation and in the source,
/// a right-to-left override in the source, markup in both file names.
fn hostile() -> Verification {
    let source = "MS. RUIZ: We will keep the port open <img src=x onerror=alert(1)> for every \
                  \u{202e}family in Harlow. It stays open.\nMR. HALE: We will close the port.\n";
    let article = "\u{201c}We will keep the port open <script>alert(1)</script> for every family \
                   in Harlow,\u{201d} Elena Ruiz said.\n\n\u{201c}We will close the port,\u{201d} \
                   Elena Ruiz said.";
    let result = verify::verify_texts(
        &[("<b>debate</b>.txt", source, None)],
        &[("<i>a</i>\u{202e}.txt", article)],
    );
    // The payloads must reach the result at all for the test to mean anything.
    assert_eq!(result.quotations.len(), 2, "{:?}", result.quotations);
    assert!(result.quotations[0]
        .text
        .contains("<script>alert(1)</script>"));
    let src = result.quotations[0].source.as_ref().expect("found");
    assert!(src.text.contains("<img src=x onerror=alert(1)>"), "{src:?}");
    assert!(src.text.contains('\u{202e}'), "{src:?}");
    result
}

fn sel(selector: &str) -> Selector {
    Selector::parse(selector).unwrap_or_else(|e| panic!("{selector}: {e:?}"))
}

fn text_of(e: ElementRef) -> String {
    e.text().collect()
}

fn texts(html: &Html, selector: &str) -> Vec<String> {
    html.select(&sel(selector)).map(text_of).collect()
}

fn texts_in(e: ElementRef, selector: &str) -> Vec<String> {
    e.select(&sel(selector)).map(text_of).collect()
}

fn one<'a>(html: &'a Html, selector: &str) -> ElementRef<'a> {
    let wanted = sel(selector);
    let mut found = html.select(&wanted);
    let first = found.next().unwrap_or_else(|| panic!("no {selector}"));
    assert!(found.next().is_none(), "more than one {selector}");
    first
}

/// Elements the verify page may hold: anything else came from the input, or is a request for
/// something elsewhere.
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
    "div",
    "blockquote",
    "del",
    "ins",
    "span",
    "bdi",
    "ul",
    "ol",
    "li",
    "mark",
];

/// Parses a page and checks what every page must be (as tests/report_html.rs does for the
/// compare page): free of parse errors, in standards mode, made of the allowed elements only,
/// with no event handler, no link or source outside the page, a style that loads nothing,
/// unique ids, and every link and label naming an id the page has.
fn check_page(page: &str) -> Html {
    let html = Html::parse_document(page);
    assert!(html.errors.is_empty(), "parse errors: {:?}", html.errors);
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
    let style: String = texts(&html, "style").concat();
    for bad in ["url(", "@import", "http", "//"] {
        assert!(!style.contains(bad), "the style holds {bad:?}");
    }
    assert!(!page.to_ascii_lowercase().contains("<script"));
    let mut ids = std::collections::HashSet::new();
    for el in html.root_element().descendent_elements() {
        if let Some(id) = el.value().attr("id") {
            assert!(ids.insert(id.to_string()), "id {id:?} twice");
        }
    }
    for el in html.select(&sel("[href], [aria-labelledby]")) {
        if let Some(href) = el.value().attr("href") {
            assert!(ids.contains(&href[1..]), "{href} leads nowhere");
        }
        if let Some(by) = el.value().attr("aria-labelledby") {
            assert!(ids.contains(by), "aria-labelledby={by:?} names nothing");
        }
    }
    html
}

/// Text as the page shows it: whitespace runs as one space.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The words of a passage or quotation as the page shows them (bidirectional controls by
/// name).
fn shown(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.push_str(&format!("U+{:04X}", c as u32));
        } else {
            out.push(c);
        }
    }
    squeeze(&out)
}

/// What every verify page must show of its result: the verdict counts, the sources, the
/// articles with a badge per quotation, and a card per quotation, in order, with its verdict,
/// where it is, the source passage beside it, the diff, the context, the pieces, the note.
fn check_verify_page(result: &Verification, html: &Html) {
    assert_eq!(texts(html, "h1"), ["verbatim verify"]);
    // The counts: a badge per verdict, with its number.
    let counts: Vec<String> = texts(html, "ul.counts li")
        .iter()
        .map(|t| squeeze(t))
        .collect();
    let want: Vec<String> = Verdict::ALL
        .iter()
        .map(|&v| format!("{} {}", v.label(), result.summary.verdicts.get(v)))
        .collect();
    assert_eq!(counts, want);
    for v in Verdict::ALL {
        one(html, &format!("ul.counts .verdict.verdict-{}", v.name()));
    }
    // The sources: a row each, with kind, speakers and words.
    let rows: Vec<ElementRef> = html.select(&sel("table.sources tbody tr")).collect();
    assert_eq!(rows.len(), result.sources.len());
    for (row, src) in rows.iter().zip(&result.sources) {
        assert_eq!(texts_in(*row, "th[scope=row]"), [shown(&src.file)]);
        let kind = texts_in(*row, "td[data-label=Kind]").concat();
        assert!(kind.starts_with(src.kind), "{kind}");
        assert_eq!(
            kind.contains(src.encoding),
            src.encoding != "utf-8",
            "{kind}"
        );
        let speakers: Vec<String> = src.speakers.iter().map(|s| shown(s)).collect();
        assert_eq!(texts_in(*row, "td[data-label=Speakers] bdi"), speakers);
        let words: String = texts_in(*row, "td[data-label=Words]").concat();
        assert_eq!(words.replace(',', ""), src.words.to_string());
    }
    // The articles: a row each, a badge per quotation linking to its card.
    let rows: Vec<ElementRef> = html.select(&sel("table.articles tbody tr")).collect();
    assert_eq!(rows.len(), result.articles.len());
    let mut n = 0;
    for (k, (row, name)) in rows.iter().zip(&result.articles).enumerate() {
        assert_eq!(texts_in(*row, "th[scope=row]"), [shown(name)]);
        let section = one(html, &format!("section#article-{}", k + 1));
        assert_eq!(texts_in(section, "h2"), [shown(name)]);
        let mine: Vec<&Checked> = result
            .quotations
            .iter()
            .filter(|q| &q.file == name)
            .collect();
        let links: Vec<ElementRef> = row.select(&sel("a.verdict")).collect();
        assert_eq!(links.len(), mine.len());
        assert_eq!(section.select(&sel("article.card")).count(), mine.len());
        for (a, q) in links.iter().zip(&mine) {
            n += 1;
            assert_eq!(a.value().attr("href"), Some(format!("#q-{n}").as_str()));
            assert!(a
                .value()
                .classes()
                .any(|c| c == format!("verdict-{}", q.verdict.name())));
            assert_eq!(text_of(*a), format!("{n} {}", q.verdict.label()));
            // The card is in its article's section.
            assert_eq!(section.select(&sel(&format!("#q-{n}"))).count(), 1);
        }
    }
    assert_eq!(n, result.quotations.len());
    // A card per quotation, in order.
    let cards: Vec<ElementRef> = html.select(&sel("article.card")).collect();
    assert_eq!(cards.len(), result.quotations.len());
    for (i, (card, q)) in cards.iter().zip(&result.quotations).enumerate() {
        check_card(*card, i + 1, q);
    }
}

fn check_card(card: ElementRef, n: usize, q: &Checked) {
    let v = q.verdict;
    assert_eq!(card.value().attr("id"), Some(format!("q-{n}").as_str()));
    assert_eq!(card.value().attr("data-verdict"), Some(v.name()));
    // The verdict as a badge, written out; the severity for altered only.
    let badge: Vec<String> = texts_in(card, &format!("h3 .verdict.verdict-{}", v.name()));
    assert_eq!(badge, [v.label()], "#{n}");
    let severity = texts_in(card, "h3 .sev");
    if v == Verdict::Altered {
        assert_eq!(severity, [q.severity.name()], "#{n}");
    } else {
        assert!(severity.is_empty(), "#{n}: {severity:?}");
    }
    // The quotation, where it is and who the article credits.
    let quoted = card
        .select(&sel(".side.quoted"))
        .next()
        .expect("a quoted side");
    let at = format!("{}:{}:{}", q.file, q.line, q.column);
    assert_eq!(texts_in(quoted, ".at"), [shown(&at)], "#{n}");
    let words: Vec<String> = texts_in(quoted, "blockquote[dir=auto]")
        .iter()
        .map(|w| squeeze(w))
        .collect();
    assert_eq!(
        words,
        [format!("\u{201c}{}\u{201d}", shown(&q.text))],
        "#{n}"
    );
    if let Some(s) = &q.speaker {
        assert!(
            squeeze(&text_of(quoted)).contains(&format!("credited to {}", shown(s))),
            "#{n}"
        );
    }
    // Beside it, the source passage (or each piece), where it is, its time, who says it.
    let source = card
        .select(&sel(".side.source"))
        .next()
        .expect("a source side");
    let side = squeeze(&text_of(source));
    let pieces_only = q.pieces.len() > 1 && q.source.as_ref() == q.pieces.first();
    let passages: Vec<_> = if pieces_only {
        q.pieces.iter().collect()
    } else {
        q.source.iter().chain(&q.pieces).collect()
    };
    for p in &passages {
        assert!(
            side.contains(&shown(&p.text)),
            "#{n}: {side} lacks {}",
            p.text
        );
        assert!(
            side.contains(&shown(&format!("{}:{}", p.file, p.line))),
            "#{n}: {side}"
        );
        if let Some(t) = &p.time {
            assert!(side.contains(&format!("at {}", shown(t))), "#{n}: {side}");
        }
        if let Some(who) = &p.speaker {
            assert!(
                side.contains(&format!("said by {}", shown(who))),
                "#{n}: {side}"
            );
        }
    }
    let heading = texts_in(source, "h4");
    match (v, &q.source) {
        (Verdict::NotFound, Some(_)) => assert_eq!(heading, ["Nearest in the sources"]),
        (_, None) => assert!(side.contains("Nothing like it in the sources"), "#{n}"),
        _ => assert!(heading[0].starts_with("Source"), "#{n}: {heading:?}"),
    }
    assert_eq!(
        source.select(&sel("ol.pieces li")).count(),
        if q.pieces.len() > 1 {
            q.pieces.len()
        } else {
            0
        },
        "#{n}"
    );
    // The diff, where the words differ: the source's words dropped or replaced in <del>, the
    // article's in <ins>, cosmetic ones marked apart.
    let changed = v != Verdict::NotFound && q.chunks.iter().any(|c| c.op != ChunkOp::Same);
    let diff = card.select(&sel("p.diff")).next();
    assert_eq!(diff.is_some(), changed, "#{n}");
    if let Some(diff) = diff {
        let dels = texts_in(diff, "del");
        let ins = texts_in(diff, "ins");
        let cosmetic = texts_in(diff, ".cosmetic");
        for c in &q.chunks {
            let (r, w) = (shown(&c.reference), shown(&c.variant));
            match c.op {
                ChunkOp::Delete => assert!(dels.contains(&r), "#{n}: {dels:?}"),
                ChunkOp::Insert | ChunkOp::Extra => assert!(ins.contains(&w), "#{n}: {ins:?}"),
                ChunkOp::Replace => {
                    assert!(
                        dels.contains(&r) && ins.contains(&w),
                        "#{n}: {dels:?} {ins:?}"
                    )
                }
                ChunkOp::Cosmetic => assert!(cosmetic.contains(&w), "#{n}: {cosmetic:?}"),
                ChunkOp::Same | ChunkOp::Unquoted => {}
            }
        }
    }
    // For context, the source sentence with the words left out marked.
    let sentence = card.select(&sel("p.sentence")).next();
    assert_eq!(sentence.is_some(), q.context.is_some(), "#{n}");
    if let (Some(p), Some(ctx)) = (sentence, &q.context) {
        assert_eq!(
            squeeze(&text_of(p)),
            format!("\u{201c}{}\u{201d}", shown(&ctx.sentence.text)),
            "#{n}"
        );
        assert_eq!(
            texts_in(p, "mark.left-out"),
            std::slice::from_ref(&ctx.words),
            "#{n}"
        );
    }
    // Each difference, and the note.
    assert_eq!(
        card.select(&sel("ul.differences li")).count(),
        q.differences.len(),
        "#{n}"
    );
    let note: Vec<String> = texts_in(card, "p.note")
        .iter()
        .map(|t| squeeze(t))
        .collect();
    assert_eq!(note, [format!("Why: {}", shown(&q.note))], "#{n}");
}

#[test]
fn verify_html_fixtures() {
    let result = fixtures();
    let page = verbatim::report::verify_html::render(&result);
    let html = check_page(&page);
    check_verify_page(&result, &html);
    // What EXPECTED.md describes shows on the page: row 7's number, row 19's negation, row
    // 11's context, row 4's pieces, row 22's translation, row 17's nearest passage.
    let card = |n: usize| one(&html, &format!("article#q-{n}"));
    assert_eq!(texts_in(card(7), "p.diff del"), ["1,400"]);
    assert_eq!(texts_in(card(7), "p.diff ins"), ["4,000"]);
    assert_eq!(texts_in(card(19), "p.diff del"), ["do not"]);
    assert_eq!(
        texts_in(card(11), "p.sentence mark.left-out"),
        ["I'm not saying"]
    );
    assert_eq!(card(4).select(&sel("ol.pieces li")).count(), 2);
    assert!(text_of(card(22)).contains("Rosa Echeverría spoke Spanish"));
    assert_eq!(texts_in(card(10), "p.diff .cosmetic"), ["10", "we will"]);
    assert_eq!(texts_in(card(14), "p.diff .gap").len(), 1);
    assert_eq!(
        texts_in(card(17), ".side.source h4"),
        ["Nearest in the sources"]
    );
    assert!(text_of(card(21)).contains("said by Colin Baird"));
    // The verdicts in the order EXPECTED.md gives them.
    let verdicts: Vec<&str> = html
        .select(&sel("article.card"))
        .filter_map(|c| c.value().attr("data-verdict"))
        .collect();
    let expected = [
        "verbatim",
        "altered",
        "context",
        "spliced",
        "verbatim",
        "verbatim",
        "altered",
        "verbatim",
        "verbatim",
        "verbatim",
        "context",
        "context",
        "misattributed",
        "spliced",
        "verbatim",
        "verbatim",
        "not_found",
        "verbatim",
        "altered",
        "verbatim",
        "misattributed",
        "altered",
        "verbatim",
        "verbatim",
        "not_found",
        "verbatim",
        "misattributed",
        "verbatim",
    ];
    assert_eq!(verdicts, expected);
    snap("verify_html_fixtures", &page);
}

#[test]
fn verify_html_is_made_for_phones_and_print() {
    let page = verbatim::report::verify_html::render(&fixtures());
    for needle in [
        "<html lang=\"en\">",
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        // The two sides of a card side by side, one above the other on a phone.
        ".sides { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);",
        "@media (max-width: 600px)",
        ".sides { grid-template-columns: minmax(0, 1fr); }",
        "@media print",
        "break-inside: avoid",
    ] {
        assert!(page.contains(needle), "{needle}");
    }
    // Every badge colour is defined.
    for v in Verdict::ALL {
        assert!(page.contains(&format!(".verdict-{} {{", v.name())), "{v}");
    }
}

#[test]
fn hostile_text_shows_as_text_in_html() {
    let result = hostile();
    let page = verbatim::report::verify_html::render(&result);
    let html = check_page(&page);
    check_verify_page(&result, &html);
    for bad in ["<script", "<img", "<b>", "<i>"] {
        assert!(!page.contains(bad), "{bad} is in the page");
    }
    // The override never reaches the page as a character: it is named, as text.
    assert!(!page.contains('\u{202e}'));
    let text: String = html.root_element().text().collect();
    for raw in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<b>debate</b>.txt",
        "<i>a</i>U+202E.txt",
    ] {
        assert!(text.contains(raw), "{raw} does not show as text");
    }
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;b&gt;debate&lt;/b&gt;.txt",
        "<span class=\"ctl\">U+202E</span>family in Harlow",
    ] {
        assert!(page.contains(escaped), "{escaped} is not in the page");
    }
    // The named override is in the source passage beside the quotation.
    let card = one(&html, "article#q-1");
    assert_eq!(texts_in(card, ".side.source blockquote .ctl"), ["U+202E"]);
    // Text from the inputs is isolated: quotations and passages take their direction from
    // their own words, names and paths sit in <bdi>.
    for quote in html.select(&sel("blockquote, p.diff, p.sentence")) {
        assert_eq!(quote.value().attr("dir"), Some("auto"));
    }
    assert!(html
        .select(&sel("h2.path bdi"))
        .any(|b| text_of(b) == "<i>a</i>U+202E.txt"));
}

/// Markdown with its code spans taken out: what is left is read as Markdown.
fn outside_code(md: &str) -> String {
    let mut out = String::new();
    let mut rest = md;
    while let Some(at) = rest.find('`') {
        out.push_str(&rest[..at]);
        let run = rest[at..].chars().take_while(|&c| c == '`').count();
        let fence = "`".repeat(run);
        let after = &rest[at + run..];
        match after.find(&fence) {
            Some(end) => rest = &after[end + run..],
            None => {
                out.push_str(&rest[at..]);
                return out;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Outside code spans, no `<`, `>` or `&` stands unescaped: no HTML tag, comment or entity
/// reaches the Markdown renderer (the report writes none of its own).
fn assert_escaped(md: &str) {
    let plain = outside_code(md);
    let mut escaped = false;
    for (i, c) in plain.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        if c == '\\' {
            escaped = true;
            continue;
        }
        assert!(
            !matches!(c, '<' | '>' | '&'),
            "unescaped {c:?} at {:?}",
            &plain[i.saturating_sub(30)..(i + 30).min(plain.len())]
        );
    }
}

#[test]
fn hostile_text_shows_as_text_in_markdown() {
    let result = hostile();
    let md = verbatim::report::verify_markdown::render(&result);
    assert_escaped(&md);
    for want in [
        "\\<script\\>alert(1)\\</script\\>",
        "\\<img src=x onerror=alert(1)\\>",
        "for every `<U+202E>`family in Harlow",
        "## `<i>a</i><U+202E>.txt`",
        "| `<b>debate</b>.txt` | transcript |",
    ] {
        assert!(md.contains(want), "{want} is not in:\n{md}");
    }
    assert!(!md.contains('\u{202e}'));
    // Line breaks in the input cannot end a list item or a table row.
    let broken = verify::verify_texts(
        &[("s.txt", "MS. RUIZ: We will keep | the *port* open.\n", None)],
        &[(
            "a\nb|c.txt",
            "\u{201c}We will keep | the *port* open,\u{201d} Elena Ruiz said.",
        )],
    );
    let md = verbatim::report::verify_markdown::render(&broken);
    assert!(md.contains("## `a b|c.txt`"), "{md}");
    assert!(
        md.contains("- Quoted: \u{201c}We will keep \\| the \\*port\\* open,\u{201d}"),
        "{md}"
    );
    assert_escaped(&md);
}

#[test]
fn hostile_text_shows_its_controls_in_text() {
    let result = hostile();
    for color in [false, true] {
        let text = verbatim::report::verify_text::render(&result, color);
        // The override from the source is named where it stood, never obeyed.
        assert!(!text.contains('\u{202e}'), "{text}");
        // (Wrapped lines joined again: the width may break the line anywhere.)
        let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(joined.contains("<U+202E>family in Harlow"), "{text}");
    }
}

#[test]
fn verify_fixtures_markdown() {
    let result = fixtures();
    let md = verbatim::report::verify_markdown::render(&result);
    assert_escaped(&md);
    // The counts, in a table, in the order of the verdicts.
    let counts: Vec<String> = Verdict::ALL
        .iter()
        .map(|&v| result.summary.verdicts.get(v).to_string())
        .collect();
    assert!(
        md.contains(&format!("| {} |\n", counts.join(" | "))),
        "{md}"
    );
    assert!(md.contains("**14 of 28 not verbatim**"), "{md}");
    assert!(md.contains("none skipped"), "{md}");
    // The sources, each a row.
    for src in &result.sources {
        assert!(
            md.contains(&format!("| `{}` | {} |", src.file, src.kind)),
            "{md}"
        );
    }
    // One section per article, its quotations in order, numbered through the report.
    for name in &result.articles {
        assert_eq!(md.matches(&format!("\n## `{name}`\n")).count(), 1, "{name}");
    }
    let mut at = 0;
    for (i, q) in result.quotations.iter().enumerate() {
        let head = format!("**{}. {}**", i + 1, q.verdict.label().to_uppercase());
        let found = md[at..]
            .find(&head)
            .unwrap_or_else(|| panic!("{head} after byte {at}"));
        at += found + head.len();
        let block = &md[at..md[at..].find("\n**").map_or(md.len(), |e| at + e)];
        assert!(
            block.contains(&format!("`{}:{}:{}`", q.file, q.line, q.column)),
            "{block}"
        );
        if let Some(src) = q.source.as_ref() {
            assert!(
                block.contains(&format!("`{}:{}`", src.file, src.line)),
                "{block}"
            );
        }
        if q.verdict == Verdict::Altered {
            assert!(
                block.starts_with(&format!(" ({})", q.severity.name())),
                "{block}"
            );
        }
        assert_eq!(block.contains("- Source sentence: "), q.context.is_some());
    }
    assert!(md.contains(
        "- Diff: Kessington built ~~1,400~~ **4,000** new homes in my last two years as mayor"
    ));
    assert!(md.contains("- Diff: We ~~do not~~ expect the river to crest above the levee tops"));
    assert!(md.contains(
        "- Source sentence: \u{201c}Look, **I'm not saying** we should close the Harlow grain terminal.\u{201d}"
    ));
    snap("verify_fixtures_markdown", &md);
}

#[test]
fn problems_are_listed_in_both_reports() {
    let missing = PathBuf::from("fixtures/verify/<missing>.txt");
    let result = verify::verify(&Request {
        sources: vec!["fixtures/verify/sources/".into()],
        articles: vec!["fixtures/verify/articles/san_aurelio.txt".into(), missing],
        ..Default::default()
    });
    assert_eq!(result.problems.len(), 1, "{:?}", result.problems);
    assert_eq!(result.quotations.len(), 3);
    let page = verbatim::report::verify_html::render(&result);
    let html = check_page(&page);
    assert_eq!(texts(&html, "section.problems h2"), ["Trouble"]);
    let items = texts(&html, "section.problems li");
    assert_eq!(items.len(), 1);
    assert!(items[0].contains("<missing>.txt"), "{items:?}");
    assert_eq!(html.select(&sel("article.card")).count(), 3);
    let md = verbatim::report::verify_markdown::render(&result);
    assert!(
        md.contains("\n## Trouble\n\n- fixtures/verify/\\<missing\\>.txt"),
        "{md}"
    );
}

#[test]
fn nothing_to_check_says_so() {
    let result = verify::verify_texts(
        &[("s.txt", "MS. RUIZ: We will keep the port open.\n", None)],
        &[("a.txt", "Nobody said anything.")],
    );
    let page = verbatim::report::verify_html::render(&result);
    let html = check_page(&page);
    check_verify_page(&result, &html);
    assert!(page.contains("none to check"));
    assert!(page.contains("No quotation checked."));
    let md = verbatim::report::verify_markdown::render(&result);
    assert!(md.contains("none to check."), "{md}");
    assert!(md.contains("No quotation checked."), "{md}");
}

/// The verdicts that fail a run by default: all but `verbatim`.
fn default_fail_on() -> Vec<Verdict> {
    Verdict::ALL[1..].to_vec()
}

#[test]
fn verify_ci_formats() {
    let result = fixtures();
    let fail_on = default_fail_on();
    let log = verbatim::report::verify_github::render(&result, &fail_on);
    let flagged = result
        .quotations
        .iter()
        .filter(|q| q.verdict != Verdict::Verbatim)
        .count();
    assert_eq!(log.lines().count(), flagged, "{log}");
    assert!(log.lines().all(|l| l.starts_with("::error file=")), "{log}");
    // Failing on `not_found` only, the other verdicts are warnings.
    let only = verbatim::report::verify_github::render(&result, &[Verdict::NotFound]);
    assert_eq!(
        only.matches("::error ").count(),
        result
            .quotations
            .iter()
            .filter(|q| q.verdict == Verdict::NotFound)
            .count()
    );
    assert!(only.contains("::warning file="), "{only}");
    snap("verify_fixtures_github", &log);
    let xml = verbatim::report::verify_junit::render(&result, &fail_on);
    assert_eq!(xml.matches("<testcase ").count(), result.quotations.len());
    assert_eq!(xml.matches("<failure ").count(), flagged);
    assert!(xml.contains(&format!(
        "tests=\"{}\" failures=\"{flagged}\"",
        result.quotations.len()
    )));
    snap("verify_fixtures_junit", &xml);
}

#[test]
fn verify_ci_formats_escape_the_inputs() {
    let result = hostile();
    let log = verbatim::report::verify_github::render(&result, &default_fail_on());
    for line in log.lines() {
        assert!(line.starts_with("::error file=") || line.starts_with("::warning file="));
    }
    assert!(!log.contains('\u{202e}'), "{log}");
    assert!(log.contains("file=<i>a</i><U+202E>.txt,"), "{log}");
    let xml = verbatim::report::verify_junit::render(&result, &default_fail_on());
    assert!(!xml.contains("<script"), "{xml}");
    assert!(!xml.contains('\u{202e}'), "{xml}");
    assert!(
        xml.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{xml}"
    );
}

#[test]
fn the_command_line_writes_ci_formats() {
    for (format, want) in [
        ("github", "::error file=fixtures/verify/articles/"),
        (
            "junit",
            "<testsuites name=\"verbatim verify\" tests=\"28\" failures=\"14\"",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_verbatim"))
            .args(["verify", "--format", format, "--source"])
            .args(["fixtures/verify/sources/", "fixtures/verify/articles/"])
            .output()
            .expect("the binary runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains(want), "{format}: {stdout}");
    }
}
