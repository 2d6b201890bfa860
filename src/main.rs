//! The `verbatim` command line: thin subcommands over the library.
//!
//! Each subcommand is a clap `Args` struct and a function that runs it and returns an exit
//! code from [`verbatim::exit`]. Adding one (say `compare`, whose `Args` and `run` live in
//! `src/compare.rs`) takes two lines: a variant `Compare(verbatim::compare::Args)` in
//! [`Command`], and a branch `Command::Compare(args) => verbatim::compare::run(&args)` in
//! `main`. Errors go through [`verbatim::error::report`], so that every message reads
//! `verbatim: error: FILE:POSITION: what went wrong; what to do`.

use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use verbatim::error::report;
use verbatim::exit::{SAME, TROUBLE};
use verbatim::extract_output::{render, OutputFormat};

#[derive(Parser)]
#[command(name = "verbatim", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find every quotation in articles, with its speaker and cue.
    ///
    /// Exits with 0, or 2 if any input could not be read (the others are still printed).
    Extract(ExtractArgs),
    /// Score quotation finding and attribution against an annotated corpus.
    ///
    /// Same rules and figures as qscore.py: spans match when, trimmed of quote marks, they
    /// overlap by half the longer one; the speaker is right when the mentions overlap or the
    /// names share a word.
    Eval(EvalArgs),
    /// Align the statements several articles quote in common and report how each outlet's
    /// wording diverges.
    ///
    /// Exits with 0 when nothing reaches --fail-on, 1 when something does, 2 on trouble.
    Compare(verbatim::compare::CompareArgs),
}

#[derive(Args)]
struct ExtractArgs {
    /// Files (.txt, .md, .jsonl corpora), directories (read recursively), or `-` for
    /// standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// How to read standard input (`-`); files go by their extension.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input_format: InputFormat,
    /// Print each document's text as verbatim reads it (for a web page, the extracted article
    /// text that offsets point into) instead of its quotations.
    #[arg(long)]
    show_text: bool,
    #[command(flatten)]
    options: OptionArgs,
}

/// How standard input is read.
#[derive(Clone, Copy, clap::ValueEnum)]
enum InputFormat {
    /// Plain text or Markdown.
    Text,
    /// JSON Lines, one article a line with a "text" field.
    Jsonl,
    /// A saved web page.
    Html,
}

impl From<InputFormat> for verbatim::read::Format {
    fn from(f: InputFormat) -> Self {
        match f {
            InputFormat::Text => verbatim::read::Format::Text,
            InputFormat::Jsonl => verbatim::read::Format::Jsonl,
            InputFormat::Html => verbatim::read::Format::Html,
        }
    }
}

/// Options of extraction, shared by the subcommands that extract.
#[derive(Args)]
struct OptionArgs {
    /// Read '' and `` as double quote marks (''like this''), as newswire archives write them.
    #[arg(long)]
    doubled_apostrophes: bool,
}

impl OptionArgs {
    fn options(&self) -> verbatim::extract::Options {
        verbatim::extract::Options {
            doubled_apostrophes: self.doubled_apostrophes,
        }
    }
}

#[derive(Args)]
struct EvalArgs {
    /// The gold corpus: JSON Lines, one article a line with "id", "text" and "quotes".
    #[arg(value_name = "GOLD.jsonl")]
    gold: PathBuf,
    /// List the first N misses, false positives and wrong speakers.
    #[arg(long, value_name = "N", default_value_t = 0)]
    show: usize,
    /// Print the figures as one JSON object (the keys of qscore.py --json).
    #[arg(long)]
    json: bool,
    /// Score only the articles whose "split" is this.
    #[arg(long)]
    split: Option<String>,
    /// Also write verbatim's predictions to FILE, in qscore.py's format, to check the figures
    /// with `qscore.py GOLD FILE`.
    #[arg(long, value_name = "FILE")]
    predictions: Option<PathBuf>,
    /// Score the predictions in this file (qscore.py's format) instead of running verbatim.
    #[arg(long, value_name = "PRED.jsonl", conflicts_with = "predictions")]
    from_predictions: Option<PathBuf>,
    /// Also score the quotations found in a headline: the first line of a text, when the gold
    /// article's "title" is that line. By default they are left out, since corpora such as
    /// PolNeAR annotate the body only.
    #[arg(long)]
    headlines: bool,
    #[command(flatten)]
    options: OptionArgs,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => extract(&args),
        Command::Eval(args) => eval(&args),
        Command::Compare(args) => verbatim::compare::run(&args),
    };
    ExitCode::from(code)
}

