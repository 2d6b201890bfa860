//! How `verbatim verify` does on the quotation-to-speech links of `../shared/verify/dev.jsonl`.
//!
//!     cargo run --release --example verify_dev [SHARED_DIR]
//!
//! SHARED_DIR (default `../shared` from the crate root) holds `verify/` (48 prepared 2016
//! campaign speeches and `dev.jsonl`, 65 quotations of PolNeAR train articles that a 5-gram
//! search links to one of them) and `eval/polnear-train.jsonl` (the articles). Neither enters
//! the repository; without them the example says so and stops.
//!
//! Each speech is a source whose one speaker is named by its file name (`Trump-…` is Donald
//! Trump, `Clinton-…` Hillary Clinton), as `--source "Donald Trump=FILE"` would name it. The
//! articles are verified twice: as `verbatim verify` does by default (the quotations credited
//! to Trump or Clinton), and with `--all` (every quotation against every speech). For each
//! linked quotation it reports whether extraction found it, whether it was checked, whether it
//! was located in the linked speech, and its verdict beside the link's own label (`verbatim`
//! when the 5-gram search's stretch has the same letters, else `altered`); the misses are
//! listed with the reason.

use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::Instant;
use verbatim::compare::manifest::Manifest;
use verbatim::read::{Document, Metadata};
use verbatim::verify::{verify_documents, Checked, Request, Verdict};

struct Link {
    article: String,
    start: usize,
    end: usize,
    quote: String,
    speech: String,
    label: String,
    gold_speaker: String,
}

fn main() {
    let shared = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared"));
    let dev = shared.join("verify/dev.jsonl");
    let train = shared.join("eval/polnear-train.jsonl");
    let (Ok(dev_text), Ok(train_text)) = (
        std::fs::read_to_string(&dev),
        std::fs::read_to_string(&train),
    ) else {
        eprintln!(
            "verify_dev: {} or {} not found: put the shared data beside the clone to run this example",
            dev.display(),
            train.display()
        );
        return;
    };
    let links: Vec<Link> = dev_text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("dev.jsonl is JSON Lines");
            let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
            Link {
                article: s("article"),
                start: v["start"].as_u64().unwrap_or(0) as usize,
                end: v["end"].as_u64().unwrap_or(0) as usize,
                quote: s("quote"),
                speech: s("source"),
                label: s("verdict"),
                gold_speaker: s("gold_speaker"),
            }
        })
        .collect();
    let wanted: std::collections::BTreeSet<&str> =
        links.iter().map(|l| l.article.as_str()).collect();
    let mut docs = Vec::new();
    for line in train_text.lines() {
        let v: Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        let id = v["id"].as_str().unwrap_or("");
        if wanted.contains(id) {
            docs.push(Document {
                name: id.to_string(),
                text: v["text"].as_str().unwrap_or("").to_string(),
                meta: Metadata::default(),
            });
        }
    }
    let mut sources = Vec::new();
    let dir = shared.join("verify/transcripts");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for f in &files {
        let name = f
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let speaker = if name.starts_with("Trump") {
            "Donald Trump"
        } else if name.starts_with("Clinton") {
            "Hillary Clinton"
        } else {
            continue;
        };
        // A third of the speeches are Windows-1252: read as `verbatim verify` reads them.
        let mut s = verbatim::verify::source::read(f, Some(speaker)).expect("a speech");
        s.name = format!("transcripts/{name}");
        sources.push(s);
    }
    println!(
        "{} linked quotations in {} articles; {} speeches",
        links.len(),
        docs.len(),
        sources.len()
    );
    for all in [false, true] {
        let req = Request {
            all,
            ..Request::default()
        };
        let started = Instant::now();
        let result = verify_documents(&sources, &Manifest::default(), &docs, Vec::new(), &req);
        let took = started.elapsed();
        println!(
            "\n## {} ({} quotations checked in {:.2} s)\n",
            if all {
                "verify --all"
            } else {
                "verify (quotations credited to Trump or Clinton)"
            },
            result.quotations.len(),
            took.as_secs_f64()
        );
        score(&links, &docs, &result.quotations);
    }
}

/// Code-point offset → byte offset.
fn byte(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

fn score(links: &[Link], docs: &[Document], checked: &[Checked]) {
    let by_article: HashMap<&str, &Document> = docs.iter().map(|d| (d.name.as_str(), d)).collect();
    let mut outcome: BTreeMap<&str, usize> = BTreeMap::new();
    let mut verdicts: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut misses = Vec::new();
    for l in links {
        let Some(doc) = by_article.get(l.article.as_str()) else {
            *outcome.entry("article missing").or_default() += 1;
            continue;
        };
        let (s, e) = (byte(&doc.text, l.start), byte(&doc.text, l.end));
        let hit = checked
            .iter()
            .filter(|c| c.file == l.article && c.start < e && s < c.end)
            .max_by_key(|c| c.end.min(e) - c.start.max(s));
        let Some(c) = hit else {
            *outcome.entry("not checked").or_default() += 1;
            misses.push(format!(
                "not checked  {} {}  credited to {:?} by the annotator",
                l.article, l.quote, l.gold_speaker
            ));
            continue;
        };
        let right = c.source.as_ref().is_some_and(|p| p.file == l.speech);
        let located = c.verdict != Verdict::NotFound;
        let key = match (located, right) {
            (true, true) => "located in the linked speech",
            (true, false) => "located in another speech",
            (false, _) => "not found",
        };
        *outcome.entry(key).or_default() += 1;
        *verdicts
            .entry((l.label.clone(), c.verdict.name().to_string()))
            .or_default() += 1;
        if !(located && right) || c.verdict.name() != l.label {
            misses.push(format!(
                "{:<13} link {:<8} {}\n    quoted  {}\n    speaker {:?}\n    source  {}\n    why     {}",
                c.verdict.name(),
                l.label,
                l.article,
                l.quote,
                c.speaker.as_deref().unwrap_or("-"),
                c.source.as_ref().map_or("-".to_string(), |p| format!("{}:{} {:?}", p.file, p.line, p.text)),
                c.note
            ));
        }
    }
    println!("| outcome | quotations |\n|---|---:|");
    for (k, n) in &outcome {
        println!("| {k} | {n} |");
    }
    println!("\n| link label | verify's verdict | quotations |\n|---|---|---:|");
    for ((label, verdict), n) in &verdicts {
        println!("| {label} | {verdict} | {n} |");
    }
    println!("\nDifferences from the links ({}):", misses.len());
    for m in &misses {
        println!("- {m}");
    }
}
