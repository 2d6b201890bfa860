//! `verbatim verify`: each quotation of the articles checked against the source transcripts.

use std::path::PathBuf;
use verbatim::exit::TROUBLE;
use verbatim::report;
use verbatim::verify::{exit_code, Request, Verdict};

/// `verbatim verify --source PATH... ARTICLE...`
#[derive(Debug, Clone, clap::Args)]
pub struct VerifyArgs {
    /// What was said: a transcript (NAME: labels), captions (.vtt, .srt), a saved transcript
    /// page (.html), a plain text, or a directory of them (repeatable). NAME=PATH names the
    /// one speaker of a source without labels ("Donald Trump=speech.txt"); so does the
    /// [sources] table of a verbatim.toml beside it.
    #[arg(long = "source", required = true, value_name = "[NAME=]PATH")]
    pub sources: Vec<String>,
    /// Articles, directories of them, .jsonl corpora ({"text", "id"} a line), saved pages.
    #[arg(required = true, value_name = "ARTICLE")]
    pub articles: Vec<PathBuf>,
    /// Check every speech quotation against every source, whoever the article credits
    /// (default: the quotations credited to a speaker of the sources).
    #[arg(long)]
    pub all: bool,
    /// A speaker whose words the sources give in translation (repeatable): changed words
    /// are translation variants.
    #[arg(long = "translated", value_name = "NAME")]
    pub translated: Vec<String>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit with 1 when a quotation gets one of these verdicts (comma-separated; default:
    /// every verdict but verbatim).
    #[arg(
        long = "fail-on",
        value_enum,
        value_delimiter = ',',
        value_name = "VERDICT"
    )]
    pub fail_on: Vec<FailOn>,
    #[command(flatten)]
    pub options: super::OptionArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For a terminal: a summary, then each quotation with its verdict and the source's words
    Text,
    /// For a pull request or a CMS note: a summary table, then each quotation
    Markdown,
    /// The whole result, schema verbatim.verify/1 (docs/VERIFY.md)
    Json,
    /// One self-contained web page: each quotation beside the source passage
    Html,
    /// GitHub Actions annotations: each quotation not word for word on its article's line
    Github,
    /// JUnit XML for CI: a test case per quotation, failed at --fail-on
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Verbatim,
    Altered,
    Context,
    Spliced,
    Misattributed,
    #[value(name = "not_found", alias = "not-found")]
    NotFound,
}

impl FailOn {
    fn verdict(self) -> Verdict {
        match self {
            FailOn::Verbatim => Verdict::Verbatim,
            FailOn::Altered => Verdict::Altered,
            FailOn::Context => Verdict::Context,
            FailOn::Spliced => Verdict::Spliced,
            FailOn::Misattributed => Verdict::Misattributed,
            FailOn::NotFound => Verdict::NotFound,
        }
    }
}

impl VerifyArgs {
    pub fn request(&self) -> Request {
        Request {
            sources: self.sources.clone(),
            articles: self.articles.clone(),
            all: self.all,
            translated: self.translated.clone(),
            fail_on: self.fail_on.iter().map(|f| f.verdict()).collect(),
            options: self.options.options(),
        }
    }
}

/// Runs `verbatim verify` and returns the exit code.
pub fn run(args: &VerifyArgs) -> u8 {
    let result = verbatim::verify::verify(&args.request());
    for p in &result.problems {
        verbatim::error::report(p);
    }
    for s in result
        .sources
        .iter()
        .filter(|s| s.encoding == "windows-1252")
    {
        verbatim::error::warn(format_args!(
            "{}: not UTF-8; read as {} (convert it to UTF-8 to be sure of every character)",
            s.file, s.encoding
        ));
    }
    if !args.all {
        for s in result.sources.iter().filter(|s| s.speakers.is_empty()) {
            verbatim::error::warn(format_args!(
                "{}: names no speaker, so no quotation is checked against it; \
                 name its speaker as --source \"NAME={}\" or in the [sources] table of a verbatim.toml beside it, \
                 or check every quotation with --all",
                s.file, s.file
            ));
        }
    }
    let code = exit_code(&result);
    // A source that could not be read stops the run before any verdict: no report.
    if result.summary.sources == 0 || (result.quotations.is_empty() && result.articles.is_empty()) {
        return code;
    }
    // The verdicts that fail the run, as verify judged them (all but verbatim by default).
    let fail_on: Vec<Verdict> = match args.fail_on.as_slice() {
        [] => Verdict::ALL[1..].to_vec(),
        given => given.iter().map(|f| f.verdict()).collect(),
    };
    let written = super::print(|out| match args.format {
        Format::Text => {
            let color =
                anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
            let width = report::wrap::width(std::io::IsTerminal::is_terminal(&std::io::stdout()));
            report::verify_text::write(&result, color, width, out)
        }
        Format::Markdown => write!(out, "{}", report::verify_markdown::render(&result)),
        Format::Json => report::verify_json::write(&result, out),
        Format::Html => write!(out, "{}", report::verify_html::render(&result)),
        Format::Github => write!(out, "{}", report::verify_github::render(&result, &fail_on)),
        Format::Junit => write!(out, "{}", report::verify_junit::render(&result, &fail_on)),
    });
    match written {
        Ok(()) => code,
        Err(c) if c == TROUBLE => TROUBLE,
        Err(_) => code,
    }
}
