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
use std::io::{self, BufWriter, Write};
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
