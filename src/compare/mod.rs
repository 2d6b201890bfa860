//! `verbatim compare`: the statements several articles quote in common, and how each
//! outlet's wording diverges from a reference reading.
//!
//! The stage runs, in order:
//!
//! | step | where |
//! |---|---|
//! | read the articles, their outlets, the manifest | [`load`] over [`crate::read`], [`crate::compare::manifest`] |
//! | extract quotations (in parallel) | [`crate::extract`] |
//! | tokens for comparison | [`crate::compare::normalize`] |
//! | index, candidate pairs, statements | [`crate::compare::align`] |
//! | each variant diffed against the reference | [`crate::compare::diff`] |
//! | differences judged, scored, families | [`crate::compare::classify`], [`families`] |
//! | drawn | [`crate::report::compare_text`], [`crate::report::compare_markdown`], [`crate::report::compare_json`], [`crate::report::compare_html`] |
//!
//! [`Comparison`] holds the whole result; the JSON report is its serialisation
//! (schema [`SCHEMA`], documented in docs/COMPARE.md).
//!
//! ```
//! use verbatim::compare::{compare_inputs, Input, Options};
//! let a = Input::new("a.txt", "AP", "“We will never accept troops on our soil,” she said.");
//! let b = Input::new("b.txt", "Reuters", "“We will accept troops on our soil,” she said.");
//! let result = compare_inputs(vec![a, b], &Options::default());
//! assert_eq!(result.statements.len(), 1);
//! assert_eq!(result.summary.worst.name(), "critical");
//! ```

pub mod align;
pub mod classify;
pub mod diff;
pub mod manifest;
pub mod normalize;

use crate::error::ReadError;
use crate::extract::text::{paragraphs, LineIndex};
use crate::extract::{extract, Extraction};
use align::{group, units, SpeakerKey, Unit};
use classify::{classify, surface, Chunk, Class, Conflict, Context, Difference, Severity, Side};
use diff::{align, Reading};
use manifest::Manifest;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

// Exit codes (crate::exit): SAME when nothing reaches the `--fail-on` severity,
// DIFFERENCES when something does, TROUBLE when an article or the manifest could not be
// read, or there are fewer than two articles.
pub use crate::exit::{DIFFERENCES, SAME, TROUBLE};

/// The JSON schema's name and version.
pub const SCHEMA: &str = "verbatim.compare/1";

/// What to compare, as the command line gives it: paths and the settings besides them.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Articles, directories of them (with an optional manifest), `.jsonl` corpora, pages, `-`.
    pub paths: Vec<PathBuf>,
    /// `NAME=PATH`: the outlet of one article.
    pub outlets: Vec<String>,
    /// The outlet whose reading is the reference; else the manifest's.
    pub reference: Option<String>,
    /// Speakers whose words were translated.
    pub translated: Vec<String>,
    /// The severity that fails the run (default major).
    pub fail_on: Option<Severity>,
}

/// The whole result of a comparison: what the JSON report prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub schema: &'static str,
    pub summary: Summary,
    pub articles: Vec<Article>,
    pub statements: Vec<Statement>,
    /// Inputs that could not be read: the exit code is then 2.
    pub problems: Vec<Problem>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub articles: usize,
    pub outlets: usize,
    /// Quotations that are speech, in all articles.
    pub quotations: usize,
    /// Statements quoted by two articles or more.
    pub statements: usize,
    /// Differences of each severity, over every variant.
    pub differences: Counts,
    pub worst: Severity,
    pub fail_on: Severity,
    /// Something reached `fail_on`: the exit code is 1.
    pub failed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub critical: usize,
    pub major: usize,
    pub minor: usize,
    pub cosmetic: usize,
}

impl Counts {
    fn add(&mut self, s: Severity) {
        match s {
            Severity::Critical => self.critical += 1,
            Severity::Major => self.major += 1,
            Severity::Minor => self.minor += 1,
            Severity::Cosmetic => self.cosmetic += 1,
            Severity::None => {}
        }
    }
}

/// One article read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Article {
    pub path: String,
    pub outlet: String,
    /// Where the outlet's name came from: `flag`, `manifest`, `metadata` or `file name`.
    pub outlet_from: &'static str,
    pub quotations: usize,
    /// Warnings of the extractor (unclosed quotation marks...).
    pub warnings: usize,
}

