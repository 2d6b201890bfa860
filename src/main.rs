//! The `verbatim` command line: thin subcommands over the library, one file each in `cli/`.
//!
//! Each subcommand is a clap `Args` struct and a `run` function that returns an exit code
//! from [`verbatim::exit`]. Errors go through [`verbatim::error::report`], so that every
//! message reads `verbatim: error: FILE:POSITION: what went wrong; what to do`.
//!
//! Two options hold for every subcommand, as in cargo: `--color` (anstream's choice for
//! every stream, `auto` honouring `NO_COLOR` and `CLICOLOR_FORCE`) and `--quiet` (no warnings,
//! no progress; errors are still told). `completions` and `man` print what a package needs
//! to install the command, generated from the same clap definition so they never go stale.

mod cli;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "verbatim", version, about, propagate_version = true)]
struct Cli {
    /// When to colour the output (auto: on a terminal, unless NO_COLOR is set).
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    color: ColorWhen,
    /// No warnings and no progress bar; errors are still shown.
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
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
    /// Print a completion script for a shell.
    ///
    /// For example: `verbatim completions bash > ~/.local/share/bash-completion/completions/verbatim`,
    /// or `verbatim completions zsh > ~/.zfunc/_verbatim`.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff): `verbatim man > verbatim.1; man ./verbatim.1`.
    Man,
}

/// The `--color` given, looked for before clap parses, so that clap's own help and usage
/// errors follow it too.
fn color_arg() -> Option<ColorWhen> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = args.iter().enumerate().rev().find_map(|(i, a)| {
        a.strip_prefix("--color=")
            .map(str::to_string)
            .or_else(|| (a == "--color").then(|| args.get(i + 1).cloned()).flatten())
    })?;
    clap::ValueEnum::from_str(&value, true).ok()
}

fn main() -> ExitCode {
    let early = color_arg().unwrap_or(ColorWhen::Auto);
    let matches = Cli::command()
        .color(match early {
            ColorWhen::Auto => clap::ColorChoice::Auto,
            ColorWhen::Always => clap::ColorChoice::Always,
            ColorWhen::Never => clap::ColorChoice::Never,
        })
        .get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match cli.color {
        ColorWhen::Auto => anstream::ColorChoice::Auto,
        ColorWhen::Always => anstream::ColorChoice::Always,
        ColorWhen::Never => anstream::ColorChoice::Never,
    }
    .write_global();
    verbatim::error::set_quiet(cli.quiet);
    let code = match cli.command {
        Command::Extract(args) => cli::extract::run(&args),
        Command::Eval(args) => cli::eval::run(&args),
        Command::Compare(args) => cli::compare::run(&args),
        Command::Verify(args) => cli::verify::run(&args),
        Command::Completions { shell } => cli::print(|out| {
            clap_complete::generate(shell, &mut Cli::command(), "verbatim", out);
            Ok(())
        })
        .err()
        .unwrap_or(verbatim::exit::SAME),
        Command::Man => cli::print(|out| {
            clap_mangen::Man::new(Cli::command()).render(out)?;
            out.flush()
        })
        .err()
        .unwrap_or(verbatim::exit::SAME),
    };
    ExitCode::from(code)
}
