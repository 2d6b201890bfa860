//! `verbatim extract`: every quotation in articles, with its speaker and cue.
//!
//! The inputs are read as a stream ([`verbatim::read::Inputs`]) and handled in bounded
//! batches: read a batch, extract it in parallel (rayon keeps its order), write it, let it go.
//! So a corpus of any size runs in the memory of one batch and the output starts at once;
//! only `--format html`, one page of everything, holds all the results. Errors and warnings
//! are told at the end, where they are seen after a long listing.

use super::{print, OptionArgs};
use clap::Args;
use rayon::prelude::*;
use std::io::{self, Write};
use std::path::PathBuf;
use verbatim::compare::{problem_of, Problem};
use verbatim::error::{report, warn};
use verbatim::exit::{SAME, TROUBLE};
use verbatim::extract::Extraction;
use verbatim::read::{Document, Inputs, Item};
use verbatim::report::extract_text::{render, OutputFormat, SCHEMA};

#[derive(Args)]
pub struct ExtractArgs {
    /// Files (.txt, .md, .jsonl corpora, .html pages), directories (read recursively), or `-`
    /// for standard input; with no PATH, standard input when it is not a terminal.
    #[arg(value_name = "PATH")]
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

/// A batch ends at this many documents or this many bytes of text, whichever comes first:
/// enough for every core to have work, small enough that memory does not grow with a corpus.
const BATCH_DOCUMENTS: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

/// The inputs, batch by batch, with the errors and warnings met on the way kept for the end.
struct Batches {
    inputs: Inputs,
    told: Vec<Item>,
    progress: indicatif::ProgressBar,
}

impl Batches {
    fn new(inputs: Inputs) -> Batches {
        let progress = super::progress_bar(&inputs);
        Batches {
            inputs,
            told: Vec::new(),
            progress,
        }
    }

    /// The next documents, in order; empty at the end.
    fn next(&mut self) -> Vec<Document> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_DOCUMENTS && bytes < BATCH_BYTES {
            match self.inputs.next() {
                Some(Item::Document(d)) => {
                    bytes += d.text.len();
                    batch.push(d);
                }
                Some(other) => self.told.push(other),
                None => break,
            }
        }
        self.progress.set_position(self.inputs.bytes_read());
        batch
    }

    /// Clears the progress bar and tells the errors and warnings; the exit code they make.
    fn finish(self) -> u8 {
        self.progress.finish_and_clear();
        let mut code = SAME;
        for item in &self.told {
            match item {
                Item::Error(e) => {
                    report(e);
                    code = TROUBLE;
                }
                Item::Warning(w) => warn(w),
                Item::Document(_) => {}
            }
        }
        code
    }

    /// The errors so far, as the `problems` of the JSON output.
    fn problems(&self) -> Vec<Problem> {
        self.told
            .iter()
            .filter_map(|i| match i {
                Item::Error(e) => Some(problem_of(e)),
                _ => None,
            })
            .collect()
    }
}

/// Runs `verbatim extract` and returns the exit code.
pub fn run(args: &ExtractArgs) -> u8 {
    let Some(paths) = super::paths_or_stdin(&args.paths) else {
        return TROUBLE;
    };
    let mut batches = Batches::new(Inputs::new(&paths, args.input_format.into()));
    let written = if args.show_text {
        print(|out| show_text(&mut batches, out))
    } else {
        let options = args.options.options();
        print(|out| {
            let mut writer = Writer::new(args.format, out);
            let mut batch = batches.next();
            while !batch.is_empty() {
                // The next batch is read while this one is extracted, so that reading (a
                // corpus's JSON) does not leave the other cores idle. rayon's collect keeps
                // the input order, so the output does not depend on scheduling.
                let (results, next) = rayon::join(
                    || {
                        batch
                            .into_par_iter()
                            .map(|d| {
                                let found = verbatim::extract::extract_with(&d.text, &options);
                                (d, found)
                            })
                            .collect::<Vec<(Document, Extraction)>>()
                    },
                    || batches.next(),
                );
                writer.write(results)?;
                batch = next;
            }
            writer.finish(&batches.problems())
        })
    };
    let code = batches.finish();
    written.err().unwrap_or(SAME).max(code)
}