/// One statement quoted by two articles or more.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statement {
    /// 1-based, in order of first appearance.
    pub id: usize,
    /// The speaker most articles credit, when any names one.
    pub speaker: Option<String>,
    pub translated: Option<Translation>,
    /// Index into `variants` of the reference reading.
    pub reference: usize,
    /// Why that reading is the reference: `chosen`, `shared` or `longest`.
    pub reference_by: &'static str,
    pub worst: Severity,
    /// Variants that quote the same words (after normalisation), as indices into `variants`:
    /// one wire copy against another.
    pub families: Vec<Vec<usize>>,
    /// One per article, in article order.
    pub variants: Vec<Variant>,
}

/// Why a statement's words count as translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Translation {
    pub language: Option<String>,
    /// `manifest`, `flag` or `article`.
    pub from: &'static str,
    pub evidence: String,
}

/// What one article quotes of a statement, judged against the reference.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Variant {
    /// Index into the comparison's `articles`.
    pub article: usize,
    pub outlet: String,
    pub path: String,
    pub speaker: Option<String>,
    pub is_reference: bool,
    /// Index into the statement's `families`.
    pub family: usize,
    /// Fidelity to the reference, 0 to 1.
    pub score: f64,
    pub worst: Severity,
    pub classes: Vec<Class>,
    /// The words quoted, passages joined by " … ".
    pub text: String,
    /// The quotations that make the reading, in article order.
    pub passages: Vec<Passage>,
    /// Quotations that repeat words already in a passage ("not for sale" again).
    pub repeats: Vec<Passage>,
    /// The word diff against the reference, in the reference's order.
    pub chunks: Vec<Chunk>,
    pub differences: Vec<Difference>,
}

impl Variant {
    /// Where its passages are: `path:line:column,line:column`.
    pub fn place(&self) -> String {
        let at: Vec<String> = self
            .passages
            .iter()
            .map(|q| format!("{}:{}", q.line, q.column))
            .collect();
        format!("{}:{}", self.path, at.join(","))
    }
}

/// A quotation in an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// Byte offsets of the quotation, its marks included (to its last part's end when it runs
    /// over paragraphs).
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

/// An input that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// An article to compare.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub path: String,
    pub outlet: String,
    pub outlet_from: &'static str,
    pub text: String,
}

impl Input {
    pub fn new(path: &str, outlet: &str, text: &str) -> Input {
        Input {
            path: path.into(),
            outlet: outlet.into(),
            outlet_from: "flag",
            text: text.into(),
        }
    }
}

/// Settings of a comparison besides the articles.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The outlet whose reading is the reference (`--reference`, else the manifest's).
    pub reference: Option<String>,
    /// Speakers whose words were translated (`--translated`).
    pub translated: Vec<String>,
    pub manifest: Manifest,
    pub fail_on: Option<Severity>,
}

/// 2 when an input could not be used, 1 when a difference reached `--fail-on`, else 0.
pub fn exit_code(result: &Comparison) -> u8 {
    if !result.problems.is_empty() {
        TROUBLE
    } else if result.summary.failed {
        DIFFERENCES
    } else {
        SAME
    }
}

/// Reads the paths of a request and compares the articles.
pub fn compare(args: &Request) -> Comparison {
    let (inputs, manifest, mut problems) = load(&args.paths, &args.outlets);
    let options = Options {
        reference: args
            .reference
            .clone()
            .or_else(|| manifest.reference.clone()),
        translated: args.translated.clone(),
        manifest,
        fail_on: args.fail_on,
    };
    let mut result = compare_inputs(inputs, &options);
    problems.append(&mut result.problems);
    result.problems = problems;
    result
}

