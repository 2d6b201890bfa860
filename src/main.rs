//! The `verbatim` command line: thin subcommands over the library, one file each in `cli/`.
//!
//! Each subcommand is a clap `Args` struct and a `run` function that returns an exit code
//! from [`verbatim::exit`]. Errors go through [`verbatim::error::report`], so that every
//! message reads `verbatim: error: FILE:POSITION: what went wrong; what to do`.

mod cli;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

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
    Extract(cli::extract::ExtractArgs),
    /// Score quotation finding and attribution against an annotated corpus.
    ///
    /// Same rules and figures as qscore.py: spans match when, trimmed of quote marks, they
    /// overlap by half the longer one; the speaker is right when the mentions overlap or the
    /// names share a word.
    Eval(cli::eval::EvalArgs),
    /// Align the statements several articles quote in common and report how each outlet's
    /// wording diverges.
    ///
    /// Exits with 0 when nothing reaches --fail-on, 1 when something does, 2 on trouble.
    Compare(cli::compare::CompareArgs),
    /// Check each quotation of the articles against the source transcripts: verbatim,
    /// altered, out of context, spliced, misattributed or not found.
    ///
    /// Exits with 0 when no verdict reaches --fail-on, 1 when one does, 2 on trouble.
    Verify(cli::verify::VerifyArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Extract(args) => cli::extract::run(&args),
        Command::Eval(args) => cli::eval::run(&args),
        Command::Compare(args) => cli::compare::run(&args),
        Command::Verify(args) => cli::verify::run(&args),
    };
    ExitCode::from(code)
}
