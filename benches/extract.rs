//! Throughput of `verbatim::extract::extract`, and proof that it stays linear on hostile text.
//!
//! Run with `cargo bench --bench extract` (a few minutes on 2 cores); figures go to
//! docs/BENCHMARKS.md.
//!
//! - `corpus/*`: ~50 MB of news articles, one `extract` per document, on one thread and then
//!   across documents with rayon. The articles are the PolNeAR dev and train texts, read from
//!   `../shared/eval` beside the repository and repeated up to the size; they are never
//!   committed. Without them the seed fixtures in `fixtures/seeds/` are repeated instead, which
//!   is printed so that nobody mistakes one figure for the other.
//! - `hostile/*`: one paragraph of quote marks that never pair up, or that nest and close
//!   without end. Before measuring, each pattern is timed once at 1 MB and once at 10 MB and the
//!   ratio is printed: linear time gives about 10. A pattern whose 0.1 MB → 1 MB growth is
//!   already above 30 (quadratic time gives 100) is reported as super-linear and measured at
//!   1 MB only, so that the bench still ends.
//!
//! Sizes can be changed with `VERBATIM_BENCH_CORPUS_MB` and `VERBATIM_BENCH_HOSTILE_MB`.

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use rayon::prelude::*;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};
use verbatim::extract::extract;

const MB: usize = 1_000_000;

fn env_mb(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The article texts of a JSON Lines corpus (one object with a "text" field a line).
fn jsonl_texts(path: &Path) -> Option<Vec<String>> {
    let data = std::fs::read_to_string(path).ok()?;
    let texts = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{}: not JSON Lines ({e})", path.display()));
            v["text"].as_str().unwrap_or_default().to_string()
        })
        .collect();
    Some(texts)
}

/// The documents to measure on and where they came from.
fn corpus(bytes: usize) -> (Vec<String>, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let eval = root.join("../shared/eval");
    let mut seed = Vec::new();
    let mut source = String::new();
    for split in ["polnear-dev.jsonl", "polnear-train.jsonl"] {
        if let Some(texts) = jsonl_texts(&eval.join(split)) {
            seed.extend(texts);
            source = "PolNeAR dev + train article texts".into();
        }
    }
    if seed.is_empty() {
        println!(
            "corpus: {} not found; falling back to fixtures/seeds/*.txt repeated \
             (figures are not comparable with the PolNeAR ones)",
            eval.display()
        );
        let mut paths: Vec<_> = std::fs::read_dir(root.join("fixtures/seeds"))
            .expect("fixtures/seeds/ is part of the repository")
            .map(|e| e.expect("a readable directory entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        seed = paths
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("a UTF-8 seed"))
            .collect();
        source = "fixtures/seeds/*.txt".into();
    }
    let mut docs = Vec::new();
    let mut total = 0;
    'fill: loop {
        for d in &seed {
            if total >= bytes {
                break 'fill;
            }
            total += d.len();
            docs.push(d.clone());
        }
    }
    let source = format!(
        "{source}, repeated: {} documents, {total} bytes",
        docs.len()
    );
    println!("corpus: {source}");
    (docs, source)
}

fn bench_corpus(c: &mut Criterion) {
    let (docs, _) = corpus(env_mb("VERBATIM_BENCH_CORPUS_MB", 50) * MB);
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64))
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    g.bench_function("sequential", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| black_box(extract(d)).quotes.len())
                .sum::<usize>()
        })
    });
    g.bench_function(
        format!("rayon_{}_threads", rayon::current_num_threads()),
        |b| {
            b.iter(|| {
                docs.par_iter()
                    .map(|d| black_box(extract(d)).quotes.len())
                    .sum::<usize>()
            })
        },
    );
    g.finish();
}

/// Hostile paragraphs: (name, the pattern repeated without a line break).
const HOSTILE: &[(&str, &str)] = &[
    // Every kind of mark, opening, none ever closed.
    ("unclosed_mixed", "“ ‘ \" « „ ' a “b ’s "),
    // Opening marks nested deeper and deeper, alternating families, never closed.
    ("deepening_nest", "“a ‘b «c „d ‹e \"f 'g "),
    // Nested quotations that do close: many quotations in one paragraph.
    ("closed_nest", "“a ‘b’ c” "),
    // Attributed quoted sentences, one after another in one paragraph: each quotation looks
    // up its sentence (this was quadratic in the paragraph's sentences).
    (
        "quoted_sentences",
        "“We will not be on patrols,” she said. He added that the plan was “dangerous.” ",
    ),
];

fn paragraph(pattern: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + pattern.len());
    while s.len() < bytes {
        s.push_str(pattern);
    }
    s
}

/// The best of `runs` timings of one `extract`: the least disturbed by other work on the machine.
fn best_of(runs: usize, text: &str) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(extract(black_box(text)));
            t.elapsed()
        })
        .min()
        .expect("at least one run")
}

fn bench_hostile(c: &mut Criterion) {
    let big = env_mb("VERBATIM_BENCH_HOSTILE_MB", 10) * MB;
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for &(name, pattern) in HOSTILE {
        // Growth first: a cheap look at 0.1 → 1 MB, then 1 → `big` if that looked linear.
        let small = paragraph(pattern, MB / 10);
        let one = paragraph(pattern, MB);
        // Best of several runs, as one run on a busy machine can be off by 2x. Linear time
        // gives x10 and n log n about x13; quadratic time gives x100.
        let t_small = best_of(5, &small);
        let mut t_one = best_of(1, &one);
        if t_one.as_secs_f64() / t_small.as_secs_f64() > 30.0 {
            t_one = t_one.min(best_of(1, &one));
        }
        let early = t_one.as_secs_f64() / t_small.as_secs_f64();
        let size = if early > 30.0 {
            println!(
                "growth {name}: SUPER-LINEAR: 0.1 MB in {t_small:.2?}, 1 MB in {t_one:.2?} \
                 (x{early:.1}, linear is x10); measuring at 1 MB only"
            );
            MB
        } else {
            let text = paragraph(pattern, big);
            let t_one = t_one.min(best_of(2, &one));
            let t_big = best_of(1, &text);
            println!(
                "growth {name}: 1 MB in {t_one:.2?}, {} MB in {t_big:.2?}: x{:.1} \
                 (linear is x{})",
                big / MB,
                t_big.as_secs_f64() / t_one.as_secs_f64(),
                big / MB
            );
            big
        };
        let text = paragraph(pattern, size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new(name, format!("{}MB", size / MB)),
            &text,
            |b, t| b.iter(|| black_box(extract(t)).quotes.len()),
        );
    }
    g.finish();
}

criterion_group!(benches, bench_corpus, bench_hostile);
criterion_main!(benches);
