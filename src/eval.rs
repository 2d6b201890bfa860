//! Scoring against an annotated corpus: a faithful port of `qscore.py`.
//!
//! The gold corpus is JSON Lines, one article a line: `{"id", "text", "quotes": [{"start",
//! "end", "speaker"?, "speaker_start"?, "speaker_end"?, "speaker_resolved"?}]}` with offsets
//! in Unicode code points (Python string indices), quote marks included. `verbatim eval`
//! runs the extractor on every article and scores its speech quotations with exactly the rules
//! of `qscore.py`, so the figures of the two can be compared digit for digit:
//!
//! - both spans are trimmed of quote marks and spaces ([`MARKS`]) at both ends;
//! - a prediction and a gold quote are candidates when they overlap by at least half of the
//!   longer trimmed span; candidates are taken greedily, best overlap first (ties: the higher
//!   prediction index, then the higher gold index, as Python's `sort(reverse=True)` on
//!   `(ratio, i, j)` does), each prediction and gold quote used once;
//! - on a matched pair whose gold quote has a speaker, the speaker is right when the two
//!   mention spans overlap, or when the predicted name shares a word ([`words`]: ASCII
//!   letters, 3 or more, not in [`TITLES`]) with the gold speaker or its resolved name.
//!
//! ```
//! use verbatim::eval::{parse_gold, score_predictions, Prediction};
//! let gold = "{\"id\": \"a\", \"text\": \"“Yes,” said Ann Lee.\", \"quotes\": \
//!             [{\"start\": 0, \"end\": 6, \"speaker\": \"Ann Lee\", \"speaker_start\": 12, \"speaker_end\": 19}]}\n";
//! let (articles, errors) = parse_gold("gold.jsonl".as_ref(), gold.as_bytes(), None);
//! assert!(errors.is_empty());
//! let pred = Prediction { start: 1, end: 5, speaker: Some("Lee".into()), speaker_start: None, speaker_end: None };
//! let scores = score_predictions(&articles, &[vec![pred]]);
//! assert_eq!((scores.matched, scores.speaker_ok), (1, 1));
//! ```

use crate::error::ReadError;
use crate::read::jsonl_lines;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

/// What is trimmed from both ends of a span before spans are compared (qscore's `MARKS`).
pub const MARKS: &[char] = &[
    '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', ' ', '\t',
    '\n', '\u{a0}', '`',
];

/// Words that say nothing about who a speaker is (qscore's `TITLES`).
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "the",
    "president",
    "sen",
    "rep",
    "gov",
    "gen",
    "maj",
    "former",
    "secretary",
    "minister",
    "prime",
    "chief",
    "his",
    "her",
    "their",
    "and",
    "of",
];

/// One annotated article.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldArticle {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub split: Option<String>,
    /// The headline. When the text opens with it, as PolNeAR's texts do, [`body_start`]
    /// tells where the article's body begins.
    #[serde(default)]
    pub title: Option<String>,
    pub quotes: Vec<GoldQuote>,
}

/// Where the body of an article begins, in code points: after its first line when that line
/// is the article's `title` (punctuation and spacing aside), else 0.
///
/// Corpora such as PolNeAR annotate the body only: not one of its 924 headlines carries a
/// gold quotation, although many quote someone ("Flynn says Trump 'absolutely right'"). A
/// quotation verbatim finds in a headline is real, and `extract` reports it; `eval` leaves it
/// out (unless asked with `--headlines`) so as not to count it as a false positive.
pub fn body_start(article: &GoldArticle) -> usize {
    let Some(title) = article.title.as_deref() else {
        return 0;
    };
    let first = article.text.split('\n').next().unwrap_or("");
    // Only letters and digits compared: the corpus may end the line with a full stop the
    // title lacks, after a closing mark ("… ‘Disgusting Fraud.’").
    let norm = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    if !norm(title).is_empty() && norm(first) == norm(title) {
        first.chars().count()
    } else {
        0
    }
}

