//! What can go wrong with an input, and how it is told to the user.
//!
//! Every error names the file and the position of the trouble (a line, a column, a byte
//! offset) and says what to do next. None of them stops the run: the reader and the scorer
//! collect them, carry on with the other inputs, and the command exits with
//! [`crate::exit::TROUBLE`] at the end.
//!
//! ```
//! use verbatim::error::ReadError;
//! let e = ReadError::NotUtf8 { path: "old.txt".into(), offset: 17, line: 2 };
//! assert!(e.to_string().starts_with("old.txt:2: invalid UTF-8 at byte 17"));
//! ```

use std::fmt::Display;
use std::io::Write;
use std::path::PathBuf;

/// A problem with one input: a file, a directory entry, or one line of a JSON Lines corpus.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: no such file or directory; check the spelling and the current directory", path.display())]
    NotFound { path: PathBuf },

    /// A directory with no file verbatim can read anywhere below it.
    #[error(
        "{}: no .txt, .text, .md, .markdown or .jsonl file found in this directory or below",
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

/// Prints `verbatim: error: <message>` on standard error, "error:" in bold red when standard
/// error is a terminal that shows colours (anstream strips them otherwise).
///
/// Every subcommand reports through this function, so all messages look alike.
pub fn report(message: impl Display) {
    let mut err = anstream::stderr().lock();
    // If standard error is gone there is nobody left to tell.
    let _ = writeln!(err, "verbatim: \x1b[1m\x1b[31merror:\x1b[0m {message}");
}
