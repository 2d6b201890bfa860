//! The HTML reports in a real browser: headless Chromium loads the page from a file and dumps
//! the DOM it built, which must hold the statements, the matrix (a row per statement, a column
//! per article), the apparatus (a row per reading), the marked words and the severity labels,
//! and, for the hostile set, no element the input tried to smuggle in; it also takes
//! screenshots of the 24-outlet set at desktop and phone width, and prints a page to PDF.
//! The verify page (fixtures/verify) must hold a card per quotation with its verdict badge and
//! the source passage beside the quotation.
//!
//! `.ci/run` installs Debian's chromium when it is missing. Where no browser can be found
//! (`chromium`, `chromium-browser` or `google-chrome` on the PATH) the test says so and
//! passes: install one with `apt-get install chromium` to run it.

use scraper::{Html, Selector};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use verbatim::compare::classify::Severity;
use verbatim::compare::{self, Comparison, Request};

const BROWSERS: &[&str] = &["chromium", "chromium-browser", "google-chrome"];
const TIMEOUT: Duration = Duration::from_secs(60);

/// The first browser binary on the PATH.
fn browser() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    BROWSERS.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// A directory of its own for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("verbatim-browser-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the browser on `page` with `extra` flags and returns its standard output; the
/// browser is killed if it takes longer than [`TIMEOUT`].
fn run_browser(bin: &Path, scratch: &Scratch, page: &Path, extra: &[&str]) -> String {
    let out_path = scratch.0.join("stdout");
    let err_path = scratch.0.join("stderr");
    let profile = scratch.0.join("profile");
    let mut child = Command::new(bin)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        // Files, not pipes: a full pipe would stall the browser while we wait for it.
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e}", bin.display()));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for the browser") {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{} did not finish in {TIMEOUT:?}; stderr:\n{}",
                bin.display(),
                std::fs::read_to_string(&err_path).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = std::fs::read_to_string(&out_path).unwrap_or_default();
    assert!(
        status.success(),
        "{} failed ({status}); stderr:\n{}",
        bin.display(),
        std::fs::read_to_string(&err_path).unwrap_or_default()
    );
    stdout
}

fn compared(set: &str) -> Comparison {
    let result = compare::compare(&Request {
        paths: vec![PathBuf::from(set)],
        outlets: Vec::new(),
        reference: None,
        translated: Vec::new(),
        fail_on: Some(Severity::Major),
    });
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    result
}

fn page_of(set: &str) -> String {
    verbatim::report::compare_html::render(&compared(set))
}

/// Says loudly, on standard error (shown even when cargo captures the output), that the
/// test checked nothing.
fn skip() {
    eprintln!(
        "browser test SKIPPED: no chromium found on the PATH (tried {}); nothing was rendered. \
         Install one with `apt-get install chromium` to run it.",
        BROWSERS.join(", ")
    );
}

fn count(dom: &Html, selector: &str) -> usize {
    dom.select(&Selector::parse(selector).unwrap()).count()
}

fn texts(dom: &Html, selector: &str) -> Vec<String> {
    dom.select(&Selector::parse(selector).unwrap())
        .map(|e| e.text().collect())
        .collect()
}

/// What the browser built from the page of `result`: the matrix with a row per statement and
/// a column per article, the apparatus with a row per reading, a card per outlet.
fn check_dom(dom: &Html, result: &Comparison) {
    assert_eq!(texts(dom, "h1"), ["verbatim compare"]);
    assert_eq!(count(dom, "section.statement"), result.statements.len());
    assert_eq!(count(dom, "table.matrix tbody tr"), result.statements.len());
    assert_eq!(
        count(dom, "table.matrix thead th[scope=col]"),
        result.articles.len() + 1
    );
    for row in dom.select(&Selector::parse("table.matrix tbody tr").unwrap()) {
        assert_eq!(
            row.select(&Selector::parse("td").unwrap()).count(),
            result.articles.len()
        );
    }
    let quoted: usize = result.statements.iter().map(|st| st.variants.len()).sum();
    assert_eq!(count(dom, "table.matrix td a.sev"), quoted);
    assert_eq!(count(dom, "article.variant"), quoted);
    let places: usize = result.statements.iter().map(|st| st.apparatus.len()).sum();
    assert_eq!(count(dom, "table.apparatus tbody"), places);
    let readings: usize = result
        .statements
        .iter()
        .flat_map(|st| &st.apparatus)
        .map(|p| p.readings.len().max(1))
        .sum();
    assert_eq!(count(dom, "table.apparatus tbody tr"), readings);
    assert_eq!(
        count(dom, "section.lead ol.findings li"),
        result.summary.lead.len()
    );
    // The browser built no element the page does not write.
    for bad in ["script", "img", "svg", "iframe", "object", "link", "b"] {
        assert_eq!(count(dom, bad), 0, "the browser built <{bad}>");
    }
}

