//! How `verbatim compare` treats PolNeAR's own cross-article quotations.
//!
//!     cargo run --release --example polnear_pairs [DATA_DIR]
//!
//! Reads the PolNeAR articles (polnear-train.jsonl and polnear-dev.jsonl, in DATA_DIR, by
//! default ../shared/eval from the crate root; see that directory's README: the text belongs to
//! its publishers and never enters the repository) and the labelled pairs of gold quotations
//! of fixtures/eval/polnear-pairs.tsv (written by scripts/polnear_pairs.py: label, identical,
//! then article id and code-point offsets of each quotation). Compares all the articles
//! together, as `verbatim compare` would, and counts:
//!
//! - `same` pairs (two articles quoting one statement) placed in one statement: target 95%;
//! - `lookalike` pairs (shared phrasing, different statements) kept apart: target 95%;
//! - identical pairs (the same words) placed in one statement and reported above `minor`:
//!   target none.
//!
//! A gold quotation is in a statement when a passage of one of its variants covers at least
//! half of the shorter of the two spans. Failures are listed with their quotations' text, on
//! the terminal only.
//!
//! Only `compare_inputs`, `Input` and `Options` are used by name; the result is read through
//! its JSON serialisation (field names as in docs/COMPARE.md), and the extraction likewise.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::Instant;
use verbatim::compare::{compare_inputs, Input, Options};

const FILES: [&str; 2] = ["polnear-train.jsonl", "polnear-dev.jsonl"];
const EXAMPLES: usize = 8;
/// A statement with more variants than this is a chain of unrelated quotations, most likely:
/// PolNeAR's 924 articles span a year and seven outlets.
const BLOB: usize = 20;

struct Article {
    id: String,
    outlet: String,
    text: String,
    /// Byte offset of each code point, and the text's length at the end.
    bytes: Vec<usize>,
}

impl Article {
    fn byte(&self, cp: usize) -> usize {
        self.bytes[cp.min(self.bytes.len() - 1)]
    }

    fn quote(&self, q: &Quote) -> &str {
        &self.text[self.byte(q.start)..self.byte(q.end)]
    }
}

#[derive(Clone, Copy)]
struct Quote {
    article: usize,
    start: usize,
    end: usize,
}

struct Pair {
    label: String,
    identical: bool,
    a: Quote,
    b: Quote,
}

