//! `verbatim verify`: each quotation of the articles checked against what was actually said.
//!
//! A fact-checker's first question about a quotation is "is that what they said?". The answer
//! is in a transcript, captions or a prepared text; verify finds each quotation's place there
//! and says, with the evidence, whether it is verbatim, altered, spliced, out of context,
//! misattributed or not found. A source is simply an authoritative reading: the word diff and
//! its classes are compare's.
//!
//! | step | where |
//! |---|---|
//! | read the sources: transcripts, captions, pages, directories | [`source`], [`transcript`], [`captions`] |
//! | index their words once | [`index`] |
//! | read the articles, extract their quotations (in parallel) | [`crate::read`], [`crate::extract`], [`crate::compare::align::units`] |
//! | locate each quotation, piece by piece | [`locate`] |
//! | judge it: splices, context, speaker, the word diff | [`verdict`] |
//! | the result's types, schema `verbatim.verify/1` | [`model`] |
//! | drawn | [`crate::report::verify_text`], [`crate::report::verify_markdown`], [`crate::report::verify_json`], [`crate::report::verify_html`] |
//!
//! ```
//! use verbatim::verify::{verify_texts, Verdict};
//! let source = "MS. RUIZ: We will not close the port. It stays open.\nMR. HALE: We will close the port.\n";
//! let article = "“We will close the port,” Elena Ruiz said.";
//! let result = verify_texts(&[("debate.txt", source, None)], &[("a.txt", article)]);
//! assert_eq!(result.quotations[0].verdict, Verdict::Misattributed);
//! ```

pub mod captions;
pub mod index;
pub mod locate;
pub mod model;
pub mod source;
pub mod transcript;
pub mod verdict;

pub use model::*;

use crate::compare::align::units;
use crate::compare::classify::Severity;
use crate::compare::manifest::Manifest;
use crate::compare::model::Problem;
use crate::compare::problem_of;
use crate::compare::translation::translation_marker;
use crate::extract::text::{paragraphs, LineIndex};
use crate::extract::{extract_with, Options};
use crate::read::{read_inputs, Document, Metadata};
use index::Corpus;
use rayon::prelude::*;
use source::{Source, Spec};
use std::path::PathBuf;
use verdict::{Checker, Quoted};

pub use crate::exit::{DIFFERENCES, SAME, TROUBLE};

/// What to verify, as the command line gives it.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// `PATH` or `NAME=PATH`: transcripts, captions, pages, directories of them.
    pub sources: Vec<String>,
    /// Articles, directories, `.jsonl` corpora, pages, `-`.
    pub articles: Vec<PathBuf>,
    /// Check every speech quotation, whoever it is credited to.
    pub all: bool,
    /// Speakers whose words the sources give in translation.
    pub translated: Vec<String>,
    /// The verdicts that fail the run (exit 1); empty: every verdict but `verbatim`.
    pub fail_on: Vec<Verdict>,
    pub options: Options,
}

/// 2 when an input could not be used, 1 when a verdict reached `--fail-on`, else 0.
pub fn exit_code(result: &Verification) -> u8 {
    if !result.problems.is_empty() {
        TROUBLE
    } else if result.summary.failed {
        DIFFERENCES
    } else {
        SAME
    }
}

/// Reads the sources and articles of a request and checks every quotation.
///
/// A source that cannot be read stops the run before any quotation is judged: without it,
/// quotations would be reported "not found" that are not. An article that cannot be read is
/// a problem; the others are still checked.
pub fn verify(req: &Request) -> Verification {
    let specs: Vec<Spec> = req.sources.iter().map(|s| Spec::parse(s)).collect();
    let (sources, manifest, mut problems) = source::load(&specs);
    if sources.is_empty() && problems.is_empty() {
        problems.push(Problem {
            path: "--source".into(),
            line: None,
            column: None,
            message: "no source given; name a transcript, captions or a directory with --source"
                .into(),
        });
    }
    if !problems.is_empty() {
        return finish(&sources, &[], Vec::new(), 0, problems, req);
    }
    let (docs, errors) = read_inputs(&req.articles);
    problems.extend(errors.iter().map(problem_of));
    verify_documents(&sources, &manifest, &docs, problems, req)
}