#[test]
fn chromium_renders_the_seed_report() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("seeds");
    let page = scratch.0.join("seeds.html");
    let result = compared("fixtures/sets/seeds");
    std::fs::write(&page, verbatim::report::compare_html::render(&result)).unwrap();
    let dumped = run_browser(&bin, &scratch, &page, &["--dump-dom"]);
    println!(
        "{} rendered the seed report: {} bytes of DOM",
        bin.display(),
        dumped.len()
    );
    let dom = Html::parse_document(&dumped);
    check_dom(&dom, &result);
    for st in &result.statements {
        // Names from the articles are isolated (<bdi>) from the page's own words.
        let who = match st.speaker.as_deref() {
            Some(name) => format!("<bdi>{name}</bdi>"),
            None => "<em>unknown speaker</em>".to_string(),
        };
        let want = format!("Statement {}: {who}", st.id);
        assert!(dumped.contains(&want), "the rendered DOM lacks {want}");
    }
    for want in [
        "<del>come in</del> <ins>enter</ins>",
        "<span class=\"sev sev-major\">major</span>",
        "<span class=\"sev sev-minor\">minor</span>",
        "<span class=\"sev sev-cosmetic\">cosmetic</span>",
        "<span class=\"tie\">no majority</span>",
        "<caption>Statements quoted in common</caption>",
        "<span class=\"words\">“<bdi>enter</bdi>”</span>",
    ] {
        assert!(dumped.contains(want), "the rendered DOM lacks {want}");
    }
    assert!(!dumped.contains("<script"));
}

#[test]
fn chromium_renders_the_matrix_of_a_large_set() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("large");
    let page = scratch.0.join("francis_judge.html");
    let result = compared("fixtures/sets/francis_judge");
    assert!(result.articles.len() >= 20);
    std::fs::write(&page, verbatim::report::compare_html::render(&result)).unwrap();
    let dom = Html::parse_document(&run_browser(&bin, &scratch, &page, &["--dump-dom"]));
    check_dom(&dom, &result);
    // Each outlet heads a column, in article order.
    let heads = texts(&dom, "table.matrix th.outlet");
    let outlets: Vec<&str> = result.articles.iter().map(|a| a.outlet.as_str()).collect();
    assert_eq!(heads, outlets);
}

#[test]
fn chromium_keeps_hostile_quotations_as_text() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("hostile");
    let page = scratch.0.join("hostile.html");
    let result = compared("fixtures/sets/hostile");
    std::fs::write(&page, verbatim::report::compare_html::render(&result)).unwrap();
    let dumped = run_browser(&bin, &scratch, &page, &["--dump-dom"]);
    // The browser built no element from the input: what it serialises back is escaped text.
    for bad in ["<script", "<img", "<svg", "<b onclick", "<b>"] {
        assert!(!dumped.contains(bad), "the browser built {bad}");
    }
    for want in [
        "&lt;script&gt;alert(1)",
        "Gazette \"&gt;&lt;img onerror=alert(1)&gt;",
        "Herald &lt;b&gt;&amp;amp; Co&lt;/b&gt;",
    ] {
        assert!(dumped.contains(want), "the rendered DOM lacks {want}");
    }
    let dom = Html::parse_document(&dumped);
    check_dom(&dom, &result);
    // The hostile outlet names head the matrix's columns as text.
    assert_eq!(
        texts(&dom, "table.matrix th.outlet"),
        [
            "Gazette \"><img onerror=alert(1)>",
            "Herald <b>&amp; Co</b>"
        ]
    );
}