/// Where a passage of a variant is.
struct Hit {
    start: usize,
    end: usize,
    statement: usize,
    variant: usize,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("../shared/eval"));
    if FILES.iter().any(|f| !data.join(f).is_file()) {
        println!(
            "polnear_pairs: the PolNeAR files ({}) are not in {}; nothing to measure.",
            FILES.join(", "),
            data.display()
        );
        return;
    }
    let pairs_path = root.join("fixtures/eval/polnear-pairs.tsv");
    let articles = load_articles(&data);
    let by_id: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let pairs = load_pairs(&pairs_path, &by_id);
    println!(
        "{} articles, {} labelled pairs from {}",
        articles.len(),
        pairs.len(),
        pairs_path.display()
    );

    let t = Instant::now();
    let inputs: Vec<Input> = articles
        .iter()
        .map(|a| Input::new(&a.id, &a.outlet, &a.text))
        .collect();
    let result = compare_inputs(inputs, &Options::default());
    let json = serde_json::to_value(&result).expect("the comparison serialises");
    drop(result);
    let statements = json["statements"].as_array().cloned().unwrap_or_default();
    println!(
        "compare: {} statements in {:.1} s",
        statements.len(),
        t.elapsed().as_secs_f64()
    );

    // Every passage of every variant, by article (variants name their article by path).
    let mut hits: Vec<Vec<Hit>> = (0..articles.len()).map(|_| Vec::new()).collect();
    for (s, st) in statements.iter().enumerate() {
        for (v, var) in arr(&st["variants"]).iter().enumerate() {
            let Some(&a) = var["path"].as_str().and_then(|p| by_id.get(p)) else {
                continue;
            };
            for p in arr(&var["passages"]) {
                hits[a].push(Hit {
                    start: num(&p["start"]),
                    end: num(&p["end"]),
                    statement: s,
                    variant: v,
                });
            }
        }
    }
    let locate = |q: &Quote| -> BTreeMap<usize, usize> {
        let a = &articles[q.article];
        let (gs, ge) = (a.byte(q.start), a.byte(q.end));
        hits[q.article]
            .iter()
            .filter(|h| covers(gs, ge, h.start, h.end))
            .map(|h| (h.statement, h.variant))
            .collect()
    };

    // The extractor's speech quotations, for articles whose pairs failed (why they failed).
    let mut speech: HashMap<usize, Vec<(usize, usize)>> = HashMap::new();
    let mut extracted = |q: &Quote| -> bool {
        let a = &articles[q.article];
        let spans = speech.entry(q.article).or_insert_with(|| {
            let ex = serde_json::to_value(verbatim::extract::extract(&a.text))
                .expect("the extraction serialises");
            arr(&ex["quotes"])
                .iter()
                .filter(|x| x["kind"].as_str() != Some("nonspeech"))
                .map(|x| (num(&x["start"]), num(&x["end"])))
                .collect()
        });
        let (gs, ge) = (a.byte(q.start), a.byte(q.end));
        spans.iter().any(|&(s, e)| covers(gs, ge, s, e))
    };

    let mut same = Tally::default();
    let mut look = Tally::default();
    let mut look_hard = Tally::default();
    let mut ident_together = 0usize;
    let mut ident_total = 0usize;
    let mut same_fail: BTreeMap<&'static str, Vec<&Pair>> = BTreeMap::new();
    let mut look_fail: Vec<(&Pair, usize)> = Vec::new();
    let mut ident_fail: Vec<(&Pair, usize, String)> = Vec::new();
    let mut cross = [Tally::default(), Tally::default()]; // same pairs: same outlet, two outlets
    let mut same_small = 0usize; // same pairs together in a statement of at most BLOB variants
    let size = |s: usize| arr(&statements[s]["variants"]).len();

    // A quotation whose words stand inside a longer one of the same article is a repeat: the
    // statement shows the longer one only. It counts as placed where its article's variant
    // holds its words.
    let readings: Vec<Vec<(&str, Vec<String>)>> = statements
        .iter()
        .map(|st| {
            arr(&st["variants"])
                .iter()
                .map(|v| {
                    let path = v["path"].as_str().unwrap_or("");
                    (path, words(v["text"].as_str().unwrap_or("")))
                })
                .collect()
        })
        .collect();
    let repeat_in = |q: &Quote, statements_of_other: &BTreeMap<usize, usize>| -> Option<usize> {
        let mine = words(articles[q.article].quote(q));
        let id = articles[q.article].id.as_str();
        statements_of_other.keys().copied().find(|&s| {
            readings[s]
                .iter()
                .any(|(path, text)| *path == id && contains(text, &mine))
        })
    };
    let mut via_repeat = 0usize;
    for p in &pairs {
        let (sa, sb) = (locate(&p.a), locate(&p.b));
        let mut common: Vec<usize> = sa.keys().filter(|s| sb.contains_key(s)).copied().collect();
        if common.is_empty() {
            if let Some(s) = repeat_in(&p.a, &sb).or_else(|| repeat_in(&p.b, &sa)) {
                common.push(s);
                via_repeat += (p.label == "same") as usize;
            }
        }
        let together = !common.is_empty();
        let two_outlets = articles[p.a.article].outlet != articles[p.b.article].outlet;
        match p.label.as_str() {
            "same" => {
                same.add(together);
                cross[two_outlets as usize].add(together);
                same_small += common.iter().any(|&s| size(s) <= BLOB) as usize;
                if !together {
                    let why = if !extracted(&p.a) || !extracted(&p.b) {
                        "extractor: a gold quotation is no speech quotation of the extractor"
                    } else if sa.is_empty() || sb.is_empty() {
                        "aligner: a quotation is in no statement (not matched)"
                    } else {
                        "aligner: both in statements, but different ones"
                    };
                    same_fail.entry(why).or_default().push(p);
                }
            }
            "lookalike" => {
                look.add(!together);
                let hard = longest_run(
                    &words(articles[p.a.article].quote(&p.a)),
                    &words(articles[p.b.article].quote(&p.b)),
                ) >= 4;
                if hard {
                    look_hard.add(!together);
                }
                if together {
                    look_fail.push((p, common[0]));
                }
            }
            _ => {}
        }
        if p.identical {
            ident_total += 1;
            if together {
                ident_together += 1;
                // The worst of the two variants in the statements that hold both.
                let mut worst = String::from("none");
                for &s in &common {
                    let vs = arr(&statements[s]["variants"]);
                    for a in [p.a.article, p.b.article] {
                        if let Some(v) = variant_of(vs, &articles[a].id) {
                            let w = vs[v]["worst"].as_str().unwrap_or("none");
                            if rank(w) > rank(&worst) {
                                worst = w.to_string();
                            }
                        }
                    }
                }
                if rank(&worst) > rank("minor") {
                    ident_fail.push((p, common[0], worst));
                }
            }
        }
    }

    println!();
    println!("== Figures");
    println!(
        "same pairs placed in one statement:     {}  (target 95%)",
        same.show()
    );
    println!(
        "  articles of one outlet:               {}",
        cross[0].show()
    );
    println!(
        "  articles of two outlets:              {}",
        cross[1].show()
    );
    println!(
        "  of which one is a repeat in its article: {via_repeat} (shown as the longer quotation)"
    );
    println!(
        "  in a statement of {BLOB} variants or fewer: {}/{} = {:.1}%",
        same_small,
        same.n,
        pct(same_small, same.n)
    );
    let extractor_misses = same_fail
        .iter()
        .filter(|(k, _)| k.starts_with("extractor"))
        .map(|(_, v)| v.len())
        .sum::<usize>();
    let aligner_base = same.n - extractor_misses;
    println!(
        "  of pairs both extracted as speech:    {}/{} = {:.1}%  (the aligner's own share)",
        same.ok,
        aligner_base,
        pct(same.ok, aligner_base)
    );
    println!(
        "lookalike pairs kept apart:             {}  (target 95%)",
        look.show()
    );
    println!(
        "  sharing a run of 4+ words:            {}",
        look_hard.show()
    );
    println!(
        "identical pairs above minor:            {} of {} placed together ({} identical pairs in all; target 0)",
        ident_fail.len(),
        ident_together,
        ident_total
    );

    println!();
    println!("== same pairs not placed in one statement, by cause");
    for (why, ps) in &same_fail {
        println!("{why}: {}", ps.len());
    }
    for (why, ps) in &same_fail {
        println!();
        println!("-- {why} ({}; {} shown)", ps.len(), ps.len().min(EXAMPLES));
        for p in spread(ps, EXAMPLES) {
            show_pair(&articles, p);
            for (side, q) in [("A", &p.a), ("B", &p.b)] {
                let at: Vec<String> = locate(q)
                    .iter()
                    .map(|(&s, &v)| describe(&statements[s], s, v))
                    .collect();
                if !at.is_empty() {
                    println!("     {side} is in: {}", at.join("; "));
                }
            }
        }
    }

    println!();
    println!("== lookalike pairs placed in one statement, by statement");
    let mut by_statement: BTreeMap<usize, usize> = BTreeMap::new();
    for (_, s) in &look_fail {
        *by_statement.entry(*s).or_default() += 1;
    }
    let in_blobs: usize = by_statement
        .iter()
        .filter(|(&s, _)| size(s) > BLOB)
        .map(|(_, n)| n)
        .sum();
    println!(
        "{} of {} in statements of more than {BLOB} variants; {} statements in all hold some",
        in_blobs,
        look_fail.len(),
        by_statement.len()
    );
    let mut top: Vec<(usize, usize)> = by_statement.into_iter().collect();
    top.sort_by_key(|&(s, n)| (std::cmp::Reverse(n), s));
    for (s, n) in top.iter().take(EXAMPLES) {
        println!(
            "  {n:5} pairs in {}",
            describe(&statements[*s], *s, usize::MAX)
        );
    }
    let big: Vec<(usize, usize)> = (0..statements.len())
        .map(|s| (s, size(s)))
        .filter(|&(_, n)| n > BLOB)
        .collect();
    println!(
        "statements of more than {BLOB} variants: {} (sizes {:?}) of {}",
        big.len(),
        big.iter().map(|b| b.1).collect::<Vec<_>>(),
        statements.len()
    );

    for (title, in_blob) in [("of at most", false), ("of more than", true)] {
        let lf: Vec<&(&Pair, usize)> = look_fail
            .iter()
            .filter(|(_, s)| (size(*s) > BLOB) == in_blob)
            .collect();
        let shown = if in_blob { 3 } else { EXAMPLES };
        println!();
        println!(
            "== lookalike pairs placed in one statement {title} {BLOB} variants ({}; {} shown)",
            lf.len(),
            lf.len().min(shown)
        );
        for (p, s) in spread(&lf, shown).into_iter().copied() {
            show_pair(&articles, p);
            println!(
                "     statement: {}",
                describe(&statements[*s], *s, usize::MAX)
            );
        }
    }

    println!();
    println!(
        "== identical pairs reported above minor ({}; {} shown)",
        ident_fail.len(),
        ident_fail.len().min(EXAMPLES)
    );
    let idf: Vec<&(&Pair, usize, String)> = ident_fail.iter().collect();
    let mut by_label: BTreeMap<&str, usize> = BTreeMap::new();
    for (p, _, _) in &ident_fail {
        *by_label.entry(p.label.as_str()).or_default() += 1;
    }
    println!("by label of the pair: {by_label:?}");
    for (p, s, worst) in spread(&idf, EXAMPLES).into_iter().copied() {
        println!("  [{}]", p.label);
        show_pair(&articles, p);
        let vs = arr(&statements[*s]["variants"]);
        let va = variant_of(vs, &articles[p.a.article].id).unwrap_or(usize::MAX);
        let vb = variant_of(vs, &articles[p.b.article].id).unwrap_or(usize::MAX);
        println!(
            "     worst {worst}; A: {}; B: {}",
            describe(&statements[*s], *s, va),
            describe(&statements[*s], *s, vb)
        );
        for v in [va, vb].into_iter().filter(|&v| v < vs.len()) {
            let var = &vs[v];
            for d in arr(&var["differences"]) {
                if rank(d["severity"].as_str().unwrap_or("")) > rank("minor") {
                    println!(
                        "     {} difference: {}",
                        var["path"].as_str().unwrap_or("?"),
                        clip(d["note"].as_str().unwrap_or(""), 200)
                    );
                }
            }
        }
    }
}

