//! `verbatim compare` over a real corpus and synthetic ones of growing size.
//!
//! `cargo bench --bench compare` times the whole compare stage (extraction included) over
//! PolNeAR train+dev (924 articles, read from ../shared/eval when present) and over synthetic
//! corpora of 1x and 3x that size, to show growth.
//!
//! `VERBATIM_BENCH_WRITE=DIR cargo bench --bench compare` instead writes the synthetic corpora
//! (1x, 3x, 10x, and 100,000 articles) to DIR as JSON Lines and exits, so that the release binary can be measured
//! with `/usr/bin/time -v` (time and peak memory; docs/COMPARE.md has the figures).
//!
//! It also times one article of many quotations (10,000, then 100,000: 1x and 10x, about
//! 0.7 and 7 MB) compared with a short article that quotes a few of them, and prints the ratio of
//! the two times: the work must grow linearly with the quotations (the unit builder once
//! looked at every quotation for each, 8 s at 50,000). `VERBATIM_BENCH_GROWTH_ONLY=1` runs
//! that alone.
//!
//! The synthetic corpus: events, each reported by four outlets; each event has four speakers
//! with a statement each, and each article quotes three of them, with the edits outlets make
//! (a word dropped or changed, an ellipsis, a negation, a fragment, a number) at fixed rates,
//! among paragraphs of filler text. Everything comes from a seeded generator: the same
//! corpus on every run.

use criterion::{criterion_group, Criterion};
use std::fmt::Write as _;
use std::path::Path;
use verbatim::compare::{compare_inputs, Input, Options};

/// PolNeAR train+dev: 924 articles.
const POLNEAR_ARTICLES: usize = 924;

/// A small, seeded xorshift generator: no dependency, the same numbers everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const FUNCTION: &[&str] = &[
    "the", "a", "of", "to", "and", "in", "that", "is", "for", "it", "on", "with", "as", "was",
    "we", "they", "this", "by", "at", "from", "our", "will", "be", "have", "not", "but", "their",
    "are", "has", "an",
];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mer", "ta", "vin", "so", "ra", "del", "pi", "nor", "ex", "tu", "gan", "be", "cor",
    "li", "mon", "sa", "ter", "vo", "dan", "qui", "ro", "fen", "gal", "hu", "ist", "jo", "ment",
    "port",
];
const FIRST: &[&str] = &[
    "Ana", "Marcus", "Elena", "Rafael", "Karen", "Dana", "Tomas", "Ingrid", "Samuel", "Priya",
    "Omar", "Lucia", "Victor", "Hana", "Peter", "Grace",
];
const LAST: &[&str] = &[
    "Ruiz",
    "Bell",
    "Whitfield",
    "Duarte",
    "Holt",
    "Molina",
    "Okafor",
    "Lindqvist",
    "Brandt",
    "Nakamura",
    "Haddad",
    "Ferreira",
    "Kowalski",
    "Moreau",
    "Adeyemi",
    "Castellano",
    "Novak",
    "Sato",
];
const OUTLETS: &[&str] = &[
    "Coastal Ledger",
    "Metro Wire",
    "Valley Tribune",
    "Evening Post",
    "Daily Courier",
    "Global Wire",
    "Farm Report",
    "City Herald",
    "Northern Star",
    "Capital Dispatch",
    "Harbor Times",
    "Morning Sentinel",
];

struct Vocabulary {
    content: Vec<String>,
}

impl Vocabulary {
    fn new(rng: &mut Rng) -> Vocabulary {
        let mut content = Vec::new();
        for _ in 0..6000 {
            let n = 2 + rng.below(2);
            content.push(
                (0..n)
                    .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
                    .collect(),
            );
        }
        Vocabulary { content }
    }

    /// A word: function words as often as in news text, content words skewed toward the
    /// first of the list (a few common, many rare).
    fn word(&self, rng: &mut Rng) -> String {
        if rng.chance(45) {
            FUNCTION[rng.below(FUNCTION.len())].to_string()
        } else {
            let r = rng.below(1000) as f64 / 1000.0;
            self.content[(r * r * self.content.len() as f64) as usize].clone()
        }
    }

    fn words(&self, rng: &mut Rng, n: usize) -> Vec<String> {
        (0..n).map(|_| self.word(rng)).collect()
    }
}

fn sentence(words: &[String]) -> String {
    let mut s = words.join(" ");
    if let Some(c) = s.get(0..1) {
        s.replace_range(0..1, &c.to_uppercase());
    }
    s
}