#[test]
fn chromium_takes_screenshots_at_desktop_and_phone_width() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("shots");
    // The largest set: 24 outlets make the widest matrix.
    let page = scratch.0.join("francis_judge.html");
    std::fs::write(&page, page_of("fixtures/sets/francis_judge")).unwrap();
    for (name, size) in [("desktop", "1200,1600"), ("phone", "390,1400")] {
        let shot = scratch.0.join(format!("{name}.png"));
        run_browser(
            &bin,
            &scratch,
            &page,
            &[
                &format!("--screenshot={}", shot.display()),
                &format!("--window-size={size}"),
            ],
        );
        let png = std::fs::read(&shot).unwrap_or_else(|e| panic!("no {name} screenshot: {e}"));
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{name}: not a PNG");
        // The IHDR chunk holds the width and height the browser drew.
        let width = u32::from_be_bytes(png[16..20].try_into().unwrap());
        let want: u32 = size.split(',').next().unwrap().parse().unwrap();
        assert_eq!(width, want, "{name} width");
        println!("{name} screenshot: {} bytes, {width} px wide", png.len());
    }
}

#[test]
fn chromium_prints_the_report() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("print");
    let page = scratch.0.join("harbor.html");
    std::fs::write(&page, page_of("fixtures/sets/harbor")).unwrap();
    let pdf = scratch.0.join("harbor.pdf");
    run_browser(
        &bin,
        &scratch,
        &page,
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("no PDF: {e}"));
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    println!("printed the harbor report: {} bytes of PDF", bytes.len());
}

#[test]
fn chromium_renders_the_verify_report() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("verify");
    let page = scratch.0.join("verify.html");
    let result = verbatim::verify::verify(&verbatim::verify::Request {
        sources: vec!["fixtures/verify/sources/".into()],
        articles: vec!["fixtures/verify/articles/".into()],
        ..Default::default()
    });
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    std::fs::write(&page, verbatim::report::verify_html::render(&result)).unwrap();
    let dumped = run_browser(&bin, &scratch, &page, &["--dump-dom"]);
    println!(
        "{} rendered the verify report: {} bytes of DOM",
        bin.display(),
        dumped.len()
    );
    let dom = Html::parse_document(&dumped);
    assert_eq!(texts(&dom, "h1"), ["verbatim verify"]);
    assert_eq!(count(&dom, "article.card"), result.quotations.len());
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (i, q) in result.quotations.iter().enumerate() {
        let v = q.verdict.name();
        let card = format!("article#q-{}[data-verdict=\"{v}\"]", i + 1);
        assert_eq!(count(&dom, &card), 1, "no {card}");
        // The verdict, written on its badge.
        assert_eq!(
            texts(&dom, &format!("{card} h3 .verdict.verdict-{v}")),
            [q.verdict.label()]
        );
        // The quotation, and beside it the source passage (each piece, when it is in pieces).
        let quoted = squeeze(&texts(&dom, &format!("{card} .side.quoted blockquote")).concat());
        assert!(quoted.contains(&squeeze(&q.text)), "{card}: {quoted}");
        let side = squeeze(&texts(&dom, &format!("{card} .side.source")).concat());
        let passages = q.source.iter().chain(&q.pieces);
        for p in passages {
            assert!(
                side.contains(&squeeze(&p.text)),
                "{card}: {side} lacks {}",
                p.text
            );
            assert!(
                side.contains(&format!("{}:{}", p.file, p.line)),
                "{card}: {side}"
            );
        }
    }
    for want in [
        "<del>1,400</del> <ins>4,000</ins>",
        "<span class=\"verdict verdict-not_found\">not found</span>",
        "<mark class=\"left-out\">I'm not saying</mark>",
    ] {
        assert!(dumped.contains(want), "the rendered DOM lacks {want}");
    }
    for bad in ["script", "img", "svg", "iframe", "object", "link"] {
        assert_eq!(count(&dom, bad), 0, "the browser built <{bad}>");
    }
}