/// Reads articles from files and directories. Returns the articles (sorted by path), the
/// manifests of the directories merged, and what could not be read.
///
/// Files, directories (walked recursively), `.jsonl` corpora, saved web pages and `-` are read
/// by [`crate::read::read_inputs`], as `extract` reads them. Each article's outlet is, in
/// order: its `--outlet` flag, its directory's manifest, its metadata (a text file's front
/// matter, a corpus line's `"outlet"`, a web page's site name), else its file name.
pub fn load(paths: &[PathBuf], outlet_flags: &[String]) -> (Vec<Input>, Manifest, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut flags: Vec<(String, PathBuf, bool)> = Vec::new();
    for f in outlet_flags {
        match f.split_once('=') {
            Some((name, path)) if !name.trim().is_empty() && !path.trim().is_empty() => {
                flags.push((name.trim().to_string(), PathBuf::from(path.trim()), false))
            }
            _ => problems.push(Problem {
                path: "--outlet".into(),
                line: None,
                column: None,
                message: format!("expects NAME=PATH, got {f:?}"),
            }),
        }
    }
    let mut merged = Manifest::default();
    // The outlets the manifests name, by the path of their file.
    let mut named: Vec<(PathBuf, String)> = Vec::new();
    for p in paths.iter().filter(|p| p.is_dir()) {
        let m = read_manifest(p, &mut problems).unwrap_or_default();
        for (name, outlet) in &m.outlets {
            let file = p.join(name);
            if file.is_file() {
                named.push((file, outlet.clone()));
            } else {
                problems.push(problem(
                    &p.join(manifest::FILE_NAME),
                    &format!("[outlets] names {name:?}, which is not in {}", p.display()),
                ));
            }
        }
        merged.reference = merged.reference.or(m.reference);
        merged.language = merged.language.or(m.language);
        for (k, v) in m.speakers {
            merged.speakers.entry(k).or_insert(v);
        }
    }
    let (docs, errors) = crate::read::read_inputs(paths);
    problems.extend(errors.iter().map(problem_of));
    let mut inputs = Vec::new();
    for doc in docs {
        let source = PathBuf::from(source_path(&doc));
        let is_line = source.as_os_str() != doc.name.as_str();
        let flag = flags.iter_mut().find(|(_, fp, _)| same_file(fp, &source));
        let flag_name = flag.map(|f| {
            f.2 = true;
            f.0.clone()
        });
        let from_manifest = named
            .iter()
            .find(|(f, _)| same_file(f, &source))
            .map(|(_, o)| o.clone());
        // Front matter is a text file's: a corpus line or a page has its metadata already.
        let (text, front) = if is_line || doc.meta.from_page {
            (doc.text, None)
        } else {
            front_matter(doc.text)
        };
        let stem = if is_line {
            doc.name.clone()
        } else {
            source
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| doc.name.clone())
        };
        let (outlet, outlet_from) = match (flag_name, from_manifest, front.or(doc.meta.outlet)) {
            (Some(f), _, _) => (f, "flag"),
            (None, Some(m), _) => (m, "manifest"),
            (None, None, Some(m)) => (m, "metadata"),
            (None, None, None) => (stem, "file name"),
        };
        inputs.push(Input {
            path: doc.name,
            outlet,
            outlet_from,
            text,
        });
    }
    for (name, fp, used) in &flags {
        if !used {
            problems.push(problem(
                fp,
                &format!(
                    "--outlet {name}={}: no such article among the inputs",
                    fp.display()
                ),
            ));
        }
    }
    inputs.sort_by(|a, b| a.path.cmp(&b.path));
    (inputs, merged, problems)
}

/// The file a document was read from: its name, or for a corpus line (`path#id`, `path#LINE`)
/// the corpus file.
fn source_path(doc: &crate::read::Document) -> &str {
    let corpus = match &doc.meta.id {
        Some(id) => doc
            .name
            .strip_suffix(id.as_str())
            .and_then(|n| n.strip_suffix('#')),
        None => doc.name.rsplit_once('#').map(|(n, _)| n),
    };
    match corpus {
        Some(c) if crate::read::Format::of(Path::new(c)) == Some(crate::read::Format::Jsonl) => c,
        _ => &doc.name,
    }
}

/// A reading error as a problem of the comparison, its position in fields of their own.
fn problem_of(e: &ReadError) -> Problem {
    let (path, line, column) = match e {
        ReadError::NotFound { path }
        | ReadError::NoFiles { path }
        | ReadError::Io { path, .. }
        | ReadError::Unsupported { path, .. } => (path, None, None),
        ReadError::NotUtf8 { path, line, .. } | ReadError::Invalid { path, line, .. } => {
            (path, Some(*line), None)
        }
        ReadError::Json {
            path, line, column, ..
        } => (path, Some(*line), Some(*column)),
    };
    let mut p = Problem {
        path: path.display().to_string(),
        line,
        column,
        message: String::new(),
    };
    // The message is the error's own, without the position Problem prints in front of it.
    let full = e.to_string();
    let prefix = format!("{p}");
    p.message = full
        .strip_prefix(prefix.as_str())
        .unwrap_or(&full)
        .to_string();
    p
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
}