/// The predictions that fall in the body of `article` (see [`body_start`]).
pub fn body_only(article: &GoldArticle, preds: Vec<Prediction>) -> Vec<Prediction> {
    let body = body_start(article);
    preds.into_iter().filter(|p| p.start >= body).collect()
}

/// One annotated quotation; offsets in code points, quote marks included.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldQuote {
    pub start: usize,
    pub end: usize,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub speaker_start: Option<usize>,
    #[serde(default)]
    pub speaker_end: Option<usize>,
    #[serde(default)]
    pub speaker_resolved: Option<String>,
}

/// One predicted quotation of an article; offsets in code points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prediction {
    pub start: usize,
    pub end: usize,
    /// The resolved name, or else the mention's text.
    pub speaker: Option<String>,
    pub speaker_start: Option<usize>,
    pub speaker_end: Option<usize>,
}

/// A gold quotation nobody predicted, or a prediction that matched nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unmatched {
    pub id: String,
    /// The trimmed span, its first 80 characters.
    pub text: String,
}

/// A matched quotation credited to the wrong speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WrongSpeaker {
    pub id: String,
    /// The trimmed gold span, its first 70 characters.
    pub text: String,
    pub gold_speaker: Option<String>,
    pub gold_resolved: Option<String>,
    pub predicted: Option<String>,
}

/// Counts and the lists behind them. The ratios are methods, computed as qscore does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scores {
    pub articles: usize,
    pub gold: usize,
    pub pred: usize,
    pub matched: usize,
    /// Matched pairs whose gold quote has a speaker (or a resolved name).
    pub speaker_n: usize,
    pub speaker_ok: usize,
    /// Matched pairs whose gold quote has a resolved name, and those whose predicted name
    /// shares a word with it.
    pub resolved_n: usize,
    pub resolved_ok: usize,
    pub misses: Vec<Unmatched>,
    pub false_positives: Vec<Unmatched>,
    pub wrong_speakers: Vec<WrongSpeaker>,
}

/// The figures of `qscore.py --json`, same keys, same order, same rounding.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub articles: usize,
    pub gold: usize,
    pub pred: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub speaker_acc: f64,
    pub speaker_n: usize,
    pub end_to_end: f64,
    pub resolved_acc: Option<f64>,
    pub resolved_n: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Python's `round(x, 4)`: the double nearest the decimal rounded half-to-even from the exact
