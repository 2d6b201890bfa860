//! # verbatim
//!
//! A quote attribution verifier: it finds who said what in news articles, and how faithfully
//! different outlets quote the same statement.
//!
//! The pipeline shows in the modules, in order:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | read | [`read`], [`read::html`] | files, directories, stdin, JSON Lines corpora and saved web pages into documents |
//! | find | [`extract::marks`], [`extract::quote`] | quote marks, paired into quotations |
//! | attribute | [`extract::attribution`], [`extract::lexicon`] | the cue and the speaker's mention around each quotation |
//! | resolve | [`extract::speaker`] | mentions ("she", "the Mexican leader") to named speakers |
//! | compare | [`compare`]: [`compare::align`], [`compare::collate`], [`compare::statement`], [`compare::classify`] | the statements several outlets quote in common: matched across articles, every outlet's reading collated with the others, a reconstruction by majority, the apparatus, families, findings, coverage and fidelity |
//! | report | [`report`] | results drawn as text, Markdown, JSON and self-contained HTML |
//! | evaluate | [`eval`] | scoring against an annotated corpus |
//!
//! [`extract::extract`] runs find, attribute and resolve over one text; [`compare::compare`]
//! runs the whole comparison ([`compare::model`] holds its result types, the JSON schema
//! `verbatim.compare/2` documented in docs/COMPARE.md). Errors and exit codes, the same for
//! every subcommand, are in [`error`] and [`exit`]; the command line itself (clap, in
//! `src/cli/`) is part of the binary, not of the library.
//!
//! ```
//! let found = verbatim::extract::extract(
//!     "“It’s true,” she said. Mexican President Claudia Sheinbaum spoke on Saturday.",
//! );
//! assert_eq!(found.quotes[0].text, "It’s true,");
//! assert_eq!(found.quotes[0].speaker.mention.as_ref().unwrap().text, "she");
//! ```

pub mod compare;
pub mod error;
pub mod eval;
pub mod exit;
pub mod extract;
pub mod read;
pub mod report;
pub mod verify;