fn problem(path: &Path, message: &str) -> Problem {
    Problem {
        path: path.display().to_string(),
        line: None,
        column: None,
        message: message.into(),
    }
}

fn read_manifest(dir: &Path, problems: &mut Vec<Problem>) -> Option<Manifest> {
    let path = dir.join(manifest::FILE_NAME);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            problems.push(problem(&path, &format!("cannot read the manifest: {e}")));
            return None;
        }
    };
    match manifest::parse(&text) {
        Ok(m) => Some(m),
        Err(e) => {
            problems.push(Problem {
                path: path.display().to_string(),
                line: Some(e.line),
                column: Some(e.column),
                message: e.message,
            });
            None
        }
    }
}

/// Reads a `---` front matter block at the top of a file for `outlet:` (or `publisher:`,
/// `source:`) and blanks it out, so that offsets stay the file's and its lines are no quotes.
fn front_matter(text: String) -> (String, Option<String>) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (text, None);
    };
    let Some(close) = rest.find("\n---") else {
        return (text, None);
    };
    let head = &rest[..close];
    let outlet = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        let k = k.trim().to_ascii_lowercase();
        matches!(k.as_str(), "outlet" | "publisher" | "source")
            .then(|| v.trim().trim_matches(['"', '\'']).to_string())
            .filter(|v| !v.is_empty())
    });
    let end = 4 + close + 4;
    let blank: String = text[..end]
        .chars()
        .map(|c| if c == '\n' { '\n' } else { ' ' })
        .collect();
    let out = blank + &text[end..];
    (out, outlet)
}

/// An article with its quotations.
struct Read<'a> {
    input: &'a Input,
    extraction: Extraction,
    lines: LineIndex,
    paragraphs: Vec<std::ops::Range<usize>>,
}

/// Compares articles already read.
pub fn compare_inputs(inputs: Vec<Input>, options: &Options) -> Comparison {
    let mut problems = Vec::new();
    if inputs.len() < 2 {
        problems.push(Problem {
            path: "verbatim compare".into(),
            line: None,
            column: None,
            message: format!(
                "needs two or more articles, got {}: give files, a directory, or a .jsonl corpus",
                inputs.len()
            ),
        });
    }
    let read: Vec<Read> = inputs
        .par_iter()
        .map(|input| Read {
            input,
            extraction: extract(&input.text),
            lines: LineIndex::new(&input.text),
            paragraphs: paragraphs(&input.text),
        })
        .collect();
    let per_article: Vec<Vec<Unit>> = read
        .par_iter()
        .enumerate()
        .map(|(i, r)| units(i, &r.input.text, &r.extraction))
        .collect();
    let articles: Vec<Article> = read
        .iter()
        .zip(&per_article)
        .map(|(r, us)| Article {
            path: r.input.path.clone(),
            outlet: r.input.outlet.clone(),
            outlet_from: r.input.outlet_from,
            quotations: us.len(),
            warnings: r.extraction.warnings.len(),
        })
        .collect();
    let all: Vec<Unit> = per_article.into_iter().flatten().collect();
    let groups = group(&all);
    let mut statements: Vec<Statement> = groups
        .par_iter()
        .filter_map(|g| statement(g, &all, &read, options))
        .collect();
    for (i, s) in statements.iter_mut().enumerate() {
        s.id = i + 1;
    }
    let mut counts = Counts::default();
    for v in statements.iter().flat_map(|s| &s.variants) {
        for d in &v.differences {
            counts.add(d.severity);
        }
    }
    let worst = statements
        .iter()
        .map(|s| s.worst)
        .max()
        .unwrap_or(Severity::None);
    let fail_on = options.fail_on.unwrap_or(Severity::Major);
    let outlets: BTreeSet<&str> = articles.iter().map(|a| a.outlet.as_str()).collect();
    Comparison {
        schema: SCHEMA,
        summary: Summary {
            articles: articles.len(),
            outlets: outlets.len(),
            quotations: all.len(),
            statements: statements.len(),
            differences: counts,
            worst,
            fail_on,
            failed: worst >= fail_on,
        },
        articles,
        statements,
        problems,
    }
}

