//! `verbatim compare`: the statements several articles quote in common, and how each outlet's
//! wording diverges.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use verbatim::compare::classify::Severity;
use verbatim::compare::{exit_code, Request};
use verbatim::exit::TROUBLE;
use verbatim::report;

/// `verbatim compare PATH...`
#[derive(Debug, Clone, clap::Args)]
pub struct CompareArgs {
    /// Articles (two or more), or directories of them (read recursively) with an optional
    /// verbatim.toml manifest. A .jsonl file holds one article a line ({"text", "outlet",
    /// "id"}); a saved web page (.html) is read for its article text and site name.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The outlet of one article, as NAME=PATH (repeatable). Otherwise the manifest, the file's
    /// front matter ("outlet:") or the file name tells.
    #[arg(long = "outlet", value_name = "NAME=PATH")]
    pub outlets: Vec<String>,
    /// Judge every outlet against this outlet's words wherever it quotes them (default: the
    /// reconstruction, each place as most outlets quote it).
    #[arg(long, value_name = "OUTLET")]
    pub reference: Option<String>,
    /// A speaker whose words were translated (repeatable): their changed words are translation
    /// variants.
    #[arg(long = "translated", value_name = "NAME")]
    pub translated: Vec<String>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit with 1 when a difference reaches this severity.
    #[arg(long = "fail-on", value_enum, default_value_t = FailOn::Major, value_name = "SEVERITY")]
    pub fail_on: FailOn,
    /// Show only the statements some outlet quotes differently (beyond the cosmetic); the
    /// summary and the exit code still count them all.
    #[arg(long)]
    pub only_changed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For a terminal: a summary, then each statement with a word diff per outlet
    Text,
    /// For a pull request or a CMS note: the same, with tables
    Markdown,
    /// The whole result, schema verbatim.compare/2 (docs/COMPARE.md)
    Json,
    /// One self-contained web page: a summary table, then a card per statement
    Html,
    /// GitHub Actions annotations: each difference beyond the cosmetic on its article's line
    Github,
    /// JUnit XML for CI: a test case per statement, failed at --fail-on
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Cosmetic,
    Minor,
    Major,
    Critical,
}

impl FailOn {
    pub fn severity(self) -> Severity {
        match self {
            FailOn::Cosmetic => Severity::Cosmetic,
            FailOn::Minor => Severity::Minor,
            FailOn::Major => Severity::Major,
            FailOn::Critical => Severity::Critical,
        }
    }
}

impl CompareArgs {
    /// The library's request: the arguments that decide the result, not how it is shown.
    pub fn request(&self) -> Request {
        Request {
            paths: self.paths.clone(),
            outlets: self.outlets.clone(),
            reference: self.reference.clone(),
            translated: self.translated.clone(),
            fail_on: Some(self.fail_on.severity()),
        }
    }
}

/// Runs `verbatim compare` and returns the exit code.
///
/// Errors are told on standard error, each once, as `verbatim: error: ...`. With fewer than
/// two articles compared (every input missing, or a mistake in what was asked, which stops
/// the run before any comparison) there is no report: an empty one would read as all clear.
pub fn run(args: &CompareArgs) -> u8 {
    let mut result = verbatim::compare::compare(&args.request());
    let code = exit_code(&result);
    let drawn = result.summary.articles >= 2;
    if !drawn && result.problems.len() > 1 {
        // "needs two or more articles, got 0" says nothing the errors before it do not.
        result
            .problems
            .retain(|p| !(p.path == "articles" && p.message.contains(", got 0:")));
    }
    // A text report on a terminal lists the problems itself ("trouble:"): not twice there.
    let in_report = drawn && args.format == Format::Text && std::io::stdout().is_terminal();
    if !in_report {
        for p in &result.problems {
            verbatim::error::report(p);
        }
    }
    if !drawn {
        return code;
    }
    if args.only_changed {
        // The summary still counts every statement; the report shows the changed ones.
        result.statements.retain(|s| s.worst > Severity::Cosmetic);
    }
    let written = match args.format {
        Format::Text => {
            // Colour only for a terminal that wants it; anything else gets plain text written
            // straight through (stripping styles afterwards costs as much as the report).
            let stdout = std::io::stdout();
            let color = anstream::AutoStream::choice(&stdout) != anstream::ColorChoice::Never;
            let width = report::wrap::width(std::io::IsTerminal::is_terminal(&stdout));
            let mut out = std::io::BufWriter::new(stdout.lock());
            report::compare_text::write(&result, color, width, &mut out).and_then(|()| out.flush())
        }
        Format::Markdown => write!(
            std::io::stdout(),
            "{}",
            report::compare_markdown::render(&result)
        ),
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            report::compare_json::write(&result, &mut out).and_then(|()| out.flush())
        }
        Format::Html => write!(
            std::io::stdout(),
            "{}",
            report::compare_html::render(&result)
        ),
        Format::Github => write!(
            std::io::stdout(),
            "{}",
            report::compare_github::render(&result)
        ),
        Format::Junit => write!(
            std::io::stdout(),
            "{}",
            report::compare_junit::render(&result)
        ),
    };
    // The process ends here: handing back millions of small blocks one by one would take
    // seconds on a corpus, for nothing.
    std::mem::forget(result);
    // A closed pipe (`| head`) is not trouble.
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            verbatim::error::report(format_args!("cannot write the report: {e}"));
            return TROUBLE;
        }
    }
    code
}