/// Checks articles already read against sources already read.
pub fn verify_documents(
    sources: &[Source],
    manifest: &Manifest,
    docs: &[Document],
    problems: Vec<Problem>,
    req: &Request,
) -> Verification {
    let corpus = Corpus::new(sources);
    let checker = Checker::new(&corpus, manifest, &req.translated);
    let per_doc: Vec<(Vec<Checked>, usize)> =
        docs.par_iter().map(|d| article(&checker, d, req)).collect();
    let mut skipped = 0;
    let mut quotations = Vec::new();
    for (q, s) in per_doc {
        quotations.extend(q);
        skipped += s;
    }
    let names: Vec<String> = docs.iter().map(|d| d.name.clone()).collect();
    let mut v = finish(sources, &names, quotations, skipped, problems, req);
    for (info, k) in v.sources.iter_mut().zip(0..) {
        info.words = corpus.words(k);
    }
    v
}

/// Checks the quotations of one article; returns them and how many were skipped.
fn article(checker: &Checker, doc: &Document, req: &Request) -> (Vec<Checked>, usize) {
    let text = &doc.text;
    let extraction = extract_with(text, &req.options);
    let us = units(0, text, &extraction);
    let paras = paragraphs(text);
    let lines = LineIndex::new(text);
    let mut out = Vec::new();
    let mut skipped = 0;
    for u in &us {
        let chosen = req.all || checker.speaks(&u.speaker);
        if !chosen {
            skipped += 1;
            continue;
        }
        let first = &extraction.quotes[u.quotes[0]];
        let last = &extraction.quotes[*u.quotes.last().unwrap_or(&u.quotes[0])];
        let (line, column) = lines.line_col(text, first.start.min(text.len()));
        let shown: Vec<&str> = u
            .quotes
            .iter()
            .map(|&k| extraction.quotes[k].text.as_str())
            .collect();
        let k = paras.partition_point(|p| p.end < first.start);
        let marker = paras
            .get(k)
            .and_then(|p| text.get(p.clone()))
            .and_then(translation_marker)
            .map(|(phrase, _)| phrase);
        let speaker = first
            .speaker
            .name
            .clone()
            .or_else(|| first.speaker.mention.as_ref().map(|m| m.text.clone()));
        let blank = Checked {
            file: doc.name.clone(),
            start: first.start,
            end: last.end,
            line,
            column,
            text: shown.join(" "),
            speaker,
            verdict: Verdict::NotFound,
            severity: Severity::None,
            source: None,
            pieces: Vec::new(),
            similarity: 0.0,
            chunks: Vec::new(),
            differences: Vec::new(),
            context: None,
            translated: None,
            note: String::new(),
        };
        let q = Quoted {
            text,
            unit: u,
            marker,
        };
        out.push(checker.check(&q, blank));
    }
    (out, skipped)
}

fn finish(
    sources: &[Source],
    articles: &[String],
    quotations: Vec<Checked>,
    skipped: usize,
    problems: Vec<Problem>,
    req: &Request,
) -> Verification {
    let fail_on: Vec<Verdict> = if req.fail_on.is_empty() {
        Verdict::ALL[1..].to_vec()
    } else {
        req.fail_on.clone()
    };
    let mut counts = Counts::default();
    for q in &quotations {
        counts.add(q.verdict);
    }
    let failed = quotations.iter().any(|q| fail_on.contains(&q.verdict));
    Verification {
        schema: SCHEMA,
        sources: sources
            .iter()
            .map(|s| SourceInfo {
                file: s.name.clone(),
                kind: s.kind.name(),
                speakers: s.speakers(),
                words: 0,
                encoding: s.encoding,
            })
            .collect(),
        articles: articles.to_vec(),
        summary: Summary {
            articles: articles.len(),
            sources: sources.len(),
            quotations: quotations.len(),
            skipped,
            verdicts: counts,
            failed,
        },
        quotations,
        problems,
    }
}

/// Verifies texts in memory: `(name, text, speaker)` sources against `(name, text)`
/// articles, with the default request (for tests, examples and embedding).
pub fn verify_texts(
    sources: &[(&str, &str, Option<&str>)],
    articles: &[(&str, &str)],
) -> Verification {
    let sources: Vec<Source> = sources
        .iter()
        .map(|(name, text, speaker)| {
            let ext = name.rsplit('.').next().unwrap_or("");
            Source::new(name, text.to_string(), ext, *speaker)
        })
        .collect();
    let docs: Vec<Document> = articles
        .iter()
        .map(|(name, text)| Document {
            name: name.to_string(),
            text: text.to_string(),
            meta: Metadata::default(),
        })
        .collect();
    verify_documents(
        &sources,
        &Manifest::default(),
        &docs,
        Vec::new(),
        &Request::default(),
    )
}
