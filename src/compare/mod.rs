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
//! | index, candidate pairs, groups of quotations that share words | [`align`] |
//! | every reading of a group aligned together | [`collate`] (pairwise steps by [`diff`]) |
//! | the group cut into statements; reconstruction, apparatus, families, findings | [`statement`] |
//! | differences judged, coverage and fidelity | [`classify`], [`translation`] |
//! | the result's types | [`model`] |
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
pub mod collate;
pub mod diff;
pub mod manifest;
pub mod model;
pub mod normalize;
pub mod statement;
pub mod translation;

use crate::error::ReadError;
use crate::extract::text::{paragraphs, LineIndex};
use crate::extract::{extract, Extraction};
use align::{group, units, Unit};
use classify::Severity;
use manifest::Manifest;
pub use model::*;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

// Exit codes (crate::exit): SAME when nothing reaches the `--fail-on` severity,
// DIFFERENCES when something does, TROUBLE when an article or the manifest could not be
// read, or there are fewer than two articles.
pub use crate::exit::{DIFFERENCES, SAME, TROUBLE};

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
///
/// A mistake in what was asked (a manifest that cannot be read, an `--outlet`, `--reference`
/// or `--translated` that names nothing) stops the run before any comparison, as cargo stops
/// on a bad `Cargo.toml`: the result then holds no article, only the problems.
pub fn compare(args: &Request) -> Comparison {
    let (inputs, manifest, settings, mut problems) = load_parts(&args.paths, &args.outlets);
    let options = Options {
        reference: args
            .reference
            .clone()
            .or_else(|| manifest.reference.clone()),
        translated: args.translated.clone(),
        manifest,
        fail_on: args.fail_on,
    };
    // No article: the result holds only the problems.
    let stop = |problems: Vec<Problem>| Comparison {
        problems,
        ..compare_inputs(Vec::new(), &options)
    };
    if !settings.is_empty() {
        return stop(settings.into_iter().chain(problems).collect());
    }
    // A reference outlet that no article is from would judge every outlet against the
    // majority while the user believes otherwise: stop before any report is drawn.
    if let Some(want) = &options.reference {
        if !inputs.iter().any(|i| i.outlet.eq_ignore_ascii_case(want)) {
            let outlets: BTreeSet<&str> = inputs.iter().map(|i| i.outlet.as_str()).collect();
            problems.push(Problem {
                path: "--reference".into(),
                line: None,
                column: None,
                message: format!(
                    "no article is from outlet {want:?}; the outlets are: {}",
                    outlets.into_iter().collect::<Vec<_>>().join(", ")
                ),
            });
            return stop(problems);
        }
    }
    let mut result = compare_inputs(inputs, &options);
    // A translated speaker nobody quotes changes nothing, while the user believes otherwise.
    let unknown: Vec<&String> = args
        .translated
        .iter()
        .filter(|name| {
            let key = align::SpeakerKey::from_name(name);
            !result.statements.iter().any(|s| {
                s.speaker
                    .as_deref()
                    .is_some_and(|sp| key.matches(&align::SpeakerKey::from_name(sp)))
            })
        })
        .collect();
    if !unknown.is_empty() && result.summary.articles >= 2 {
        let speakers: BTreeSet<&str> = result
            .statements
            .iter()
            .filter_map(|s| s.speaker.as_deref())
            .collect();
        for name in unknown {
            problems.push(Problem {
                path: "--translated".into(),
                line: None,
                column: None,
                message: format!(
                    "no statement quoted in common is credited to {name:?}; the speakers are: {}",
                    speakers.iter().copied().collect::<Vec<_>>().join(", ")
                ),
            });
        }
        return stop(problems);
    }
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
    let (inputs, manifest, mut problems, mut reading) = load_parts(paths, outlet_flags);
    problems.append(&mut reading);
    (inputs, manifest, problems)
}

