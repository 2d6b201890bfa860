//! Runs another Rust article extractor on a saved page, with the command line of
//! `verbatim extract --show-text PAGE`, so that the benchmark's scorer (which calls that command)
//! and the timing scripts run it unchanged. The extractor is named by `EXTRACTOR`:
//! `rs-trafilatura`, `trafilatura` or `dom_smoothie`.
//!
//! ```sh
//! cargo build --release --manifest-path scripts/html-extractors/Cargo.toml
//! EXTRACTOR=rs-trafilatura python3 ../shared/html-bench/score.py $CARGO_TARGET_DIR/release/html-extractors
//! ```

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(page) = std::env::args().last() else {
        eprintln!("usage: EXTRACTOR=NAME html-extractors extract --show-text PAGE");
        return ExitCode::from(2);
    };
    let html = match std::fs::read(&page) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("{page}: {e}");
            return ExitCode::from(1);
        }
    };
    let name = std::env::var("EXTRACTOR").unwrap_or_default();
    let text = match name.as_str() {
        "rs-trafilatura" => rs_trafilatura::extract(&html)
            .map(|r| r.content_text)
            .map_err(|e| e.to_string()),
        "trafilatura" => trafilatura::extract(&html, &trafilatura::Options::default())
            .map(|r| r.content_text)
            .map_err(|e| e.to_string()),
        "dom_smoothie" => dom_smoothie::Readability::new(html.as_str(), None, None)
            .and_then(|mut r| r.parse())
            .map(|a| a.text_content.to_string())
            .map_err(|e| e.to_string()),
        _ => {
            eprintln!("EXTRACTOR must be rs-trafilatura, trafilatura or dom_smoothie");
            return ExitCode::from(2);
        }
    };
    match text {
        Ok(t) if !t.trim().is_empty() => {
            println!("{t}");
            ExitCode::SUCCESS
        }
        Ok(_) => {
            eprintln!("{page}: no text");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("{page}: {e}");
            ExitCode::from(1)
        }
    }
}