#[derive(Default)]
struct Tally {
    n: usize,
    ok: usize,
}

impl Tally {
    fn add(&mut self, ok: bool) {
        self.n += 1;
        self.ok += ok as usize;
    }

    fn show(&self) -> String {
        format!("{}/{} = {:.1}%", self.ok, self.n, pct(self.ok, self.n))
    }
}

fn pct(a: usize, n: usize) -> f64 {
    if n == 0 {
        0.0
    } else {
        100.0 * a as f64 / n as f64
    }
}

/// Does a passage `s..e` stand for the gold span `gs..ge`: do they overlap by half of the
/// shorter?
fn covers(gs: usize, ge: usize, s: usize, e: usize) -> bool {
    let ov = ge.min(e).saturating_sub(gs.max(s));
    let shorter = (ge - gs).min(e.saturating_sub(s));
    ov > 0 && 2 * ov >= shorter
}

fn rank(severity: &str) -> u8 {
    match severity {
        "cosmetic" => 1,
        "minor" => 2,
        "major" => 3,
        "critical" => 4,
        _ => 0,
    }
}

/// The variant of an article in a statement's variants (one per article).
fn variant_of(variants: &[Value], path: &str) -> Option<usize> {
    variants
        .iter()
        .position(|v| v["path"].as_str() == Some(path))
}