/// [`load`], with the problems of what was asked (manifests, `--outlet`) apart from those of
/// reading the articles.
///
/// Each path is made canonical once (a manifest's files, the flags', each article's source),
/// so that a manifest naming N files costs N look-ups, not N².
fn load_parts(
    paths: &[PathBuf],
    outlet_flags: &[String],
) -> (Vec<Input>, Manifest, Vec<Problem>, Vec<Problem>) {
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
    let flag_keys: Vec<PathBuf> = flags.iter().map(|(_, p, _)| canonical(p)).collect();
    let mut merged = Manifest::default();
    // The outlets the manifests name, by the canonical path of their file.
    let mut named: HashMap<PathBuf, String> = HashMap::new();
    for p in paths.iter().filter(|p| p.is_dir()) {
        let m = read_manifest(p, &mut problems).unwrap_or_default();
        for (name, outlet) in &m.outlets {
            let file = p.join(name);
            if file.is_file() {
                named
                    .entry(canonical(&file))
                    .or_insert_with(|| outlet.clone());
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
    let reading: Vec<Problem> = errors.iter().map(problem_of).collect();
    let mut inputs = Vec::new();
    // The lines of a corpus share their file: made canonical once.
    let mut last: Option<(PathBuf, PathBuf)> = None;
    for doc in docs {
        let source = PathBuf::from(source_path(&doc));
        let is_line = source.as_os_str() != doc.name.as_str();
        let key = match &last {
            Some((s, k)) if *s == source => k.clone(),
            _ => {
                let k = canonical(&source);
                last = Some((source.clone(), k.clone()));
                k
            }
        };
        let flag = flags
            .iter_mut()
            .zip(&flag_keys)
            .find(|(_, fk)| **fk == key)
            .map(|(f, _)| f);
        let flag_name = flag.map(|f| {
            f.2 = true;
            f.0.clone()
        });
        let from_manifest = named.get(&key).cloned();
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
    (inputs, merged, problems, reading)
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
/// A read error as a problem of the report (file, line, column, message).
pub fn problem_of(e: &ReadError) -> Problem {
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

/// The path that names a file whatever the spelling (`./a.txt`, `dir/../a.txt`, a link); the
/// path itself for one that does not exist.
fn canonical(p: &Path) -> PathBuf {
    p.canonicalize().unwrap_or_else(|_| p.to_path_buf())
}

fn problem(path: &Path, message: &str) -> Problem {
    Problem {
        path: path.display().to_string(),
        line: None,
        column: None,
        message: message.into(),
    }
}

/// The manifest of directory `dir`, if it has one; a manifest that cannot be read is a problem.
pub fn read_manifest(dir: &Path, problems: &mut Vec<Problem>) -> Option<Manifest> {
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
    /// Each paragraph's translation marker, found once when a statement first asks.
    markers: Vec<std::sync::OnceLock<model::Marker>>,
}

/// Compares articles already read.
pub fn compare_inputs(inputs: Vec<Input>, options: &Options) -> Comparison {
    let mut problems = Vec::new();
    if inputs.len() < 2 {
        problems.push(Problem {
            path: "articles".into(),
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
        .map(|input| {
            let paragraphs = paragraphs(&input.text);
            Read {
                input,
                extraction: extract(&input.text),
                lines: LineIndex::new(&input.text),
                markers: paragraphs.iter().map(|_| Default::default()).collect(),
                paragraphs,
            }
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
    let mut all = all;
    let groups = group(&all);
    // Statements read their units' tokens anew from the text: let them go, so that a corpus's
    // tokens and its statements are never in memory at once.
    all.par_iter_mut().for_each(|u| u.reading.compact());
    let sources: Vec<Source> = read
        .iter()
        .map(|r| Source {
            path: &r.input.path,
            outlet: &r.input.outlet,
            text: &r.input.text,
            quotes: &r.extraction.quotes,
            lines: &r.lines,
            paragraphs: &r.paragraphs,
            markers: &r.markers,
        })
        .collect();
    let mut statements: Vec<Statement> = groups
        .par_iter()
        .flat_map_iter(|g| statement::statements(g, &all, &sources, options))
        .collect();
    // Most severe first; within a severity, in the order they are first quoted (rayon keeps
    // the groups' order, and the sort is stable).
    statements.sort_by_key(|s| std::cmp::Reverse(s.worst));
    for (i, s) in statements.iter_mut().enumerate() {
        s.id = i + 1;
        for f in &mut s.findings {
            f.statement = i + 1;
        }
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
    let mut lead: Vec<Finding> = statements
        .iter()
        .flat_map(|s| s.findings.iter().cloned())
        .filter(|f| f.severity >= Severity::Minor)
        .collect();
    lead.sort_by_key(|f| std::cmp::Reverse(f.severity));
    lead.truncate(LEAD_FINDINGS);
    // The articles' extractions and units go before the result is handed back.
    let quotations = all.len();
    drop(sources);
    drop(read);
    drop(all);
    Comparison {
        schema: SCHEMA,
        summary: Summary {
            articles: articles.len(),
            outlets: outlets.len(),
            quotations,
            statements: statements.len(),
            changed: statements
                .iter()
                .filter(|s| s.worst > Severity::Cosmetic)
                .count(),
            differences: counts,
            worst,
            fail_on,
            failed: worst >= fail_on,
            lead,
        },
        articles,
        statements,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_say_when_words_were_translated() {
        use crate::compare::translation::translation_marker;
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