/// How one outlet renders a statement: `None` for a fragment only.
fn edit(rng: &mut Rng, vocab: &Vocabulary, words: &[String]) -> (String, Option<String>) {
    let mut w = words.to_vec();
    match rng.below(100) {
        0..=49 => {}
        50..=59 => {
            w.remove(rng.below(w.len()));
        }
        60..=69 => {
            let i = rng.below(w.len());
            w[i] = vocab.word(rng);
        }
        70..=74 => {
            let i = 1 + rng.below(w.len() - 1);
            w.insert(i, "not".into());
        }
        75..=84 => {
            let i = 2 + rng.below(w.len() / 2);
            w.drain(i..i + 3);
            w.insert(i, "...".into());
        }
        85..=89 => {
            let i = rng.below(w.len());
            w[i] = format!("{}", 2 + rng.below(5000));
        }
        _ => {
            let i = rng.below(w.len() - 4);
            return (String::new(), Some(w[i..i + 4].join(" ")));
        }
    }
    (sentence(&w).replace(" ...", " \u{2026}"), None)
}

/// `n` synthetic articles, as (id, outlet, text).
fn synthetic(n: usize, seed: u64) -> Vec<(String, String, String)> {
    let mut rng = Rng(seed | 1);
    let vocab = Vocabulary::new(&mut rng);
    let mut out = Vec::with_capacity(n);
    let events = n.div_ceil(4);
    for e in 0..events {
        let speakers: Vec<String> = (0..4)
            .map(|_| {
                format!(
                    "{} {}",
                    FIRST[rng.below(FIRST.len())],
                    LAST[rng.below(LAST.len())]
                )
            })
            .collect();
        let statements: Vec<Vec<String>> = (0..4)
            .map(|_| {
                let len = 12 + rng.below(24);
                let mut w = vocab.words(&mut rng, len);
                if rng.chance(30) {
                    let i = rng.below(len);
                    w[i] = format!("{}", 10 + rng.below(900));
                }
                w
            })
            .collect();
        let first_outlet = rng.below(OUTLETS.len());
        for k in 0..4 {
            if out.len() == n {
                break;
            }
            let outlet = OUTLETS[(first_outlet + k * 5) % OUTLETS.len()];
            let mut text = String::new();
            let _ = writeln!(
                text,
                "{}\n\n{}\n",
                sentence(&vocab.words(&mut rng, 8)),
                outlet.to_uppercase()
            );
            let quoted: Vec<usize> = {
                let skip = rng.below(4);
                (0..4).filter(|&i| i != skip).collect()
            };
            for p in 0..10 {
                let sentences = 2 + rng.below(3);
                let para: Vec<String> = (0..sentences)
                    .map(|_| {
                        let len = 10 + rng.below(16);
                        sentence(&vocab.words(&mut rng, len)) + "."
                    })
                    .collect();
                let _ = writeln!(text, "{}\n", para.join(" "));
                if p % 3 == 1 {
                    if let Some(&s) = quoted.get(p / 3) {
                        let who = &speakers[s];
                        match edit(&mut rng, &vocab, &statements[s]) {
                            (_, Some(fragment)) => {
                                let _ = writeln!(text, "{who} said the plan was \u{201c}{fragment}\u{201d} and left.\n");
                            }
                            (quote, None) => {
                                let _ = writeln!(
                                    text,
                                    "\u{201c}{quote},\u{201d} {who} said on the {}.\n",
                                    vocab.word(&mut rng)
                                );
                            }
                        }
                    }
                }
            }
            out.push((format!("synthetic/{e}/{k}"), outlet.to_string(), text));
        }
    }
    out
}

fn inputs(articles: &[(String, String, String)]) -> Vec<Input> {
    articles
        .iter()
        .map(|(id, outlet, text)| Input::new(id, outlet, text))
        .collect()
}

fn polnear() -> Option<Vec<Input>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let mut out = Vec::new();
    for split in ["train", "dev"] {
        let text = std::fs::read_to_string(dir.join(format!("polnear-{split}.jsonl"))).ok()?;
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            let get = |k: &str| {
                v.get(k)
                    .and_then(|x| x.as_str())
                    .unwrap_or_default()
                    .to_string()
            };
            out.push(Input::new(&get("id"), &get("outlet"), &get("text")));
        }
    }
    Some(out)
}