fn arr(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}

fn num(v: &Value) -> usize {
    v.as_u64().unwrap_or(0) as usize
}

/// Comparison words: lower case, apostrophes and full stops dropped, the rest separators
/// (as scripts/polnear_pairs.py, near enough).
fn words(text: &str) -> Vec<String> {
    let cleaned: String = text
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '.'))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// Do `small`'s words stand together in `big`?
fn contains(big: &[String], small: &[String]) -> bool {
    !small.is_empty() && big.windows(small.len()).any(|w| w == small)
}

/// The longest run of words both have.
fn longest_run(a: &[String], b: &[String]) -> usize {
    let mut best = 0;
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            if x == y {
                cur[j + 1] = prev[j] + 1;
                best = best.max(cur[j + 1]);
            }
        }
        prev = cur;
    }
    best
}

/// At most `n` items, spread over the list (the failures are in file order).
fn spread<T>(items: &[T], n: usize) -> Vec<&T> {
    if items.len() <= n {
        return items.iter().collect();
    }
    (0..n).map(|k| &items[k * items.len() / n]).collect()
}

fn clip(s: &str, n: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        let cut: String = flat.chars().take(n).collect();
        format!("{cut}…")
    }
}

fn show_pair(articles: &[Article], p: &Pair) {
    for (side, q) in [("A", &p.a), ("B", &p.b)] {
        let a = &articles[q.article];
        println!(
            "  {side} {} {}..{}: {}",
            a.id,
            q.start,
            q.end,
            clip(a.quote(q), 220)
        );
    }
}

