//! The command line: each subcommand's arguments (clap) and the function that runs it.
//!
//! The library knows nothing of clap or of exit codes' plumbing: a subcommand here reads its
//! arguments, calls the library ([`verbatim::extract`], [`verbatim::compare`],
//! [`verbatim::eval`], [`verbatim::verify`]), hands the result to a report ([`verbatim::report`]) and returns an
//! exit code from [`verbatim::exit`]. Adding a subcommand is a file here, a variant in
//! `Command` and a branch in `main`.

pub mod compare;
pub mod eval;
pub mod extract;
pub mod verify;

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use verbatim::error::report;
use verbatim::exit::{SAME, TROUBLE};

/// Options of extraction, shared by the subcommands that extract.
#[derive(Debug, Clone, Args)]
pub struct OptionArgs {
    /// Read '' and `` as double quote marks (''like this''), as newswire archives write them.
    #[arg(long)]
    pub doubled_apostrophes: bool,
}

impl OptionArgs {
    pub fn options(&self) -> verbatim::extract::Options {
        verbatim::extract::Options {
            doubled_apostrophes: self.doubled_apostrophes,
        }
    }
}

/// Writes to standard output through a buffer. A closed pipe (`verbatim ... | head`) ends
/// the output quietly; any other write error is reported. `Err` holds the exit code to use.
pub fn print(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), u8> {
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

/// The paths to read: those given, or `-` (standard input) when none is given and standard
/// input holds something to read. `None`, after saying so, when there is nothing to read.
pub fn paths_or_stdin(paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
    if !paths.is_empty() {
        return Some(paths.to_vec());
    }
    if stdin_has_input() {
        return Some(vec![PathBuf::from("-")]);
    }
    report(
        "no input: name files or directories (`verbatim extract article.txt`), or pipe text in \
         (`cat article.txt | verbatim extract`)",
    );
    None
}

/// Whether standard input can be read when no path is given: not a terminal (someone would
/// have to type) and, as ripgrep decides, a pipe, a file or a socket, not a device such as
/// the `/dev/null` that cron jobs and CI runners give.
fn stdin_has_input() -> bool {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        let kind = stdin
            .as_fd()
            .try_clone_to_owned()
            .and_then(|fd| std::fs::File::from(fd).metadata())
            .map(|m| m.file_type());
        if let Ok(t) = kind {
            return t.is_file() || t.is_fifo() || t.is_socket();
        }
    }
    true
}

/// A progress bar on standard error for a directory or a corpus, counting bytes read; hidden
/// when standard error is not a terminal (a log, a pipe, CI), under `--quiet`, or for a few
/// files named one by one.
pub fn progress_bar(inputs: &verbatim::read::Inputs) -> ProgressBar {
    if verbatim::error::quiet() || !inputs.is_collection() || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(
        Some(inputs.bytes_total()),
        ProgressDrawTarget::stderr_with_hz(4),
    );
    bar.set_style(
        ProgressStyle::with_template(
            "verbatim: {bar:30} {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, {eta} left)",
        )
        .expect("a valid template"),
    );
    bar
}