/// The corpora written: the 1x, 3x and 10x growth series, and 100,000 articles (the size
/// docs/BENCHMARKS.md promises compare handles in under a minute and 2 GB).
const WRITTEN: &[(&str, usize)] = &[
    ("1x", POLNEAR_ARTICLES),
    ("3x", 3 * POLNEAR_ARTICLES),
    ("10x", 10 * POLNEAR_ARTICLES),
    ("100k", 100_000),
];

fn write_corpora(dir: &Path) {
    std::fs::create_dir_all(dir).expect("the corpus directory can be made");
    for &(name, articles) in WRITTEN {
        let path = dir.join(format!("synthetic-{name}.jsonl"));
        let mut body = String::new();
        for (id, outlet, text) in synthetic(articles, 42) {
            let line = serde_json::json!({ "id": id, "outlet": outlet, "text": text });
            let _ = writeln!(body, "{line}");
        }
        std::fs::write(&path, body).expect("the corpus can be written");
        eprintln!("wrote {}", path.display());
    }
}

fn bench(c: &mut Criterion) {
    let options = Options::default();
    let mut g = c.benchmark_group("compare");
    g.sample_size(10);
    if let Some(articles) = polnear() {
        g.bench_function("polnear_train_dev", |b| {
            b.iter(|| compare_inputs(articles.clone(), &options))
        });
    }
    for scale in [1, 3] {
        let articles = inputs(&synthetic(POLNEAR_ARTICLES * scale, 42));
        g.bench_function(format!("synthetic_{scale}x"), |b| {
            b.iter(|| compare_inputs(articles.clone(), &options))
        });
    }
    g.finish();
}

/// One article of `n` quotations, a paragraph each, one in ten with a quotation nested in it,
/// and a short article quoting ten of them word for word.
fn many_quotations(n: usize) -> Vec<Input> {
    let mut rng = Rng(7);
    let vocab = Vocabulary::new(&mut rng);
    let mut text = String::with_capacity(n * 48);
    let mut quoted = Vec::new();
    for i in 0..n {
        let who = format!(
            "{} {}",
            FIRST[rng.below(FIRST.len())],
            LAST[rng.below(LAST.len())]
        );
        let words = sentence(&vocab.words(&mut rng, 6));
        if i % 10 == 3 {
            let inner = vocab.words(&mut rng, 3).join(" ");
            let _ = writeln!(
                text,
                "\u{201c}{words}, and they told us \u{2018}{inner}\u{2019} again,\u{201d} {who} said.\n"
            );
        } else {
            let _ = writeln!(text, "\u{201c}{words},\u{201d} {who} said.\n");
            if i % (n / 10).max(1) == 0 {
                quoted.push((words, who));
            }
        }
    }
    let mut other = String::new();
    for (words, who) in quoted {
        let _ = writeln!(other, "\u{201c}{words},\u{201d} {who} told reporters.\n");
    }
    vec![
        Input::new("many.txt", "Many", &text),
        Input::new("few.txt", "Few", &other),
    ]
}

/// The best of two runs of compare over `many_quotations(n)`, and the article's size.
fn time_many(n: usize) -> (std::time::Duration, usize) {
    let inputs = many_quotations(n);
    let bytes = inputs[0].text.len();
    let best = (0..2)
        .map(|_| {
            let t = std::time::Instant::now();
            let r = compare_inputs(inputs.clone(), &Options::default());
            assert!(r.summary.statements >= 5, "{:?}", r.summary);
            t.elapsed()
        })
        .min()
        .unwrap_or_default();
    (best, bytes)
}

/// Compare over one article of 10,000 then 100,000 quotations: the times and their ratio
/// (about 10 when the work is linear). Below some 20,000 quotations the index's posting
/// lists are still filling up to their caps, so smaller sizes grow faster than linearly.
fn growth() {
    let (small, small_bytes) = time_many(10_000);
    let (large, large_bytes) = time_many(100_000);
    println!(
        "compare/many_quotations: 1x 10,000 quotations ({:.1} MB) {:.3} s; 10x 100,000 quotations ({:.1} MB) {:.3} s; ratio {:.1}",
        small_bytes as f64 / 1e6,
        small.as_secs_f64(),
        large_bytes as f64 / 1e6,
        large.as_secs_f64(),
        large.as_secs_f64() / small.as_secs_f64()
    );
}

criterion_group!(benches, bench);

fn main() {
    if let Some(dir) = std::env::var_os("VERBATIM_BENCH_WRITE") {
        write_corpora(Path::new(&dir));
        return;
    }
    growth();
    if std::env::var_os("VERBATIM_BENCH_GROWTH_ONLY").is_some() {
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
