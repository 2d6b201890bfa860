//! The HTML reports in a real browser: headless Chromium loads the page from a file and dumps
//! the DOM it built, which must hold the statements, the marked words and the severity labels,
//! and, for the hostile set, no element the input tried to smuggle in.
//!
//! `.ci/run` installs Debian's chromium when it is missing. Where no browser can be found
//! (`chromium`, `chromium-browser` or `google-chrome` on the PATH) the test says so and
//! passes: install one with `apt-get install chromium` to run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use verbatim::compare::classify::Severity;
use verbatim::compare::{self, Request};

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

fn page_of(set: &str) -> String {
    let result = compare::compare(&Request {
        paths: vec![PathBuf::from(set)],
        outlets: Vec::new(),
        reference: None,
        translated: Vec::new(),
        fail_on: Some(Severity::Major),
    });
    assert!(result.problems.is_empty(), "{:?}", result.problems);
    verbatim::report::compare_html::render(&result)
}

fn skip() {
    println!("browser test skipped: no chromium found (apt-get install chromium)");
}

#[test]
fn chromium_renders_the_seed_report() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("seeds");
    let page = scratch.0.join("seeds.html");
    std::fs::write(&page, page_of("fixtures/sets/seeds")).unwrap();
    let dom = run_browser(&bin, &scratch, &page, &["--dump-dom"]);
    println!(
        "{} rendered the seed report: {} bytes of DOM",
        bin.display(),
        dom.len()
    );
    for want in [
        "<h1>verbatim compare</h1>",
        "Statement 1: Claudia Sheinbaum",
        "Statement 2: Donald Trump",
        "<del>come in</del> <ins>enter</ins>",
        "<ins>Sovereignty is not for sale. Sovereignty is loved and defended.</ins>",
        "<span class=\"sev sev-major\">major</span>",
        "<span class=\"sev sev-minor\">minor</span>",
        "<span class=\"sev sev-cosmetic\">cosmetic</span>",
        "<caption>Statements quoted in common</caption>",
    ] {
        assert!(dom.contains(want), "the rendered DOM lacks {want}");
    }
    assert!(!dom.contains("<script"));
}

#[test]
fn chromium_keeps_hostile_quotations_as_text() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("hostile");
    let page = scratch.0.join("hostile.html");
    std::fs::write(&page, page_of("fixtures/sets/hostile")).unwrap();
    let dom = run_browser(&bin, &scratch, &page, &["--dump-dom"]);
    // The browser built no element from the input: what it serialises back is escaped text.
    for bad in ["<script", "<img", "<svg", "<b onclick", "<b>"] {
        assert!(!dom.contains(bad), "the browser built {bad}");
    }
    for want in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "Gazette \"&gt;&lt;img onerror=alert(1)&gt;",
        "Herald &lt;b&gt;&amp;amp; Co&lt;/b&gt;",
    ] {
        assert!(dom.contains(want), "the rendered DOM lacks {want}");
    }
}

#[test]
fn chromium_takes_screenshots_at_desktop_and_phone_width() {
    let Some(bin) = browser() else {
        return skip();
    };
    let scratch = Scratch::new("shots");
    let page = scratch.0.join("seeds.html");
    std::fs::write(&page, page_of("fixtures/sets/seeds")).unwrap();
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