/// `--show-text`: each document's text, under a `==> name <==` header when there are several.
fn show_text(batches: &mut Batches, out: &mut dyn Write) -> io::Result<()> {
    let first = batches.next();
    // Whether there is more than one document is known from the first two.
    let second = if first.len() == 1 {
        batches.next()
    } else {
        Vec::new()
    };
    let many = first.len() + second.len() > 1;
    let mut batch = first;
    batch.extend(second);
    while !batch.is_empty() {
        for d in &batch {
            if many {
                writeln!(out, "==> {} <==", d.name)?;
            }
            writeln!(out, "{}", d.text)?;
        }
        batch = batches.next();
    }
    Ok(())
}

/// Writes results batch by batch, byte for byte as one call of [`render`] over all of them
/// would, the JSON document followed by its `problems`.
struct Writer<'a> {
    format: OutputFormat,
    out: &'a mut dyn Write,
    /// Documents written so far (for `--format html`: held until the end).
    written: usize,
    held: Vec<(Document, Extraction)>,
}

/// What [`render`] writes around the documents in `--format json`.
fn json_envelope() -> (String, &'static str) {
    (
        format!("{{\n  \"schema\": \"{SCHEMA}\",\n  \"documents\": ["),
        "\n  ]\n}\n",
    )
}

impl<'a> Writer<'a> {
    fn new(format: OutputFormat, out: &'a mut dyn Write) -> Writer<'a> {
        Writer {
            format,
            out,
            written: 0,
            held: Vec::new(),
        }
    }

    fn write(&mut self, results: Vec<(Document, Extraction)>) -> io::Result<()> {
        match self.format {
            OutputFormat::Text => {
                if self.written > 0 {
                    self.out.write_all(b"\n")?;
                }
                render(OutputFormat::Text, &results, self.out)?;
            }
            OutputFormat::Jsonl => render(OutputFormat::Jsonl, &results, self.out)?,
            OutputFormat::Json => {
                // The batch's documents, cut out of the document render writes for them.
                let mut one = Vec::new();
                render(OutputFormat::Json, &results, &mut one)?;
                let (head, tail) = json_envelope();
                let documents = std::str::from_utf8(&one)
                    .ok()
                    .and_then(|s| s.strip_prefix(head.as_str()))
                    .and_then(|s| s.strip_prefix('\n'))
                    .and_then(|s| s.strip_suffix(tail))
                    .ok_or_else(|| {
                        io::Error::other("the JSON report's layout is not as expected")
                    })?;
                if self.written == 0 {
                    self.out.write_all(head.as_bytes())?;
                    self.out.write_all(b"\n")?;
                } else {
                    self.out.write_all(b",\n")?;
                }
                self.out.write_all(documents.as_bytes())?;
            }
            OutputFormat::Html => {
                self.held.extend(results);
                return Ok(());
            }
        }
        self.written += results.len();
        Ok(())
    }

    fn finish(self, problems: &[Problem]) -> io::Result<()> {
        match self.format {
            OutputFormat::Text | OutputFormat::Jsonl => Ok(()),
            OutputFormat::Html => render(OutputFormat::Html, &self.held, self.out),
            OutputFormat::Json => {
                let (head, _) = json_envelope();
                if self.written == 0 {
                    self.out.write_all(head.as_bytes())?;
                    self.out.write_all(b"]")?;
                } else {
                    self.out.write_all(b"\n  ]")?;
                }
                // Inputs that could not be read, as compare's JSON lists them.
                let problems = serde_json::to_string_pretty(problems)?;
                write!(
                    self.out,
                    ",\n  \"problems\": {}\n}}\n",
                    problems.replace('\n', "\n  ")
                )
            }
        }
    }
}