fn extract(args: &ExtractArgs) -> u8 {
    let (docs, errors) = verbatim::read::read_inputs_as(&args.paths, args.input_format.into());
    if args.show_text {
        let written = print(|out| {
            for d in &docs {
                if docs.len() > 1 {
                    writeln!(out, "==> {} <==", d.name)?;
                }
                writeln!(out, "{}", d.text)?;
            }
            Ok(())
        });
        errors.iter().for_each(report);
        let code = if errors.is_empty() { SAME } else { TROUBLE };
        return written.err().unwrap_or(SAME).max(code);
    }
    let options = args.options.options();
    // rayon's collect keeps the input order, so the output does not depend on scheduling.
    let results: Vec<_> = docs
        .into_par_iter()
        .map(|d| {
            let found = verbatim::extract::extract_with(&d.text, &options);
            (d, found)
        })
        .collect();
    let written = print(|out| render(args.format, &results, out));
    // Errors come last, where they are seen after a long listing.
    for e in &errors {
        report(e);
    }
    let code = if errors.is_empty() { SAME } else { TROUBLE };
    written.err().unwrap_or(SAME).max(code)
}

fn eval(args: &EvalArgs) -> u8 {
    use verbatim::eval;
    let (gold, mut errors) = eval::load_gold(&args.gold, args.split.as_deref());
    let preds = match &args.from_predictions {
        Some(path) => match eval::load_predictions(path, &gold) {
            Ok((preds, e)) => {
                errors.extend(e);
                preds
            }
            Err(e) => {
                // Without the predictions every quote would count as missed: no figures.
                errors.push(e);
                errors.iter().for_each(report);
                return TROUBLE;
            }
        },
        None => {
            let options = args.options.options();
            gold.par_iter()
                .map(|a| {
                    let preds = eval::predict_with(&a.text, &options);
                    if args.headlines {
                        preds
                    } else {
                        eval::body_only(a, preds)
                    }
                })
                .collect()
        }
    };
    let mut code = SAME;
    if let Some(path) = &args.predictions {
        let written = std::fs::File::create(path).and_then(|f| {
            let mut w = BufWriter::new(f);
            eval::write_predictions(&mut w, &gold, &preds)?;
            w.flush()
        });
        if let Err(e) = written {
            report(format_args!(
                "{}: cannot write predictions: {e}",
                path.display()
            ));
            code = TROUBLE;
        }
    }
    for e in &errors {
        report(e);
    }
    if gold.is_empty() && !errors.is_empty() {
        // Nothing could be read: figures over nothing would only mislead.
        return TROUBLE;
    }
    if !errors.is_empty() {
        report(format_args!(
            "{} line(s) could not be read and are left out of the figures",
            errors.len()
        ));
        code = TROUBLE;
    }
    let scores = eval::score_predictions(&gold, &preds);
    let written = print(|out| {
        if args.json {
            writeln!(out, "{}", scores.summary_json())
        } else {
            write!(out, "{}", scores.show(args.show))?;
            writeln!(out, "{}", scores.summary_line())
        }
    });
    written.err().unwrap_or(SAME).max(code)
}

/// Writes to standard output through a buffer. A closed pipe (`verbatim ... | head`) ends
/// the output quietly; any other write error is reported. `Err` holds the exit code to use.
fn print(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), u8> {
    let mut out = BufWriter::new(io::stdout().lock());
    match f(&mut out).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Err(SAME),
        Err(e) => {
            report(format_args!("cannot write the output: {e}"));
            Err(TROUBLE)
        }
    }
}