/// value of `x`. Rust's `{:.4}` rounds the exact value the same way.
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.pred)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r != 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    /// The figures as qscore reports them (rounded to 4 places).
    pub fn summary(&self) -> Summary {
        Summary {
            articles: self.articles,
            gold: self.gold,
            pred: self.pred,
            matched: self.matched,
            precision: round4(self.precision()),
            recall: round4(self.recall()),
            f1: round4(self.f1()),
            speaker_acc: if self.speaker_n > 0 {
                round4(ratio(self.speaker_ok, self.speaker_n))
            } else {
                0.0
            },
            speaker_n: self.speaker_n,
            // End to end counts the same right speakers as `speaker_ok`, over all gold quotes.
            end_to_end: if self.gold > 0 {
                round4(ratio(self.speaker_ok, self.gold))
            } else {
                0.0
            },
            resolved_acc: (self.resolved_n > 0)
                .then(|| round4(ratio(self.resolved_ok, self.resolved_n))),
            resolved_n: self.resolved_n,
        }
    }

    /// qscore's last line: `articles N  gold N  pred N  P x  R x  F1 x  speaker x (n=N)
    /// end-to-end x`, and `resolved-name x (n=N)` when the gold has resolved names.
    pub fn summary_line(&self) -> String {
        let s = self.summary();
        let mut line = format!(
            "articles {}  gold {}  pred {}  P {:.3}  R {:.3}  F1 {:.3}  speaker {:.3} (n={})  end-to-end {:.3}",
            s.articles,
            s.gold,
            s.pred,
            self.precision(),
            self.recall(),
            self.f1(),
            s.speaker_acc,
            s.speaker_n,
            s.end_to_end
        );
        if let Some(r) = s.resolved_acc {
            let _ = write!(line, "  resolved-name {:.3} (n={})", r, s.resolved_n);
        }
        line
    }

    /// The first `n` misses, false positives and wrong speakers, one a line, fields
    /// separated by ` | ` as qscore prints them (a missing speaker shows as `None`).
    pub fn show(&self, n: usize) -> String {
        let mut s = String::new();
        for m in self.misses.iter().take(n) {
            let _ = writeln!(s, "miss | {} | {}", m.id, m.text);
        }
        for m in self.false_positives.iter().take(n) {
            let _ = writeln!(s, "fp | {} | {}", m.id, m.text);
        }
        let none = |o: &Option<String>| o.clone().unwrap_or_else(|| "None".into());
        for w in self.wrong_speakers.iter().take(n) {
            let _ = writeln!(
                s,
                "wrong | {} | {} | {} | {} | {}",
                w.id,
                w.text,
                none(&w.gold_speaker),
                none(&w.gold_resolved),
                none(&w.predicted)
            );
        }
        s
    }

    /// The summary as JSON, spaced like Python's `json.dumps` (`", "` and `": "`), so that it
    /// can be compared with qscore's `--json` line.
    pub fn summary_json(&self) -> String {
        let mut out = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut out, PythonFormatter);
        // Serializing numbers and strings into a Vec cannot fail.
        let _ = self.summary().serialize(&mut ser);
        String::from_utf8(out).unwrap_or_default()
    }
}

/// `json.dumps` spacing: `{"a": 1, "b": 2}`.
struct PythonFormatter;

impl serde_json::ser::Formatter for PythonFormatter {
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }
}

/// Reads a gold corpus file. See [`parse_gold`].
pub fn load_gold(path: &Path, split: Option<&str>) -> (Vec<GoldArticle>, Vec<ReadError>) {
    match std::fs::read(path) {
        Ok(bytes) => parse_gold(path, &bytes, split),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            (vec![], vec![ReadError::NotFound { path: path.into() }])
        }
        Err(source) => (
            vec![],
            vec![ReadError::Io {
                path: path.into(),
                source,
            }],
        ),
    }
}

/// Parses a gold corpus: one article a line, blank lines skipped, articles of another
/// `split` left out when `split` is given.
///
/// As in qscore (a dict keyed by id), an id seen again replaces the earlier article in its
/// place. A bad line is an error naming `path:line` and is left out; the others are kept.
pub fn parse_gold(
    path: &Path,
    bytes: &[u8],
    split: Option<&str>,
) -> (Vec<GoldArticle>, Vec<ReadError>) {
    let mut articles: Vec<GoldArticle> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut errors = Vec::new();
    for (number, line) in jsonl_lines(path, bytes) {
        let article = line
            .and_then(|l| {
                serde_json::from_str::<GoldArticle>(l)
                    .map_err(|e| ReadError::json(path, number, &e))
            })
            .and_then(|a| {
                check_gold(&a)
                    .map(|()| a)
                    .map_err(|message| ReadError::Invalid {
                        path: path.into(),
                        line: number,
                        message,
                    })
            });
        match article {
            Ok(a) if split.is_some_and(|s| a.split.as_deref() != Some(s)) => {}
            Ok(a) => match by_id.get(&a.id) {
                Some(&i) => articles[i] = a,
                None => {
                    by_id.insert(a.id.clone(), articles.len());
                    articles.push(a);
                }
            },
            Err(e) => errors.push(e),
        }
    }
    (articles, errors)
}

