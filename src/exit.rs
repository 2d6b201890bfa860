//! Exit codes, the same for every subcommand, following `diff` and difftastic.
//!
//! | code | constant | meaning |
//! |---|---|---|
//! | 0 | [`SAME`] | the run went through and found nothing to report |
//! | 1 | [`DIFFERENCES`] | the run went through and found differences |
//! | 2 | [`TROUBLE`] | something went wrong: an input could not be read, a bad argument |
//!
//! `extract` and `eval` exit with [`SAME`] on success and [`TROUBLE`] if any input had an
//! error, after still printing the results of every other input. Command-line mistakes are
//! caught by clap, which also exits with 2. So are, as cargo treats a bad `Cargo.toml`,
//! mistakes in what was asked that clap cannot see (a `verbatim.toml` that cannot be read, an
//! `--outlet`, `--reference` or `--translated` naming nothing, fewer than two articles to
//! compare): the run stops with [`TROUBLE`] before any report.
//!
//! The codes are `u8` so that they go straight into [`std::process::ExitCode::from`].
//!
//! ```
//! use verbatim::exit;
//! assert_eq!((exit::SAME, exit::DIFFERENCES, exit::TROUBLE), (0, 1, 2));
//! let _code = std::process::ExitCode::from(exit::TROUBLE);
//! ```

/// Nothing found, no differences, no trouble: a script can take this as "all clear".
pub const SAME: u8 = 0;

/// The inputs were read and compared, and quotations differ between them.
///
/// Like `diff`, this is not a failure: it is the answer to the question asked.
pub const DIFFERENCES: u8 = 1;

/// Something went wrong: a file could not be read, a line was not valid JSON, an argument was
/// wrong. The errors are on standard error, each naming its file and position, each once; the
/// results for the other inputs are still on standard output, unless the mistake was in what
/// was asked (then there is no report at all).
pub const TROUBLE: u8 = 2;