/// A variant before it is judged.
struct Draft {
    article: usize,
    passages: Vec<usize>,
    repeats: Vec<usize>,
    reading: Reading,
    speaker: SpeakerKey,
}

/// Builds the statement of one group of units.
fn statement(g: &[usize], all: &[Unit], read: &[Read], options: &Options) -> Option<Statement> {
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &u in g {
        by_article.entry(all[u].article).or_default().push(u);
    }
    let drafts: Vec<Draft> = by_article
        .into_iter()
        .map(|(article, us)| draft(article, &us, all))
        .collect();
    if drafts.len() < 2 {
        return None;
    }
    let speaker = main_speaker(&drafts);
    let translated = translation(speaker.as_ref(), &drafts, all, read, options);
    let fams = families(&drafts);
    let (reference, reference_by) = choose_reference(&drafts, &fams, read, options);
    let r = &drafts[reference];
    let r_side = Side {
        text: &read[r.article].input.text,
        reading: &r.reading,
    };
    let mut variants = Vec::new();
    for (i, d) in drafts.iter().enumerate() {
        let v_side = Side {
            text: &read[d.article].input.text,
            reading: &d.reading,
        };
        // Each passage credited to someone the statement's speaker cannot be.
        let attribution = match &speaker {
            Some(s) => d
                .passages
                .iter()
                .enumerate()
                .filter(|(_, &u)| all[u].speaker.is_known() && !s.matches(&all[u].speaker))
                .map(|(k, &u)| Conflict {
                    expected: s.name.clone().unwrap_or_default(),
                    credited: all[u].speaker.name.clone().unwrap_or_default(),
                    passage: k,
                })
                .collect(),
            None => Vec::new(),
        };
        let cx = Context {
            translated: translated.is_some(),
            attribution,
        };
        let judgement = classify(r_side, v_side, &align(&r.reading, &d.reading), &cx);
        let input = read[d.article].input;
        let passage = |u: usize| passage_of(&all[u], &read[d.article]);
        variants.push(Variant {
            article: d.article,
            outlet: input.outlet.clone(),
            path: input.path.clone(),
            speaker: d.speaker.name.clone(),
            is_reference: i == reference,
            family: fams.iter().position(|f| f.contains(&i)).unwrap_or(0),
            score: judgement.score,
            worst: judgement.worst,
            classes: judgement.classes,
            text: surface(v_side, 0..d.reading.len()),
            passages: d.passages.iter().map(|&u| passage(u)).collect(),
            repeats: d.repeats.iter().map(|&u| passage(u)).collect(),
            chunks: judgement.chunks,
            differences: judgement.differences,
        });
    }
    let worst = variants
        .iter()
        .map(|v| v.worst)
        .max()
        .unwrap_or(Severity::None);
    Some(Statement {
        id: 0,
        speaker: speaker.and_then(|s| s.name),
        translated,
        reference,
        reference_by,
        worst,
        families: fams,
        variants,
    })
}

/// One article's units of a statement: the passages that make its reading, and repeats
/// (units whose words stand inside another of the same article).
fn draft(article: usize, us: &[usize], all: &[Unit]) -> Draft {
    let contains = |big: &Unit, small: &Unit| {
        big.len() >= small.len()
            && big
                .reading
                .ids
                .windows(small.len())
                .any(|w| w == small.reading.ids.as_slice())
    };
    let mut passages = Vec::new();
    let mut repeats = Vec::new();
    for &u in us {
        let repeat = us.iter().any(|&o| {
            o != u && contains(&all[o], &all[u]) && (all[o].len() > all[u].len() || o < u)
        });
        if repeat {
            repeats.push(u);
        } else {
            passages.push(u);
        }
    }
    let reading = Reading::new(
        passages
            .iter()
            .map(|&u| all[u].reading.tokens.clone())
            .collect(),
    );
    let speaker =
        majority(passages.iter().chain(&repeats).map(|&u| &all[u].speaker)).unwrap_or_default();
    Draft {
        article,
        passages,
        repeats,
        reading,
        speaker,
    }
}

/// The speaker most variants credit; among names for that person, the longest.
fn main_speaker(drafts: &[Draft]) -> Option<SpeakerKey> {
    majority(drafts.iter().map(|d| &d.speaker))
}

