//! What can go wrong with an input, and how it is told to the user.
//!
//! Every error names the file and the position of the trouble (a line, a column, a byte
//! offset) and says what to do next. None of them stops the run: the reader and the scorer
//! collect them, carry on with the other inputs, and the command exits with
//! [`crate::exit::TROUBLE`] at the end. Errors in what the user asked for (a manifest, a
//! flag naming nothing) are different: the command stops before any report, as cargo does.
//!
//! A warning ([`ReadWarning`], [`warn`]) is something read, but maybe not as the user thinks
//! (a UTF-16 file, NUL bytes), or skipped (a FIFO in a directory); it does not change the exit
//! code. `--quiet` silences warnings ([`set_quiet`]), never errors.
//!
//! ```
//! use verbatim::error::ReadError;
//! let e = ReadError::NotUtf8 { path: "old.txt".into(), offset: 17, line: 2 };
//! assert!(e.to_string().starts_with("old.txt:2: invalid UTF-8 at byte 17"));
//! ```

use std::fmt::Display;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

/// A problem with one input: a file, a directory entry, or one line of a JSON Lines corpus.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: no such file or directory; check the spelling and the current directory", path.display())]
    NotFound { path: PathBuf },

    /// A directory with no file verbatim can read anywhere below it.
    #[error(
        "{}: no .txt, .text, .md, .markdown, .jsonl, .html or .htm file found in this directory or below",
        path.display()
    )]
    NoFiles { path: PathBuf },

    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// `offset` is the byte offset of the first invalid byte in the file, `line` its line.
    #[error(
        "{}:{line}: invalid UTF-8 at byte {offset}; verbatim reads UTF-8 text: convert the file \
         first (for example `iconv -f WINDOWS-1252 -t UTF-8`)",
        path.display()
    )]
    NotUtf8 {
        path: PathBuf,
        offset: usize,
        line: usize,
    },

    /// A line of a JSON Lines file that is not valid JSON, or lacks a required field.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Json {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    /// A line that parses but says something impossible (an offset past the end of the text).
    #[error("{}:{line}: {message}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },

    /// A format verbatim knows but cannot read yet.
    #[error("{}: {what} are not supported yet; {hint}", path.display())]
    Unsupported {
        path: PathBuf,
        what: &'static str,
        hint: &'static str,
    },
}

impl ReadError {
    /// Turns a `serde_json` error on line `line` of `path` into an error naming file:line:column.
    pub fn json(path: impl Into<PathBuf>, line: usize, e: &serde_json::Error) -> ReadError {
        // serde_json appends " at line L column C" to its message; the position is given in
        // front instead, as compilers do, so that editors can jump to it.
        let full = e.to_string();
        let message = match full.rsplit_once(" at line ") {
            Some((m, _)) => m.to_string(),
            None => full,
        };
        ReadError::Json {
            path: path.into(),
            line,
            column: e.column(),
            message: format!("bad JSON: {message}"),
        }
    }
}

/// Something read, but not as the user may think, or skipped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadWarning {
    /// A FIFO, socket or device found in a directory: opening it could block forever.
    #[error(
        "{}: not a regular file (a FIFO, socket or device), skipped; name it on the command line to read it",
        path.display()
    )]
    NotRegular { path: PathBuf },

    /// UTF-16 text, converted to UTF-8 to be read.
    #[error(
        "{}: {encoding} text ({}); read as {encoding}, so offsets count bytes of the text converted \
         to UTF-8, not of the file; convert it (`iconv -f {encoding} -t UTF-8`) for offsets into the file",
        path.display(),
        if *bom { "it starts with a byte order mark" } else { "no byte order mark, but a NUL byte in every other character" }
    )]
    Utf16 {
        path: PathBuf,
        encoding: &'static str,
        bom: bool,
    },

    /// NUL bytes in UTF-8 text: kept, but the file is probably not text.
    #[error(
        "{}:{line}: {count} NUL byte{} (the first at byte {offset}): is this a text file? read as text anyway",
        path.display(),
        if *count == 1 { "" } else { "s" }
    )]
    Nul {
        path: PathBuf,
        line: usize,
        offset: usize,
        count: usize,
    },
}

static QUIET: AtomicBool = AtomicBool::new(false);

/// `--quiet`: no warnings from now on (errors are still told).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether `--quiet` was given: no warnings, no progress.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Prints `verbatim: warning: <message>` on standard error, "warning:" in bold yellow where
/// colours are shown, unless `--quiet` was given.
pub fn warn(message: impl Display) {
    if quiet() {
        return;
    }
    let mut err = anstream::stderr().lock();
    let _ = writeln!(err, "verbatim: \x1b[1m\x1b[33mwarning:\x1b[0m {message}");
}

/// Prints `verbatim: error: <message>` on standard error, "error:" in bold red when standard
/// error is a terminal that shows colours (anstream strips them otherwise).
///
/// Every subcommand reports through this function, so all messages look alike.
pub fn report(message: impl Display) {
    let mut err = anstream::stderr().lock();
    // If standard error is gone there is nobody left to tell.
    let _ = writeln!(err, "verbatim: \x1b[1m\x1b[31merror:\x1b[0m {message}");
}