/// The checks qscore leaves to a crash: spans inside the text, speaker spans complete.
fn check_gold(a: &GoldArticle) -> Result<(), String> {
    let len = a.text.chars().count();
    for (k, q) in a.quotes.iter().enumerate() {
        check_span(q.start, q.end, len)
            .map_err(|m| format!("article {:?}, quote {k}: {m}", a.id))?;
        if q.speaker_start.is_some() != q.speaker_end.is_some() {
            return Err(format!(
                "article {:?}, quote {k}: speaker_start and speaker_end must be given together",
                a.id
            ));
        }
    }
    Ok(())
}

fn check_span(start: usize, end: usize, len: usize) -> Result<(), String> {
    if start > end {
        Err(format!(
            "start {start} is after end {end}; fix the offsets (code points)"
        ))
    } else if end > len {
        Err(format!(
            "end {end} is past the end of the text ({len} characters); offsets count code points"
        ))
    } else {
        Ok(())
    }
}

/// A line of a predictions file (qscore's format).
#[derive(Deserialize)]
struct PredictionLine {
    id: String,
    start: usize,
    end: usize,
    #[serde(default)]
    speaker: Option<String>,
    #[serde(default)]
    speaker_start: Option<usize>,
    #[serde(default)]
    speaker_end: Option<usize>,
}

/// Reads predictions in qscore's format, grouped by article in file order, one list per
/// article of `gold`; predictions for ids not in `gold` are ignored, as qscore does.
///
/// `Err` when the file cannot be read at all; otherwise the predictions and the errors of
/// the lines left out.
#[allow(clippy::type_complexity)]
pub fn load_predictions(
    path: &Path,
    gold: &[GoldArticle],
) -> Result<(Vec<Vec<Prediction>>, Vec<ReadError>), ReadError> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => ReadError::NotFound { path: path.into() },
        _ => ReadError::Io {
            path: path.into(),
            source: e,
        },
    })?;
    let index: HashMap<&str, usize> = gold
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let lengths: Vec<usize> = gold.iter().map(|a| a.text.chars().count()).collect();
    let mut preds = vec![Vec::new(); gold.len()];
    let mut errors = Vec::new();
    for (number, line) in jsonl_lines(path, &bytes) {
        let parsed = line.and_then(|l| {
            serde_json::from_str::<PredictionLine>(l).map_err(|e| ReadError::json(path, number, &e))
        });
        let pl = match parsed {
            Ok(pl) => pl,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let Some(&i) = index.get(pl.id.as_str()) else {
            continue;
        };
        let p = Prediction {
            start: pl.start,
            end: pl.end,
            speaker: pl.speaker,
            speaker_start: pl.speaker_start,
            speaker_end: pl.speaker_end,
        };
        let checked = check_span(p.start, p.end, lengths[i]).and_then(|()| {
            if p.speaker_start.is_some() && p.speaker_end.is_none() {
                Err("speaker_start without speaker_end".to_string())
            } else {
                Ok(())
            }
        });
        match checked {
            Ok(()) => preds[i].push(p),
            Err(message) => errors.push(ReadError::Invalid {
                path: path.into(),
                line: number,
                message,
            }),
        }
    }
    Ok((preds, errors))
}