/// The known speaker most of `keys` can be; among names for that person, the longest.
fn majority<'a>(keys: impl Iterator<Item = &'a SpeakerKey>) -> Option<SpeakerKey> {
    let known: Vec<&SpeakerKey> = keys.filter(|s| s.is_known()).collect();
    let votes = |k: &SpeakerKey| known.iter().filter(|o| o.matches(k)).count();
    let best = known.iter().max_by(|a, b| {
        let name_len = |k: &SpeakerKey| k.name.as_ref().map_or(0, String::len);
        (votes(a), name_len(a), std::cmp::Reverse(&a.name)).cmp(&(
            votes(b),
            name_len(b),
            std::cmp::Reverse(&b.name),
        ))
    })?;
    Some((*best).clone())
}

/// Variants with the same words, in order of their first member.
pub fn families_of(readings: &[&[u64]]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut index: HashMap<&[u64], usize> = HashMap::new();
    for (i, r) in readings.iter().enumerate() {
        match index.get(r) {
            Some(&f) => out[f].push(i),
            None => {
                index.insert(r, out.len());
                out.push(vec![i]);
            }
        }
    }
    out
}

fn families(drafts: &[Draft]) -> Vec<Vec<usize>> {
    let readings: Vec<&[u64]> = drafts.iter().map(|d| d.reading.ids.as_slice()).collect();
    families_of(&readings)
}

/// The reference reading: the outlet asked for; else the reading most outlets share; else the
/// longest (the first in article order on a tie).
fn choose_reference(
    drafts: &[Draft],
    fams: &[Vec<usize>],
    read: &[Read],
    options: &Options,
) -> (usize, &'static str) {
    if let Some(want) = &options.reference {
        if let Some(i) = drafts
            .iter()
            .position(|d| read[d.article].input.outlet.eq_ignore_ascii_case(want))
        {
            return (i, "chosen");
        }
    }
    let outlets = |f: &Vec<usize>| {
        f.iter()
            .map(|&i| read[drafts[i].article].input.outlet.as_str())
            .collect::<BTreeSet<_>>()
            .len()
    };
    let top = fams.iter().map(outlets).max().unwrap_or(0);
    let tops: Vec<&Vec<usize>> = fams.iter().filter(|f| outlets(f) == top).collect();
    if top >= 2 && tops.len() == 1 {
        return (tops[0][0], "shared");
    }
    let longest = (0..drafts.len())
        .max_by_key(|&i| (drafts[i].reading.len(), std::cmp::Reverse(i)))
        .unwrap_or(0);
    (longest, "longest")
}

/// Was the speaker translated? The manifest or `--translated` say so for a speaker; an
/// article says so near the quotation ("said in Spanish", "through an interpreter").
fn translation(
    speaker: Option<&SpeakerKey>,
    drafts: &[Draft],
    all: &[Unit],
    read: &[Read],
    options: &Options,
) -> Option<Translation> {
    if let Some(name) = speaker.and_then(|s| s.name.as_deref()) {
        if let Some(lang) = options.manifest.translated_language(name) {
            return Some(Translation {
                language: Some(lang.to_string()),
                from: "manifest",
                evidence: format!("{}: {name} spoke {lang}", manifest::FILE_NAME),
            });
        }
        let key = SpeakerKey::from_name(name);
        if let Some(t) = options.translated.iter().find(|t| {
            let k = SpeakerKey::from_name(t);
            k.is_known() && k.matches(&key)
        }) {
            return Some(Translation {
                language: None,
                from: "flag",
                evidence: format!("--translated {t}"),
            });
        }
    }
    for d in drafts {
        let text = &read[d.article].input.text;
        let paras = &read[d.article].paragraphs;
        for &u in d.passages.iter().chain(&d.repeats) {
            let at = all[u].start();
            // The paragraph that holds the quotation's start (paragraphs are sorted).
            let k = paras.partition_point(|p| p.end < at);
            let Some(p) = paras.get(k).filter(|p| p.start <= at) else {
                continue;
            };
            if let Some((phrase, language)) = translation_marker(&text[p.clone()]) {
                return Some(Translation {
                    language,
                    from: "article",
                    evidence: format!("{}: \u{201c}{phrase}\u{201d}", read[d.article].input.path),
                });
            }
        }
    }
    None
}

