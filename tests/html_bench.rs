//! The text read from a few pages of the article-extraction benchmark, snapshotted: a news
//! report, a company blog post and a page with a block quote, so that a change to the reader
//! shows what it does to real pages.
//!
//! The pages are never part of the repository: they are read from `../shared/html-bench/`
//! (beside the clone; see its README) when it is there, and decompressed with `gzip -dc`.
//! Without it, or without `gzip`, the test says so and checks nothing. The benchmark's own
//! score is `python3 ../shared/html-bench/score.py target/release/verbatim` (docs/HTML.md).

use std::path::PathBuf;
use std::process::Command;

use verbatim::read::html::{read_page, BlockKind};

/// (snapshot name, page id prefix): one of each kind.
const PAGES: &[(&str, &str)] = &[
    ("news", "374ac9a5"),       // cnbc.com: a news report with quotations
    ("blog", "4648a420"),       // expapp.com: a company blog post (Q&A headings, a pull quote)
    ("blockquote", "1f765c48"), // sputniknews.com: a column quoting a statement in a blockquote
];

fn bench_dir() -> PathBuf {
    // Cargo sets the variable when it runs the test, too: a copy of the tree looks beside itself.
    let root = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    root.join("../shared/html-bench/pages")
}

/// The page whose file name starts with `prefix`, decompressed; `None` (with a message) when
/// the benchmark or gzip is not there.
fn page(prefix: &str) -> Option<String> {
    let dir = bench_dir();
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(_) => {
            eprintln!(
                "html benchmark snapshots SKIPPED: {} not found (put the shared data beside the clone to run them)",
                dir.display()
            );
            return None;
        }
    };
    let mut names: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    names.sort();
    let path = names.into_iter().find(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with(prefix))
    })?;
    match Command::new("gzip").arg("-dc").arg(&path).output() {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        _ => {
            eprintln!(
                "html benchmark snapshots SKIPPED: could not run 'gzip -dc {}'",
                path.display()
            );
            None
        }
    }
}

/// The headline, the captions, then each line of the text with its number and kind.
fn listing(html: &str) -> String {
    let page = read_page(html);
    let mut out = format!("headline: {}\n", page.headline.as_deref().unwrap_or("-"));
    for c in &page.captions {
        out.push_str(&format!("caption: {c}\n"));
    }
    for (i, b) in page.blocks.iter().enumerate() {
        let kind = match b.kind {
            BlockKind::Paragraph => "p",
            BlockKind::Heading => "heading",
            BlockKind::Quote => "quote",
            BlockKind::ListItem => "li",
            BlockKind::Cell => "cell",
            BlockKind::Preformatted => "pre",
        };
        out.push_str(&format!(
            "{:>3} {kind:<7} {}\n",
            i + 1,
            &page.text[b.start..b.end]
        ));
    }
    out
}

#[test]
fn benchmark_pages_snapshot_their_text() {
    for (name, prefix) in PAGES {
        let Some(html) = page(prefix) else {
            return;
        };
        insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("html_bench_{name}"), listing(&html))
        });
    }
}