/// Writes predictions in qscore's format, one quotation a line, articles in `gold` order.
pub fn write_predictions(
    out: &mut dyn io::Write,
    gold: &[GoldArticle],
    preds: &[Vec<Prediction>],
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a str,
        #[serde(flatten)]
        p: &'a Prediction,
    }
    for (a, ps) in gold.iter().zip(preds) {
        for p in ps {
            serde_json::to_writer(&mut *out, &Line { id: &a.id, p })?;
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// verbatim's predictions for one text: its outermost speech quotations, with byte offsets
/// turned into code points. The speaker is the resolved name, or else the mention's text; its
/// span is the mention's.
///
/// Nonspeech quotations (titles, scare quotes) are left out, and so are quotations nested in
/// another: annotated corpora such as PolNeAR mark the outermost quotation only, and a nested
/// one is part of its words. `extract` still reports nested quotations with their own speakers.
pub fn predict(text: &str) -> Vec<Prediction> {
    predict_with(text, &crate::extract::Options::default())
}

/// [`predict`] with extraction options.
pub fn predict_with(text: &str, options: &crate::extract::Options) -> Vec<Prediction> {
    let found = crate::extract::extract_with(text, options);
    // Code point index of every byte offset: one pass, then each lookup is O(1).
    let mut cp = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (b, c) in text.char_indices() {
        cp[b..b + c.len_utf8()].fill(n);
        n += 1;
    }
    cp[text.len()] = n;
    found
        .speech()
        .filter(|q| q.outer.is_none())
        .map(|q| {
            let mention = q.speaker.mention.as_ref();
            Prediction {
                start: cp[q.start],
                end: cp[q.end],
                speaker: q
                    .speaker
                    .name
                    .clone()
                    .or_else(|| mention.map(|m| m.text.clone())),
                speaker_start: mention.map(|m| cp[m.start]),
                speaker_end: mention.map(|m| cp[m.end]),
            }
        })
        .collect()
}

/// Runs `predict` on every article's text (in parallel) and scores the predictions.
pub fn score(gold: &[GoldArticle], predict: impl Fn(&str) -> Vec<Prediction> + Sync) -> Scores {
    let preds: Vec<Vec<Prediction>> = gold.par_iter().map(|a| predict(&a.text)).collect();
    score_predictions(gold, &preds)
}

/// Scores `preds[i]` against `gold[i]`, for every article.
pub fn score_predictions(gold: &[GoldArticle], preds: &[Vec<Prediction>]) -> Scores {
    let empty = Vec::new();
    let per_article: Vec<Scores> = gold
        .par_iter()
        .enumerate()
        .map(|(i, a)| score_article(a, preds.get(i).unwrap_or(&empty)))
        .collect();
    let mut total = Scores {
        articles: gold.len(),
        ..Scores::default()
    };
    for s in per_article {
        total.gold += s.gold;
        total.pred += s.pred;
        total.matched += s.matched;
        total.speaker_n += s.speaker_n;
        total.speaker_ok += s.speaker_ok;
        total.resolved_n += s.resolved_n;
        total.resolved_ok += s.resolved_ok;
        total.misses.extend(s.misses);
        total.false_positives.extend(s.false_positives);
        total.wrong_speakers.extend(s.wrong_speakers);
    }
    total
}

/// `trim(text, s, e)`: moves both ends inward past [`MARKS`].
pub fn trim(text: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && MARKS.contains(&text[s]) {
        s += 1;
    }
    while e > s && MARKS.contains(&text[e - 1]) {
        e -= 1;
    }
    (s, e)
}

/// `words(name)`: the lowercase runs matching `[a-z][a-z'\-]+`, 3 characters or more, that are
/// not [`TITLES`]. Letters outside a-z end a word, as in qscore ("Zoé" gives no word).
pub fn words(name: Option<&str>) -> Vec<String> {
    let lower: Vec<char> = name.unwrap_or("").to_lowercase().chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        if !lower[i].is_ascii_lowercase() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < lower.len()
            && (lower[j].is_ascii_lowercase() || lower[j] == '\'' || lower[j] == '-')
        {
            j += 1;
        }
        if j - i >= 2 {
            let w: String = lower[i..j].iter().collect();
            if w.len() >= 3 && !TITLES.contains(&w.as_str()) && !out.contains(&w) {
                out.push(w);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn shares_word(a: &[String], b: &[String]) -> bool {
    a.iter().any(|w| b.contains(w))
}

fn truthy(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.is_empty())
}

fn snippet(text: &[char], s: usize, e: usize, max: usize) -> String {
    text[s..e].iter().take(max).collect()
}

fn score_article(a: &GoldArticle, preds: &[Prediction]) -> Scores {
    let text: Vec<char> = a.text.chars().collect();
    let clamp = |x: usize| x.min(text.len());
    let g: Vec<(usize, usize)> = a
        .quotes
        .iter()
        .map(|q| trim(&text, clamp(q.start), clamp(q.end)))
        .collect();
    let p: Vec<(usize, usize)> = preds
        .iter()
        .map(|q| trim(&text, clamp(q.start), clamp(q.end.max(q.start))))
        .collect();

    // A candidate pair overlaps by at least half of the longer span, so the overlap holds the
    // gold span's midpoint: only gold spans whose midpoint lies in the prediction need a look.
    // Sorting the gold by midpoint keeps this near-linear instead of predictions × gold.
    let mut by_mid: Vec<usize> = (0..g.len()).collect();
    by_mid.sort_by_key(|&j| g[j].0 + g[j].1);
    let mids: Vec<usize> = by_mid.iter().map(|&j| g[j].0 + g[j].1).collect();
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (i, &(ps, pe)) in p.iter().enumerate() {
        let lo = mids.partition_point(|&m| m < 2 * ps);
        let hi = mids.partition_point(|&m| m <= 2 * pe);
        for &j in &by_mid[lo..hi] {
            let (gs, ge) = g[j];
            let ov = pe.min(ge) as isize - ps.max(gs) as isize;
            if ov <= 0 {
                continue;
            }
            let r = ov as f64 / (pe - ps).max(ge - gs).max(1) as f64;
            if r >= 0.5 {
                cands.push((r, i, j));
            }
        }
    }
    // Python's cands.sort(reverse=True) on (r, i, j).
    cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2)));

    let mut s = Scores {
        gold: g.len(),
        pred: p.len(),
        ..Scores::default()
    };
    let mut used_p = vec![false; p.len()];
    let mut used_g = vec![false; g.len()];
    for (_, i, j) in cands {
        if used_p[i] || used_g[j] {
            continue;
        }
        used_p[i] = true;
        used_g[j] = true;
        s.matched += 1;
        let (pq, gq) = (&preds[i], &a.quotes[j]);
        if !truthy(&gq.speaker) && !truthy(&gq.speaker_resolved) {
            continue;
        }
        s.speaker_n += 1;
        let mut ok = match (
            pq.speaker_start,
            pq.speaker_end,
            gq.speaker_start,
            gq.speaker_end,
        ) {
            (Some(ps), Some(pe), Some(gs), Some(ge)) => pe.min(ge) > ps.max(gs),
            _ => false,
        };
        let pw = words(pq.speaker.as_deref());
        if !ok && !pw.is_empty() {
            ok = shares_word(&pw, &words(gq.speaker.as_deref()))
                || shares_word(&pw, &words(gq.speaker_resolved.as_deref()));
        }
        s.speaker_ok += ok as usize;
        if truthy(&gq.speaker_resolved) {
            s.resolved_n += 1;
            s.resolved_ok += shares_word(&pw, &words(gq.speaker_resolved.as_deref())) as usize;
        }
        if !ok {
            s.wrong_speakers.push(WrongSpeaker {
                id: a.id.clone(),
                text: snippet(&text, g[j].0, g[j].1, 70),
                gold_speaker: gq.speaker.clone(),
                gold_resolved: gq.speaker_resolved.clone(),
                predicted: pq.speaker.clone(),
            });
        }
    }
    s.misses = (0..g.len())
        .filter(|&j| !used_g[j])
        .map(|j| Unmatched {
            id: a.id.clone(),
            text: snippet(&text, g[j].0, g[j].1, 80),
        })
        .collect();
    s.false_positives = (0..p.len())
        .filter(|&i| !used_p[i])
        .map(|i| Unmatched {
            id: a.id.clone(),
            text: snippet(&text, p[i].0, p[i].1, 80),
        })
        .collect();
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_ends_the_first_line_only_when_it_is_the_title() {
        let cases = [
            // (title, text, body start in code points)
            (
                Some("Lawmakers Rip Trump As A ‘Fraud’"),
                "Lawmakers Rip Trump As A ‘Fraud.’\n\n“No,” he said.",
                33,
            ),
            (
                Some("Another title"),
                "Lawmakers Rip Trump.\n\n“No,” he said.",
                0,
            ),
            (None, "Lawmakers Rip Trump.\n\n“No,” he said.", 0),
            (Some(""), "\n“No,” he said.", 0),
        ];
        for (title, text, body) in cases {
            let a = GoldArticle {
                id: "a".into(),
                text: text.into(),
                split: None,
                title: title.map(str::to_string),
                quotes: Vec::new(),
            };
            assert_eq!(body_start(&a), body, "{text:?}");
            let p = |start| Prediction {
                start,
                end: start + 3,
                speaker: None,
                speaker_start: None,
                speaker_end: None,
            };
            let kept = body_only(&a, vec![p(0), p(body)]);
            assert_eq!(kept.len(), if body > 0 { 1 } else { 2 }, "{text:?}");
        }
    }

    #[test]
    fn words_follow_qscore() {
        let cases: [(&str, &[&str]); 7] = [
            ("Mayor Ana Costa", &["mayor", "ana", "costa"]),
            ("Dr. Lin Wei", &["lin", "wei"]),
            ("The president", &[]),
            ("Zoé", &[]),
            ("Zoé Martin", &["martin"]),
            ("O'Neill-Smith and Jo", &["o'neill-smith"]),
            ("'em  x-ray", &["x-ray"]),
        ];
        for (name, want) in cases {
            assert_eq!(words(Some(name)), want, "{name}");
        }
        assert!(words(None).is_empty());
    }

    #[test]
    fn trim_strips_marks_and_spaces_only() {
        let t: Vec<char> = " «“Oui.” » x".chars().collect();
        assert_eq!(trim(&t, 0, 9), (3, 7));
        assert_eq!(trim(&t, 0, 3), (3, 3));
    }

    #[test]
    fn round4_is_half_even_on_the_exact_value() {
        // 0.8275 is stored a hair above .8275; 0.00015 a hair below .00015.
        assert_eq!(format!("{:.3}", round4(0.8275)), "0.828");
        assert_eq!(round4(0.00015), 0.0001);
        assert_eq!(round4(2.0 / 3.0), 0.6667);
    }

    #[test]
    fn bad_gold_lines_name_their_line_and_the_rest_is_kept() {
        let gold = concat!(
            "{\"id\": \"a\", \"text\": \"“Hi”\", \"quotes\": [{\"start\": 0, \"end\": 4}]}\n",
            "{\"id\": \"b\", \"text\": \"“Hi”\", \"quotes\": [{\"start\": 0, \"end\": 9}]}\n",
            "{\"id\": \"c\", \"text\": \"x\"}\n",
            "{\"id\": \"a\", \"text\": \"again\", \"quotes\": []}\n",
            "{\"id\": \"d\", \"text\": \"\", \"quotes\": [{\"start\": 0, \"end\": 0, \"speaker_start\": 0}]}\n",
        );
        let (articles, errors) = parse_gold(Path::new("g.jsonl"), gold.as_bytes(), None);
        assert_eq!(articles.len(), 1);
        assert_eq!(
            articles[0].text, "again",
            "a later line with the same id replaces the article"
        );
        let messages: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            messages,
            [
                "g.jsonl:2: article \"b\", quote 0: end 9 is past the end of the text (4 characters); offsets count code points",
                "g.jsonl:3:24: bad JSON: missing field `quotes`",
                "g.jsonl:5: article \"d\", quote 0: speaker_start and speaker_end must be given together",
            ]
        );
    }

    #[test]
    fn predict_gives_code_points() {
        let t = "Café: “Olé,” he said.";
        let p = predict(t);
        assert_eq!((p[0].start, p[0].end), (6, 12));
        let chars: Vec<char> = t.chars().collect();
        assert_eq!(chars[6..12].iter().collect::<String>(), "“Olé,”");
    }

    /// The midpoint filter in `score_article` must find exactly the pairs that qscore's
    /// double loop over predictions × gold finds.
    fn brute_force(
        text: &[char],
        g: &[(usize, usize)],
        p: &[(usize, usize)],
    ) -> (Vec<usize>, Vec<usize>) {
        let g: Vec<_> = g.iter().map(|&(s, e)| trim(text, s, e)).collect();
        let p: Vec<_> = p.iter().map(|&(s, e)| trim(text, s, e)).collect();
        let mut cands = Vec::new();
        for (i, &(ps, pe)) in p.iter().enumerate() {
            for (j, &(gs, ge)) in g.iter().enumerate() {
                let ov = pe.min(ge) as isize - ps.max(gs) as isize;
                if ov <= 0 {
                    continue;
                }
                let r = ov as f64 / (pe - ps).max(ge - gs).max(1) as f64;
                if r >= 0.5 {
                    cands.push((r, i, j));
                }
            }
        }
        cands.sort_by(|x, y| y.partial_cmp(x).unwrap());
        let (mut up, mut ug) = (vec![usize::MAX; p.len()], vec![usize::MAX; g.len()]);
        for (_, i, j) in cands {
            if up[i] == usize::MAX && ug[j] == usize::MAX {
                up[i] = j;
                ug[j] = i;
            }
        }
        (up, ug)
    }

    proptest::proptest! {
        #[test]
        fn matching_equals_the_double_loop(
            text in "[a“” ]{0,40}",
            spans in proptest::collection::vec((0usize..41, 0usize..41, proptest::bool::ANY), 0..16),
        ) {
            let chars: Vec<char> = text.chars().collect();
            let n = chars.len();
            let (mut g, mut p) = (Vec::new(), Vec::new());
            for (a, b, is_gold) in spans {
                let (s, e) = (a.min(b).min(n), a.max(b).min(n));
                if is_gold { g.push((s, e)) } else { p.push((s, e)) }
            }
            let article = GoldArticle {
                id: "x".into(),
                text: text.clone(),
                split: None,
                title: None,
                quotes: g.iter().map(|&(start, end)| GoldQuote {
                    start, end, speaker: Some("Ann".into()), speaker_start: None, speaker_end: None, speaker_resolved: None,
                }).collect(),
            };
            let preds: Vec<Prediction> = p.iter().map(|&(start, end)| Prediction {
                start, end, speaker: None, speaker_start: None, speaker_end: None,
            }).collect();
            let s = score_article(&article, &preds);
            let (up, ug) = brute_force(&chars, &g, &p);
            let matched = ug.iter().filter(|&&i| i != usize::MAX).count();
            proptest::prop_assert_eq!(s.matched, matched);
            proptest::prop_assert_eq!(s.misses.len(), g.len() - matched);
            proptest::prop_assert_eq!(s.false_positives.len(), p.len() - matched);
            let missed: Vec<String> = (0..g.len()).filter(|&j| ug[j] == usize::MAX).map(|j| {
                let (a, b) = trim(&chars, g[j].0, g[j].1);
                chars[a..b].iter().collect()
            }).collect();
            let got: Vec<String> = s.misses.iter().map(|m| m.text.clone()).collect();
            proptest::prop_assert_eq!(got, missed);
            let fp: Vec<String> = (0..p.len()).filter(|&i| up[i] == usize::MAX).map(|i| {
                let (a, b) = trim(&chars, p[i].0, p[i].1);
                chars[a..b].iter().collect()
            }).collect();
            let got: Vec<String> = s.false_positives.iter().map(|m| m.text.clone()).collect();
            proptest::prop_assert_eq!(got, fp);
        }
    }
}