/// Languages an article may say a speaker spoke in.
const LANGUAGES: &[&str] = &[
    "Arabic",
    "Chinese",
    "Dutch",
    "Farsi",
    "French",
    "German",
    "Greek",
    "Hebrew",
    "Hindi",
    "Italian",
    "Japanese",
    "Korean",
    "Mandarin",
    "Persian",
    "Polish",
    "Portuguese",
    "Russian",
    "Spanish",
    "Swedish",
    "Turkish",
    "Ukrainian",
    "Urdu",
];

/// Verbs that say someone spoke in a language ("said in Spanish").
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "saying", "spoke", "speaks", "speaking", "wrote", "writes", "added", "told",
    "tweeted", "posted",
];

/// A phrase in a paragraph that says words were translated, and the language when it names one.
pub fn translation_marker(paragraph: &str) -> Option<(String, Option<String>)> {
    let lower = paragraph.to_lowercase();
    for phrase in [
        "through an interpreter",
        "through a translator",
        "via an interpreter",
        "(translated)",
        "translated from",
    ] {
        if lower.contains(phrase) {
            return Some((phrase.to_string(), None));
        }
    }
    for lang in LANGUAGES {
        let needle = format!("in {lang}");
        for (at, _) in paragraph.match_indices(&needle) {
            // "said in Spanish." and "speaking in Spanish to reporters" yes; "in Spanish media" no.
            let next = paragraph[at + needle.len()..].chars().next();
            let ends = next.is_none_or(|c| !c.is_alphanumeric() && c != ' ');
            let verb = paragraph[..at]
                .split_whitespace()
                .last()
                .unwrap_or("")
                .to_lowercase();
            let spoken = SPEECH_VERBS.contains(&verb.trim_matches(|c: char| !c.is_alphabetic()));
            if ends || spoken {
                return Some((
                    format!("{verb} {needle}").trim().to_string(),
                    Some((*lang).to_string()),
                ));
            }
        }
    }
    None
}

fn passage_of(u: &Unit, r: &Read) -> Passage {
    let quotes = &r.extraction.quotes;
    let first = &quotes[u.quotes[0]];
    let last = &quotes[*u.quotes.last().unwrap_or(&u.quotes[0])];
    let text = u
        .ranges
        .iter()
        .map(|g| r.input.text[g.clone()].trim())
        .collect::<Vec<_>>()
        .join(" \u{2026} ");
    let (line, column) = r.lines.line_col(&r.input.text, first.start);
    Passage {
        start: first.start,
        end: last.end,
        line,
        column,
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_say_when_words_were_translated() {
        let rows = [
            ("“No,” she said in Spanish.", Some("said in Spanish")),
            (
                "“No,” she said in Spanish on Monday.",
                Some("said in Spanish"),
            ),
            (
                "“No,” she added, speaking in Spanish.",
                Some("speaking in Spanish"),
            ),
            (
                "“No,” she said through an interpreter.",
                Some("through an interpreter"),
            ),
            ("“No (translated),” she said.", Some("(translated)")),
            ("“No,” she told Spanish media.", None),
            ("She spoke to reporters in Spanish media circles.", None),
        ];
        for (p, want) in rows {
            assert_eq!(
                translation_marker(p).map(|m| m.0),
                want.map(String::from),
                "{p}"
            );
        }
    }

    #[test]
    fn front_matter_names_the_outlet_and_keeps_offsets() {
        let text = "---\noutlet: \"El Diario\"\ntitle: \"x\"\n---\n“Yes,” she said.".to_string();
        let len = text.len();
        let (body, outlet) = front_matter(text);
        assert_eq!(outlet.as_deref(), Some("El Diario"));
        assert_eq!(body.len(), len);
        assert_eq!(extract(&body).quotes.len(), 1);
    }

    #[test]
    fn families_group_identical_readings_in_order() {
        let (a, b, c): (&[u64], &[u64], &[u64]) = (&[1, 2], &[1, 3], &[1, 2]);
        assert_eq!(families_of(&[a, b, c]), [vec![0, 2], vec![1]]);
    }

    #[test]
    fn fewer_than_two_articles_is_trouble() {
        let r = compare_inputs(
            vec![Input::new("a.txt", "AP", "“Yes,” she said.")],
            &Options::default(),
        );
        assert_eq!(exit_code(&r), TROUBLE);
        assert!(
            r.problems[0].message.contains("needs two or more articles"),
            "{:?}",
            r.problems
        );
    }
}
