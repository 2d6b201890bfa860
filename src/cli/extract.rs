//! `verbatim extract`: every quotation in articles, with its speaker and cue.

use super::{print, OptionArgs};
use clap::Args;
use rayon::prelude::*;
use std::path::PathBuf;
use verbatim::error::report;
use verbatim::exit::{SAME, TROUBLE};
use verbatim::report::extract_text::{render, OutputFormat};

#[derive(Args)]
pub struct ExtractArgs {
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
pub enum InputFormat {
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

/// Runs `verbatim extract` and returns the exit code.
pub fn run(args: &ExtractArgs) -> u8 {
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