/// A statement as one line: its number in the report, worst severity, speaker, the variant's
/// verdict and reading (`variant` out of range: the reconstruction).
fn describe(st: &Value, s: usize, variant: usize) -> String {
    let vs = arr(&st["variants"]);
    let head = format!(
        "statement {} ({} variants, worst {}, speaker {})",
        st["id"].as_u64().unwrap_or(s as u64 + 1),
        vs.len(),
        st["worst"].as_str().unwrap_or("?"),
        st["speaker"].as_str().unwrap_or("-")
    );
    match vs.get(variant) {
        Some(v) => {
            let classes: Vec<&str> = arr(&v["classes"])
                .iter()
                .filter_map(Value::as_str)
                .collect();
            format!(
                "{head}, this variant {} [{}]: {}",
                v["worst"].as_str().unwrap_or("?"),
                classes.join(","),
                clip(v["text"].as_str().unwrap_or(""), 120)
            )
        }
        None => format!(
            "{head}: {}",
            clip(st["reconstruction"]["text"].as_str().unwrap_or(""), 160)
        ),
    }
}

fn load_articles(dir: &Path) -> Vec<Article> {
    let mut out = Vec::new();
    for f in FILES {
        let path = dir.join(f);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
            let text = v["text"].as_str().unwrap_or("").to_string();
            let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            bytes.push(text.len());
            out.push(Article {
                id: v["id"].as_str().unwrap_or("").to_string(),
                outlet: v["outlet"].as_str().unwrap_or("").to_string(),
                text,
                bytes,
            });
        }
    }
    out
}

fn load_pairs(path: &Path, by_id: &HashMap<&str, usize>) -> Vec<Pair> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}): run python3 scripts/polnear_pairs.py",
            path.display()
        )
    });
    let mut out = Vec::new();
    let mut unknown = BTreeSet::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 8 {
            continue;
        }
        let quote = |id: &str, s: &str, e: &str| -> Option<Quote> {
            Some(Quote {
                article: *by_id.get(id)?,
                start: s.parse().ok()?,
                end: e.parse().ok()?,
            })
        };
        match (quote(f[2], f[3], f[4]), quote(f[5], f[6], f[7])) {
            (Some(a), Some(b)) => out.push(Pair {
                label: f[0].to_string(),
                identical: f[1] == "1",
                a,
                b,
            }),
            _ => {
                unknown.insert(if by_id.contains_key(f[2]) { f[5] } else { f[2] }.to_string());
            }
        }
    }
    if !unknown.is_empty() {
        eprintln!(
            "polnear_pairs: {} pairs name articles not in the data (e.g. {})",
            unknown.len(),
            unknown.iter().next().map(String::as_str).unwrap_or("")
        );
    }
    out
}
