//! # verbatim
//!
//! A quote attribution verifier: it finds who said what in news articles, and how faithfully
//! different outlets quote the same statement.
//!
//! The pipeline shows in the modules, in order:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | read | [`read`] | files, directories, stdin and JSON Lines corpora into documents |
//! | find | [`marks`], [`quote`] | quote marks, paired into quotations |
//! | attribute | [`attribution`] | the cue and the speaker's mention around each quotation |
//! | resolve | [`speaker`] | mentions ("she", "the Mexican leader") to named speakers |
//! | evaluate | [`eval`] | scoring against an annotated corpus |
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
